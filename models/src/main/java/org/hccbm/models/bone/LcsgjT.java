package org.hccbm.models.bone;

import org.hccbm.core.tumour.IntrahepaticTumour;

/**
 * The Liver Cancer Study Group of Japan T factor (liver §4.3), used by the Uka criteria.
 *
 * <pre>
 * Criteria: (i) single tumour; (ii) size ≤ 2 cm; (iii) no vascular invasion.
 * T1 all three met · T2 two · T3 one · T4 none · T0 no intrahepatic tumour
 * </pre>
 *
 * <p>The source table prints "&lt; 2 cm"; the library reads ≤ 2 cm, as AJCC T1a does (errata,
 * docs/sources.md), and tests both sides.
 *
 * @since 0.1.0
 */
public enum LcsgjT {
  /** No intrahepatic tumour. */
  T0,
  /** All three criteria met. */
  T1,
  /** Two criteria met. */
  T2,
  /** One criterion met. */
  T3,
  /** No criterion met. */
  T4;

  /**
   * Returns the T factor of the intrahepatic tumour.
   *
   * @param tumour the viable nodules
   * @param vascularInvasion whether there is vascular invasion
   * @return the T factor
   */
  public static LcsgjT of(IntrahepaticTumour tumour, boolean vascularInvasion) {
    if (tumour.count() == 0) {
      return T0;
    }
    int met =
        (tumour.count() == 1 ? 1 : 0)
            + (tumour.largest().orElseThrow().inCm() <= 2.0 ? 1 : 0)
            + (vascularInvasion ? 0 : 1);
    return values()[4 - met];
  }
}
