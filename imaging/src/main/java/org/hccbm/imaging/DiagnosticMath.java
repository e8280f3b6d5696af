package org.hccbm.imaging;

import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.evidence.Probability;

/**
 * The single-test formulas of imaging §3.2–3.4.
 *
 * <pre>
 * LR+ = Se / (1 − Sp)          LR− = (1 − Se) / Sp
 * DOR = LR+ / LR−              Youden J = Se + Sp − 1
 * post-odds = pre-odds × LR    P = post-odds / (1 + post-odds)
 * PPV = Se·π / (Se·π + (1 − Sp)(1 − π))    NPV = Sp(1 − π) / (Sp(1 − π) + (1 − Se)π)
 * </pre>
 *
 * <p>Edge cases: Sp = 1 gives LR+ = ∞ and Se = 1 gives LR− = 0; a pre-test probability of 0 or 1 is
 * returned unchanged; Se + Sp &lt; 1 (worse than chance) is refused.
 *
 * @since 0.1.0
 */
public final class DiagnosticMath {
  private DiagnosticMath() {}

  static void check(double se, double sp) {
    if (!(se >= 0 && se <= 1)) {
      throw new InvalidClinicalInputException("sensitivity", se, "in [0, 1]");
    }
    if (!(sp >= 0 && sp <= 1)) {
      throw new InvalidClinicalInputException("specificity", sp, "in [0, 1]");
    }
    if (se + sp < 1) {
      throw new InvalidClinicalInputException(
          "sensitivity + specificity", se + " + " + sp, ">= 1 (a test worse than chance)");
    }
  }

  /**
   * Returns LR+ = Se / (1 − Sp).
   *
   * @param se sensitivity, 0..1
   * @param sp specificity, 0..1
   * @return LR+, infinite when Sp = 1
   * @throws InvalidClinicalInputException if outside [0, 1] or Se + Sp &lt; 1
   */
  public static double lrPositive(double se, double sp) {
    check(se, sp);
    return sp == 1 ? Double.POSITIVE_INFINITY : se / (1 - sp);
  }

  /**
   * Returns LR− = (1 − Se) / Sp.
   *
   * @param se sensitivity, 0..1
   * @param sp specificity, 0..1
   * @return LR−, 0 when Se = 1
   * @throws InvalidClinicalInputException if outside [0, 1] or Se + Sp &lt; 1
   */
  public static double lrNegative(double se, double sp) {
    check(se, sp);
    return (1 - se) / sp;
  }

  /**
   * Returns the diagnostic odds ratio LR+ / LR− computed from Se and Sp (not a pooled DOR).
   *
   * @param se sensitivity
   * @param sp specificity
   * @return DOR, infinite when Se or Sp is 1
   */
  public static double diagnosticOddsRatio(double se, double sp) {
    double neg = lrNegative(se, sp);
    return neg == 0 ? Double.POSITIVE_INFINITY : lrPositive(se, sp) / neg;
  }

  /**
   * Returns Youden's J = Se + Sp − 1.
   *
   * @param se sensitivity
   * @param sp specificity
   * @return J, 0..1
   */
  public static double youden(double se, double sp) {
    check(se, sp);
    return se + sp - 1;
  }

  /**
   * Returns the post-test probability from a pre-test probability and a likelihood ratio.
   *
   * @param pre the pre-test probability
   * @param lr the likelihood ratio, ≥ 0 (may be infinite)
   * @return the post-test probability; {@code pre} itself when it is 0 or 1
   * @throws InvalidClinicalInputException if the likelihood ratio is negative or NaN
   */
  public static Probability postTest(Probability pre, double lr) {
    if (!(lr >= 0)) {
      throw new InvalidClinicalInputException("likelihood ratio", lr, ">= 0");
    }
    double p = pre.value();
    if (p == 0 || p == 1) {
      return pre;
    }
    if (Double.isInfinite(lr)) {
      return Probability.of(1);
    }
    double postOdds = p / (1 - p) * lr;
    return Probability.of(postOdds / (1 + postOdds));
  }

  /**
   * Returns the positive predictive value at a prevalence.
   *
   * @param se sensitivity
   * @param sp specificity
   * @param prevalence the prevalence
   * @return PPV
   */
  public static double ppv(double se, double sp, Probability prevalence) {
    check(se, sp);
    double pi = prevalence.value();
    double num = se * pi;
    double den = num + (1 - sp) * (1 - pi);
    return den == 0 ? pi : num / den;
  }

  /**
   * Returns the negative predictive value at a prevalence.
   *
   * @param se sensitivity
   * @param sp specificity
   * @param prevalence the prevalence
   * @return NPV
   */
  public static double npv(double se, double sp, Probability prevalence) {
    check(se, sp);
    double pi = prevalence.value();
    double num = sp * (1 - pi);
    double den = num + (1 - se) * pi;
    return den == 0 ? 1 - pi : num / den;
  }
}
