package org.hccbm.models.bone;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.hccbm.core.Observed;
import org.hccbm.core.neuro.AsiaGrade;
import org.hccbm.core.neuro.FrankelGrade;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.tumour.ExtraskeletalMetastasis;

/**
 * What the revised Tokuhashi score reads.
 *
 * @param performanceStatus the general condition (Karnofsky; ECOG is converted)
 * @param extraspinalFoci the number of extraspinal bone metastatic foci
 * @param vertebralMetastases the number of vertebral bodies with metastasis
 * @param organMetastases metastases to the major internal organs
 * @param primary the primary-site group
 * @param frankel the Frankel grade
 * @param asia the ASIA grade, used (approximately, with a caveat) only when Frankel is unknown
 * @since 0.1.0
 */
public record TokuhashiInput(
    Observed<PerformanceStatus> performanceStatus,
    Observed<Integer> extraspinalFoci,
    Observed<Integer> vertebralMetastases,
    Observed<OrganMetastases> organMetastases,
    TokuhashiPrimary primary,
    Observed<FrankelGrade> frankel,
    Observed<AsiaGrade> asia) {
  /** Validates every component. */
  public TokuhashiInput {
    requireNonNull(performanceStatus, "performanceStatus");
    requireNonNull(extraspinalFoci, "extraspinalFoci");
    requireNonNull(vertebralMetastases, "vertebralMetastases");
    requireNonNull(organMetastases, "organMetastases");
    requireNonNull(primary, "primary");
    requireNonNull(frankel, "frankel");
    requireNonNull(asia, "asia");
  }

  /**
   * Returns the input a patient with HCC provides (primary: liver; visceral policy: extrahepatic
   * only).
   *
   * @param patient the patient
   * @return the input
   */
  public static TokuhashiInput from(Patient patient) {
    return from(patient, VisceralPolicy.EXTRAHEPATIC_ONLY);
  }

  /**
   * Returns the input a patient with HCC provides. Major internal organs are the lungs, liver,
   * kidneys and brain: lung and brain metastases count (and liver spread under the policy);
   * "removable" is the recorded resectability.
   *
   * @param patient the patient
   * @param policy whether intrahepatic spread counts as a liver metastasis
   * @return the input
   */
  public static TokuhashiInput from(Patient patient, VisceralPolicy policy) {
    Observed<List<ExtraskeletalMetastasis>> visceral = BoneFacts.visceral(patient, policy);
    Observed<OrganMetastases> organs =
        visceral instanceof Observed.Known<List<ExtraskeletalMetastasis>> k
            ? organs(k.value())
            : Observed.unknown();
    return new TokuhashiInput(
        patient.performanceStatus(),
        BoneFacts.extraspinalCount(patient),
        BoneFacts.vertebralCount(patient),
        organs,
        TokuhashiPrimary.LIVER_GALLBLADDER_UNIDENTIFIED,
        patient.frankel(),
        patient.asia());
  }

  /** The major internal organs among the visceral metastases: lung, brain and liver spread. */
  private static Observed<OrganMetastases> organs(List<ExtraskeletalMetastasis> visceral) {
    boolean any = false;
    boolean allRemovable = true;
    for (ExtraskeletalMetastasis m : visceral) {
      boolean major =
          switch (m.site()) {
            case LUNG, BRAIN, OTHER -> true;
            default -> false;
          };
      if (major) {
        Observed<Boolean> resectable = m.resectable();
        if (resectable.equals(Observed.of(false))) {
          return Observed.of(OrganMetastases.UNREMOVABLE);
        }
        any = true;
        allRemovable &= resectable.equals(Observed.of(true));
      }
    }
    if (!any) {
      return Observed.of(OrganMetastases.NONE);
    }
    return Observed.of(
        allRemovable ? OrganMetastases.REMOVABLE : OrganMetastases.PRESENT_REMOVABILITY_UNKNOWN);
  }
}
