package org.hccbm.models.bone;

import static java.util.Objects.requireNonNull;

import org.hccbm.core.Observed;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.performance.PerformanceStatus;

/**
 * What the HCC-SM GPA reads.
 *
 * @param performanceStatus the performance status (ECOG; Karnofsky is converted)
 * @param primaryControlled whether the primary HCC is controlled
 * @param extrahepaticOtherThanBone extrahepatic metastases other than bone
 * @since 0.1.0
 */
public record HccSmGpaInput(
    Observed<PerformanceStatus> performanceStatus,
    Observed<Boolean> primaryControlled,
    Observed<Boolean> extrahepaticOtherThanBone) {
  /** Validates every component. */
  public HccSmGpaInput {
    requireNonNull(performanceStatus, "performanceStatus");
    requireNonNull(primaryControlled, "primaryControlled");
    requireNonNull(extrahepaticOtherThanBone, "extrahepaticOtherThanBone");
  }

  /**
   * Returns the input a patient provides.
   *
   * @param patient the patient
   * @return the input
   */
  public static HccSmGpaInput from(Patient patient) {
    return new HccSmGpaInput(
        patient.performanceStatus(),
        patient.primary().control().map(c -> c.controlled()),
        BoneFacts.extrahepaticOtherThanBone(patient));
  }
}
