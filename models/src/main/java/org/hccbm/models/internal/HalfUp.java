package org.hccbm.models.internal;

/**
 * A fast path for the MELD family's half-up rounding of a sum taken exactly in decimal: the same
 * sum taken in binary lies within a few ulps of the decimal one (about 1e-13 for the family's
 * terms), so unless it lies within {@link #MARGIN} of a half both round to the same integer and the
 * decimal sum need not be taken.
 */
public final class HalfUp {
  /** Far wider than the binary sum's error; a sum this close to a half is taken in decimal. */
  static final double MARGIN = 1e-7;

  /** Sums at least this large (or not finite) are always taken in decimal. */
  private static final double LIMIT = 1e9;

  private HalfUp() {}

  /**
   * Returns whether a binary sum is far enough from a half for {@link #of} to give the rounding of
   * the exact sum it approximates.
   *
   * @param approx the sum taken in binary
   * @return false when the exact decimal sum must decide
   */
  public static boolean decides(double approx) {
    if (!(Math.abs(approx) < LIMIT)) {
      return false;
    }
    double fraction = approx - Math.floor(approx);
    return Math.abs(fraction - 0.5) > MARGIN;
  }

  /**
   * Returns the half-up rounding of a sum for which {@link #decides} holds.
   *
   * @param approx the sum taken in binary
   * @return the nearest integer, a half rounded up
   */
  public static int of(double approx) {
    return (int) Math.floor(approx + 0.5);
  }
}
