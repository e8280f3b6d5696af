package org.hccbm.models.liver;

import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.ModelResult;
import org.hccbm.models.Score;
import org.hccbm.models.internal.Sources;

/**
 * Checks the Milan criteria (Mazzaferro 1996; liver §5).
 *
 * <pre>
 * Single tumour ≤ 5 cm, or 2–3 tumours each ≤ 3 cm;
 * no macrovascular invasion; no extrahepatic spread (regional nodes included).
 * </pre>
 *
 * <p>Published tables print "≤"; a few secondary pages print "&lt;"; the library keeps "≤".
 *
 * <p>A nodule count without sizes (revision 2): four or more nodules are beyond the criteria
 * whatever their sizes; one to three leave the burden open, never imputed.
 *
 * @since 0.1.0
 */
public final class Milan implements Score<TransplantCriteriaInput> {
  /** The Milan criteria. */
  public static final Milan INSTANCE = new Milan();

  private static final ModelInfo INFO =
      new ModelInfo(
          "milan",
          "Milan criteria",
          "",
          2,
          ModelStatus.VERIFIED,
          "reproduces worked examples MI-1…MI-6 (docs/sources.md, liver §5); definition from "
              + "published tables [S]",
          Sources.MAZZAFERRO_1996,
          CriteriaStatus.class);

  private Milan() {}

  @Override
  public ModelInfo info() {
    return INFO;
  }

  @Override
  public TransplantCriteriaInput inputFrom(Patient patient) {
    return TransplantCriteriaInput.from(patient);
  }

  @Override
  public ModelResult evaluate(TransplantCriteriaInput in) {
    return TransplantCriteria.evaluate(
        INFO, in, TumourBurden::withinMilan, "milan"); // rule.milan.*: single ≤ 5 cm or 2–3 ≤ 3 cm
  }
}
