package org.hccbm.core.performance;

import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.Range;
import java.util.List;
import java.util.stream.Stream;

/**
 * A named convention for converting between Karnofsky and ECOG. No conversion is validated; each is
 * a convention (liver §6.3, bone §10), so it is explicit and replaceable.
 *
 * <pre>
 * KPS    100–90   80–70   60–50   40–30   20–10   0
 * ECOG   0        1       2       3       4       5      (STANDARD)
 * KPS 90 → ECOG 1 instead                                 (KPS_90_AS_ECOG_1, U-10)
 * </pre>
 *
 * @since 0.1.0
 */
public enum PsConvention {
  /**
   * The commonly used table (ECOG-ACRIN handout; bone §10): ECOG 0 = KPS 100/90, 1 = 80/70, 2 =
   * 60/50, 3 = 40/30, 4 = 20/10, 5 = 0.
   */
  STANDARD(
      ImmutableRangeMap.<Integer, Ecog>builder()
          .put(Range.closed(90, 100), Ecog.FULLY_ACTIVE)
          .put(Range.closed(70, 80), Ecog.RESTRICTED_STRENUOUS)
          .put(Range.closed(50, 60), Ecog.AMBULATORY_SELF_CARE)
          .put(Range.closed(30, 40), Ecog.LIMITED_SELF_CARE)
          .put(Range.closed(10, 20), Ecog.BEDBOUND)
          .put(Range.singleton(0), Ecog.DEAD)
          .build()),
  /** The variant some tables print, mapping KPS 90 to ECOG 1 (U-10). */
  KPS_90_AS_ECOG_1(
      ImmutableRangeMap.<Integer, Ecog>builder()
          .put(Range.singleton(100), Ecog.FULLY_ACTIVE)
          .put(Range.closed(70, 90), Ecog.RESTRICTED_STRENUOUS)
          .put(Range.closed(50, 60), Ecog.AMBULATORY_SELF_CARE)
          .put(Range.closed(30, 40), Ecog.LIMITED_SELF_CARE)
          .put(Range.closed(10, 20), Ecog.BEDBOUND)
          .put(Range.singleton(0), Ecog.DEAD)
          .build());

  private final ImmutableRangeMap<Integer, Ecog> kpsToEcog;

  PsConvention(ImmutableRangeMap<Integer, Ecog> kpsToEcog) {
    this.kpsToEcog = kpsToEcog;
  }

  /**
   * Returns the ECOG grade this convention assigns to a Karnofsky status.
   *
   * @param kps the Karnofsky status
   * @return the ECOG grade (always exactly one)
   */
  public Ecog toEcog(Karnofsky kps) {
    Ecog ecog = kpsToEcog.get(kps.percent());
    if (ecog == null) {
      throw new IllegalStateException("convention " + this + " has no row for " + kps);
    }
    return ecog;
  }

  /**
   * Returns every Karnofsky status this convention maps to an ECOG grade (ECOG 1 → KPS 70 and 80).
   *
   * @param ecog the ECOG grade
   * @return the Karnofsky statuses, ascending; more than one means the conversion is ambiguous
   */
  public List<Karnofsky> toKarnofsky(Ecog ecog) {
    return Stream.of(Karnofsky.values()).filter(k -> toEcog(k) == ecog).toList();
  }
}
