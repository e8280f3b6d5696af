package org.hccbm.models.liver;

import static java.util.Objects.requireNonNull;

import org.hccbm.core.Observed;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.tumour.IntrahepaticTumour;

/**
 * What the Milan and UCSF criteria read.
 *
 * @param tumour the viable intrahepatic nodules
 * @param macrovascularInvasion macrovascular (gross) vascular invasion
 * @param extrahepaticSpread any extrahepatic spread, regional nodes included
 * @param noduleCount the number of nodules when their sizes are unknown (read only while {@code
 *     tumour} is unknown; since 0.2.0)
 * @since 0.1.0
 */
public record TransplantCriteriaInput(
    Observed<IntrahepaticTumour> tumour,
    Observed<Boolean> macrovascularInvasion,
    Observed<Boolean> extrahepaticSpread,
    Observed<Integer> noduleCount) {
  /** Validates every component. */
  public TransplantCriteriaInput {
    requireNonNull(tumour, "tumour");
    requireNonNull(macrovascularInvasion, "macrovascularInvasion");
    requireNonNull(extrahepaticSpread, "extrahepaticSpread");
    requireNonNull(noduleCount, "noduleCount");
  }

  /**
   * Creates the input without a separate nodule count (the 0.1.0 constructor).
   *
   * @param tumour the viable intrahepatic nodules
   * @param macrovascularInvasion macrovascular invasion
   * @param extrahepaticSpread any extrahepatic spread
   */
  public TransplantCriteriaInput(
      Observed<IntrahepaticTumour> tumour,
      Observed<Boolean> macrovascularInvasion,
      Observed<Boolean> extrahepaticSpread) {
    this(tumour, macrovascularInvasion, extrahepaticSpread, Observed.unknown());
  }

  /**
   * Returns the input a patient provides (PatientFacts derives spread and invasion).
   *
   * @param patient the patient
   * @return the input
   */
  public static TransplantCriteriaInput from(Patient patient) {
    return new TransplantCriteriaInput(
        patient.primary().intrahepatic(),
        PatientFacts.macrovascularInvasion(patient),
        PatientFacts.extrahepaticSpread(patient),
        patient.primary().noduleCount());
  }
}
