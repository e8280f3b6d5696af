package org.hccbm.imaging;

import org.hccbm.core.Decimals;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.evidence.Probability;

/**
 * Two tests in parallel or in series, independent or with conditional covariances (imaging §3.5;
 * Dohoo 2009 eqs 5.16–5.25; Gardner 2000), and the probability of each result pattern.
 *
 * <pre>
 * Parallel (positive if either):  Se = 1 − (1−Se₁)(1−Se₂) − c₊    Sp = Sp₁Sp₂ + c₋
 * Series (positive only if both): Se = Se₁Se₂ + c₊                Sp = 1 − (1−Sp₁)(1−Sp₂) − c₋
 * Feasible c₊: max(−(1−Se₁)(1−Se₂), −Se₁Se₂) ≤ c₊ ≤ min(Se₁(1−Se₂), Se₂(1−Se₁)); c₋ alike with Sp.
 * </pre>
 *
 * <p>Both tests must share a basis: per-patient and per-lesion figures are never combined.
 *
 * @since 0.1.0
 */
public final class TestCombination {
  /**
   * Conditional covariances of the two tests' results.
   *
   * @param diseased c₊, among patients with bone metastasis
   * @param nonDiseased c₋, among patients without
   */
  public record Covariance(double diseased, double nonDiseased) {
    /** Conditional independence. */
    public static final Covariance INDEPENDENT = new Covariance(0, 0);

    /** Validates both values are finite. */
    public Covariance {
      if (!Double.isFinite(diseased) || !Double.isFinite(nonDiseased)) {
        throw new InvalidClinicalInputException(
            "covariance", diseased + ", " + nonDiseased, "finite");
      }
    }
  }

  /**
   * A combined sensitivity and specificity.
   *
   * @param sensitivity the combined sensitivity
   * @param specificity the combined specificity
   */
  public record Combined(double sensitivity, double specificity) {
    /**
     * Returns LR+ of the combination.
     *
     * @return LR+
     */
    public double lrPositive() {
      return DiagnosticMath.lrPositive(sensitivity, specificity);
    }

    /**
     * Returns LR− of the combination.
     *
     * @return LR−
     */
    public double lrNegative() {
      return DiagnosticMath.lrNegative(sensitivity, specificity);
    }
  }

  private TestCombination() {}

  /**
   * Returns the combination positive when either test is positive.
   *
   * @param a the first test (a Se/Sp pair)
   * @param b the second test, on the same basis
   * @param c the conditional covariances
   * @return the combined accuracy
   */
  public static Combined parallel(TestAccuracy a, TestAccuracy b, Covariance c) {
    check(a, b, c);
    return new Combined(
        1 - (1 - a.se()) * (1 - b.se()) - c.diseased(), a.sp() * b.sp() + c.nonDiseased());
  }

  /**
   * Returns the combination positive only when both tests are positive.
   *
   * @param a the first test
   * @param b the second test, on the same basis
   * @param c the conditional covariances
   * @return the combined accuracy
   */
  public static Combined series(TestAccuracy a, TestAccuracy b, Covariance c) {
    check(a, b, c);
    return new Combined(
        a.se() * b.se() + c.diseased(), 1 - (1 - a.sp()) * (1 - b.sp()) - c.nonDiseased());
  }

  /**
   * Returns the likelihood ratio of one result pattern, P(pattern | BM) / P(pattern | no BM).
   *
   * @param a the first test
   * @param ra its result
   * @param b the second test, on the same basis
   * @param rb its result
   * @param c the conditional covariances
   * @return the likelihood ratio (infinite when the pattern cannot occur without BM)
   */
  public static double patternLikelihoodRatio(
      TestAccuracy a, TestResult ra, TestAccuracy b, TestResult rb, Covariance c) {
    check(a, b, c);
    double diseased =
        joint(a.se(), ra == TestResult.POSITIVE, b.se(), rb == TestResult.POSITIVE, c.diseased());
    double healthy =
        joint(
            1 - a.sp(),
            ra == TestResult.POSITIVE,
            1 - b.sp(),
            rb == TestResult.POSITIVE,
            c.nonDiseased());
    return healthy == 0 ? Double.POSITIVE_INFINITY : diseased / healthy;
  }

  /**
   * Returns the post-test probability of one result pattern.
   *
   * @param a the first test
   * @param ra its result
   * @param b the second test
   * @param rb its result
   * @param pre the pre-test probability
   * @param c the conditional covariances
   * @return the post-test probability
   */
  public static Probability patternPostTest(
      TestAccuracy a, TestResult ra, TestAccuracy b, TestResult rb, Probability pre, Covariance c) {
    return DiagnosticMath.postTest(pre, patternLikelihoodRatio(a, ra, b, rb, c));
  }

  /**
   * P(r₁, r₂) given the probabilities p₁, p₂ of a positive result and their covariance: ++ and −−
   * gain the covariance, mixed patterns lose it.
   */
  private static double joint(double p1, boolean pos1, double p2, boolean pos2, double cov) {
    double base = (pos1 ? p1 : 1 - p1) * (pos2 ? p2 : 1 - p2);
    return pos1 == pos2 ? base + cov : base - cov;
  }

  private static void check(TestAccuracy a, TestAccuracy b, Covariance c) {
    a.checkPair("a combination of two tests");
    b.checkPair("a combination of two tests");
    if (a.basis() != b.basis()) {
      throw new InvalidClinicalInputException(
          "basis of combined tests",
          a.basis() + " and " + b.basis(),
          "the same for both tests (per-patient and per-lesion figures never mix)");
    }
    feasible("covariance among diseased", c.diseased(), a.se(), b.se());
    feasible("covariance among non-diseased", c.nonDiseased(), a.sp(), b.sp());
  }

  private static void feasible(String field, double cov, double p1, double p2) {
    double lo = Math.max(-(1 - p1) * (1 - p2), -p1 * p2);
    double hi = Math.min(p1 * (1 - p2), p2 * (1 - p1));
    if (cov < lo - 1e-12 || cov > hi + 1e-12) {
      throw new InvalidClinicalInputException(
          field,
          cov,
          "in ["
              + Decimals.plain(round6(lo))
              + ", "
              + Decimals.plain(round6(hi))
              + "] for these tests");
    }
  }

  private static double round6(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
