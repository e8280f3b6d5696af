package org.hccbm.core;

import java.math.BigDecimal;

/**
 * Formats numbers for explanations: integers without decimals, other values in plain notation
 * without trailing zeros ("3.1", "17", "-2.1094").
 *
 * @since 0.1.0
 */
public final class Decimals {
  private Decimals() {}

  /**
   * Returns the plain rendering of a value.
   *
   * @param value the value
   * @return the rendering; "NaN" and "Infinity" as Java writes them
   */
  public static String plain(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    String s = Double.toString(value);
    // Without an exponent, Java's rendering of a value that is not an integer is already plain and
    // has no trailing zeros.
    return s.indexOf('E') < 0 ? s : new BigDecimal(s).stripTrailingZeros().toPlainString();
  }

  /**
   * Returns the display rendering at 4 decimals ({@link #display(double, int)}).
   *
   * @param value the value
   * @return the rendering
   */
  public static String shown(double value) {
    return display(value, 4);
  }

  /**
   * Returns the rendering of a value rounded half-up to at most {@code places} decimals, for
   * display only (results keep the unrounded value).
   *
   * @param value the value
   * @param places the most decimals shown, 0..15
   * @return the rendering, e.g. "13.68" for 13.680000000000001 at 4 places
   */
  public static String display(double value, int places) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (value == Math.rint(value)) {
      return plain(value);
    }
    String s = Double.toString(value);
    int point = s.indexOf('.');
    int digits = s.length() - point - 1;
    if (s.indexOf('E') < 0 && places >= 0 && places < POWERS.length) {
      if (digits <= places) {
        return plain(value); // nothing to round
      }
      // Half-up on the decimal digits, as BigDecimal.setScale does, while the kept digits fit in
      // a long that a double holds exactly.
      boolean negative = s.charAt(0) == '-';
      int start = negative ? 1 : 0;
      if (point - start + places <= 15) {
        long kept = 0;
        for (int i = start; i < point; i++) {
          kept = kept * 10 + (s.charAt(i) - '0');
        }
        for (int i = point + 1; i <= point + places; i++) {
          kept = kept * 10 + (s.charAt(i) - '0');
        }
        if (s.charAt(point + places + 1) >= '5') {
          kept++;
        }
        // Both operands are exact, so the quotient is the correctly rounded double of the decimal,
        // which is what BigDecimal.doubleValue gives.
        double rounded = kept / POWERS[places];
        return plain(negative ? -rounded : rounded);
      }
    }
    return plain(new BigDecimal(s).setScale(places, java.math.RoundingMode.HALF_UP).doubleValue());
  }

  private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10};
}
