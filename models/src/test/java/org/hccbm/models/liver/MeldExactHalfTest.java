package org.hccbm.models.liver;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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

  // MELD 3.0 (liver §3.3): with bilirubin, INR and creatinine at 1.0 every logarithm is exactly 0,
  // and a sum near a half is taken in whole millionths instead of in decimal.

  @Test
  void meld3_everySodiumAndAlbuminOfFourDecimals_readsBackAsItsDecimal() {
    // the premise of the whole-millionths path: the double nearest N / 10^4 is written as N / 10^4
    for (long n = 1_250_000; n <= 1_370_000; n++) {
      assertThat(new BigDecimal(Double.toString(n / 1e4)))
          .isEqualByComparingTo(BigDecimal.valueOf(n, 4));
    }
    for (long n = 15_000; n <= 35_000; n++) {
      assertThat(new BigDecimal(Double.toString(n / 1e4)))
          .isEqualByComparingTo(BigDecimal.valueOf(n, 4));
    }
  }

  @Test
  void meld3_halfAtNormalLogs_roundsUp_andTheNeighboursRoundAsTheDecimal() {
    // 6 + 0.82 × (137 − 126) + 1.85 × (3.5 − 2.7) = 16.5 → 17; 6 + 3.28 + 2.22 = 11.5 → 12
    assertThat(Meld3.reportedDecimal(false, false, 1.0, 126.0, 1.0, 1.0, 2.7)).isEqualTo(17);
    assertThat(Meld3.reportedExact(false, false, 1.0, 126.0, 1.0, 1.0, 2.7)).isEqualTo(17);
    assertThat(Meld3.reportedExact(false, false, 1.0, 133.0, 1.0, 1.0, 2.3)).isEqualTo(12);
    // one ten-thousandth either side of the half: 16.5 − 0.000082 → 16, 16.5 + 0.000185 → 17
    assertThat(Meld3.reportedExact(false, false, 1.0, 126.0001, 1.0, 1.0, 2.7)).isEqualTo(16);
    assertThat(Meld3.reportedExact(false, false, 1.0, 126.0, 1.0, 1.0, 2.6999)).isEqualTo(17);
    // the adolescent constant 7.33 and the adult woman's 6 + 1.33 give the same sums
    assertThat(Meld3.reportedExact(true, false, 1.0, 126.0, 1.0, 1.0, 2.7))
        .isEqualTo(Meld3.reportedExact(false, true, 1.0, 126.0, 1.0, 1.0, 2.7))
        .isEqualTo(Meld3.reportedDecimal(true, false, 1.0, 126.0, 1.0, 1.0, 2.7));
    // at the ends of the bounds and just past them (the decimal path), as the decimal
    for (double na : new double[] {125, 137, Math.nextDown(125.0), Math.nextUp(137.0)}) {
      for (double alb : new double[] {1.5, 3.5, Math.nextDown(1.5), Math.nextUp(3.5)}) {
        for (int who = 0; who < 3; who++) {
          assertThat(Meld3.reportedExact(who == 1, who == 2, 1.0, na, 1.0, 1.0, alb))
              .as("Na %s, Alb %s, %d", na, alb, who)
              .isEqualTo(Meld3.reportedDecimal(who == 1, who == 2, 1.0, na, 1.0, 1.0, alb));
        }
      }
    }
  }

  @Test
  void meld3_atNormalLogs_takesEveryDecimalWithinTheBounds_andNothingElse() {
    int not = Meld3.NOT_IN_TEN_THOUSANDTHS;
    // the corners of the bounds are taken, and give the decimal's score
    for (double na : new double[] {125.0, 137.0}) {
      for (double alb : new double[] {1.5, 3.5}) {
        for (int who = 0; who < 3; who++) {
          assertThat(Meld3.atNormalLogs(who == 1, who == 2, na, alb))
              .as("Na %s, Alb %s, %d", na, alb, who)
              .isNotEqualTo(not)
              .isEqualTo(Meld3.reportedDecimal(who == 1, who == 2, 1.0, na, 1.0, 1.0, alb));
        }
      }
    }
    // one ten-thousandth past each bound is left to the decimal sum
    assertThat(Meld3.atNormalLogs(false, false, 124.9999, 2.0)).isEqualTo(not);
    assertThat(Meld3.atNormalLogs(false, false, 137.0001, 2.0)).isEqualTo(not);
    assertThat(Meld3.atNormalLogs(false, false, 130.0, 1.4999)).isEqualTo(not);
    assertThat(Meld3.atNormalLogs(false, false, 130.0, 3.5001)).isEqualTo(not);
    // and so is a value that is not a whole number of ten-thousandths
    assertThat(Meld3.atNormalLogs(false, false, 130.00005, 2.0)).isEqualTo(not);
    assertThat(Meld3.atNormalLogs(false, false, Math.nextUp(130.0), 2.0)).isEqualTo(not);
    assertThat(Meld3.atNormalLogs(false, false, 130.0, Math.nextUp(2.0))).isEqualTo(not);
    assertThat(Meld3.atNormalLogs(false, false, 130.0, 2.00005)).isEqualTo(not);
    // the worked half: 6 + 0.82 × 11 + 1.85 × 0.8 = 16.5 → 17; 7.33 + 9.02 + 1.48 = 17.83 → 18
    assertThat(Meld3.atNormalLogs(false, false, 126.0, 2.7)).isEqualTo(17);
    assertThat(Meld3.atNormalLogs(true, false, 126.0, 2.7)).isEqualTo(18);
    assertThat(Meld3.atNormalLogs(false, true, 126.0, 2.7)).isEqualTo(18);
    // 6 + 0.82 × 0.0001 + 1.85 × 0 = 6.000082 → 6; 6 + 0.82 × 12 + 1.85 × 2 = 19.54 → 20
    assertThat(Meld3.atNormalLogs(false, false, 136.9999, 3.5)).isEqualTo(6);
    assertThat(Meld3.atNormalLogs(false, false, 125.0, 1.5)).isEqualTo(20);
    // a grid of four-decimal values through the bounds: the decimal's score each time
    for (long na = 1_250_000; na <= 1_370_000; na += 371) {
      for (long alb = 15_000; alb <= 35_000; alb += 1_013) {
        for (int who = 0; who < 3; who++) {
          double sodium = na / 1e4;
          double albumin = alb / 1e4;
          assertThat(Meld3.atNormalLogs(who == 1, who == 2, sodium, albumin))
              .as("Na %s, Alb %s, %d", sodium, albumin, who)
              .isEqualTo(Meld3.reportedDecimal(who == 1, who == 2, 1.0, sodium, 1.0, 1.0, albumin));
        }
      }
    }
  }

  @Test
  void meld3_everySodiumAndAlbuminOfTwoDecimals_atNormalLogs_roundsAsTheDecimal() {
    int halves = 0;
    for (int na = 12_500; na <= 13_700; na++) {
      for (int alb = 150; alb <= 350; alb++) {
        double sodium = na / 100.0;
        double albumin = alb / 100.0;
        for (int who = 0; who < 3; who++) {
          boolean female = who == 1;
          boolean adolescent = who == 2;
          int decimal = Meld3.reportedDecimal(female, adolescent, 1.0, sodium, 1.0, 1.0, albumin);
          assertThat(Meld3.reportedExact(female, adolescent, 1.0, sodium, 1.0, 1.0, albumin))
              .as("Na %s, Alb %s, %d", sodium, albumin, who)
              .isEqualTo(decimal);
        }
        // 6 + 0.82 × (137 − Na) + 1.85 × (3.5 − Alb) in millionths, for counting the halves met
        long millionths = 6_000_000L + 82L * (13_700 - na) * 100 + 185L * (350 - alb) * 100;
        if (millionths % 1_000_000 == 500_000) {
          halves++;
        }
      }
    }
    assertThat(halves).isEqualTo(24); // the exact halves of the grid, with the adult man's constant
  }

  @Test
  void meld3_randomValues_andValuesOfFourDecimals_roundAsTheDecimal() {
    SplittableRandom random = new SplittableRandom(31);
    for (int i = 0; i < 300_000; i++) {
      boolean female = random.nextBoolean();
      boolean adolescent = random.nextInt(4) == 0;
      boolean normalLogs = i % 2 == 0;
      double bili = normalLogs ? 1.0 : 1.0 + random.nextInt(3) * random.nextDouble() * 10;
      double inr = normalLogs ? 1.0 : 1.0 + random.nextInt(2) * random.nextDouble() * 3;
      double cr = normalLogs ? 1.0 : 1.0 + random.nextInt(2) * random.nextDouble() * 2;
      double na =
          random.nextBoolean()
              ? 125 + random.nextInt(120_001) / 1e4
              : 125 + random.nextDouble() * 12;
      double alb =
          random.nextBoolean() ? 1.5 + random.nextInt(20_001) / 1e4 : 1.5 + random.nextDouble() * 2;
      assertThat(Meld3.reportedExact(female, adolescent, bili, na, inr, cr, alb))
          .as("%s %s %s %s %s %s %s", female, adolescent, bili, na, inr, cr, alb)
          .isEqualTo(Meld3.reportedDecimal(female, adolescent, bili, na, inr, cr, alb));
    }
  }
}
