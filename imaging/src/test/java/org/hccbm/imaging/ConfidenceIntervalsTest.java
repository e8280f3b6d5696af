package org.hccbm.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden intervals of imaging §3.6–3.7 (SciPy and Commons Math agree to 6 d.p.). */
class ConfidenceIntervalsTest {
  private static final double EPS = 1e-6;

  @ParameterizedTest(name = "{0}/{1}")
  @CsvSource({
    "66, 71, 0.845510, 0.969546, 0.843258, 0.976740, 0.870064, 0.989091",
    "44, 71, 0.503419, 0.723728, 0.496721, 0.732396, 0.506799, 0.732638",
    "69, 71, 0.902985, 0.992241, 0.901920, 0.996570, 0.933345, 1.010317",
    "51, 71, 0.604580, 0.809629, 0.599004, 0.818696, 0.613679, 0.822941",
    "8, 8, 0.675592, 1, 0.630583, 1, 1, 1",
    "2, 8, 0.071479, 0.590725, 0.031854, 0.650856, -0.050057, 0.550057",
    "0, 10, 0, 0.277533, 0, 0.308497, 0, 0",
    "397, 451, 0.847047, 0.907062, 0.846675, 0.908759, 0.850304, 0.910228",
    "177, 261, 0.619252, 0.731901, 0.617779, 0.734441, 0.621483, 0.734839"
  })
  void goldenTable3point6(
      int x,
      int n,
      double wLo,
      double wHi,
      double cpLo,
      double cpHi,
      double waldLo,
      double waldHi) {
    Interval w = ConfidenceIntervals.wilson(x, n, 0.95);
    assertThat(w.lower()).isCloseTo(wLo, within(EPS));
    assertThat(w.upper()).isCloseTo(wHi, within(EPS));
    Interval cp = ConfidenceIntervals.clopperPearson(x, n, 0.95);
    assertThat(cp.lower()).isCloseTo(cpLo, within(EPS));
    assertThat(cp.upper()).isCloseTo(cpHi, within(EPS));
    Interval wald = ConfidenceIntervals.wald(x, n, 0.95);
    assertThat(wald.lower()).isCloseTo(waldLo, within(EPS));
    assertThat(wald.upper()).isCloseTo(waldHi, within(EPS));
  }

  @Test
  void clopperPearson_closedFormsAtTheEnds() {
    assertThat(ConfidenceIntervals.clopperPearson(8, 8, 0.95).lower())
        .isCloseTo(Math.pow(0.025, 1.0 / 8), within(1e-12));
    assertThat(ConfidenceIntervals.clopperPearson(0, 10, 0.95).upper())
        .isCloseTo(1 - Math.pow(0.025, 0.1), within(1e-12));
  }

  @Test
  void wilson_workedExample_66of71_centreAndHalfWidth() {
    Interval w = ConfidenceIntervals.wilson(66, 71, 0.95);
    assertThat((w.lower() + w.upper()) / 2).isCloseTo(0.907528, within(EPS));
    assertThat((w.upper() - w.lower()) / 2).isCloseTo(0.062018, within(EPS));
  }

  @Test
  void logMethod_dtcompairPaired1() {
    TwoByTwo t = new TwoByTwo(397, 84, 54, 177);
    ConfidenceIntervals.RatioEstimate pos = ConfidenceIntervals.lrPositive(t, 0.95);
    assertThat(pos.estimate()).isCloseTo(2.735112, within(EPS));
    assertThat(pos.seLog()).isCloseTo(0.091515, within(EPS));
    assertThat(pos.ci().lower()).isCloseTo(2.286008, within(EPS));
    assertThat(pos.ci().upper()).isCloseTo(3.272447, within(EPS));
    ConfidenceIntervals.RatioEstimate neg = ConfidenceIntervals.lrNegative(t, 0.95);
    assertThat(neg.estimate()).isCloseTo(0.176557, within(EPS));
    assertThat(neg.seLog()).isCloseTo(0.134609, within(EPS));
    assertThat(neg.ci().lower()).isCloseTo(0.135614, within(EPS));
    assertThat(neg.ci().upper()).isCloseTo(0.229860, within(EPS));
    ConfidenceIntervals.RatioEstimate dor = ConfidenceIntervals.diagnosticOddsRatio(t, 0.95);
    assertThat(dor.estimate()).isCloseTo(15.491402, within(EPS));
    assertThat(dor.seLog()).isCloseTo(0.196448, within(EPS));
    assertThat(dor.ci().lower()).isCloseTo(10.540804, within(EPS));
    assertThat(dor.ci().upper()).isCloseTo(22.767101, within(EPS));
    assertThat(DiagnosticMath.youden(t.sensitivity(), t.specificity()))
        .isCloseTo(0.558427, within(EPS));
  }

  @Test
  void logMethod_hccBoneScan2x2() {
    TwoByTwo t = new TwoByTwo(17, 6, 1, 32);
    assertThat(t.sensitivity()).isCloseTo(0.944444, within(EPS));
    assertThat(t.specificity()).isCloseTo(0.842105, within(EPS));
    Interval seW = ConfidenceIntervals.wilson(17, 18, 0.95);
    assertThat(seW.lower()).isCloseTo(0.742427, within(EPS));
    assertThat(seW.upper()).isCloseTo(0.990125, within(EPS));
    Interval seCp = ConfidenceIntervals.clopperPearson(17, 18, 0.95);
    assertThat(seCp.lower()).isCloseTo(0.727056, within(EPS));
    assertThat(seCp.upper()).isCloseTo(0.998594, within(EPS));
    Interval spW = ConfidenceIntervals.wilson(32, 38, 0.95);
    assertThat(spW.lower()).isCloseTo(0.695832, within(EPS));
    assertThat(spW.upper()).isCloseTo(0.925561, within(EPS));
    Interval spCp = ConfidenceIntervals.clopperPearson(32, 38, 0.95);
    assertThat(spCp.lower()).isCloseTo(0.687466, within(EPS));
    assertThat(spCp.upper()).isCloseTo(0.939770, within(EPS));
    ConfidenceIntervals.RatioEstimate pos = ConfidenceIntervals.lrPositive(t, 0.95);
    assertThat(pos.estimate()).isCloseTo(5.981481, within(EPS));
    assertThat(pos.seLog()).isCloseTo(0.378971, within(EPS));
    assertThat(pos.ci().lower()).isCloseTo(2.845956, within(EPS));
    assertThat(pos.ci().upper()).isCloseTo(12.571563, within(EPS));
    ConfidenceIntervals.RatioEstimate neg = ConfidenceIntervals.lrNegative(t, 0.95);
    assertThat(neg.estimate()).isCloseTo(0.065972, within(EPS));
    assertThat(neg.seLog()).isCloseTo(0.974361, within(EPS));
    assertThat(neg.ci().lower()).isCloseTo(0.009772, within(EPS));
    assertThat(neg.ci().upper()).isCloseTo(0.445388, within(EPS));
    ConfidenceIntervals.RatioEstimate dor = ConfidenceIntervals.diagnosticOddsRatio(t, 0.95);
    assertThat(dor.estimate()).isCloseTo(90.666667, within(EPS));
    assertThat(dor.seLog()).isCloseTo(1.121044, within(EPS));
    assertThat(dor.ci().lower()).isCloseTo(10.074258, within(EPS));
    assertThat(dor.ci().upper()).isCloseTo(815.985121, within(5e-6));
    assertThat(pos.haldaneCorrected()).isFalse();
  }

  @Test
  void zeroCell_addsHalfToEveryCell_andSaysSo() {
    TwoByTwo t = new TwoByTwo(20, 0, 2, 30);
    ConfidenceIntervals.RatioEstimate pos = ConfidenceIntervals.lrPositive(t, 0.95);
    assertThat(pos.haldaneCorrected()).isTrue();
    assertThat(pos.estimate()).isCloseTo((20.5 / 23.0) / (0.5 / 31.0), within(1e-12));
    assertThat(pos.ci().upper()).isFinite();
  }

  @Test
  void badCounts_areRefused() {
    assertThatThrownBy(() -> ConfidenceIntervals.wilson(5, 4, 0.95))
        .hasMessage("binomial count must be 0 <= x <= n, n >= 1, was 5/4");
    assertThatThrownBy(() -> ConfidenceIntervals.wilson(1, 4, 1.0))
        .hasMessage("confidence level must be in (0, 1), was 1.0");
    assertThatThrownBy(() -> new TwoByTwo(-1, 0, 0, 1))
        .hasMessage("2×2 counts must be all >= 0, was TP -1, FP 0, FN 0, TN 1");
    assertThatThrownBy(() -> new TwoByTwo(0, 5, 0, 5))
        .hasMessage(
            "2×2 counts must be at least one diseased and one non-diseased subject, "
                + "was TP 0, FP 5, FN 0, TN 5");
  }

  @Test
  void intervals_stayInsideZeroToOne_andContainThePointEstimate() {
    for (int n = 1; n <= 60; n++) {
      for (int x = 0; x <= n; x++) {
        double p = (double) x / n;
        Interval w = ConfidenceIntervals.wilson(x, n, 0.95);
        Interval cp = ConfidenceIntervals.clopperPearson(x, n, 0.95);
        assertThat(w.lower()).isBetween(0.0, p + 1e-12);
        assertThat(w.upper()).isBetween(p - 1e-12, 1.0);
        assertThat(cp.contains(p)).as("%d/%d", x, n).isTrue();
        if (x > 0) {
          // The lower end solves I_L(x, n − x + 1) = α/2.
          assertThat(
                  org.hccbm.imaging.internal.SpecialFunctions.regularizedBeta(
                      cp.lower(), x, n - x + 1.0))
              .isCloseTo(0.025, within(1e-9));
        }
      }
    }
  }
}
