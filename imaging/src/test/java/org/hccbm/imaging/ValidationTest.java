package org.hccbm.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.evidence.Probability;
import org.junit.jupiter.api.Test;

/**
 * Each validation rule of the imaging value types and formulas, on both sides, with its message.
 */
class ValidationTest {
  @Test
  void estimate_acceptsTheClosedUnitInterval_refusesOutside() {
    assertThat(Estimate.of(0).value()).isZero();
    assertThat(Estimate.of(1).value()).isEqualTo(1);
    assertThatThrownBy(() -> Estimate.of(-0.001))
        .isInstanceOf(InvalidClinicalInputException.class)
        .hasMessage("proportion must be in [0, 1], was -0.001");
    assertThatThrownBy(() -> Estimate.of(1.001))
        .hasMessage("proportion must be in [0, 1], was 1.001");
    assertThatThrownBy(() -> Estimate.of(Double.NaN))
        .hasMessage("proportion must be in [0, 1], was NaN");
  }

  @Test
  void estimateInterval_mustLieIn0to1_andContainTheEstimate_boundsIncluded() {
    assertThat(new Estimate(0.5, Optional.of(new Interval(0, 1))).ci()).isPresent();
    assertThat(new Estimate(0.5, Optional.of(new Interval(0.5, 0.5))).ci()).isPresent();
    assertThatThrownBy(() -> new Estimate(0.5, Optional.of(new Interval(-0.01, 0.9))))
        .hasMessage(
            "confidence interval of 0.5 must be within [0, 1] and containing the "
                + "estimate, was -0.01–0.9");
    assertThatThrownBy(() -> new Estimate(0.5, Optional.of(new Interval(0.1, 1.01))))
        .isInstanceOf(InvalidClinicalInputException.class);
    assertThatThrownBy(() -> new Estimate(0.5, Optional.of(new Interval(0.51, 0.9))))
        .isInstanceOf(InvalidClinicalInputException.class);
    assertThatThrownBy(() -> new Estimate(0.95, Optional.of(new Interval(0.5, 0.949))))
        .isInstanceOf(InvalidClinicalInputException.class);
  }

  @Test
  void interval_containsItsEnds_andRefusesReversedOrNaN() {
    Interval i = new Interval(0.2, 0.4);
    assertThat(i.contains(0.2)).isTrue();
    assertThat(i.contains(0.4)).isTrue();
    assertThat(i.contains(0.19999)).isFalse();
    assertThat(i.contains(0.40001)).isFalse();
    assertThat(i).hasToString("0.2–0.4");
    assertThat(new Interval(0.1234564, 0.1234566)).hasToString("0.123456–0.123457");
    assertThatThrownBy(() -> new Interval(0.5, 0.4))
        .hasMessage("interval must be lower <= upper, neither NaN, was 0.5–0.4");
    assertThatThrownBy(() -> new Interval(Double.NaN, 0.4))
        .isInstanceOf(InvalidClinicalInputException.class);
  }

  @Test
  void twoByTwo_countsNonNegative_andBothGroupsPresent() {
    assertThat(new TwoByTwo(0, 0, 1, 1).tp()).isZero();
    assertThat(new TwoByTwo(1, 1, 0, 0).tn()).isZero();
    assertThatThrownBy(() -> new TwoByTwo(-1, 0, 1, 1))
        .hasMessage("2×2 counts must be all >= 0, was TP -1, FP 0, FN 1, TN 1");
    assertThatThrownBy(() -> new TwoByTwo(0, 1, 0, 1))
        .hasMessage(
            "2×2 counts must be at least one diseased and one non-diseased subject, was "
                + "TP 0, FP 1, FN 0, TN 1");
    assertThatThrownBy(() -> new TwoByTwo(1, 0, 1, 0))
        .isInstanceOf(InvalidClinicalInputException.class);
  }

  @Test
  void diagnosticMath_seAndSpInTheUnitInterval_everyFormulaChecks() {
    assertThat(DiagnosticMath.youden(1, 1)).isEqualTo(1);
    assertThat(DiagnosticMath.youden(0.5, 0.5)).isZero();
    assertThatThrownBy(() -> DiagnosticMath.youden(1.0001, 0.9))
        .hasMessage("sensitivity must be in [0, 1], was 1.0001");
    assertThatThrownBy(() -> DiagnosticMath.lrNegative(0.9, -0.1))
        .hasMessage("specificity must be in [0, 1], was -0.1");
    assertThatThrownBy(() -> DiagnosticMath.ppv(1.1, 0.9, Probability.of(0.1)))
        .isInstanceOf(InvalidClinicalInputException.class);
    assertThatThrownBy(() -> DiagnosticMath.npv(0.9, 1.1, Probability.of(0.1)))
        .isInstanceOf(InvalidClinicalInputException.class);
    assertThat(DiagnosticMath.npv(0.9, 0.8, Probability.of(0.1)))
        .isCloseTo(0.8 * 0.9 / (0.8 * 0.9 + 0.1 * 0.1), within(1e-12));
  }
}
