package org.hccbm.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.evidence.Citation;
import org.hccbm.core.evidence.Probability;
import org.hccbm.core.lesion.Modality;
import org.hccbm.imaging.evidence.ImagingEvidence;
import org.hccbm.imaging.evidence.PretestProbabilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worked example of imaging §3.8(a) (docs/sources.md) and the interval choices of
 * PostTestCalculator.
 */
class PostTestCalculatorTest {
  private static final Probability TEN = Probability.of(0.1);

  @Test
  void deltaMethod_wu2011_positive() {
    PostTest p =
        PostTestCalculator.postTest(ImagingEvidence.WU_WBMRI_PATIENT, TestResult.POSITIVE, TEN);
    assertThat(p.likelihoodRatio()).isCloseTo(10.9634, within(5e-5));
    assertThat(p.post().value()).isCloseTo(0.5492, within(5e-5));
    assertThat(p.likelihoodRatioInterval().orElseThrow().lower()).isCloseTo(7.389879, within(1e-6));
    assertThat(p.likelihoodRatioInterval().orElseThrow().upper())
        .isCloseTo(16.265011, within(1e-6));
    assertThat(p.interval().orElseThrow().lower()).isCloseTo(0.450881, within(1e-6));
    assertThat(p.interval().orElseThrow().upper()).isCloseTo(0.643776, within(1e-6));
    assertThat(p.method()).startsWith("delta method");
  }

  @Test
  void deltaMethod_wu2011_negative() {
    PostTest p =
        PostTestCalculator.postTest(ImagingEvidence.WU_WBMRI_PATIENT, TestResult.NEGATIVE, TEN);
    assertThat(p.likelihoodRatio()).isCloseTo(0.1100, within(5e-5));
    assertThat(p.post().value()).isCloseTo(0.0121, within(5e-5));
    assertThat(p.likelihoodRatioInterval().orElseThrow().lower()).isCloseTo(0.068908, within(1e-6));
    assertThat(p.likelihoodRatioInterval().orElseThrow().upper()).isCloseTo(0.175665, within(1e-6));
    assertThat(p.interval().orElseThrow().lower()).isCloseTo(0.007598, within(1e-6));
    assertThat(p.interval().orElseThrow().upper()).isCloseTo(0.019145, within(1e-6));
  }

  @Test
  void yang_hasNoPublishedInterval_soNoneIsInvented() {
    PostTest p =
        PostTestCalculator.postTest(ImagingEvidence.YANG_MRI_PATIENT, TestResult.POSITIVE, TEN);
    assertThat(p.post().value()).isCloseTo(0.686364, within(1e-6));
    assertThat(p.interval()).isEmpty();
    assertThat(p.method()).startsWith("confidence interval unavailable");
    assertThat(p.notes()).anyMatch(n -> n.contains("not in HCC"));
    assertThat(p.render()).contains("Post-test probability: 68.6 %\n");
  }

  /**
   * A figure built from a 2×2 table uses the log method. The counts are those of an HCC bone-scan
   * study (R19 in docs/sources.md, TP 17, FP 6, FN 1, TN 32), which the library no longer ships
   * because its authors could not be confirmed; the arithmetic does not depend on that.
   */
  @Test
  void figureFromCounts_usesTheLogMethod() {
    TestAccuracy fromCounts =
        TestAccuracy.fromCounts(
            Modality.BONE_SCINTIGRAPHY,
            Basis.PATIENT,
            Population.HCC,
            new TwoByTwo(17, 6, 1, 32),
            new Citation("Test A, et al.", "A 2×2 table", "Test data", 2004, ""),
            "test counts");
    PostTest p = PostTestCalculator.postTest(fromCounts, TestResult.POSITIVE, TEN);
    assertThat(p.likelihoodRatio()).isCloseTo(5.981481, within(1e-6));
    assertThat(p.likelihoodRatioInterval().orElseThrow().lower()).isCloseTo(2.845956, within(1e-6));
    assertThat(p.likelihoodRatioInterval().orElseThrow().upper())
        .isCloseTo(12.571563, within(1e-6));
    assertThat(p.interval().orElseThrow().contains(p.post().value())).isTrue();
    assertThat(p.method()).startsWith("log-method");
    assertThat(p.notes()).noneMatch(n -> n.contains("not in HCC"));
  }

  @Test
  void sensitivityOnlyFigure_isRefusedWithAClearMessage() {
    TestAccuracy seo =
        ImagingEvidence.all().stream()
            .filter(a -> a.source().year() == 2011 && a.source().authors().startsWith("Seo"))
            .findFirst()
            .orElseThrow();
    assertThat(seo.metricType()).isEqualTo(MetricType.SE_ONLY);
    assertThatThrownBy(() -> PostTestCalculator.postTest(seo, TestResult.POSITIVE, TEN))
        .isInstanceOf(InvalidClinicalInputException.class)
        .hasMessageContaining("must be a sensitivity and specificity pair, was sensitivity only")
        .hasMessageContaining("for a post-test probability");
  }

  @Test
  void accuracyOnlyFigure_isRefused() {
    TestAccuracy yen =
        ImagingEvidence.all().stream()
            .filter(a -> a.metricType() == MetricType.ACCURACY_ONLY)
            .findFirst()
            .orElseThrow();
    assertThatThrownBy(() -> PostTestCalculator.postTest(yen, TestResult.POSITIVE, TEN))
        .hasMessageContaining("was accuracy only");
  }

  @Test
  void pretestRangeFromTheReviewCohorts_givesPostTestAtEachEnd() {
    PretestProbabilities.Range range = PretestProbabilities.fromReviewCohorts();
    List<PostTest> both =
        PostTestCalculator.overRange(
            ImagingEvidence.YANG_MRI_PATIENT, TestResult.POSITIVE, range.low(), range.high());
    assertThat(both.get(0).post().value()).isCloseTo(0.2836, within(5e-5));
    assertThat(both.get(1).post().value()).isCloseTo(0.8588, within(5e-5));
  }

  @Test
  void rhoOutOfRange_isRefused() {
    assertThatThrownBy(
            () ->
                PostTestCalculator.postTest(
                    ImagingEvidence.WU_WBMRI_PATIENT, TestResult.POSITIVE, TEN, 1.5))
        .hasMessage("correlation of logit Se and logit Sp must be in [-1, 1], was 1.5");
  }

  @Test
  void negativeRho_narrowsNothingForLrPositive_positiveRho_widens() {
    double base = width(0.0);
    assertThat(width(0.5)).isGreaterThan(base);
    assertThat(width(-0.5)).isLessThan(base);
  }

  private static double width(double rho) {
    Interval i =
        PostTestCalculator.postTest(ImagingEvidence.WU_WBMRI_PATIENT, TestResult.POSITIVE, TEN, rho)
            .interval()
            .orElseThrow();
    return i.upper() - i.lower();
  }

  // --- properties (seeded; every published pair and random pre-test probabilities)

  @Test
  void properties_postTestInUnitInterval_lrAboveOneRaises_monotoneInPretest() {
    SplittableRandom random = new SplittableRandom(20261129L);
    List<TestAccuracy> pairs =
        ImagingEvidence.all().stream().filter(a -> a.metricType() == MetricType.SE_SP).toList();
    for (int i = 0; i < 5_000; i++) {
      TestAccuracy a = pairs.get(random.nextInt(pairs.size()));
      TestResult r = random.nextBoolean() ? TestResult.POSITIVE : TestResult.NEGATIVE;
      double p1 = random.nextDouble();
      double p2 = random.nextDouble();
      PostTest lo = PostTestCalculator.postTest(a, r, Probability.of(Math.min(p1, p2)));
      PostTest hi = PostTestCalculator.postTest(a, r, Probability.of(Math.max(p1, p2)));
      String why = "seed 20261129 try " + i + ": " + a + " " + r + " " + p1 + " " + p2;
      assertThat(lo.post().value()).as(why).isBetween(0.0, 1.0);
      assertThat(lo.post().value()).as(why).isLessThanOrEqualTo(hi.post().value() + 1e-15);
      if (lo.likelihoodRatio() > 1) {
        assertThat(lo.post().value()).as(why).isGreaterThanOrEqualTo(lo.pre().value());
      } else if (lo.likelihoodRatio() < 1) {
        assertThat(lo.post().value()).as(why).isLessThanOrEqualTo(lo.pre().value());
      }
      lo.interval().ifPresent(ci -> assertThat(ci.contains(lo.post().value())).as(why).isTrue());
    }
  }

  @Test
  void lrOfOne_leavesThePretestUnchanged() {
    assertThat(DiagnosticMath.postTest(Probability.of(0.37), 1.0).value())
        .isCloseTo(0.37, within(1e-15));
  }

  // Expected values computed independently (Python, the §3.8(a) formulas with the ρ term).
  @ParameterizedTest(name = "ρ = {0}")
  @CsvSource({
    "-0.5, 7.591323667950825, 15.833399509450723, 0.07014241570779797, 0.17257451687150763, "
        + "0.45754780148222024, 0.018814185325404985",
    "0.5, 7.206164752550629, 16.67967144349158, 0.0677401538856275, 0.1786945084803235, "
        + "0.44465577529171285, 0.019468401341304602"
  })
  void deltaMethod_withCorrelation_wu2011(
      double rho,
      double lrPosLow,
      double lrPosHigh,
      double lrNegLow,
      double lrNegHigh,
      double postPosLow,
      double postNegHigh) {
    PostTest pos =
        PostTestCalculator.postTest(
            ImagingEvidence.WU_WBMRI_PATIENT, TestResult.POSITIVE, TEN, rho);
    PostTest neg =
        PostTestCalculator.postTest(
            ImagingEvidence.WU_WBMRI_PATIENT, TestResult.NEGATIVE, TEN, rho);
    assertThat(pos.likelihoodRatioInterval().orElseThrow().lower())
        .isCloseTo(lrPosLow, within(1e-6));
    assertThat(pos.likelihoodRatioInterval().orElseThrow().upper())
        .isCloseTo(lrPosHigh, within(1e-6));
    assertThat(neg.likelihoodRatioInterval().orElseThrow().lower())
        .isCloseTo(lrNegLow, within(1e-6));
    assertThat(neg.likelihoodRatioInterval().orElseThrow().upper())
        .isCloseTo(lrNegHigh, within(1e-6));
    assertThat(pos.interval().orElseThrow().lower()).isCloseTo(postPosLow, within(1e-6));
    assertThat(neg.interval().orElseThrow().upper()).isCloseTo(postNegHigh, within(1e-6));
    assertThat(pos.method()).endsWith("ρ = " + rho);
  }
}
