package org.hccbm.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.hccbm.models.PrognosticCategory;
import org.hccbm.models.SurvivalBand;
import org.hccbm.models.bone.BollenCategory;
import org.hccbm.models.bone.HccSmGpaGroup;
import org.hccbm.models.bone.KatagiriGroup;
import org.hccbm.models.bone.TokuhashiBand;
import org.hccbm.models.bone.VanDerLindenGroup;
import org.hccbm.report.PrognosticFigures.CategoryFigures;
import org.hccbm.report.PrognosticFigures.ModelFigures;
import org.junit.jupiter.api.Test;

/** The figures table against the numbers of specs/bone-scores.md. */
class PrognosticFiguresTest {
  private static ModelFigures model(String id) {
    return PrognosticFigures.of(id).orElseThrow();
  }

  private static CategoryFigures figures(String id, String code) {
    return model(id).category(code).orElseThrow();
  }

  @Test
  void all_listsTheSixModelsInBoardOrder() {
    assertThat(PrognosticFigures.all())
        .extracting(ModelFigures::modelId)
        .containsExactly(
            "hcc-sm-gpa",
            "tokuhashi-revised",
            "tomita",
            "katagiri-new",
            "van-der-linden",
            "bollen");
    assertThat(PrognosticFigures.of("child-pugh")).isEmpty();
  }

  @Test
  void hccSmGpa_bone7_2_validationCohortMedians() {
    assertThat(figures("hcc-sm-gpa", "LOW").medianMonths()).hasValue(13.6);
    assertThat(figures("hcc-sm-gpa", "INTERMEDIATE").medianMonths()).hasValue(4.8);
    assertThat(figures("hcc-sm-gpa", "HIGH").medianMonths()).hasValue(2.6);
    assertThat(figures("hcc-sm-gpa", "HIGH").statement()).contains("1-year OS 7.3 %");
    assertThat(figures("hcc-sm-gpa", "LOW").source()).isEqualTo("bone §7.2 [V1]");
    assertThat(model("hcc-sm-gpa").cohort().patients()).hasValue(63);
  }

  @Test
  void tokuhashi_bone1_2_predictedSurvivalBands() {
    assertInterval(figures("tokuhashi-revised", "SCORE_0_8"), 0, OptionalDouble.of(6));
    assertInterval(figures("tokuhashi-revised", "SCORE_9_11"), 6, OptionalDouble.empty());
    assertInterval(figures("tokuhashi-revised", "SCORE_12_15"), 12, OptionalDouble.empty());
    assertThat(figures("tokuhashi-revised", "SCORE_0_8").medianMonths()).isEmpty();
    assertThat(model("tokuhashi-revised").cohort().patients()).isEmpty();
  }

  @Test
  void tomita_bone2_2_survivalNotRetrieved() {
    assertThat(model("tomita").categories()).isEmpty();
    assertThat(model("tomita").cohort().patients()).hasValue(67);
  }

  @Test
  void katagiri_bone3_2_medianWhereTheSurvivalCurveCrosses50Percent() {
    // 2-year 78 % > 50 %: the median is beyond 24 months
    assertInterval(figures("katagiri-new", "LOW"), 24, OptionalDouble.empty());
    // 6-month ≈ 74 % > 50 % > 1-year 49 %: between 6 and 12 months
    assertInterval(figures("katagiri-new", "INTERMEDIATE"), 6, OptionalDouble.of(12));
    // 6-month 27 % < 50 %: under 6 months
    assertInterval(figures("katagiri-new", "HIGH"), 0, OptionalDouble.of(6));
    assertThat(figures("katagiri-new", "HIGH").statement()).contains("6-month survival 27 %");
    assertThat(figures("katagiri-new", "INTERMEDIATE").source()).contains("[R]");
    assertThat(model("katagiri-new").cohort().patients()).hasValue(808);
  }

  @Test
  void vanDerLinden_bone6_1_derivationMedians() {
    assertThat(figures("van-der-linden", "A").medianMonths()).hasValue(3.0);
    assertThat(figures("van-der-linden", "B").medianMonths()).hasValue(9.0);
    assertThat(figures("van-der-linden", "C").medianMonths()).hasValue(18.7);
    assertThat(model("van-der-linden").cohort().patients()).hasValue(342);
    assertThat(model("van-der-linden").mayDisagree()).startsWith("non-discriminating in HCC");
  }

  @Test
  void bollen_bone6_2_mediansWith95PercentCi() {
    assertMedianCi(figures("bollen", "A"), 31.2, 25.2, 37.3);
    assertMedianCi(figures("bollen", "B"), 15.4, 11.9, 18.2);
    assertMedianCi(figures("bollen", "C"), 4.8, 4.1, 5.4);
    assertMedianCi(figures("bollen", "D"), 1.6, 1.4, 1.9);
    assertThat(figures("bollen", "D").statement())
        .isEqualTo("median survival 1.6 months (95 % CI 1.4–1.9)");
    assertThat(model("bollen").cohort().patients()).hasValue(1043);
  }

  @Test
  void everyCategoryOfEachPrognosticModelHasFigures() {
    assertCodes("hcc-sm-gpa", HccSmGpaGroup.values());
    assertCodes("tokuhashi-revised", TokuhashiBand.values());
    assertCodes("katagiri-new", KatagiriGroup.values());
    assertCodes("van-der-linden", VanDerLindenGroup.values());
    assertCodes("bollen", BollenCategory.values());
  }

  @Test
  void figuresFallInTheSurvivalBandsEachCategorySupports() {
    check("hcc-sm-gpa", HccSmGpaGroup.values());
    check("tokuhashi-revised", TokuhashiBand.values());
    check("katagiri-new", KatagiriGroup.values());
    check("van-der-linden", VanDerLindenGroup.values());
    check("bollen", BollenCategory.values());
  }

  @Test
  void categoryFigures_highBelowLow_isRejected() {
    assertThatThrownBy(
            () ->
                new CategoryFigures(
                    "X", 6, OptionalDouble.of(3), OptionalDouble.empty(), "s", "bone §0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("survival months of X must be 0 <= low <= high, was 6.0..OptionalDouble[3.0]");
  }

  private static void check(String id, PrognosticCategory... categories) {
    for (PrognosticCategory c : categories) {
      CategoryFigures f = figures(id, c.code());
      double high = f.highMonths().orElse(Double.MAX_VALUE);
      boolean overlaps =
          c.survivalBands().stream()
              .anyMatch(
                  b ->
                      switch (b) {
                        case UNDER_3_MONTHS -> f.lowMonths() < 3;
                        case THREE_TO_6_MONTHS -> f.lowMonths() <= 6 && high >= 3;
                        case AT_LEAST_6_MONTHS -> high >= 6;
                      });
      assertThat(overlaps).as(id + " " + c.code() + " in " + c.survivalBands()).isTrue();
      if (f.highMonths().isPresent() && f.highMonths().getAsDouble() < 3) {
        assertThat(c.survivalBands()).containsOnly(SurvivalBand.UNDER_3_MONTHS);
      }
    }
  }

  private static void assertCodes(String id, PrognosticCategory... categories) {
    Set<String> codes =
        Arrays.stream(categories).map(PrognosticCategory::code).collect(Collectors.toSet());
    assertThat(model(id).categories().keySet()).isEqualTo(codes);
  }

  private static void assertInterval(CategoryFigures f, double low, OptionalDouble high) {
    assertThat(f.lowMonths()).isEqualTo(low);
    assertThat(f.highMonths()).isEqualTo(high);
  }

  private static void assertMedianCi(CategoryFigures f, double median, double low, double high) {
    assertThat(f.medianMonths()).hasValue(median);
    assertInterval(f, low, OptionalDouble.of(high));
  }
}
