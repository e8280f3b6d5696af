package org.hccbm.models.bone;

import static java.util.Objects.requireNonNull;

import org.hccbm.core.Observed;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.performance.PerformanceStatus;

/**
 * What the Bollen model reads.
 *
 * @param profile the clinical profile of the primary tumour, supplied by the caller
 * @param performanceStatus the Karnofsky status (ECOG is converted)
 * @param visceralOrBrain visceral and/or brain metastases (used only for the favourable profile)
 * @since 0.1.0
 */
public record BollenInput(
    Observed<ClinicalProfile> profile,
    Observed<PerformanceStatus> performanceStatus,
    Observed<Boolean> visceralOrBrain) {
  /** Validates every component. */
  public BollenInput {
    requireNonNull(profile, "profile");
    requireNonNull(performanceStatus, "performanceStatus");
    requireNonNull(visceralOrBrain, "visceralOrBrain");
  }

  /**
   * Returns the input a patient provides, with the clinical profile the caller assigns.
   *
   * @param patient the patient
   * @param profile the profile; unknown when the caller has not assigned one
   * @return the input
   */
  public static BollenInput from(Patient patient, Observed<ClinicalProfile> profile) {
    return new BollenInput(
        profile,
        patient.performanceStatus(),
        BoneFacts.visceral(patient, VisceralPolicy.EXTRAHEPATIC_ONLY).map(l -> !l.isEmpty()));
  }
}
