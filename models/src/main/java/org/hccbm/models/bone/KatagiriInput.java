package org.hccbm.models.bone;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.hccbm.core.Observed;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Calcium;
import org.hccbm.core.lab.Crp;
import org.hccbm.core.lab.Ldh;
import org.hccbm.core.lab.Platelets;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.tumour.ExtraskeletalMetastasis;
import org.hccbm.core.tumour.MetastasisPattern;

/**
 * What the new Katagiri score reads.
 *
 * @param growth the primary lesion's growth class
 * @param visceral visceral metastases
 * @param crp CRP (abnormal ≥ 0.4 mg/dL)
 * @param ldh LDH (abnormal ≥ 250 IU/L)
 * @param albumin albumin (abnormal &lt; 3.7 g/dL)
 * @param platelets platelets (critical &lt; 100 × 10^3/uL)
 * @param calcium total calcium (critical ≥ 10.3 mg/dL)
 * @param bilirubin total bilirubin (critical ≥ 1.4 mg/dL)
 * @param performanceStatus ECOG (Karnofsky is converted)
 * @param previousChemotherapy previous systemic therapy
 * @param multipleSkeletal multiple skeletal metastases
 * @since 0.1.0
 */
public record KatagiriInput(
    TumourGrowth growth,
    Observed<KatagiriVisceral> visceral,
    Observed<Crp> crp,
    Observed<Ldh> ldh,
    Observed<Albumin> albumin,
    Observed<Platelets> platelets,
    Observed<Calcium> calcium,
    Observed<Bilirubin> bilirubin,
    Observed<PerformanceStatus> performanceStatus,
    Observed<Boolean> previousChemotherapy,
    Observed<Boolean> multipleSkeletal) {
  /** Validates every component. */
  public KatagiriInput {
    requireNonNull(growth, "growth");
    requireNonNull(visceral, "visceral");
    requireNonNull(crp, "crp");
    requireNonNull(ldh, "ldh");
    requireNonNull(albumin, "albumin");
    requireNonNull(platelets, "platelets");
    requireNonNull(calcium, "calcium");
    requireNonNull(bilirubin, "bilirubin");
    requireNonNull(performanceStatus, "performanceStatus");
    requireNonNull(previousChemotherapy, "previousChemotherapy");
    requireNonNull(multipleSkeletal, "multipleSkeletal");
  }

  /**
   * Returns the input a patient with HCC provides (rapid growth; previous chemotherapy = prior
   * systemic therapy for HCC, targeted and immunotherapy included).
   *
   * @param patient the patient
   * @param policy whether intrahepatic spread counts as a visceral metastasis
   * @return the input
   */
  public static KatagiriInput from(Patient patient, VisceralPolicy policy) {
    var labs = patient.labs();
    return new KatagiriInput(
        TumourGrowth.RAPID,
        BoneFacts.visceral(patient, policy)
            .known()
            .map(KatagiriInput::visceral)
            .orElseGet(Observed::unknown),
        labs.crp(),
        labs.ldh(),
        labs.albumin(),
        labs.platelets(),
        labs.calcium(),
        labs.bilirubin(),
        patient.performanceStatus(),
        patient.history().priorSystemicTherapy(),
        BoneFacts.boneLesionCount(patient).map(n -> n >= 2));
  }

  private static Observed<KatagiriVisceral> visceral(List<ExtraskeletalMetastasis> list) {
    if (list.isEmpty()) {
      return Observed.of(KatagiriVisceral.NONE);
    }
    boolean allKnown = true;
    for (ExtraskeletalMetastasis m : list) {
      if (m.pattern() instanceof Observed.Known<MetastasisPattern> p
          && p.value() == MetastasisPattern.DISSEMINATED) {
        return Observed.of(KatagiriVisceral.DISSEMINATED);
      }
      allKnown &= m.pattern().isKnown();
    }
    return Observed.of(
        allKnown ? KatagiriVisceral.NODULAR : KatagiriVisceral.PRESENT_PATTERN_UNKNOWN);
  }
}
