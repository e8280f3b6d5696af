package org.hccbm.models.liver;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * MELD 3.0 near a half (liver §3.3, rounding HALF_UP on the decimal sum, liver §0.2.3): {@link
 * Meld3NearHalf} against the decimal sum itself, at the steps of the score along every input.
 */
class Meld3NearHalfTest {
  private static final double[] LOWEST = {1, 125, 1, 1, 1.5};
  private static final double[] HIGHEST = {41, 137, 6, 3, 3.5};

  @Test
  void tailIsTheDecimalTextMinusTheValue() {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 50_000; i++) {
      double x = Math.exp(random.nextDouble() * 40 - 30) * (random.nextBoolean() ? 1 : 137);
      BigDecimal exact = new BigDecimal(Double.toString(x)).subtract(new BigDecimal(x));
      double tail = Meld3NearHalf.tail(x);
      assertThat(new BigDecimal(tail).subtract(exact).abs().doubleValue())
          .as("tail of %s", x)
          .isLessThanOrEqualTo(1e-30 * x);
      assertThat(Meld3NearHalf.tail(-x)).isEqualTo(-tail);
    }
  }

  @Test
  void tailOfValuesReadExactly() {
    assertThat(Meld3NearHalf.tail(0.0)).isZero();
    assertThat(Meld3NearHalf.tail(1.2345678e7)).isZero(); // "1.2345678E7": 12345678 × 10^0
    assertThat(Meld3NearHalf.tail(2.5)).isZero();
    // 0.1 is read as 1/10, above the double 0.1000000000000000055511151231257827
    assertThat(Meld3NearHalf.tail(0.1)).isCloseTo(-5.551115123125783e-18, within(1e-33));
  }

  @Test
  void tailOutsideTheHandledTextsIsNaN() {
    // "1.0E-39": 10 × 10^-40, the smallest power handled
    assertThat(Meld3NearHalf.tail(1e-39))
        .isCloseTo(
            new BigDecimal("1e-39").subtract(new BigDecimal(1e-39)).doubleValue(), within(1e-70));
    assertThat(Meld3NearHalf.tail(1e-40)).isNaN(); // 10 × 10^-41
    assertThat(Meld3NearHalf.tail(1e7)).isNaN(); // "1.0E7": 10 × 10^6
    assertThat(Meld3NearHalf.tail(Double.POSITIVE_INFINITY)).isNaN();
    assertThat(Meld3NearHalf.tail(Double.NaN)).isNaN();
  }

  @Test
  void decidesAsTheDecimalSumAtEveryStepAlongEachInput() {
    SplittableRandom random = new SplittableRandom(5);
    int steps = 0;
    for (int i = 0; i < 3_000; i++) {
      boolean female = random.nextBoolean();
      boolean adolescent = random.nextInt(5) == 0;
      double[] v = new double[5];
      for (int j = 0; j < 5; j++) {
        v[j] = LOWEST[j] + random.nextDouble() * (HIGHEST[j] - LOWEST[j]);
      }
      int along = i % 5;
      double lo = LOWEST[along];
      double hi = HIGHEST[along];
      v[along] = lo;
      int atLo = decimal(female, adolescent, v);
      v[along] = hi;
      if (decimal(female, adolescent, v) == atLo) {
        continue;
      }
      for (int k = 0; k < 80; k++) {
        double mid = lo + (hi - lo) / 2;
        v[along] = mid;
        if (decimal(female, adolescent, v) == atLo) {
          lo = mid;
        } else {
          hi = mid;
        }
      }
      steps++;
      for (double y : new double[] {Math.nextDown(lo), lo, hi, Math.nextUp(hi)}) {
        v[along] = y;
        double approx = Meld3.raw(female, adolescent, v[0], v[1], v[2], v[3], v[4]);
        int near =
            Meld3NearHalf.reported(
                female || adolescent, (int) Math.floor(approx), v[0], v[1], v[2], v[3], v[4]);
        assertThat(near)
            .as("female %s, adolescent %s, inputs %s", female, adolescent, Arrays.toString(v))
            .isEqualTo(decimal(female, adolescent, v));
        assertThat(Meld3.reportedExact(female, adolescent, v[0], v[1], v[2], v[3], v[4]))
            .isEqualTo(near);
      }
    }
    assertThat(steps).isGreaterThan(500);
  }

  @Test
  void anExactHalfIsLeftToTheDecimalSum() {
    // 6 + 0.82 × 0.25 + 1.85 × 0.7 = 7.5 exactly
    assertThat(Meld3NearHalf.reported(false, 7, 1.0, 136.75, 1.0, 1.0, 2.8))
        .isEqualTo(Meld3NearHalf.UNDECIDED);
    assertThat(Meld3.reportedDecimal(false, false, 1.0, 136.75, 1.0, 1.0, 2.8)).isEqualTo(8);
    // with the constant 7.33 the same inputs give 8.83, above the half 8.5
    assertThat(Meld3NearHalf.reported(true, 8, 1.0, 136.75, 1.0, 1.0, 2.8)).isEqualTo(9);
    // a half from values that are not multiples of 0.0001: 82 × 0.25185 + 185 × 0.69918 = 150
    assertThat(Meld3NearHalf.reported(false, 7, 1.0, 136.74815, 1.0, 1.0, 2.80082))
        .isEqualTo(Meld3NearHalf.UNDECIDED);
    assertThat(Meld3.reportedExact(false, false, 1.0, 136.74815, 1.0, 1.0, 2.80082)).isEqualTo(8);
    assertThat(Meld3.reportedExact(false, false, 1.0, Math.nextUp(136.74815), 1.0, 1.0, 2.80082))
        .isEqualTo(7);
  }

  @Test
  void aValueWithoutATailIsUndecided() {
    assertThat(Meld3NearHalf.reported(false, 7, 1.0, 136.75, 1.0, 1.0, Double.NaN))
        .isEqualTo(Meld3NearHalf.UNDECIDED);
  }

  @Test
  void aboveFortyIsForty() {
    // INR where the binary score crosses 40.5 (bilirubin 1, sodium 125, creatinine 3, albumin 1.5)
    double lo = 1;
    double hi = 6;
    for (int k = 0; k < 80; k++) {
      double mid = lo + (hi - lo) / 2;
      if (Meld3.raw(false, false, 1, 125, mid, 3, 1.5) < 40.5) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    assertThat(Meld3.raw(false, false, 1, 125, hi, 3, 1.5)).isCloseTo(40.5, within(1e-12));
    assertThat(Meld3NearHalf.reported(false, 40, 1, 125, hi, 3, 1.5)).isEqualTo(40);
    assertThat(Meld3NearHalf.reported(false, 40, 1, 125, lo, 3, 1.5)).isEqualTo(40);
    assertThat(Meld3.reportedDecimal(false, false, 1, 125, hi, 3, 1.5)).isEqualTo(40);
  }

  private static int decimal(boolean female, boolean adolescent, double[] v) {
    return Meld3.reportedDecimal(female, adolescent, v[0], v[1], v[2], v[3], v[4]);
  }

  private static org.assertj.core.data.Offset<Double> within(double offset) {
    return org.assertj.core.data.Offset.offset(offset);
  }
}
