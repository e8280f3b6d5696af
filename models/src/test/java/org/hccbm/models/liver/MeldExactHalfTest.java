package org.hccbm.models.liver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * MELD(i)'s rounding to the tenth and MELD-Na's rounding of its sodium term (liver §3.1, §3.2:
 * HALF_UP on the decimal value) decide a value that lies near a half without the decimal sum: the
 * value is compared with the double nearest the half's exact fraction (issue 13, point 6, MELD
 * second pass). These checks hold the fast answer to the decimal reference at every half the scores
 * can meet, a run of doubles on both sides of each, and at random values.
 */
class MeldExactHalfTest {
  /** Doubles tried on each side of a half's nearest double. */
  private static final int ULPS = 2_000;

  private static double step(double x, int ulps) {
    double v = x;
    for (int i = 0; i < Math.abs(ulps); i++) {
      v = ulps > 0 ? Math.nextUp(v) : Math.nextDown(v);
    }
    return v;
  }

  @Test
  void meldI_everyHalfTenth_andTheDoublesAroundIt_roundAsTheDecimal() {
    int checked = 0;
    for (int n = 0; n <= 60; n++) {
      double half = (2.0 * n + 1) / 20;
      double x = step(half, -ULPS);
      for (int k = -ULPS; k <= ULPS; k++) {
        assertThat(MeldTerms.meldInteger(x))
            .as("raw %s (half %d.5 tenths)", x, n)
            .isEqualTo(MeldTerms.meldIntegerDecimal(x));
        x = Math.nextUp(x);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(61 * (2 * ULPS + 1));
  }

  @Test
  void meldI_halfUpAtEachSideOfAHalf() {
    // 2.35 → 23.5 tenths → 24 (HALF_UP), the double just below 2.35's nearest → 23
    assertThat(MeldTerms.meldInteger(2.35)).isEqualTo(24);
    assertThat(MeldTerms.meldInteger(Math.nextUp(2.35))).isEqualTo(24);
    assertThat(MeldTerms.meldInteger(2.3499999999999996)).isEqualTo(23);
    assertThat(MeldTerms.meldInteger(1.25)).isEqualTo(13); // exact in binary: 12.5 tenths → 13
    assertThat(MeldTerms.meldInteger(Math.nextDown(1.25))).isEqualTo(12);
    assertThat(MeldTerms.meldInteger(0.05)).isEqualTo(1);
    assertThat(MeldTerms.meldInteger(Math.nextDown(0.05))).isEqualTo(0);
    assertThat(MeldTerms.meldInteger(3.95)).isEqualTo(40);
    assertThat(MeldTerms.meldInteger(Math.nextDown(3.95))).isEqualTo(39);
    assertThat(MeldTerms.meldInteger(4.05)).isEqualTo(40); // 41 capped at 40
    assertThat(MeldTerms.meldInteger(-0.05)).isEqualTo(MeldTerms.meldIntegerDecimal(-0.05));
  }

  @Test
  void meldI_randomValues_andValuesWithinTheMarginOfAHalf_roundAsTheDecimal() {
    SplittableRandom random = new SplittableRandom(13);
    for (int i = 0; i < 300_000; i++) {
      double x =
          i % 2 == 0
              ? random.nextDouble() * 6
              : (2.0 * random.nextInt(61) + 1) / 20 + (random.nextDouble() - 0.5) * 4e-8;
      assertThat(MeldTerms.meldInteger(x))
          .as("raw %s", x)
          .isEqualTo(MeldTerms.meldIntegerDecimal(x));
    }
  }

  /** The sodium at which MELD-Na's decimal sum is exactly n + 0.5, as a fraction P / Q. */
  private static double stepSodium(int meldI, int n) {
    int q = 2640 - 66 * meldI;
    long p = 137L * q - 1000L * (2L * (n - meldI) + 1);
    return (double) p / q;
  }

  @Test
  void meldNa_everyStepOfTheSodiumTerm_andTheSodiumsAroundIt_roundAsTheDecimal() {
    int steps = 0;
    for (int meldI = 12; meldI <= 39; meldI++) {
      for (int n = meldI; n <= 60; n++) {
        double sodium = stepSodium(meldI, n);
        if (sodium < 118 || sodium > 142) {
          continue;
        }
        steps++;
        double s = step(sodium, -ULPS / 2);
        for (int k = -ULPS / 2; k <= ULPS / 2; k++) {
          assertThat(MeldNa.reported(meldI, s))
              .as("MELD(i) %d, sodium %s (step to %d)", meldI, s, n + 1)
              .isEqualTo(MeldNa.reportedDecimal(meldI, s));
          s = Math.nextUp(s);
        }
      }
    }
    // every MELD(i) from 12 to 39 has at least one step for sodium within [125, 137]
    assertThat(steps).isGreaterThan(28);
  }

  @Test
  void meldNa_stepAt125_isExactInDecimal() {
    // MELD(i) 20: 20 + (137 − Na) × 0.66 is 27.92 at 125 (→ 28) and 27.5 at 125.6363…
    int meldI = 20;
    double sodium = stepSodium(meldI, 27);
    assertThat(MeldNa.reportedDecimal(meldI, Math.nextDown(sodium))).isEqualTo(28);
    assertThat(MeldNa.reported(meldI, Math.nextDown(sodium))).isEqualTo(28);
    assertThat(MeldNa.reportedDecimal(meldI, Math.nextUp(sodium))).isEqualTo(27);
    assertThat(MeldNa.reported(meldI, Math.nextUp(sodium))).isEqualTo(27);
    assertThat(MeldNa.reported(meldI, sodium)).isEqualTo(MeldNa.reportedDecimal(meldI, sodium));
  }

  @Test
  void meldNa_randomSodiums_andSodiumsNearASteps_roundAsTheDecimal() {
    SplittableRandom random = new SplittableRandom(17);
    for (int i = 0; i < 300_000; i++) {
      int meldI = 6 + random.nextInt(40);
      double sodium;
      if (i % 2 == 0 || meldI <= 11 || meldI >= 40) {
        sodium = 120 + random.nextDouble() * 20;
      } else {
        int n = meldI + random.nextInt(20);
        sodium = stepSodium(meldI, n) + (random.nextDouble() - 0.5) * 1e-6;
      }
      assertThat(MeldNa.reported(meldI, sodium))
          .as("MELD(i) %d, sodium %s", meldI, sodium)
          .isEqualTo(meldI <= 11 ? meldI : MeldNa.reportedDecimal(meldI, sodium));
    }
  }
}
