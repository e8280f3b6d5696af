package org.hccbm.core.result;

import org.hccbm.core.InvalidClinicalInputException;

/**
 * A model's total: the raw value (the sum of its items or terms) and the value reported after the
 * source's rounding and bounds. For point scores both are the same.
 *
 * @param raw the unrounded, unbounded value
 * @param value the reported value
 * @since 0.1.0
 */
public record Total(double raw, double value) {
  /** Validates both values. */
  public Total {
    if (!Double.isFinite(raw) || !Double.isFinite(value)) {
      throw new InvalidClinicalInputException("total", raw + " / " + value, "finite");
    }
  }

  /**
   * Returns a total whose raw and reported values are the same.
   *
   * @param value the total
   * @return the total
   */
  public static Total of(double value) {
    int whole = (int) value;
    if (whole >= 0
        && whole < WHOLE.length
        && Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(whole)) {
      return WHOLE[whole];
    }
    return new Total(value, value);
  }

  /** Shared totals 0 to 63 (point scores total whole numbers; results are built per evaluation). */
  private static final Total[] WHOLE = new Total[64];

  static {
    for (int i = 0; i < WHOLE.length; i++) {
      WHOLE[i] = new Total(i, i);
    }
  }
}
