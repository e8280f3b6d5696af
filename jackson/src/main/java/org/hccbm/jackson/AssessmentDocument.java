package org.hccbm.jackson;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.hccbm.core.HccbmVersion;
import org.hccbm.core.patient.Patient;
import org.hccbm.imaging.ImagingSummary;
import org.hccbm.imaging.PostTest;
import org.hccbm.jackson.internal.PatientCodec;
import org.hccbm.jackson.internal.ResultCodec;
import org.hccbm.models.Models;
import org.hccbm.models.VariantSelection;
import org.hccbm.models.Variants;
import org.hccbm.models.treatment.TreatmentPlan;

/**
 * The assessment document the command line writes: the patient as read, every model's result, the
 * treatment options and the imaging summary, with {@code schemaVersion} and the library version.
 *
 * @since 0.1.0
 */
public final class AssessmentDocument {
  private AssessmentDocument() {}

  /**
   * Returns the document.
   *
   * @param patient the patient
   * @param evaluations every model's result
   * @param plan the treatment options
   * @param imaging the imaging summary
   * @return the document
   */
  public static ObjectNode write(
      Patient patient,
      List<Models.Evaluation> evaluations,
      TreatmentPlan plan,
      ImagingSummary imaging) {
    return write(patient, VariantSelection.defaults(), evaluations, plan, imaging);
  }

  /**
   * Returns the document, with the variant every model used ({@code "variants"}: model id to
   * variant name, chosen or default).
   *
   * @param patient the patient
   * @param variants the variants chosen for the assessment
   * @param evaluations every model's result under those variants
   * @param plan the treatment options
   * @param imaging the imaging summary
   * @return the document
   * @since 0.2.0
   */
  public static ObjectNode write(
      Patient patient,
      VariantSelection variants,
      List<Models.Evaluation> evaluations,
      TreatmentPlan plan,
      ImagingSummary imaging) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("schemaVersion", PatientCodec.SCHEMA_VERSION);
    o.put("library", "hccbm " + HccbmVersion.current());
    o.put("patientId", patient.id());
    o.set("patient", PatientCodec.write(patient));
    ObjectNode used = o.putObject("variants");
    Variants.models().forEach(m -> used.put(m, variants.variant(m).name()));
    ArrayNode evals = o.putArray("evaluations");
    evaluations.forEach(e -> evals.add(ResultCodec.evaluation(e)));
    o.set("plan", ResultCodec.plan(plan));
    ObjectNode img = o.putObject("imaging");
    // Planner safety PS-31: the block answers a staging question; for a patient whose bone
    // metastasis is recorded it is staging accuracy, not this patient's probability.
    boolean recorded = patient.boneLesions().known().map(l -> !l.isEmpty()).orElse(false);
    img.put("question", "staging accuracy: does a patient with HCC have bone metastasis?");
    img.put("boneMetastasisRecorded", recorded);
    img.put("appliesToThisPatient", !recorded);
    img.put(
        "pretestBasis",
        "incidence of bone metastasis in the review's HCC cohorts (Table 1), "
            + "not a symptomatic patient's prior");
    img.put(
        "note",
        "scintigraphy is insensitive to predominantly osteolytic metastases such as "
            + "HCC's: a negative bone scan does not exclude bone metastasis; the HCC bone-scan study "
            + "had 18 patients with bone metastasis");
    img.put("pretestLow", imaging.low().value()).put("pretestHigh", imaging.high().value());
    ArrayNode rows = img.putArray("rows");
    for (ImagingSummary.Row r : imaging.rows()) {
      ObjectNode row = rows.addObject();
      row.set("accuracy", ResultCodec.accuracy(r.accuracy()));
      row.set("positive", posts(r.positive()));
      row.set("negative", posts(r.negative()));
    }
    return o;
  }

  private static ArrayNode posts(List<PostTest> posts) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    for (PostTest p : posts) {
      ObjectNode n =
          a.addObject().put("pretest", p.pre().value()).put("posttest", p.post().value());
      p.interval()
          .ifPresent(i -> n.putObject("interval").put("lower", i.lower()).put("upper", i.upper()));
    }
    return a;
  }

  /**
   * Returns the error record the batch command writes for a rejected input line.
   *
   * @param line the 1-based line number
   * @param reason why it was rejected
   * @return the record
   */
  public static ObjectNode error(long line, String reason) {
    return JsonNodeFactory.instance
        .objectNode()
        .put("schemaVersion", PatientCodec.SCHEMA_VERSION)
        .put("line", line)
        .put("status", "rejected")
        .put("error", reason);
  }
}
