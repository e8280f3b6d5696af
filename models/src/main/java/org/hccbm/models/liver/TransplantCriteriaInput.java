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
 * @since 0.1.0
 */
public record TransplantCriteriaInput(Observed<IntrahepaticTumour> tumour,
    Observed<Boolean> macrovascularInvasion, Observed<Boolean> extrahepaticSpread) {
  /** Validates every component. */
  public TransplantCriteriaInput {
    requireNonNull(tumour, "tumour");
    requireNonNull(macrovascularInvasion, "macrovascularInvasion");
    requireNonNull(extrahepaticSpread, "extrahepaticSpread");
  }

  /**
   * Returns the input a patient provides (PatientFacts derives spread and invasion).
   *
   * @param patient the patient
   * @return the input
   */
  public static TransplantCriteriaInput from(Patient patient) {
    return new TransplantCriteriaInput(patient.primary().intrahepatic(),
        PatientFacts.macrovascularInvasion(patient), PatientFacts.extrahepaticSpread(patient));
  }
}
