package org.hccbm.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.hccbm.core.evidence.Citation;
import org.hccbm.core.evidence.Probability;
import org.hccbm.core.lesion.Modality;
import org.hccbm.imaging.Basis;
import org.hccbm.imaging.Estimate;
import org.hccbm.imaging.MetricType;
import org.hccbm.imaging.Population;
import org.hccbm.imaging.PostTest;
import org.hccbm.imaging.PostTestCalculator;
import org.hccbm.imaging.TestAccuracy;
import org.hccbm.imaging.TestResult;
import org.hccbm.imaging.TwoByTwo;
import org.hccbm.imaging.evidence.ImagingEvidence;
import org.junit.jupiter.api.Test;

/** Issue 13 point 5: imaging outputs written as JSON read back into equal records. */
class ImagingReadBackTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final double[] PRETESTS = {0.0, 0.001, 0.05, 0.1, 0.25, 0.5, 0.75, 0.99, 1.0};
  private static final double[] RHOS = {-1.0, -0.3, 0.0, 0.5, 1.0};
  private static final Citation SOURCE =
      new Citation("Test A", "a title", "a journal", 2020, "PMID 1");

  private static PostTest roundTrip(PostTest p) throws HccbmJsonException {
    String json = HccbmJson.writeImagingPostTest(p);
    PostTest back = HccbmJson.readImagingPostTest(json);
    assertThat(back).as(json).isEqualTo(p);
    assertThat(HccbmJson.writeImagingPostTest(back)).isEqualTo(json);
    return back;
  }

  private static String wbmri() {
    return HccbmJson.writeImagingPostTest(
        PostTestCalculator.postTest(
            ImagingEvidence.WU_WBMRI_PATIENT, TestResult.POSITIVE, Probability.of(0.1)));
  }

  @Test
  void goldenPostTestWbmri_readsBackEqual_andRewritesTheGoldenTree() throws Exception {
    String golden;
    try (InputStream in = getClass().getResourceAsStream("/golden/posttest-wbmri.json")) {
      assertThat(in).isNotNull();
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    PostTest read = HccbmJson.readImagingPostTest(golden);
    assertThat(read)
        .isEqualTo(
            PostTestCalculator.postTest(
                ImagingEvidence.WU_WBMRI_PATIENT, TestResult.POSITIVE, Probability.of(0.1)));
    assertThat(MAPPER.readTree(HccbmJson.writeImagingPostTest(read)))
        .isEqualTo(MAPPER.readTree(golden));
  }

  @Test
  void everyCatalogueAccuracy_roundTrips_coveringEveryMetricType() throws Exception {
    Set<MetricType> types = EnumSet.noneOf(MetricType.class);
    for (TestAccuracy a : ImagingEvidence.all()) {
      String json = HccbmJson.writeImagingAccuracy(a);
      assertThat(HccbmJson.readImagingAccuracy(json)).as(json).isEqualTo(a);
      types.add(a.metricType());
    }
    // the catalogue may lack a shape; these add each one
    TestAccuracy seOnly =
        new TestAccuracy(
            Modality.CT,
            Basis.LESION,
            Population.HCC,
            "bone metastasis",
            Optional.of(Estimate.of(0.8, 0.7, 0.9)),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            SOURCE,
            "");
    TestAccuracy accuracyOnly =
        new TestAccuracy(
            Modality.FDG_PET_CT,
            Basis.REGION,
            Population.LUNG_CANCER,
            "bone metastasis",
            Optional.empty(),
            Optional.empty(),
            Optional.of(Estimate.of(0.9)),
            Optional.empty(),
            SOURCE,
            "n");
    TestAccuracy fromCounts =
        TestAccuracy.fromCounts(
            Modality.NAF_PET_CT,
            Basis.PATIENT,
            Population.HCC,
            new TwoByTwo(17, 0, 1, 40),
            SOURCE,
            "");
    for (TestAccuracy a : new TestAccuracy[] {seOnly, accuracyOnly, fromCounts}) {
      assertThat(HccbmJson.readImagingAccuracy(HccbmJson.writeImagingAccuracy(a))).isEqualTo(a);
      types.add(a.metricType());
    }
    assertThat(types).containsExactlyInAnyOrder(MetricType.values());
    assertThat(ImagingEvidence.all()).hasSizeGreaterThan(5);
  }

  @Test
  void everyPairResultPretestAndRho_postTestRoundTrips() throws Exception {
    int n = 0;
    int withoutInterval = 0;
    for (TestAccuracy a : ImagingEvidence.all()) {
      if (a.metricType() != MetricType.SE_SP) {
        continue;
      }
      for (TestResult result : TestResult.values()) {
        for (double pre : PRETESTS) {
          for (double rho : RHOS) {
            PostTest p =
                roundTrip(PostTestCalculator.postTest(a, result, Probability.of(pre), rho));
            withoutInterval += p.interval().isEmpty() ? 1 : 0;
            n++;
          }
        }
      }
    }
    assertThat(n).isGreaterThan(500);
    assertThat(withoutInterval).isPositive();
  }

  @Test
  void perfectSpecificity_infiniteLikelihoodRatio_roundTrips() throws Exception {
    TestAccuracy perfect =
        TestAccuracy.fromCounts(
            Modality.NAF_PET_CT,
            Basis.PATIENT,
            Population.HCC,
            new TwoByTwo(17, 0, 1, 40),
            SOURCE,
            "");
    PostTest p = PostTestCalculator.postTest(perfect, TestResult.POSITIVE, Probability.of(0.2));
    assertThat(p.likelihoodRatio()).isInfinite();
    assertThat(HccbmJson.writeImagingPostTest(p)).contains("\"likelihoodRatio\":\"Infinity\"");
    roundTrip(p);
  }

  @Test
  void badValues_nameTheirPaths() {
    String json = wbmri();
    assertThatThrownBy(
            () ->
                HccbmJson.readImagingPostTest(
                    json.replace("\"result\":\"positive\"", "\"result\":\"maybe\"")))
        .isInstanceOf(HccbmJsonException.class)
        .hasMessageContaining("$.result: must be one of [positive, negative], was \"maybe\"");
    assertThatThrownBy(
            () ->
                HccbmJson.readImagingPostTest(
                    json.replace("\"modality\":\"whole-body MRI\"", "\"modality\":\"X-ray\"")))
        .hasMessageContaining("$.accuracy.modality: must be a modality label, was \"X-ray\"");
    assertThatThrownBy(
            () -> HccbmJson.readImagingPostTest(json.replace("\"pretest\":0.1", "\"pretest\":1.5")))
        .hasMessageContaining("$.pretest: probability must be in [0, 1], was 1.5");
    assertThatThrownBy(
            () ->
                HccbmJson.readImagingPostTest(
                    json.replace("\"metricType\":\"SE_SP\"", "\"metricType\":\"SE_ONLY\"")))
        .hasMessageContaining(
            "$.accuracy.metricType: must be SE_SP (from the estimates present), was \"SE_ONLY\"");
    assertThatThrownBy(
            () -> HccbmJson.readImagingPostTest(json.replace("\"lower\":0.845", "\"lower\":0.95")))
        .hasMessageContaining("$.accuracy.sensitivity.ci: interval must be");
    assertThatThrownBy(
            () -> HccbmJson.readImagingPostTest(json.replaceFirst("\"locator\"", "\"x\"")))
        .hasMessageContaining("$.accuracy.source.locator: must be present, was missing");
    assertThatThrownBy(() -> HccbmJson.readImagingAccuracy("3"))
        .hasMessageContaining("$: must be an object, was NUMBER");
  }
}
