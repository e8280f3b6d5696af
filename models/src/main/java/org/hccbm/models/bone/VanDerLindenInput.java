package org.hccbm.models.bone;

import static java.util.Objects.requireNonNull;

import org.hccbm.core.Observed;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.performance.PerformanceStatus;

/**
 * What the van der Linden score reads.
 *
 * @param performanceStatus the Karnofsky status (ECOG is converted)
 * @param primary the primary-tumour group
 * @param visceral whether visceral metastases are present
 * @since 0.1.0
 */
public record VanDerLindenInput(
    Observed<PerformanceStatus> performanceStatus,
    VanDerLindenPrimary primary,
    Observed<Boolean> visceral) {
  /** Validates every component. */
  public VanDerLindenInput {
    requireNonNull(performanceStatus, "performanceStatus");
    requireNonNull(primary, "primary");
    requireNonNull(visceral, "visceral");
  }

  /**
   * Returns the input a patient with HCC provides (primary "other").
   *
   * @param patient the patient
   * @param policy whether intrahepatic spread counts as a visceral metastasis
   * @return the input
   */
  public static VanDerLindenInput from(Patient patient, VisceralPolicy policy) {
    return new VanDerLindenInput(
        patient.performanceStatus(),
        VanDerLindenPrimary.OTHER,
        BoneFacts.visceral(patient, policy).map(l -> !l.isEmpty()));
  }
}
