package org.hccbm.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hccbm.core.evidence.Probability;
import org.hccbm.imaging.TestCombination.Combined;
import org.hccbm.imaging.TestCombination.Covariance;
import org.hccbm.imaging.evidence.ImagingEvidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked example of imaging §3.5: bone scan with MRI, per patient. */
class TestCombinationTest {
  private static final TestAccuracy BS = ImagingEvidence.YANG_BS_PATIENT;
  private static final TestAccuracy MRI = ImagingEvidence.YANG_MRI_PATIENT;
  private static final Probability TEN = Probability.of(0.1);

  @Test
  void golden_parallelIndependent() {
    Combined c = TestCombination.parallel(BS, MRI, Covariance.INDEPENDENT);
    assertThat(c.sensitivity()).isCloseTo(0.986840, within(1e-6));
    assertThat(c.specificity()).isCloseTo(0.776556, within(1e-6));
    assertThat(c.lrPositive()).isCloseTo(4.4165, within(5e-5));
    assertThat(c.lrNegative()).isCloseTo(0.0169, within(5e-5));
  }

  @Test
  void golden_seriesIndependent() {
    Combined c = TestCombination.series(BS, MRI, Covariance.INDEPENDENT);
    assertThat(c.sensitivity()).isCloseTo(0.779160, within(1e-6));
    assertThat(c.specificity()).isCloseTo(0.991444, within(1e-6));
    assertThat(c.lrPositive()).isCloseTo(91.065919, within(1e-6));
    assertThat(DiagnosticMath.postTest(TEN, c.lrPositive()).value())
        .isCloseTo(0.910059, within(1e-6));
    assertThat(c.lrNegative()).isCloseTo(0.2227, within(5e-5));
  }

  @ParameterizedTest(name = "{0} c+ {1} c- {2}")
  @CsvSource({
    "parallel, 0.01, 0.005, 0.976840, 0.781556, 4.4718, 0.0296",
    "series, 0.01, 0.005, 0.789160, 0.986444, 58.2148, 0.2137",
    "parallel, 0.05, 0.02, 0.936840, 0.796556, 4.6049, 0.0793",
    "series, 0.05, 0.02, 0.829160, 0.971444, 29.0363, 0.1759"
  })
  void golden_withCovariance(
      String rule, double cPos, double cNeg, double se, double sp, double lrPos, double lrNeg) {
    Covariance cov = new Covariance(cPos, cNeg);
    Combined c =
        rule.equals("parallel")
            ? TestCombination.parallel(BS, MRI, cov)
            : TestCombination.series(BS, MRI, cov);
    assertThat(c.sensitivity()).isCloseTo(se, within(1e-6));
    assertThat(c.specificity()).isCloseTo(sp, within(1e-6));
    assertThat(c.lrPositive()).isCloseTo(lrPos, within(5e-5));
    assertThat(c.lrNegative()).isCloseTo(lrNeg, within(5e-5));
  }

  @ParameterizedTest(name = "BS {0}, MRI {1}")
  @CsvSource({
    "POSITIVE, POSITIVE, 91.065919, 0.9101",
    "POSITIVE, NEGATIVE, 0.455580, 0.0482",
    "NEGATIVE, POSITIVE, 3.387459, 0.2735",
    "NEGATIVE, NEGATIVE, 0.016947, 0.0019"
  })
  void golden_perPatternLikelihoodRatios(TestResult bs, TestResult mri, double lr, double post) {
    assertThat(TestCombination.patternLikelihoodRatio(BS, bs, MRI, mri, Covariance.INDEPENDENT))
        .isCloseTo(lr, within(1e-6));
    assertThat(
            TestCombination.patternPostTest(BS, bs, MRI, mri, TEN, Covariance.INDEPENDENT).value())
        .isCloseTo(post, within(5e-5));
  }

  @Test
  void seriesLrPositive_isTheProductOfLrPositives_parallelLrNegative_theProductOfLrNegatives() {
    double lrBsPos = DiagnosticMath.lrPositive(0.860, 0.814);
    double lrMriPos = DiagnosticMath.lrPositive(0.906, 0.954);
    double lrBsNeg = DiagnosticMath.lrNegative(0.860, 0.814);
    double lrMriNeg = DiagnosticMath.lrNegative(0.906, 0.954);
    assertThat(TestCombination.series(BS, MRI, Covariance.INDEPENDENT).lrPositive())
        .isCloseTo(lrBsPos * lrMriPos, within(1e-9));
    assertThat(TestCombination.parallel(BS, MRI, Covariance.INDEPENDENT).lrNegative())
        .isCloseTo(lrBsNeg * lrMriNeg, within(1e-9));
    // The parallel-positive group mixes three patterns: its LR+ is not the product.
    assertThat(TestCombination.parallel(BS, MRI, Covariance.INDEPENDENT).lrPositive())
        .isNotCloseTo(lrBsPos * lrMriPos, within(1.0));
  }

  @Test
  void patterns_agreeWithSeriesAndParallel_alsoWithCovariance() {
    Covariance cov = new Covariance(0.05, 0.02);
    Combined series = TestCombination.series(BS, MRI, cov);
    Combined parallel = TestCombination.parallel(BS, MRI, cov);
    assertThat(
            TestCombination.patternLikelihoodRatio(
                BS, TestResult.POSITIVE, MRI, TestResult.POSITIVE, cov))
        .isCloseTo(series.lrPositive(), within(1e-9));
    assertThat(
            TestCombination.patternLikelihoodRatio(
                BS, TestResult.NEGATIVE, MRI, TestResult.NEGATIVE, cov))
        .isCloseTo(parallel.lrNegative(), within(1e-9));
  }

  @Test
  void covarianceRange_edgesAcceptedAndBeyondRejected() {
    // §3.5: c+ ∈ [−0.013160, 0.080840]; c− ∈ [−0.008556, 0.037444].
    assertThat(TestCombination.series(BS, MRI, new Covariance(0.080840, 0.037444)).sensitivity())
        .isCloseTo(0.86, within(1e-6));
    assertThat(TestCombination.series(BS, MRI, new Covariance(-0.013160, -0.008556))).isNotNull();
    assertThatThrownBy(() -> TestCombination.series(BS, MRI, new Covariance(0.081, 0)))
        .hasMessage(
            "covariance among diseased must be in [-0.01316, 0.08084] for these tests, "
                + "was 0.081");
    assertThatThrownBy(() -> TestCombination.parallel(BS, MRI, new Covariance(0, -0.009)))
        .hasMessage(
            "covariance among non-diseased must be in [-0.008556, 0.037444] for these "
                + "tests, was -0.009");
  }

  @Test
  void perPatientAndPerLesion_areNeverCombined() {
    assertThatThrownBy(
            () ->
                TestCombination.series(BS, ImagingEvidence.YANG_MRI_LESION, Covariance.INDEPENDENT))
        .hasMessage(
            "basis of combined tests must be the same for both tests (per-patient and "
                + "per-lesion figures never mix), was PATIENT and LESION");
  }
}
