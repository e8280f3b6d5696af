package org.hccbm.models.liver;

import java.math.BigDecimal;

/**
 * MELD 3.0's rounding near a half, decided without the decimal sum: the bounded-results engine
 * bisects towards the steps of the score, so the score is asked for close to a half thousands of
 * times a batch; the decimal sum ({@link Meld3#reportedDecimal}) is kept for the exact ties.
 *
 * <p>The decimal sum reads each value as its decimal text ({@link Double#toString}), which differs
 * from the binary value by its tail {@code t = decimal − value} (at most half an ulp). Scaled by
 * 100 the coefficients are whole numbers:
 *
 * <pre>
 * 100 × score − 100 × (n + 0.5) = K − (100n + 50) + 456 Lb + 82 N − 24 N Lb + 909 Li + 1114 Lc
 *                                 + 185 A − 183 A Lc
 * K = 733 (female adult, or age 12–17) or 600; Lb, Li, Lc = ln(bilirubin), ln(INR), ln(creatinine);
 * N = 137 − Na; A = 3.5 − albumin; each read as its decimal (value + tail).
 * </pre>
 *
 * <p>The binary parts are summed with their rounding errors kept (each product and sum split into
 * its double and the exact remainder), the first-order tail terms added in plain double, so the
 * difference from the half is known to within about 1e-30 of the terms' sizes. It decides the
 * rounding whenever it exceeds {@link #RELATIVE_BOUND} times the terms' sizes, a million times that
 * error; otherwise (an exact half) the decimal sum decides.
 */
final class Meld3NearHalf {
  /** What {@link #reported} returns when the decimal sum must decide. */
  static final int UNDECIDED = -1;

  /** A difference from the half this small relative to the terms is left to the decimal sum. */
  static final double RELATIVE_BOUND = 1e-24;

  /** Powers of ten 10^-k, k = 0..{@value #POWERS}, each as a double and its exact remainder. */
  private static final int POWERS = 40;

  private static final double[] POWER_HI = new double[POWERS + 1];
  private static final double[] POWER_LO = new double[POWERS + 1];

  static {
    for (int k = 0; k <= POWERS; k++) {
      BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(-k);
      POWER_HI[k] = power.doubleValue();
      POWER_LO[k] = power.subtract(new BigDecimal(POWER_HI[k])).doubleValue();
    }
  }

  private Meld3NearHalf() {}

  /**
   * Returns the reported score of bounded inputs whose binary score lies near the half n + 0.5.
   *
   * @param adultFemaleOrAdolescent whether the constant is 7.33 (female adult, or age 12–17)
   * @param n the integer below the half: the floor of the binary score
   * @return n + 1 when the decimal score is above the half, n when below (at most 40), or {@link
   *     #UNDECIDED}
   */
  static int reported(
      boolean adultFemaleOrAdolescent,
      int n,
      double bili,
      double na,
      double inr,
      double cr,
      double alb) {
    double lb = Math.log(bili);
    double li = Math.log(inr);
    double lc = Math.log(cr);
    // The tails in a loop: one call of tail (and of Double.toString) compiled, not five.
    double[] tails = {lb, li, lc, na, alb};
    for (int i = 0; i < tails.length; i++) {
      tails[i] = tail(tails[i]);
    }
    double tb = tails[0];
    double ti = tails[1];
    double tc = tails[2];
    double tn = tails[3];
    double ta = tails[4]; // a NaN tail makes the difference NaN: undecided below
    double dNa = 137 - na; // exact: na lies within [125, 137] (Sterbenz)
    double dAlb = 3.5 - alb;
    double dAlbRest = twoSumRest(3.5, -alb, dAlb);
    Sum s = new Sum();
    s.add((adultFemaleOrAdolescent ? 733 : 600) - (100.0 * n + 50)); // whole numbers: exact
    s.product(456, lb);
    s.product(82, dNa);
    s.product(-24, dNa, lb);
    s.product(909, li);
    s.product(1114, lc);
    s.product(185, dAlb);
    s.product(185, dAlbRest);
    s.product(-183, dAlb, lc);
    s.product(-183, dAlbRest, lc);
    // N = dNa − tn and A = dAlb + dAlbRest − ta: the terms first order in the tails, then the
    // products of two tails (about 1e-30, kept so that nothing is dropped silently).
    s.add(
        456 * tb
            - 82 * tn
            - 24 * (dNa * tb - tn * lb)
            + 909 * ti
            + 1114 * tc
            - 185 * ta
            - 183 * ((dAlb + dAlbRest) * tc - ta * lc));
    s.add(24 * tn * tb + 183 * ta * tc);
    double difference = s.value();
    if (!(Math.abs(difference) > RELATIVE_BOUND * s.size)) {
      return UNDECIDED;
    }
    // n is at least 6: the score is at least its constant (Meld3.complete), so the half above it
    return Math.min(40, difference > 0 ? n + 1 : n);
  }

  /**
   * Returns a value's tail: its decimal text ({@link Double#toString}, as {@link
   * BigDecimal#valueOf(double)} reads it) minus the value, to within about 1e-31 of the value; NaN
   * when the value is not finite or its text is not a whole number of 10^-k, 0 ≤ k ≤ 40.
   */
  static double tail(double x) {
    if (!Double.isFinite(x)) {
      return Double.NaN;
    }
    String text = Double.toString(Math.abs(x));
    long digits = 0;
    int decimals = 0;
    int exponent = 0;
    boolean afterPoint = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.') {
        afterPoint = true;
      } else if (c == 'E') {
        exponent = Integer.parseInt(text, i + 1, text.length(), 10);
        break;
      } else {
        // at most 17 significant digits and a trailing 0: within a long
        digits = digits * 10 + (c - '0');
        decimals += afterPoint ? 1 : 0;
      }
    }
    int k = decimals - exponent; // the text is digits × 10^-k
    if (k < 0 || k > POWERS) {
      return Double.NaN;
    }
    double high = digits; // the digits rounded to a double, and the exact rest
    double rest = digits - (long) high;
    double t =
        Math.fma(high, POWER_HI[k], -Math.abs(x)) + (high * POWER_LO[k] + rest * POWER_HI[k]);
    return x < 0 ? -t : t;
  }

  /** The exact rounding error of {@code a + b}, whose double is {@code sum} (Knuth's TwoSum). */
  private static double twoSumRest(double a, double b, double sum) {
    double bVirtual = sum - a;
    double aVirtual = sum - bVirtual;
    return (a - aVirtual) + (b - bVirtual);
  }

  /** A sum kept as a double and the exact rounding errors of each addition, and its terms' size. */
  private static final class Sum {
    double hi;
    double lo;
    double size;

    void add(double x) {
      double sum = hi + x;
      lo += twoSumRest(hi, x, sum);
      hi = sum;
      size += Math.abs(x);
    }

    /** Adds c × x, exactly: the product's double and its remainder (by fused multiply-add). */
    void product(double c, double x) {
      double p = c * x;
      add(p);
      add(Math.fma(c, x, -p));
    }

    /** Adds c × x × y: x × y split exactly, each part times c split exactly but the last. */
    void product(double c, double x, double y) {
      double p = x * y;
      double e = Math.fma(x, y, -p);
      product(c, p);
      add(c * e);
    }

    double value() {
      return hi + lo;
    }
  }
}
