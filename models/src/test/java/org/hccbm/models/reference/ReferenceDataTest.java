package org.hccbm.models.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.hccbm.core.evidence.BoneMetastasisIncidence;
import org.junit.jupiter.api.Test;

/** Pins the review's reference data against its text (reference/000_5acd15f7193d0215.txt). */
class ReferenceDataTest {
  @Test
  void table1_incidenceRange1point97to23point59_andShare8point33to37point09() {
    List<BoneMetastasisIncidence.Cohort> cohorts = BoneMetastasisIncidence.cohorts();
    assertThat(cohorts).hasSize(17);
    assertThat(
            cohorts.stream()
                .flatMap(c -> c.incidence().stream())
                .mapToDouble(r -> r.percent())
                .min()
                .orElseThrow())
        .isEqualTo(1.97);
    assertThat(
            cohorts.stream()
                .flatMap(c -> c.incidence().stream())
                .mapToDouble(r -> r.percent())
                .max()
                .orElseThrow())
        .isEqualTo(23.59);
    assertThat(
            cohorts.stream()
                .flatMap(c -> c.shareOfExtrahepaticMetastases().stream())
                .mapToDouble(r -> r.percent())
                .min()
                .orElseThrow())
        .isEqualTo(8.33);
    assertThat(
            cohorts.stream()
                .flatMap(c -> c.shareOfExtrahepaticMetastases().stream())
                .mapToDouble(r -> r.percent())
                .max()
                .orElseThrow())
        .isEqualTo(37.09);
  }

  @Test
  void table1_countsAgreeWithThePrintedPercentages() {
    for (BoneMetastasisIncidence.Cohort c : BoneMetastasisIncidence.cohorts()) {
      for (var r : List.of(c.incidence(), c.shareOfExtrahepaticMetastases())) {
        r.flatMap(x -> x.events().map(e -> new double[] {e, x.total().orElseThrow(), x.percent()}))
            .ifPresent(
                v ->
                    assertThat(100.0 * v[0] / v[1])
                        .as(c.period())
                        .isCloseTo(
                            v[2],
                            org.assertj.core.api.Assertions.within(
                                c.period().equals("1962–1981") ? 0.011 : 0.006)));
      }
    }
    assertThat(BoneMetastasisIncidence.cohorts().get(10).incidence().orElseThrow().events())
        .contains(151);
    // The review prints 16.10 % for 14/87, which is 16.09 %: a rounding slip kept as printed.
    assertThat(BoneMetastasisIncidence.cohorts().get(0).incidence().orElseThrow().percent())
        .isEqualTo(16.10);
  }

  @Test
  void table2_hasEveryRow_andTheMediansSpan3to11point7Months() {
    assertThat(PrognosisStudies.all()).hasSize(20);
    assertThat(
            PrognosisStudies.all().stream()
                .flatMap(s -> s.medianOsMonths().stream())
                .mapToDouble(Double::doubleValue)
                .min()
                .orElseThrow())
        .isEqualTo(3.0);
    assertThat(
            PrognosisStudies.all().stream()
                .flatMap(s -> s.medianOsMonths().stream())
                .mapToDouble(Double::doubleValue)
                .max()
                .orElseThrow())
        .isEqualTo(11.7);
    PrognosisStudies.Study gpa = PrognosisStudies.all().get(18);
    assertThat(gpa.reference()).isEqualTo("[57]");
    assertThat(gpa.prognosis()).contains("13.6, 4.8 and 2.6 months");
    assertThat(gpa.riskFactors())
        .containsExactly(
            "ECOG performance status",
            "Controlled primary HCC",
            "Extrahepatic metastases other than bone");
    assertThat(PrognosisStudies.all().get(0).medianOsMonths()).isEqualTo(Optional.empty());
    assertThat(PrognosisStudies.all().get(0).riskFactors()).isEmpty();
  }

  @Test
  void table3_hasTwentyBiomarkers_fourRiskFactorsFirst() {
    assertThat(Biomarkers.all()).hasSize(20);
    assertThat(Biomarkers.all())
        .extracting(Biomarkers.Biomarker::gene)
        .startsWith("CTGF", "IL-11", "MMP-1", "CXCR4")
        .endsWith("CX3CL1R");
    assertThat(Biomarkers.all().stream().filter(b -> b.application().startsWith("Risk factor")))
        .hasSize(6);
    assertThat(Biomarkers.all().get(4).application()).isEmpty();
  }

  @Test
  void sreOutlook_asTheReviewReportsIt() {
    assertThat(SreOutlook.FIRST_SRE)
        .containsExactly(
            new SreOutlook.Rate(1, 30, 22, 38),
            new SreOutlook.Rate(3, 43, 35, 52),
            new SreOutlook.Rate(6, 50, 41, 59));
    assertThat(SreOutlook.MEDIAN_MONTHS_TO_NTH_SRE).containsExactly(3, 6, 9);
    assertThat(SreOutlook.PERCENT_WITH_TWO_SRES).isEqualTo(18.90);
    assertThat(SreOutlook.PERCENT_WITH_THREE_SRES).isEqualTo(2.84);
    assertThat(SreOutlook.SRES_BY_FREQUENCY.get(0)).isEqualTo("radiotherapy to bone");
  }

  @Test
  void riskFactors_asTheReviewListsThem() {
    assertThat(BoneMetastasisRiskFactors.INDEPENDENT)
        .contains("male sex", "brain metastases")
        .hasSize(9);
    assertThat(BoneMetastasisRiskFactors.ASSOCIATED)
        .containsExactly("HBV infection", "insurance status", "high AFP levels");
  }
}
