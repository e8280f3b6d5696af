package org.hccbm.models.bone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hccbm.models.bone.BoneTestSupport.assertPoints;

import org.hccbm.core.Observed;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.Complete;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples To-1…To-4b and TM-1 (bone §2.4; liver §9.2c); all 18 combinations. */
class TomitaTest {
  private static TomitaInput in(TumourGrowth g, VisceralStatus v, int bone) {
    return new TomitaInput(g, Observed.of(v), Observed.of(bone));
  }

  @Test
  void to1_hcc_untreatableLung_multiple_is10_supportiveCare() {
    assertThat(
            assertPoints(
                    Tomita.INSTANCE.evaluate(in(TumourGrowth.RAPID, VisceralStatus.UNTREATABLE, 3)),
                    10,
                    "primaryTumour",
                    4,
                    "visceralMetastases",
                    4,
                    "boneMetastases",
                    2)
                .category())
        .contains(TomitaStrategy.SUPPORTIVE_CARE);
  }

  @Test
  void to2_hccFloor_is5() {
    assertThat(
            assertPoints(
                    Tomita.INSTANCE.evaluate(in(TumourGrowth.RAPID, VisceralStatus.NONE, 1)),
                    5,
                    "primaryTumour",
                    4,
                    "visceralMetastases",
                    0,
                    "boneMetastases",
                    1)
                .category())
        .contains(TomitaStrategy.MARGINAL_OR_INTRALESIONAL);
  }

  @Test
  void to3_breast_solitary_is2() {
    assertThat(
            assertPoints(
                    Tomita.INSTANCE.evaluate(in(TumourGrowth.SLOW, VisceralStatus.NONE, 1)),
                    2,
                    "primaryTumour",
                    1,
                    "visceralMetastases",
                    0,
                    "boneMetastases",
                    1)
                .category())
        .contains(TomitaStrategy.WIDE_OR_MARGINAL_EXCISION);
  }

  @Test
  void to4a_is5_and_to4b_is6_acrossThe5to6Boundary() {
    assertThat(
            assertPoints(
                    Tomita.INSTANCE.evaluate(
                        in(TumourGrowth.MODERATE, VisceralStatus.TREATABLE, 1)),
                    5,
                    "primaryTumour",
                    2,
                    "visceralMetastases",
                    2,
                    "boneMetastases",
                    1)
                .category())
        .contains(TomitaStrategy.MARGINAL_OR_INTRALESIONAL);
    assertThat(
            assertPoints(
                    Tomita.INSTANCE.evaluate(
                        in(TumourGrowth.MODERATE, VisceralStatus.TREATABLE, 2)),
                    6,
                    "boneMetastases",
                    2)
                .category())
        .contains(TomitaStrategy.PALLIATIVE_SURGERY);
  }

  @ParameterizedTest(name = "total {0} -> {1}")
  @CsvSource({
    "2,WIDE_OR_MARGINAL_EXCISION",
    "3,WIDE_OR_MARGINAL_EXCISION",
    "4,MARGINAL_OR_INTRALESIONAL",
    "5,MARGINAL_OR_INTRALESIONAL",
    "6,PALLIATIVE_SURGERY",
    "7,PALLIATIVE_SURGERY",
    "8,SUPPORTIVE_CARE",
    "10,SUPPORTIVE_CARE"
  })
  void bands_bothSidesOfEachCut(int total, TomitaStrategy s) {
    assertThat(TomitaStrategy.forTotal(total)).isEqualTo(s);
  }

  @Test
  void rapid3Variant_isTheDocumentedConflict() {
    Complete c =
        assertPoints(
            Tomita.RAPID_3.evaluate(in(TumourGrowth.RAPID, VisceralStatus.UNTREATABLE, 3)),
            9,
            "primaryTumour",
            3);
    assertThat(c.caveats()).anyMatch(cv -> cv.kind() == CaveatKind.SOURCE_CONFLICT);
    assertThat(c.model().id()).isEqualTo("tomita");
  }

  @Test
  void treatabilityUnknown_isOpen2or4() {
    Bounded b =
        Tomita.INSTANCE
            .evaluate(in(TumourGrowth.RAPID, VisceralStatus.PRESENT_TREATABILITY_UNKNOWN, 1))
            .asBounded();
    assertThat(b.totalRange().reachable()).containsExactly(7.0, 9.0);
    assertThat(b.reachableCategories())
        .containsExactly(TomitaStrategy.PALLIATIVE_SURGERY, TomitaStrategy.SUPPORTIVE_CARE);
  }

  @Test
  void exhaustive_18Combinations_andHccNeverBelow5() {
    int[] growthPoints = {1, 2, 4};
    int[] visceralPoints = {0, 2, 4};
    VisceralStatus[] visceral = {
      VisceralStatus.NONE, VisceralStatus.TREATABLE, VisceralStatus.UNTREATABLE
    };
    int count = 0;
    for (int g = 0; g < 3; g++) {
      for (int v = 0; v < 3; v++) {
        for (int bone = 1; bone <= 2; bone++) {
          int expected = growthPoints[g] + visceralPoints[v] + bone;
          Complete c =
              Tomita.INSTANCE
                  .evaluate(in(TumourGrowth.values()[g], visceral[v], bone))
                  .asComplete();
          assertThat(c.totalValue()).isEqualTo(expected);
          assertThat(c.category()).contains(TomitaStrategy.forTotal(expected));
          if (TumourGrowth.values()[g] == TumourGrowth.RAPID) {
            assertThat(c.totalValue()).isGreaterThanOrEqualTo(5);
          }
          count++;
        }
      }
    }
    assertThat(count).isEqualTo(18);
  }
}
