package org.hccbm.imaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.evidence.Probability;

/**
 * Computes post-test probabilities with their uncertainty (imaging §3.3, §3.7, §3.8a).
 *
 * <p>The interval comes from the best the source allows:
 *
 * <ol>
 *   <li>a single study's 2×2 table: the log-method interval of the likelihood ratio (zero cells
 *       Haldane-corrected), carried to the post-test probability;
 *   <li>published 95 % intervals for both Se and Sp: the delta method on the logit scale, σ =
 *       (logit U − logit L) / 2z, Var ln LR+ = (1−Se)²σSe² + Sp²σSp² + 2ρ(1−Se)Sp σSe σSp, Var ln
 *       LR− = Se²σSe² + (1−Sp)²σSp² + 2ρSe(1−Sp) σSe σSp, with ρ = 0 by default (conservative when
 *       the true correlation is negative);
 *   <li>otherwise none: "confidence interval unavailable", never a zero-width interval.
 * </ol>
 *
 * @since 0.1.0
 */
public final class PostTestCalculator {
  private static final double CONFIDENCE = 0.95;

  private PostTestCalculator() {}

  /**
   * Returns the post-test probability for one test result, ρ = 0.
   *
   * @param accuracy a sensitivity/specificity pair
   * @param result the result
   * @param pre the pre-test probability
   * @return the post-test probability with its interval
   * @throws InvalidClinicalInputException if the accuracy is not a Se/Sp pair
   */
  public static PostTest postTest(TestAccuracy accuracy, TestResult result, Probability pre) {
    return postTest(accuracy, result, pre, 0.0);
  }

  /**
   * Returns the post-test probability for one test result.
   *
   * @param accuracy a sensitivity/specificity pair
   * @param result the result
   * @param pre the pre-test probability
   * @param rho the correlation of logit Se and logit Sp, in [−1, 1], for the delta method
   * @return the post-test probability with its interval
   * @throws InvalidClinicalInputException if the accuracy is not a Se/Sp pair or ρ is out of range
   */
  public static PostTest postTest(
      TestAccuracy accuracy, TestResult result, Probability pre, double rho) {
    accuracy.checkPair("a post-test probability");
    if (!(rho >= -1 && rho <= 1)) {
      throw new InvalidClinicalInputException(
          "correlation of logit Se and logit Sp", rho, "in [-1, 1]");
    }
    double se = accuracy.se();
    double sp = accuracy.sp();
    boolean positive = result == TestResult.POSITIVE;
    double lr = positive ? DiagnosticMath.lrPositive(se, sp) : DiagnosticMath.lrNegative(se, sp);
    Probability post = DiagnosticMath.postTest(pre, lr);
    List<String> notes = new ArrayList<>();
    if (accuracy.population() != Population.HCC) {
      notes.add(
          "accuracy measured in "
              + accuracy.population().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
              + ", not in HCC; HCC bone metastases are mostly "
              + "osteolytic and scintigraphy may miss them");
    }
    if (!accuracy.target().equals("bone metastasis")) {
      notes.add("the source measured detection of " + accuracy.target());
    }
    if (!accuracy.notes().isEmpty()) {
      notes.add(accuracy.notes());
    }
    Optional<Interval> lrCi = lrInterval(accuracy, positive, rho);
    String method =
        accuracy.counts().isPresent()
            ? "log-method interval of the likelihood ratio "
                + "from the study's 2×2 table"
                + (accuracy.counts().get().hasZeroCell()
                    ? " (0.5 added to every cell: a cell was zero)"
                    : "")
            : lrCi.isPresent()
                ? "delta method on the logit scale from the published Se and Sp "
                    + "intervals, ρ = "
                    + rho
                : "confidence interval unavailable: the source publishes no interval for both Se and Sp";
    Optional<Interval> ci =
        lrCi.map(
            i ->
                new Interval(
                    DiagnosticMath.postTest(pre, i.lower()).value(),
                    DiagnosticMath.postTest(pre, i.upper()).value()));
    return new PostTest(accuracy, result, pre, lr, post, lrCi, ci, method, notes);
  }

  /**
   * Returns the post-test probability at each end of a range of pre-test probabilities.
   *
   * @param accuracy a sensitivity/specificity pair
   * @param result the result
   * @param low the lowest pre-test probability
   * @param high the highest pre-test probability
   * @return the two post-test probabilities, low first
   */
  public static List<PostTest> overRange(
      TestAccuracy accuracy, TestResult result, Probability low, Probability high) {
    if (low.value() > high.value()) {
      throw new InvalidClinicalInputException("pre-test range", low + "–" + high, "low <= high");
    }
    return List.of(postTest(accuracy, result, low), postTest(accuracy, result, high));
  }

  private static Optional<Interval> lrInterval(TestAccuracy a, boolean positive, double rho) {
    if (a.counts().isPresent()) {
      TwoByTwo t = a.counts().get();
      return Optional.of(
          (positive
                  ? ConfidenceIntervals.lrPositive(t, CONFIDENCE)
                  : ConfidenceIntervals.lrNegative(t, CONFIDENCE))
              .ci());
    }
    Optional<Interval> seCi = a.sensitivity().flatMap(Estimate::ci);
    Optional<Interval> spCi = a.specificity().flatMap(Estimate::ci);
    if (seCi.isEmpty() || spCi.isEmpty()) {
      return Optional.empty();
    }
    double se = a.se();
    double sp = a.sp();
    OptionalSigma sSe = OptionalSigma.of(seCi.get());
    OptionalSigma sSp = OptionalSigma.of(spCi.get());
    if (!sSe.finite() || !sSp.finite() || se == 1 || sp == 1 || se == 0 || sp == 0) {
      return Optional.empty();
    }
    double var =
        positive
            ? sq((1 - se) * sSe.sigma())
                + sq(sp * sSp.sigma())
                + 2 * rho * (1 - se) * sp * sSe.sigma() * sSp.sigma()
            : sq(se * sSe.sigma())
                + sq((1 - sp) * sSp.sigma())
                + 2 * rho * se * (1 - sp) * sSe.sigma() * sSp.sigma();
    double lr = positive ? DiagnosticMath.lrPositive(se, sp) : DiagnosticMath.lrNegative(se, sp);
    double z = ConfidenceIntervals.z(CONFIDENCE);
    double seLog = Math.sqrt(Math.max(0, var));
    return Optional.of(new Interval(lr * Math.exp(-z * seLog), lr * Math.exp(z * seLog)));
  }

  private static double sq(double v) {
    return v * v;
  }

  /** σ on the logit scale from a 95 % interval; infinite when an end is 0 or 1. */
  private record OptionalSigma(double sigma) {
    static OptionalSigma of(Interval ci) {
      double z = ConfidenceIntervals.z(CONFIDENCE);
      return new OptionalSigma((logit(ci.upper()) - logit(ci.lower())) / (2 * z));
    }

    boolean finite() {
      return Double.isFinite(sigma);
    }
  }

  static double logit(double p) {
    return Math.log(p / (1 - p));
  }
}
