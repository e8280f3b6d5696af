package org.hccbm.models.liver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hccbm.models.internal.FormulaBounds;
import org.hccbm.models.internal.FormulaBounds.Unknown;
import org.junit.jupiter.api.Test;

/**
 * The MELD family as formula objects of the bounded-results engine, each value checked by hand, and
 * the engine on a small synthetic formula whose answers are known.
 */
class FormulaObjectsTest {
  /** A point: dialysis, female, adolescent, bilirubin, sodium, INR, creatinine, albumin. */
  private static double[] point(
      double dialysis,
      double female,
      double adolescent,
      double bili,
      double na,
      double inr,
      double cr,
      double alb) {
    return new double[] {dialysis, female, adolescent, bili, na, inr, cr, alb};
  }

  @Test
  void meldFormula_rawAndReported_andDialysisSetsTheCreatinineCap() {
    double[] x = point(0, 0, 0, 2.0, 137, 1.69, 1.19, 3.5);
    double raw = 0.957 * Math.log(1.19) + 0.378 * Math.log(2.0) + 1.120 * Math.log(1.69) + 0.643;
    assertThat(Meld.FORMULA.raw(x)).isCloseTo(raw, within(1e-12));
    assertThat(Meld.FORMULA.reported(x)).isEqualTo(17);
    x[MeldSpace.DIALYSIS] = 1;
    assertThat(Meld.FORMULA.reported(x)).isEqualTo(28);
  }

  @Test
  void meldNaFormula_raw_isTheSodiumExpressionOnTheUnroundedMeldTimes10_cappedAt40() {
    double[] x = point(0, 0, 0, 2.0, 130, 1.69, 1.19, 3.5);
    double m = Meld.FORMULA.raw(x) * 10;
    assertThat(m).isGreaterThan(11);
    assertThat(MeldNa.FORMULA.raw(x)).isCloseTo(m + 1.32 * 7 - 0.033 * m * 7, within(1e-9));
    assertThat(MeldNa.FORMULA.reported(x)).isEqualTo(MeldNa.reported(17, 130));
    // at most 11: no sodium term
    double[] low = point(0, 0, 0, 1.0, 125, 1.0, 1.0, 3.5);
    assertThat(MeldNa.FORMULA.raw(low)).isCloseTo(6.43, within(1e-9));
    // MELD(i) above 40 is taken as 40 before the sodium term: 40 + 12 × (1.32 − 1.32) = 40
    double[] high = point(1, 0, 0, 50, 125, 10, 4, 3.5);
    assertThat(MeldNa.FORMULA.raw(high)).isCloseTo(40, within(1e-9));
    assertThat(MeldNa.FORMULA.reported(high)).isEqualTo(40);
  }

  @Test
  void meldNaReported_roundsHalfUpInDecimal_atMeldI12AndAbove() {
    // 12 + 1.32 × 12 − 0.033 × 12 × 12 = 23.088 → 23; 20 + 0.66 × 5 = 23.3 → 23
    assertThat(MeldNa.reported(12, 125)).isEqualTo(23);
    assertThat(MeldNa.reported(20, 132)).isEqualTo(23);
    assertThat(MeldNa.reported(11, 125)).isEqualTo(11);
  }

  @Test
  void meld3Formula_rawMatchesTheEquation_andAdolescentsHaveNoSexTerm() {
    double[] x = point(0, 1, 0, 2.0, 130, 1.69, 1.19, 3.0);
    double expected = Meld3.raw(true, false, 2.0, 130, 1.69, 1.19, 3.0);
    assertThat(Meld3.FORMULA.raw(x)).isCloseTo(expected, within(1e-12));
    assertThat(Meld3.FORMULA.reported(x))
        .isEqualTo(Meld3.reportedExact(true, false, 2.0, 130, 1.69, 1.19, 3.0));
    double[] teen = point(0, 1, 1, 2.0, 130, 1.69, 1.19, 3.0);
    double[] teenBoy = point(0, 0, 1, 2.0, 130, 1.69, 1.19, 3.0);
    assertThat(Meld3.FORMULA.raw(teen)).isCloseTo(Meld3.FORMULA.raw(teenBoy), within(1e-12));
    // the adult woman's 6 + 1.33 equals the adolescent constant 7.33
    assertThat(Meld3.FORMULA.raw(teen)).isCloseTo(Meld3.FORMULA.raw(x), within(1e-12));
    // dialysis: creatinine at the 3.0 cap
    double[] onDialysis = point(1, 1, 0, 2.0, 130, 1.69, 1.19, 3.0);
    assertThat(Meld3.FORMULA.raw(onDialysis))
        .isCloseTo(Meld3.raw(true, false, 2.0, 130, 1.69, 3.0, 3.0), within(1e-12));
  }

  @Test
  void meld3ReportedExact_isWithin6And40() {
    assertThat(Meld3.reportedExact(false, false, 1.0, 137, 1.0, 1.0, 3.5)).isEqualTo(6);
    assertThat(Meld3.reportedExact(true, false, 50, 125, 10, 3.0, 1.5)).isEqualTo(40);
  }

  /** x0 + 0.3 × x1, rounded half up; x1 is 0 or 1. */
  private static final FormulaBounds.Formula SMALL =
      new FormulaBounds.Formula() {
        @Override
        public double raw(double[] x) {
          return x[0] + 0.3 * x[1];
        }

        @Override
        public int reported(double[] x) {
          return (int) Math.floor(raw(x) + 0.5);
        }

        @Override
        public java.util.SortedSet<Integer> image(double[] lo, double[] hi) {
          return FormulaBounds.cornerImage(this, lo, hi);
        }
      };

  @Test
  void engine_smallEffect_decidesOnlyWhereAnotherUnknownPutsTheScoreOnAStep() {
    // x0 known 1.0: 1.0 or 1.3 both round to 1 → x1 alone decides nothing: complete
    FormulaBounds.Search known =
        FormulaBounds.search(
            SMALL, new double[] {1.0, 0}, List.of(Unknown.discrete(1, "x1", 0, 1)));
    assertThat(known.reachable()).containsExactly(1);
    assertThat(known.deciding()).isEmpty();
    // x0 known 1.3: 1.3 or 1.6 → 1 or 2
    FormulaBounds.Search step =
        FormulaBounds.search(
            SMALL, new double[] {1.3, 0}, List.of(Unknown.discrete(1, "x1", 0, 1)));
    assertThat(step.reachable()).containsExactly(1, 2);
    assertThat(step.deciding()).containsExactly("x1");
    // x0 unknown in [1, 1.1]: x1 decides only near 1.2–1.5; never here, x0 never
    FormulaBounds.Search narrow =
        FormulaBounds.search(
            SMALL,
            new double[] {0, 0},
            List.of(Unknown.range(0, "x0", 1.0, 1.1), Unknown.discrete(1, "x1", 0, 1)));
    assertThat(narrow.reachable()).containsExactly(1);
    // x0 unknown in [1, 3]: both decide; x1 because x0 can sit just below a step
    FormulaBounds.Search wide =
        FormulaBounds.search(
            SMALL,
            new double[] {0, 0},
            List.of(Unknown.range(0, "x0", 1.0, 3.0), Unknown.discrete(1, "x1", 0, 1)));
    assertThat(wide.reachable()).containsExactly(1, 2, 3);
    assertThat(wide.deciding()).containsExactly("x0", "x1");
  }

  @Test
  void engine_cornerImage_isEveryIntegerBetweenTheLowestAndHighestCorner() {
    assertThat(FormulaBounds.cornerImage(SMALL, new double[] {1.0, 0}, new double[] {3.2, 1}))
        .containsExactly(1, 2, 3, 4);
    assertThat(FormulaBounds.cornerImage(SMALL, new double[] {2.0, 1}, new double[] {2.0, 1}))
        .containsExactly(2);
  }
}
