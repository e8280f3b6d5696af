package org.hccbm.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.hccbm.core.result.ModelResult;
import org.hccbm.jackson.AssessmentRequest;
import org.hccbm.models.ModelVariant;
import org.hccbm.models.Models;
import org.hccbm.models.VariantSelection;
import org.hccbm.models.Variants;

/**
 * Choosing a model variant: in Java with {@link VariantSelection}, and in a patient document with
 * its {@code "variants"} object read as {@link AssessmentRequest}.
 */
public final class VariantsExample {
  private VariantsExample() {}

  /**
   * Prints Child–Pugh for one patient under two albumin readings.
   *
   * @param args unused
   */
  public static void main(String[] args) throws Exception {
    System.out.println(run());
  }

  /**
   * Returns what {@link #main} prints.
   *
   * @return one line per reading, then the variants of Child–Pugh
   * @throws Exception if the document is invalid
   */
  public static String run() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    // CP-6 (liver §1.4): albumin 2.9 g/dL scores 2 under Pugh 1973, 3 under the 3.0 reading.
    AssessmentRequest request =
        mapper.readValue(
            """
        {"schemaVersion": "1.1", "id": "cp-6",
         "labs": {"totalBilirubin": {"value": 1.0, "unit": "mg/dL"},
                  "albumin": {"value": 2.9, "unit": "g/dL"},
                  "inr": {"value": 1.0, "unit": "{INR}"}},
         "liver": {"ascites": "none", "encephalopathy": 0, "cholestaticDisease": false},
         "variants": {"child-pugh": "albumin-3.0"}}
        """,
            AssessmentRequest.class);
    StringBuilder out = new StringBuilder();
    out.append(line("document", request.evaluate()));
    VariantSelection pugh = VariantSelection.defaults().with("child-pugh", "pugh-1973");
    out.append(line("pugh-1973", Models.evaluate(request.patient(), pugh)));
    for (ModelVariant v : Variants.of("child-pugh")) {
      out.append(v.name())
          .append(v.isDefault() ? " (default)" : "")
          .append(": ")
          .append(v.source())
          .append('\n');
    }
    return out.toString();
  }

  private static String line(String label, List<Models.Evaluation> evaluations) {
    ModelResult childPugh = evaluations.get(0).result();
    return label
        + ": "
        + childPugh.asComplete().category().orElseThrow().label()
        + " ("
        + childPugh.model().variant()
        + ")\n";
  }
}
