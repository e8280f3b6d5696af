package org.hccbm.imaging;

import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.imaging.internal.SpecialFunctions;

/**
 * Confidence intervals for proportions and ratios (imaging §3.6–3.7).
 *
 * <pre>
 * Wilson (1927):  centre = (p + z²/2n) / (1 + z²/n);  half = z·√(p(1−p)/n + z²/4n²) / (1 + z²/n)
 * Clopper–Pearson (1934): [Beta⁻¹(α/2; x, n−x+1), Beta⁻¹(1−α/2; x+1, n−x)]
 *                          x = 0 → lower 0;  x = n → upper 1
 * Log method (Simel 1991): SE(ln LR+) = √(1/TP − 1/(TP+FN) + 1/FP − 1/(FP+TN))
 *                          SE(ln LR−) = √(1/FN − 1/(TP+FN) + 1/TN − 1/(FP+TN))
 *                          SE(ln DOR) = √(1/TP + 1/FP + 1/FN + 1/TN)   (Woolf)
 *                          CI = ratio · exp(±z·SE)
 * </pre>
 *
 * <p>Zero cells (documented rule): when any cell of the 2×2 table is 0, 0.5 is added to every cell
 * (Haldane) before the ratio and its interval are computed, and the result says so.
 *
 * @since 0.1.0
 */
public final class ConfidenceIntervals {
  private ConfidenceIntervals() {}

  /**
   * A ratio with its log-method interval.
   *
   * @param estimate the ratio
   * @param seLog the standard error of its natural logarithm
   * @param ci the confidence interval
   * @param haldaneCorrected whether 0.5 was added to every cell because one was zero
   */
  public record RatioEstimate(
      double estimate, double seLog, Interval ci, boolean haldaneCorrected) {}

  /**
   * Returns the two-sided normal quantile for a confidence level (1.959964 for 0.95).
   *
   * @param confidence the level, in (0, 1)
   * @return z
   */
  public static double z(double confidence) {
    checkConfidence(confidence);
    return SpecialFunctions.normalQuantile(1 - (1 - confidence) / 2);
  }

  private static void checkConfidence(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new InvalidClinicalInputException("confidence level", confidence, "in (0, 1)");
    }
  }

  private static void checkCounts(int x, int n) {
    if (n < 1 || x < 0 || x > n) {
      throw new InvalidClinicalInputException("binomial count", x + "/" + n, "0 <= x <= n, n >= 1");
    }
  }

  /**
   * Returns the Wilson score interval.
   *
   * @param x successes
   * @param n trials
   * @param confidence the level, e.g. 0.95
   * @return the interval
   */
  public static Interval wilson(int x, int n, double confidence) {
    checkCounts(x, n);
    double z = z(confidence);
    double p = (double) x / n;
    double z2n = z * z / n;
    double centre = (p + z2n / 2) / (1 + z2n);
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / (1 + z2n);
    return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
  }

  /**
   * Returns the Clopper–Pearson ("exact") interval, including x = 0 and x = n.
   *
   * @param x successes
   * @param n trials
   * @param confidence the level
   * @return the interval
   */
  public static Interval clopperPearson(int x, int n, double confidence) {
    checkCounts(x, n);
    checkConfidence(confidence);
    double alpha = 1 - confidence;
    double lower = x == 0 ? 0 : SpecialFunctions.betaQuantile(alpha / 2, x, n - x + 1.0);
    double upper = x == n ? 1 : SpecialFunctions.betaQuantile(1 - alpha / 2, x + 1.0, n - x);
    return new Interval(lower, upper);
  }

  /**
   * Returns the Wald interval p ± z√(p(1−p)/n), for contrast only: it has zero width at 0 and n and
   * can leave [0, 1], so it is not clipped.
   *
   * @param x successes
   * @param n trials
   * @param confidence the level
   * @return the interval
   */
  public static Interval wald(int x, int n, double confidence) {
    checkCounts(x, n);
    double p = (double) x / n;
    double half = z(confidence) * Math.sqrt(p * (1 - p) / n);
    return new Interval(p - half, p + half);
  }

  /**
   * Returns LR+ with its log-method interval.
   *
   * @param t the 2×2 table
   * @param confidence the level
   * @return the estimate
   */
  public static RatioEstimate lrPositive(TwoByTwo t, double confidence) {
    double[] c = cells(t);
    double ratio = (c[0] / (c[0] + c[2])) / (c[1] / (c[1] + c[3]));
    double se = Math.sqrt(1 / c[0] - 1 / (c[0] + c[2]) + 1 / c[1] - 1 / (c[1] + c[3]));
    return ratio(ratio, se, confidence, t.hasZeroCell());
  }

  /**
   * Returns LR− with its log-method interval.
   *
   * @param t the 2×2 table
   * @param confidence the level
   * @return the estimate
   */
  public static RatioEstimate lrNegative(TwoByTwo t, double confidence) {
    double[] c = cells(t);
    double ratio = (c[2] / (c[0] + c[2])) / (c[3] / (c[1] + c[3]));
    double se = Math.sqrt(1 / c[2] - 1 / (c[0] + c[2]) + 1 / c[3] - 1 / (c[1] + c[3]));
    return ratio(ratio, se, confidence, t.hasZeroCell());
  }

  /**
   * Returns the diagnostic odds ratio (TP·TN)/(FP·FN) with Woolf's interval.
   *
   * @param t the 2×2 table
   * @param confidence the level
   * @return the estimate
   */
  public static RatioEstimate diagnosticOddsRatio(TwoByTwo t, double confidence) {
    double[] c = cells(t);
    double ratio = c[0] * c[3] / (c[1] * c[2]);
    double se = Math.sqrt(1 / c[0] + 1 / c[1] + 1 / c[2] + 1 / c[3]);
    return ratio(ratio, se, confidence, t.hasZeroCell());
  }

  /** TP, FP, FN, TN as doubles, Haldane-corrected when a cell is zero. */
  private static double[] cells(TwoByTwo t) {
    return t.hasZeroCell() ? t.haldane() : new double[] {t.tp(), t.fp(), t.fn(), t.tn()};
  }

  private static RatioEstimate ratio(
      double ratio, double se, double confidence, boolean corrected) {
    double z = z(confidence);
    return new RatioEstimate(
        ratio, se, new Interval(ratio * Math.exp(-z * se), ratio * Math.exp(z * se)), corrected);
  }
}
