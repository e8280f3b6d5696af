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
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
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
    return plain(
        new BigDecimal(Double.toString(value))
            .setScale(places, java.math.RoundingMode.HALF_UP)
            .doubleValue());
  }
}
