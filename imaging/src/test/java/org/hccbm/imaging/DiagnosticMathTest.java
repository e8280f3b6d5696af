package org.hccbm.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.evidence.Probability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden values of imaging §3.10 and the worked examples of §1.3, §3.2–3.4. */
class DiagnosticMathTest {
  private static final double EPS = 1e-6;
  private static final Probability TEN_PERCENT = Probability.of(0.10);

  @Test
  void golden_mriPerPatient_lrDorYouden() {
    assertThat(DiagnosticMath.lrPositive(0.906, 0.954)).isCloseTo(19.695652, within(EPS));
    assertThat(DiagnosticMath.lrNegative(0.906, 0.954)).isCloseTo(0.098532, within(EPS));
    assertThat(DiagnosticMath.diagnosticOddsRatio(0.906, 0.954)).isCloseTo(199.889917, within(EPS));
    assertThat(DiagnosticMath.youden(0.906, 0.954)).isCloseTo(0.860, within(EPS));
  }

  @Test
  void golden_mriPerPatient_postTestAt10percent() {
    assertThat(
            DiagnosticMath.postTest(TEN_PERCENT, DiagnosticMath.lrPositive(0.906, 0.954)).value())
        .isCloseTo(0.686364, within(EPS));
    assertThat(
            DiagnosticMath.postTest(TEN_PERCENT, DiagnosticMath.lrNegative(0.906, 0.954)).value())
        .isCloseTo(0.010829, within(EPS));
  }

  @Test
  void golden_petPerPatient() {
    assertThat(DiagnosticMath.lrPositive(0.897, 0.968)).isCloseTo(28.031250, within(EPS));
    assertThat(DiagnosticMath.lrNegative(0.897, 0.968)).isCloseTo(0.106405, within(EPS));
    assertThat(DiagnosticMath.postTest(TEN_PERCENT, 28.031250).value())
        .isCloseTo(0.756962, within(EPS));
    assertThat(
            DiagnosticMath.postTest(TEN_PERCENT, DiagnosticMath.lrNegative(0.897, 0.968)).value())
        .isCloseTo(0.011685, within(EPS));
  }

  @Test
  void golden_bonescanPerPatient() {
    assertThat(DiagnosticMath.lrPositive(0.860, 0.814)).isCloseTo(4.623656, within(EPS));
    assertThat(DiagnosticMath.lrNegative(0.860, 0.814)).isCloseTo(0.171990, within(EPS));
    assertThat(
            DiagnosticMath.postTest(TEN_PERCENT, DiagnosticMath.lrPositive(0.860, 0.814)).value())
        .isCloseTo(0.339384, within(EPS));
    assertThat(
            DiagnosticMath.postTest(TEN_PERCENT, DiagnosticMath.lrNegative(0.860, 0.814)).value())
        .isCloseTo(0.018752, within(EPS));
  }

  @Test
  void workedExample_fagan_mriPositive_stepByStep() {
    // §3.3: pre-odds 0.1111 × 19.6957 = 2.1884 → 2.1884 / 3.1884 = 0.6864; direct Bayes agrees.
    double direct = 0.906 * 0.1 / (0.906 * 0.1 + 0.046 * 0.9);
    assertThat(DiagnosticMath.postTest(TEN_PERCENT, 19.695652).value())
        .isCloseTo(direct, within(1e-6));
  }

  @ParameterizedTest(name = "Yang {0} per {1}")
  @CsvSource({
    "PET, patient, 0.897, 0.968, 28.0312, 0.1064, 263.44, 0.865, 0.7570, 0.0117",
    "CT, patient, 0.729, 0.948, 14.0192, 0.2859, 49.04, 0.677, 0.6090, 0.0308",
    "MRI, patient, 0.906, 0.954, 19.6957, 0.0985, 199.89, 0.860, 0.6864, 0.0108",
    "BS, patient, 0.860, 0.814, 4.6237, 0.1720, 26.88, 0.674, 0.3394, 0.0188",
    "PET, lesion, 0.869, 0.970, 28.9667, 0.1351, 214.49, 0.839, 0.7629, 0.0148",
    "CT, lesion, 0.771, 0.832, 4.5893, 0.2752, 16.67, 0.603, 0.3377, 0.0297",
    "MRI, lesion, 0.904, 0.960, 22.6000, 0.1000, 226.00, 0.864, 0.7152, 0.0110",
    "BS, lesion, 0.751, 0.936, 11.7344, 0.2660, 44.11, 0.687, 0.5659, 0.0287"
  })
  void table1point3_derivedFromYangPointEstimates(
      String modality,
      String basis,
      double se,
      double sp,
      double lrPos,
      double lrNeg,
      double dor,
      double j,
      double pPos,
      double pNeg) {
    assertThat(DiagnosticMath.lrPositive(se, sp)).isCloseTo(lrPos, within(5e-5));
    assertThat(DiagnosticMath.lrNegative(se, sp)).isCloseTo(lrNeg, within(5e-5));
    assertThat(DiagnosticMath.diagnosticOddsRatio(se, sp)).isCloseTo(dor, within(5e-3));
    assertThat(DiagnosticMath.youden(se, sp)).isCloseTo(j, within(5e-4));
    assertThat(DiagnosticMath.postTest(TEN_PERCENT, DiagnosticMath.lrPositive(se, sp)).value())
        .isCloseTo(pPos, within(5e-5));
    assertThat(DiagnosticMath.postTest(TEN_PERCENT, DiagnosticMath.lrNegative(se, sp)).value())
        .isCloseTo(pNeg, within(5e-5));
  }

  @Test
  void reviewSwappedSpecificities_wouldGiveOtherFigures_documentedNotUsed() {
    // §1.3: with the review's swap, MRI LR+ would be 17.4231 and CT LR+ 15.8478.
    assertThat(DiagnosticMath.lrPositive(0.906, 0.948)).isCloseTo(17.4231, within(5e-5));
    assertThat(DiagnosticMath.lrPositive(0.729, 0.954)).isCloseTo(15.8478, within(5e-5));
  }

  @ParameterizedTest(name = "prevalence {0}")
  @CsvSource({
    "0.0197, 0.2836, 0.9980, 0.3603, 0.9979, 0.0850, 0.9966, 0.2198, 0.9943",
    "0.05, 0.5090, 0.9948, 0.5960, 0.9944, 0.1957, 0.9910, 0.4246, 0.9852",
    "0.10, 0.6864, 0.9892, 0.7570, 0.9883, 0.3394, 0.9812, 0.6090, 0.9692",
    "0.19, 0.8221, 0.9774, 0.8680, 0.9756, 0.5203, 0.9612, 0.7668, 0.9372",
    "0.2359, 0.8588, 0.9705, 0.8964, 0.9682, 0.5880, 0.9496, 0.8123, 0.9189",
    "0.33, 0.9065, 0.9537, 0.9325, 0.9502, 0.6949, 0.9219, 0.8735, 0.8766"
  })
  void table3point4_ppvNpvAtPrevalence(
      double pi,
      double mriPpv,
      double mriNpv,
      double petPpv,
      double petNpv,
      double bsPpv,
      double bsNpv,
      double ctPpv,
      double ctNpv) {
    Probability p = Probability.of(pi);
    assertThat(DiagnosticMath.ppv(0.906, 0.954, p)).isCloseTo(mriPpv, within(5e-5));
    assertThat(DiagnosticMath.npv(0.906, 0.954, p)).isCloseTo(mriNpv, within(5e-5));
    assertThat(DiagnosticMath.ppv(0.897, 0.968, p)).isCloseTo(petPpv, within(5e-5));
    assertThat(DiagnosticMath.npv(0.897, 0.968, p)).isCloseTo(petNpv, within(5e-5));
    assertThat(DiagnosticMath.ppv(0.860, 0.814, p)).isCloseTo(bsPpv, within(5e-5));
    assertThat(DiagnosticMath.npv(0.860, 0.814, p)).isCloseTo(bsNpv, within(5e-5));
    assertThat(DiagnosticMath.ppv(0.729, 0.948, p)).isCloseTo(ctPpv, within(5e-5));
    assertThat(DiagnosticMath.npv(0.729, 0.948, p)).isCloseTo(ctNpv, within(5e-5));
  }

  @Test
  void ppvEqualsPostTestPositive() {
    assertThat(DiagnosticMath.ppv(0.906, 0.954, TEN_PERCENT))
        .isCloseTo(
            DiagnosticMath.postTest(TEN_PERCENT, DiagnosticMath.lrPositive(0.906, 0.954)).value(),
            within(1e-12));
  }

  @Test
  void edgeCases_specificity1_infiniteLrPositive_sensitivity1_zeroLrNegative() {
    assertThat(DiagnosticMath.lrPositive(0.9, 1.0)).isInfinite();
    assertThat(DiagnosticMath.postTest(TEN_PERCENT, Double.POSITIVE_INFINITY).value())
        .isEqualTo(1.0);
    assertThat(DiagnosticMath.lrNegative(1.0, 0.9)).isZero();
    assertThat(DiagnosticMath.postTest(TEN_PERCENT, 0.0).value()).isZero();
    assertThat(DiagnosticMath.diagnosticOddsRatio(1.0, 0.9)).isInfinite();
  }

  @Test
  void edgeCases_pretest0or1_isUnchanged() {
    assertThat(DiagnosticMath.postTest(Probability.of(0), 50).value()).isZero();
    assertThat(DiagnosticMath.postTest(Probability.of(1), 0.01).value()).isEqualTo(1.0);
    assertThat(DiagnosticMath.postTest(Probability.of(0), Double.POSITIVE_INFINITY).value())
        .isZero();
    assertThat(DiagnosticMath.postTest(Probability.of(1), 0).value()).isEqualTo(1.0);
  }

  @Test
  void badInput_isRefusedWithAClearMessage() {
    assertThatThrownBy(() -> DiagnosticMath.lrPositive(1.2, 0.9))
        .isInstanceOf(InvalidClinicalInputException.class)
        .hasMessage("sensitivity must be in [0, 1], was 1.2");
    assertThatThrownBy(() -> DiagnosticMath.lrPositive(0.9, Double.NaN))
        .hasMessage("specificity must be in [0, 1], was NaN");
    assertThatThrownBy(() -> DiagnosticMath.lrPositive(0.4, 0.5))
        .hasMessage(
            "sensitivity + specificity must be >= 1 (a test worse than chance), was 0.4 + 0.5");
    assertThatThrownBy(() -> DiagnosticMath.postTest(TEN_PERCENT, -1))
        .hasMessage("likelihood ratio must be >= 0, was -1.0");
    assertThatThrownBy(() -> Probability.of(1.5))
        .hasMessage("probability must be in [0, 1], was 1.5");
  }

  @Test
  void youdenZero_isAccepted_asTheUselessTestAtTheBoundary() {
    assertThat(DiagnosticMath.youden(0.5, 0.5)).isZero();
    assertThat(DiagnosticMath.lrPositive(0.5, 0.5)).isEqualTo(1.0);
  }
}
