package org.hccbm.models.liver;

import java.util.List;
import org.hccbm.core.Observed;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.tumour.AjccN;
import org.hccbm.core.tumour.ExtraskeletalMetastasis;
import org.hccbm.core.tumour.PortalVeinInvasion;

/**
 * Facts the staging models derive from a patient, each by a written policy (docs/models.md).
 *
 * @since 0.1.0
 */
public final class PatientFacts {
  private PatientFacts() {}

  /**
   * Returns whether the HCC has spread outside the liver: yes when any bone lesion, any
   * extraskeletal metastasis or a regional node metastasis (AJCC N1) is recorded; no only when the
   * bone lesions and the extraskeletal metastases are both known to be none and N0 is recorded;
   * otherwise unknown. Intrahepatic spread is not extrahepatic spread.
   *
   * @param patient the patient
   * @return the derived fact
   */
  public static Observed<Boolean> extrahepaticSpread(Patient patient) {
    Observed<List<BoneLesion>> bone = patient.boneLesions();
    Observed<List<ExtraskeletalMetastasis>> other = patient.extraskeletalMetastases();
    Observed<AjccN> n = patient.primary().ajccN();
    if (bone.known().map(l -> !l.isEmpty()).orElse(false)
        || other.known().map(l -> !l.isEmpty()).orElse(false)
        || n.equals(Observed.of(AjccN.N1))) {
      return Observed.of(true);
    }
    if (bone.known().isPresent() && other.known().isPresent() && n.equals(Observed.of(AjccN.N0))) {
      return Observed.of(false);
    }
    return Observed.unknown();
  }

  /**
   * Returns whether there is macrovascular invasion: the recorded flag when known; otherwise yes
   * when a portal-vein invasion grade Vp1–Vp4 is recorded (the Vp grades describe macroscopic
   * invasion); otherwise unknown (Vp0 leaves hepatic-vein invasion open).
   *
   * @param patient the patient
   * @return the derived fact
   */
  public static Observed<Boolean> macrovascularInvasion(Patient patient) {
    if (patient.primary().macrovascularInvasion().isKnown()) {
      return patient.primary().macrovascularInvasion();
    }
    return patient
        .primary()
        .portalVeinInvasion()
        .known()
        .filter(vp -> vp != PortalVeinInvasion.VP0)
        .map(vp -> Observed.of(true))
        .orElseGet(Observed::unknown);
  }
}
