package org.hccbm.models.bone;

import java.util.ArrayList;
import java.util.List;
import org.hccbm.core.Observed;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.tumour.AjccN;
import org.hccbm.core.tumour.ExtraskeletalMetastasis;

/**
 * What the bone scores derive from a patient, each by a written policy (docs/models.md).
 *
 * <ul>
 *   <li>Vertebral metastases: spinal lesions at C1–S5 or the coccyx, one per level; an occiput
 *       lesion is an extraspinal (skull) focus.
 *   <li>Extraspinal bone foci: every non-vertebral lesion.
 *   <li>Visceral metastases: extraskeletal metastases at a visceral site (lung, brain, adrenal,
 *       peritoneum, pleura); lymph nodes and soft tissue are not visceral. Intrahepatic spread
 *       counts only under {@link VisceralPolicy#INTRAHEPATIC_SPREAD_COUNTS}.
 * </ul>
 *
 * @since 0.1.0
 */
final class BoneFacts {
  private BoneFacts() {}

  /**
   * Returns the lesions that are vertebral metastases.
   *
   * @param patient the patient
   * @return the lesions, or unknown
   */
  public static Observed<List<BoneLesion>> vertebralLesions(Patient patient) {
    return patient.boneLesions().map(BoneFacts::vertebral);
  }

  private static List<BoneLesion> vertebral(List<BoneLesion> lesions) {
    List<BoneLesion> out = new ArrayList<>(lesions.size());
    for (BoneLesion l : lesions) {
      if (vertebral(l)) {
        out.add(l);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the number of vertebral levels with a metastasis.
   *
   * @param patient the patient
   * @return the count, or unknown
   */
  public static Observed<Integer> vertebralCount(Patient patient) {
    return patient.boneLesions().map(BoneFacts::vertebralLevels);
  }

  /** The number of distinct vertebral levels among the lesions. */
  private static int vertebralLevels(List<BoneLesion> lesions) {
    int n = 0;
    for (int i = 0; i < lesions.size(); i++) {
      BoneLesion l = lesions.get(i);
      if (vertebral(l) && !vertebralBefore(lesions, i, l)) {
        n++;
      }
    }
    return n;
  }

  /** Whether a vertebral lesion before index {@code end} is at the same site. */
  private static boolean vertebralBefore(List<BoneLesion> lesions, int end, BoneLesion lesion) {
    for (int j = 0; j < end; j++) {
      BoneLesion earlier = lesions.get(j);
      if (vertebral(earlier) && earlier.site().equals(lesion.site())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the number of extraspinal bone foci.
   *
   * @param patient the patient
   * @return the count, or unknown
   */
  public static Observed<Integer> extraspinalCount(Patient patient) {
    return patient.boneLesions().map(BoneFacts::extraspinal);
  }

  private static int extraspinal(List<BoneLesion> lesions) {
    int n = 0;
    for (BoneLesion l : lesions) {
      n += vertebral(l) ? 0 : 1;
    }
    return n;
  }

  /**
   * Returns the number of bone lesions.
   *
   * @param patient the patient
   * @return the count, or unknown
   */
  public static Observed<Integer> boneLesionCount(Patient patient) {
    return patient.boneLesions().map(List::size);
  }

  /**
   * Returns the visceral metastases under a policy: extraskeletal metastases at visceral sites,
   * plus, under {@link VisceralPolicy#INTRAHEPATIC_SPREAD_COUNTS}, a liver metastasis when two or
   * more viable intrahepatic nodules are recorded, listed or as a count without sizes (its
   * resectability and treatability unknown).
   *
   * @param patient the patient
   * @param policy the policy
   * @return the visceral metastases, or unknown
   */
  public static Observed<List<ExtraskeletalMetastasis>> visceral(
      Patient patient, VisceralPolicy policy) {
    Observed<List<ExtraskeletalMetastasis>> extra =
        patient.extraskeletalMetastases().map(BoneFacts::visceralOnly);
    if (policy == VisceralPolicy.EXTRAHEPATIC_ONLY || extra.known().isEmpty()) {
      return extra;
    }
    java.util.OptionalInt nodules = patient.primary().knownNoduleCount();
    if (nodules.isEmpty()) {
      return Observed.unknown();
    }
    List<ExtraskeletalMetastasis> all = new ArrayList<>(extra.known().get());
    if (nodules.getAsInt() >= 2) {
      all.add(ExtraskeletalMetastasis.at(org.hccbm.core.tumour.MetastasisSite.OTHER));
    }
    return Observed.of(all);
  }

  /**
   * Returns whether there are extrahepatic metastases other than bone: any extraskeletal
   * metastasis, or a regional node metastasis (N1). Intrahepatic spread is not extrahepatic.
   *
   * @param patient the patient
   * @return the fact, or unknown
   */
  public static Observed<Boolean> extrahepaticOtherThanBone(Patient patient) {
    Observed<List<ExtraskeletalMetastasis>> extra = patient.extraskeletalMetastases();
    if ((extra instanceof Observed.Known<List<ExtraskeletalMetastasis>> k && !k.value().isEmpty())
        || patient.primary().ajccN().equals(Observed.of(AjccN.N1))) {
      return Observed.of(true);
    }
    return extra.map(l -> false);
  }

  /** The visceral ones of a patient's (immutable) list: the list itself when all are. */
  private static List<ExtraskeletalMetastasis> visceralOnly(List<ExtraskeletalMetastasis> all) {
    int n = all.size();
    int visceral = 0;
    for (int i = 0; i < n; i++) {
      if (all.get(i).site().isVisceral()) {
        visceral++;
      }
    }
    if (visceral == n) {
      return all;
    }
    ExtraskeletalMetastasis[] out = new ExtraskeletalMetastasis[visceral];
    int k = 0;
    for (int i = 0; i < n; i++) {
      ExtraskeletalMetastasis m = all.get(i);
      if (m.site().isVisceral()) {
        out[k++] = m;
      }
    }
    return List.of(out);
  }

  private static boolean vertebral(BoneLesion lesion) {
    return lesion.site() instanceof SpinalLevel level && level != SpinalLevel.OCCIPUT;
  }
}
