package org.hccbm.models.liver;

import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.ModelResult;
import org.hccbm.models.Score;
import org.hccbm.models.internal.Sources;

/**
 * Checks the UCSF criteria (Yao 2001; liver §5).
 *
 * <pre>
 * Single tumour ≤ 6.5 cm, or 2–3 tumours with the largest ≤ 4.5 cm and total diameter ≤ 8 cm;
 * no gross vascular invasion; no extrahepatic spread.
 * </pre>
 *
 * <p>Derived from explant pathology; applying it to pre-transplant imaging is an extension.
 *
 * <p>A nodule count without sizes (revision 2): four or more nodules are beyond the criteria
 * whatever their sizes; one to three leave the burden open, never imputed.
 *
 * @since 0.1.0
 */
public final class Ucsf implements Score<TransplantCriteriaInput> {
  /** The UCSF criteria. */
  public static final Ucsf INSTANCE = new Ucsf();

  private static final ModelInfo INFO =
      new ModelInfo(
          "ucsf",
          "UCSF criteria",
          "",
          2,
          ModelStatus.VERIFIED,
          "reproduces worked examples MI-1…MI-6 (docs/sources.md, liver §5); definition from "
              + "AASLD 2023 Table 3 and published tables [S]",
          Sources.YAO_2001,
          CriteriaStatus.class);

  private Ucsf() {}

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
        INFO,
        in,
        TumourBurden::withinUcsf,
        "ucsf"); // rule.ucsf.*: single ≤ 6.5 cm, or 2–3 nodules, largest ≤ 4.5 cm, total ≤ 8 cm
  }
}
