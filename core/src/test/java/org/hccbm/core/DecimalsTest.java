package org.hccbm.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Decimals} renders without {@code BigDecimal} where it can (issue 13, point 6); these pin
 * it to the {@code BigDecimal} rendering it replaced, which is kept here as the reference.
 */
class DecimalsTest {
  private static String referencePlain(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }

  private static String referenceDisplay(double value, int places) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    return referencePlain(
        new BigDecimal(Double.toString(value))
            .setScale(places, RoundingMode.HALF_UP)
            .doubleValue());
  }

  @Test
  void examplesOfTheDocumentation() {
    assertThat(Decimals.plain(3.1)).isEqualTo("3.1");
    assertThat(Decimals.plain(17)).isEqualTo("17");
    assertThat(Decimals.plain(-2.1094)).isEqualTo("-2.1094");
    assertThat(Decimals.plain(1e-5)).isEqualTo("0.00001");
    assertThat(Decimals.plain(1.5e20)).isEqualTo("150000000000000000000");
    assertThat(Decimals.shown(13.680000000000001)).isEqualTo("13.68");
    assertThat(Decimals.display(Double.NaN, 2)).isEqualTo("NaN");
    assertThat(Decimals.display(Double.NEGATIVE_INFINITY, 2)).isEqualTo("-Infinity");
  }

  @Test
  void halfUpOnTheDecimalDigitsEitherSideOfAHalf() {
    assertThat(Decimals.display(2.345, 2)).isEqualTo("2.35");
    assertThat(Decimals.display(2.3449, 2)).isEqualTo("2.34");
    assertThat(Decimals.display(-2.345, 2)).isEqualTo("-2.35");
    assertThat(Decimals.display(-2.3449, 2)).isEqualTo("-2.34");
    assertThat(Decimals.display(9.99995, 4)).isEqualTo("10");
    assertThat(Decimals.display(9.99994, 4)).isEqualTo("9.9999");
    assertThat(Decimals.display(0.5, 0)).isEqualTo("1");
    assertThat(Decimals.display(0.49, 0)).isEqualTo("0");
    assertThat(Decimals.display(-0.00001, 4)).isEqualTo("0");
    assertThat(Decimals.display(0.00005, 4)).isEqualTo("0.0001");
    assertThat(Decimals.display(0.00004, 4)).isEqualTo("0");
  }

  @Test
  void sameAsTheBigDecimalRenderingOverManyValues() {
    SplittableRandom random = new SplittableRandom(13);
    double[] special = {
      0.0,
      -0.0,
      1e-3,
      9.999e-4,
      1e7,
      9999999.5,
      1e15,
      1e16,
      -1e15,
      0.1,
      0.2,
      0.3,
      1.0 / 3,
      123456789012.3456,
      99999.99995,
      4.35,
      4.45,
      1.005,
      2.675,
      Double.MIN_VALUE,
      Double.MAX_VALUE
    };
    for (double v : special) {
      check(v);
    }
    for (int i = 0; i < 20_000; i++) {
      double magnitude = Math.pow(10, random.nextInt(-6, 17));
      double v = (random.nextBoolean() ? -1 : 1) * random.nextDouble() * magnitude;
      if (i % 4 == 0) {
        // values written with a few decimals, as labs and scores are
        v = Math.round(v * 1000) / 1000.0;
      }
      check(v);
    }
  }

  private static void check(double v) {
    assertThat(Decimals.plain(v)).as("plain(%s)", v).isEqualTo(referencePlain(v));
    for (int places = 0; places <= 15; places++) {
      assertThat(Decimals.display(v, places))
          .as("display(%s, %d)", v, places)
          .isEqualTo(referenceDisplay(v, places));
    }
  }
}
