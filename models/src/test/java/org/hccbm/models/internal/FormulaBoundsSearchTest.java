package org.hccbm.models.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SortedSet;
import java.util.function.ToDoubleFunction;
import org.hccbm.models.internal.FormulaBounds.Unknown;
import org.junit.jupiter.api.Test;

/**
 * The bounded-results engine's search for deciding inputs (errata, "Bounded results and one band
 * edge": an unknown is deciding when, varied alone, it changes the reported value for some
 * completion of the others), on small synthetic formulas whose answers are known by hand. Each
 * formula hides the completion that makes an input deciding where only one stage of the search can
 * reach it: at a corner of the box, at a point of the grid inside it, or at a step of the reported
 * value found by bisection.
 */
class FormulaBoundsSearchTest {
  /** A tiny effect: it changes the rounded value only within 1e-9 below a step. */
  private static final double TINY = 1e-9;

  /** A formula with the given raw value, reported rounded half up. */
  private static FormulaBounds.Formula rounded(ToDoubleFunction<double[]> raw) {
    return new FormulaBounds.Formula() {
      @Override
      public double raw(double[] x) {
        return raw.applyAsDouble(x);
      }

      @Override
      public int reported(double[] x) {
        return (int) Math.floor(raw(x) + 0.5);
      }

      @Override
      public SortedSet<Integer> image(double[] lo, double[] hi) {
        return FormulaBounds.cornerImage(this, lo, hi);
      }
    };
  }

  private static boolean near(double v, double target) {
    return Math.abs(v - target) < 0.01;
  }

  @Test
  void tinyEffect_isDeciding_onlyThroughTheBisectionToAStepOfTheOtherInput() {
    // y + 1e-9·x: no corner and no grid point (y = 0.6 + k) lies within 1e-9 below a step
    // k + 0.5, so only the bisection along y finds where x changes the rounded value.
    FormulaBounds.Formula f = rounded(x -> x[0] + TINY * x[1]);
    FormulaBounds.Search s =
        FormulaBounds.search(
            f,
            new double[2],
            List.of(Unknown.range(0, "y", 0.6, 7.6), Unknown.discrete(1, "x", 0, 1)));
    assertThat(s.reachable()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(s.deciding()).containsExactly("y", "x");
  }

  @Test
  void rawEffectThatNeverChangesTheReportedValue_isNotDeciding_afterEveryStepIsSearched() {
    // the raw value moves with x, the reported value never does; z is ignored altogether
    FormulaBounds.Formula f =
        new FormulaBounds.Formula() {
          @Override
          public double raw(double[] x) {
            return x[0] + 0.3 * x[1];
          }

          @Override
          public int reported(double[] x) {
            return (int) Math.floor(x[0] + 0.5);
          }

          @Override
          public SortedSet<Integer> image(double[] lo, double[] hi) {
            return FormulaBounds.cornerImage(this, lo, hi);
          }
        };
    FormulaBounds.Search s =
        FormulaBounds.search(
            f,
            new double[3],
            List.of(
                Unknown.range(0, "y", 0.6, 7.6),
                Unknown.discrete(1, "x", 0, 1),
                Unknown.range(2, "z", 0, 1)));
    assertThat(s.reachable()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(s.deciding()).containsExactly("y");
  }

  @Test
  void effectOnlyAtTheEndsOfAnotherRange_isFoundFromACornerOfTheBox() {
    // x adds 0.3 only when z is at an end of [0, 1]: every corner shows a raw difference, no
    // grid point does; sliding y from a corner to just below 1.5 makes 0.3 change the value.
    FormulaBounds.Formula f = rounded(x -> x[0] + (x[1] <= 0 || x[1] >= 1 ? 0.3 * x[2] : 0));
    FormulaBounds.Search s =
        FormulaBounds.search(
            f,
            new double[3],
            List.of(
                Unknown.range(0, "y", 1.0, 3.0),
                Unknown.range(1, "z", 0, 1),
                Unknown.discrete(2, "x", 0, 1)));
    assertThat(s.reachable()).containsExactly(1, 2, 3);
    assertThat(s.deciding()).containsExactly("y", "x");
  }

  @Test
  void tinyEffectInsideAnotherRange_isFoundFromAGridWitness() {
    // x adds 1e-9 only when z is in [0.2, 0.8]: no corner shows a raw difference, grid points
    // z = 2/7…5/7 do, and the bisection along y from them finds the step.
    FormulaBounds.Formula f = rounded(x -> x[0] + (x[1] >= 0.2 && x[1] <= 0.8 ? TINY * x[2] : 0));
    FormulaBounds.Search s =
        FormulaBounds.search(
            f,
            new double[3],
            List.of(
                Unknown.range(0, "y", 0.6, 7.6),
                Unknown.range(1, "z", 0, 1),
                Unknown.discrete(2, "x", 0, 1)));
    assertThat(s.deciding()).containsExactly("y", "x");
  }

  @Test
  void grid_placesSixEvenlySpacedPointsInsideARange_lastAtLoPlus6Sevenths() {
    // x adds 0.6 only near y = 7 = 1 + 7 × 6/7, the sixth grid point of [1, 8]
    FormulaBounds.Formula f = rounded(x -> x[0] + (near(x[0], 7) ? 0.6 * x[1] : 0));
    FormulaBounds.Search s =
        FormulaBounds.search(
            f, new double[2], List.of(Unknown.range(0, "y", 1, 8), Unknown.discrete(1, "x", 0, 1)));
    assertThat(s.reachable()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(s.deciding()).containsExactly("y", "x");
  }

  @Test
  void grid_pointsPerAxisShrinkWithTheBudget_threeForFiveRangesAndTwoCompletions() {
    // Others of x: d (two values) and five ranges: (4096 / 2)^(1/5) = 4.59 → 4 − 1 = 3 points
    // per axis, at 1/4, 2/4, 3/4 of y's range [1, 9]: y = 3 is one of them.
    FormulaBounds.Formula f = rounded(x -> x[0] + (near(x[0], 3) ? 0.6 * x[1] : 0));
    List<Unknown> unknowns =
        List.of(
            Unknown.discrete(2, "d", 0, 1),
            Unknown.range(0, "y", 1, 9),
            Unknown.range(3, "z1", 0, 1),
            Unknown.range(4, "z2", 0, 1),
            Unknown.range(5, "z3", 0, 1),
            Unknown.range(6, "z4", 0, 1),
            Unknown.discrete(1, "x", 0, 1));
    FormulaBounds.Search s = FormulaBounds.search(f, new double[7], unknowns);
    assertThat(s.reachable()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(s.deciding()).containsExactly("y", "x");
  }

  @Test
  void search_withOneReachableValue_namesNoDecidingInput() {
    FormulaBounds.Formula f = rounded(x -> x[0] + 0.3 * x[1]);
    FormulaBounds.Search s =
        FormulaBounds.search(f, new double[] {1.0, 0}, List.of(Unknown.discrete(1, "x", 0, 1)));
    assertThat(s.reachable()).containsExactly(1);
    assertThat(s.deciding()).isEmpty();
  }

  @Test
  void unknown_needsAValue_andARangeNeedsExactlyTwoEnds() {
    assertThatThrownBy(() -> new Unknown(0, "a", List.of(), false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Unknown(0, "a", List.of(), true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Unknown(0, "a", List.of(1.0), true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Unknown(0, "a", List.of(1.0, 2.0, 3.0), true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Unknown(0, "a", List.of(1.0, 2.0, 3.0), false).values()).hasSize(3);
    assertThat(new Unknown(0, "a", List.of(1.0), false).values()).containsExactly(1.0);
    assertThat(Unknown.range(0, "a", 1.0, 2.0).continuous()).isTrue();
  }
}
