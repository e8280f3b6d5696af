package org.hccbm.models.internal;

import org.hccbm.core.Decimals;

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

  /**
   * Returns a value as results show it: rounded half-up to 4 decimals, the double that {@link
   * Decimals#shown}'s text reads back as, without the text unless the value lies near a half.
   *
   * @param value the value
   * @return the shown value
   */
  public static double shown(double value) {
    if (value == Math.rint(value)) {
      return value;
    }
    double magnitude = Math.abs(value);
    if (magnitude < 1e4) {
      // Below 1e4 the value × 1e4 lies within 1e-7 of its shortest decimal × 1e4; unless that is
      // near a half, rounding it half up gives the digits Decimals.shown keeps, and the quotient
      // of two exact numbers is the double Decimals.shown's text reads back as.
      double tenThousandths = magnitude * 1e4;
      double fraction = tenThousandths - Math.floor(tenThousandths);
      if (Math.abs(fraction - 0.5) > 1e-6) {
        double rounded = Math.floor(tenThousandths + 0.5) / 1e4;
        return value < 0 ? -rounded : rounded;
      }
    }
    return shownDecimal(value);
  }

  /**
   * Returns {@link #shown} always taken through the decimal text (the reference).
   *
   * @param value the value
   * @return the shown value
   */
  public static double shownDecimal(double value) {
    return Double.parseDouble(Decimals.shown(value));
  }
}
