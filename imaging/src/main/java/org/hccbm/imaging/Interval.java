package org.hccbm.imaging;

import org.hccbm.core.Decimals;
import org.hccbm.core.InvalidClinicalInputException;

/**
 * A confidence interval [lower, upper]; the upper end may be infinite (a likelihood ratio with a
 * specificity of 1).
 *
 * @param lower the lower end
 * @param upper the upper end, at least {@code lower}
 * @since 0.1.0
 */
public record Interval(double lower, double upper) {
  /** Validates both ends. */
  public Interval {
    if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
      throw new InvalidClinicalInputException(
          "interval", lower + "–" + upper, "lower <= upper, neither NaN");
    }
  }

  /**
   * Returns whether a value lies in the interval (ends included).
   *
   * @param value the value
   * @return true when inside
   */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }

  @Override
  public String toString() {
    return Decimals.plain(round6(lower)) + "–" + Decimals.plain(round6(upper));
  }

  private static double round6(double v) {
    return Double.isFinite(v) ? Math.round(v * 1e6) / 1e6 : v;
  }
}
