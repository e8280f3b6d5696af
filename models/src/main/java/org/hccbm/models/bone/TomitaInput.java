package org.hccbm.models.bone;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.hccbm.core.Observed;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.tumour.ExtraskeletalMetastasis;

/**
 * What the Tomita score reads.
 *
 * @param growth the primary tumour's growth class
 * @param visceral visceral metastases
 * @param boneLesions the number of bone metastases, spinal and extraspinal (1 = solitary)
 * @since 0.1.0
 */
public record TomitaInput(
    TumourGrowth growth, Observed<VisceralStatus> visceral, Observed<Integer> boneLesions) {
  /** Validates every component. */
  public TomitaInput {
    requireNonNull(growth, "growth");
    requireNonNull(visceral, "visceral");
    requireNonNull(boneLesions, "boneLesions");
  }

  /**
   * Returns the input a patient with HCC provides (rapid growth).
   *
   * @param patient the patient
   * @param policy whether intrahepatic spread counts as a visceral metastasis
   * @return the input
   */
  public static TomitaInput from(Patient patient, VisceralPolicy policy) {
    return new TomitaInput(
        TumourGrowth.RAPID,
        BoneFacts.visceral(patient, policy)
            .known()
            .map(TomitaInput::status)
            .orElseGet(Observed::unknown),
        BoneFacts.boneLesionCount(patient));
  }

  /**
   * Returns the input a patient with HCC provides, counting extrahepatic visceral metastases only.
   *
   * @param patient the patient
   * @return the input
   */
  public static TomitaInput from(Patient patient) {
    return from(patient, VisceralPolicy.EXTRAHEPATIC_ONLY);
  }

  private static Observed<VisceralStatus> status(List<ExtraskeletalMetastasis> visceral) {
    if (visceral.isEmpty()) {
      return Observed.of(VisceralStatus.NONE);
    }
    if (visceral.stream().anyMatch(m -> m.treatable().equals(Observed.of(false)))) {
      return Observed.of(VisceralStatus.UNTREATABLE);
    }
    return Observed.of(
        visceral.stream().allMatch(m -> m.treatable().equals(Observed.of(true)))
            ? VisceralStatus.TREATABLE
            : VisceralStatus.PRESENT_TREATABILITY_UNKNOWN);
  }
}
