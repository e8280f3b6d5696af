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
}
