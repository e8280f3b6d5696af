package org.hccbm.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Bounded;
import org.hccbm.imaging.ImagingSummary;
import org.hccbm.imaging.evidence.ImagingEvidence;
import org.hccbm.imaging.evidence.PretestProbabilities;
import org.hccbm.jackson.AssessmentDocument;
import org.hccbm.jackson.HccbmJacksonModule;
import org.hccbm.models.Models;
import org.hccbm.models.treatment.TreatmentPlan;
import org.hccbm.models.treatment.TreatmentPlanner;

/** Reads a patient document and assesses it: every model, the options, the imaging summary. */
final class Assessor {
  /** The per-patient tests of the imaging summary. */
  static final ImagingSummary IMAGING = imagingSummary();

  private final ObjectMapper mapper;

  Assessor(boolean strict) {
    this.mapper = new ObjectMapper().registerModule(new HccbmJacksonModule(strict));
  }

  ObjectMapper mapper() {
    return mapper;
  }

  /** One patient's assessment. */
  record Assessment(Patient patient, List<Models.Evaluation> evaluations, TreatmentPlan plan) {
    boolean bounded() {
      return evaluations.stream().anyMatch(e -> e.result() instanceof Bounded);
    }
  }

  Patient read(JsonNode tree) throws JsonProcessingException {
    return mapper.treeToValue(tree, Patient.class);
  }

  static Assessment assess(Patient patient) {
    List<Models.Evaluation> evaluations = Models.evaluate(patient);
    return new Assessment(patient, evaluations, TreatmentPlanner.DEFAULT.plan(patient, evaluations));
  }

  static ObjectNode json(Assessment a) {
    return AssessmentDocument.write(a.patient(), a.evaluations(), a.plan(), IMAGING);
  }

  static String text(Assessment a) {
    StringBuilder out = new StringBuilder();
    out.append("=== Patient ").append(a.patient().id()).append(" ===\n");
    for (Models.Evaluation e : a.evaluations()) {
      if (!e.subject().equals("patient")) {
        out.append("[lesion ").append(e.subject()).append("] ");
      }
      out.append(e.result().render());
    }
    out.append('\n').append(a.plan().render()).append('\n').append(imagingHeading(a.patient()))
        .append(IMAGING.render());
    return out.toString();
  }

  /**
   * Planner-safety PS-31: the imaging block answers a staging question. For a patient whose bone
   * metastasis is recorded it is titled as staging accuracy, not as this patient's probability;
   * the pre-test range is named as the incidence in HCC cohorts; the small HCC bone-scan study
   * carries its size, and a negative bone scan is not read as excluding bone metastasis.
   */
  static String imagingHeading(Patient patient) {
    boolean proven = patient.boneLesions().known().map(l -> !l.isEmpty()).orElse(false);
    return (proven ? "Staging accuracy only — this patient's bone metastasis is recorded, so the "
        + "figures below answer \"does a patient with HCC have bone metastasis?\", not a question "
        + "about this patient.\n" : "")
        + "Pre-test range = incidence of bone metastasis in the review's HCC cohorts (Table 1), "
        + "not a symptomatic patient's prior. The HCC bone-scan study had 18 patients with bone "
        + "metastasis; scintigraphy is insensitive to predominantly osteolytic metastases such as "
        + "HCC's, so a negative bone scan does not exclude bone metastasis.\n";
  }

  private static ImagingSummary imagingSummary() {
    PretestProbabilities.Range range = PretestProbabilities.fromReviewCohorts();
    return ImagingSummary.of(List.of(ImagingEvidence.YANG_PET_PATIENT,
        ImagingEvidence.YANG_CT_PATIENT, ImagingEvidence.YANG_MRI_PATIENT,
        ImagingEvidence.YANG_BS_PATIENT, ImagingEvidence.WU_WBMRI_PATIENT,
        ImagingEvidence.HCC_BS_PATIENT), range.low(), range.high());
  }
}
