package org.hccbm.models.liver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.hccbm.models.internal.HalfUp;
import org.junit.jupiter.api.Test;

/**
 * MELD 3.0 and MELD-Na round their sums half-up in decimal (an exact .5 summed in binary can land
 * just below it); the binary fast path (issue 13, point 6) must give the decimal sums' integers
 * everywhere, including at each step of the reported value.
 */
class MeldHalfUpFastPathTest {
  @Test
  void halfUpDecidesOnlyClearOfAHalf() {
    assertThat(HalfUp.decides(12.5)).isFalse();
    assertThat(HalfUp.decides(12.5 + 0.5e-7)).isFalse();
    assertThat(HalfUp.decides(12.5 - 0.5e-7)).isFalse();
    assertThat(HalfUp.decides(12.5 + 2e-7)).isTrue();
    assertThat(HalfUp.decides(12.5 - 2e-7)).isTrue();
    assertThat(HalfUp.decides(12.0)).isTrue();
    assertThat(HalfUp.decides(-3.5)).isFalse();
    assertThat(HalfUp.decides(Double.NaN)).isFalse();
    assertThat(HalfUp.decides(Double.POSITIVE_INFINITY)).isFalse();
    assertThat(HalfUp.decides(1e9 + 0.25)).isFalse();
    assertThat(HalfUp.decides(1e9 - 0.75)).isTrue();
    assertThat(HalfUp.of(12.49)).isEqualTo(12);
    assertThat(HalfUp.of(12.51)).isEqualTo(13);
    assertThat(HalfUp.of(-2.7)).isEqualTo(-3);
    assertThat(HalfUp.of(-2.3)).isEqualTo(-2);
  }

  @Test
  void meldNaSameAsTheDecimalSumOnASodiumGrid() {
    for (int meldI = 0; meldI <= 45; meldI++) {
      for (int hundredths = 12000; hundredths <= 14000; hundredths++) {
        double sodium = hundredths / 100.0;
        assertThat(MeldNa.reported(meldI, sodium))
            .as("MELD(i) %d, sodium %s", meldI, sodium)
            .isEqualTo(meldI <= 11 ? meldI : MeldNa.reportedDecimal(meldI, sodium));
      }
    }
  }

  @Test
  void meldNaSameAsTheDecimalSumAroundEachStep() {
    int decimalPath = 0;
    for (int meldI = 12; meldI <= 39; meldI++) {
      // Bisect sodium for each step of the decimal score, then compare both sides of it closely.
      for (double start = 125; start < 137; start += 0.25) {
        double lo = start;
        double hi = start + 0.25;
        int atLo = MeldNa.reportedDecimal(meldI, lo);
        if (atLo == MeldNa.reportedDecimal(meldI, hi)) {
          continue;
        }
        for (int k = 0; k < 80; k++) {
          double mid = lo + (hi - lo) / 2;
          if (MeldNa.reportedDecimal(meldI, mid) == atLo) {
            lo = mid;
          } else {
            hi = mid;
          }
        }
        for (double sodium : new double[] {Math.nextDown(lo), lo, hi, Math.nextUp(hi)}) {
          if (!HalfUp.decides(meldI + 1.32 * (137 - sodium) - 0.033 * meldI * (137 - sodium))) {
            decimalPath++;
          }
          assertThat(MeldNa.reported(meldI, sodium))
              .as("MELD(i) %d, sodium %s", meldI, sodium)
              .isEqualTo(MeldNa.reportedDecimal(meldI, sodium));
        }
      }
    }
    // At a step the binary sum is within the margin of a half, so the decimal sum decided.
    assertThat(decimalPath).isPositive();
  }

  @Test
  void meld3SameAsTheDecimalSumAtRandomPoints() {
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 200_000; i++) {
      boolean female = random.nextBoolean();
      boolean adolescent = random.nextInt(5) == 0;
      double bili = 1 + random.nextDouble() * 40;
      double na = 125 + random.nextDouble() * 12;
      double inr = 1 + random.nextDouble() * 5;
      double cr = 1 + random.nextDouble() * 2;
      double alb = 1.5 + random.nextDouble() * 2;
      if (i % 2 == 0) {
        // values as reported, with one or two decimals
        bili = Math.round(bili * 10) / 10.0;
        na = Math.round(na);
        inr = Math.round(inr * 100) / 100.0;
        cr = Math.round(cr * 100) / 100.0;
        alb = Math.round(alb * 10) / 10.0;
      }
      assertThat(Meld3.reportedExact(female, adolescent, bili, na, inr, cr, alb))
          .isEqualTo(Meld3.reportedDecimal(female, adolescent, bili, na, inr, cr, alb));
    }
  }

  @Test
  void meld3SameAsTheDecimalSumAroundEachStep() {
    // Bisect albumin for the step of the decimal score, then compare both sides of it closely.
    for (double bili = 1; bili < 20; bili += 1.7) {
      double lo = 1.0;
      double hi = 3.5;
      int atLo = Meld3.reportedDecimal(false, false, bili, 130, 1.7, 1.4, lo);
      if (atLo == Meld3.reportedDecimal(false, false, bili, 130, 1.7, 1.4, hi)) {
        continue;
      }
      for (int k = 0; k < 80; k++) {
        double mid = lo + (hi - lo) / 2;
        if (Meld3.reportedDecimal(false, false, bili, 130, 1.7, 1.4, mid) == atLo) {
          lo = mid;
        } else {
          hi = mid;
        }
      }
      for (double alb : new double[] {Math.nextDown(lo), lo, hi, Math.nextUp(hi)}) {
        assertThat(Meld3.reportedExact(false, false, bili, 130, 1.7, 1.4, alb))
            .as("bilirubin %s, albumin %s", bili, alb)
            .isEqualTo(Meld3.reportedDecimal(false, false, bili, 130, 1.7, 1.4, alb));
      }
    }
  }
}
