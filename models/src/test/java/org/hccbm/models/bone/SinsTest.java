package org.hccbm.models.bone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hccbm.models.bone.BoneTestSupport.assertPoints;

import java.util.EnumMap;
import java.util.Map;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.LesionMorphology;
import org.hccbm.core.lesion.LongBone;
import org.hccbm.core.lesion.LongBoneRegion;
import org.hccbm.core.lesion.LongBoneSite;
import org.hccbm.core.lesion.PainCharacter;
import org.hccbm.core.lesion.PosterolateralInvolvement;
import org.hccbm.core.lesion.SpinalAlignment;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.lesion.VertebralCollapse;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.NotApplicable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples S-1…S-4 (bone §4.4), the level table and all 1,296 combinations. */
class SinsTest {
  private static BoneLesion lesion(
      SpinalLevel level,
      PainCharacter pain,
      LesionMorphology m,
      SpinalAlignment a,
      VertebralCollapse c,
      PosterolateralInvolvement p) {
    return BoneLesion.at(level.label(), level)
        .painCharacter(pain)
        .morphology(m)
        .alignment(a)
        .collapse(c)
        .posterolateral(p)
        .build();
  }

  @Test
  void s1_t12_lytic_mechanical_40percent_bilateral_is13_unstable() {
    assertThat(
            assertPoints(
                    Sins.INSTANCE.evaluate(
                        lesion(
                            SpinalLevel.T12,
                            PainCharacter.MECHANICAL,
                            LesionMorphology.LYTIC,
                            SpinalAlignment.NORMAL,
                            VertebralCollapse.ofPercent(40, true),
                            PosterolateralInvolvement.BILATERAL)),
                    13,
                    "location",
                    3,
                    "pain",
                    3,
                    "boneLesion",
                    2,
                    "alignment",
                    0,
                    "vertebralBodyCollapse",
                    2,
                    "posterolateralInvolvement",
                    3)
                .category())
        .contains(SinsCategory.UNSTABLE);
  }

  @Test
  void s2a_is6_stable_and_s2b_is8_potentiallyUnstable() {
    assertThat(
            assertPoints(
                    Sins.INSTANCE.evaluate(
                        lesion(
                            SpinalLevel.T7,
                            PainCharacter.OCCASIONAL_NON_MECHANICAL,
                            LesionMorphology.LYTIC,
                            SpinalAlignment.NORMAL,
                            VertebralCollapse.NONE_WITH_OVER_HALF_INVOLVED,
                            PosterolateralInvolvement.UNILATERAL)),
                    6,
                    "location",
                    1,
                    "pain",
                    1,
                    "boneLesion",
                    2,
                    "alignment",
                    0,
                    "vertebralBodyCollapse",
                    1,
                    "posterolateralInvolvement",
                    1)
                .category())
        .contains(SinsCategory.STABLE);
    assertThat(
            assertPoints(
                    Sins.INSTANCE.evaluate(
                        lesion(
                            SpinalLevel.T7,
                            PainCharacter.MECHANICAL,
                            LesionMorphology.LYTIC,
                            SpinalAlignment.NORMAL,
                            VertebralCollapse.NONE_WITH_OVER_HALF_INVOLVED,
                            PosterolateralInvolvement.UNILATERAL)),
                    8,
                    "pain",
                    3)
                .category())
        .contains(SinsCategory.POTENTIALLY_UNSTABLE);
  }

  @Test
  void s3_l3_blastic_painFree_is2_stable() {
    assertThat(
            assertPoints(
                    Sins.INSTANCE.evaluate(
                        lesion(
                            SpinalLevel.L3,
                            PainCharacter.NONE,
                            LesionMorphology.BLASTIC,
                            SpinalAlignment.NORMAL,
                            VertebralCollapse.NONE,
                            PosterolateralInvolvement.NONE)),
                    2,
                    "location",
                    2,
                    "pain",
                    0,
                    "boneLesion",
                    0,
                    "alignment",
                    0,
                    "vertebralBodyCollapse",
                    0,
                    "posterolateralInvolvement",
                    0)
                .category())
        .contains(SinsCategory.STABLE);
  }

  @Test
  void s4_c2_worstCase_is18() {
    assertThat(
            assertPoints(
                    Sins.INSTANCE.evaluate(
                        lesion(
                            SpinalLevel.C2,
                            PainCharacter.MECHANICAL,
                            LesionMorphology.LYTIC,
                            SpinalAlignment.SUBLUXATION_TRANSLATION,
                            VertebralCollapse.OVER_HALF,
                            PosterolateralInvolvement.BILATERAL)),
                    18,
                    "location",
                    3,
                    "alignment",
                    4,
                    "vertebralBodyCollapse",
                    3)
                .category())
        .contains(SinsCategory.UNSTABLE);
  }

  @Test
  void levelTable_mapsEveryLevelOnce_asTheSpecPrintsIt() {
    Map<SpinalLevel, Integer> expected = new EnumMap<>(SpinalLevel.class);
    for (SpinalLevel l :
        new SpinalLevel[] {
          SpinalLevel.OCCIPUT,
          SpinalLevel.C1,
          SpinalLevel.C2,
          SpinalLevel.C7,
          SpinalLevel.T1,
          SpinalLevel.T2,
          SpinalLevel.T11,
          SpinalLevel.T12,
          SpinalLevel.L1,
          SpinalLevel.L5,
          SpinalLevel.S1
        }) {
      expected.put(l, 3);
    }
    for (SpinalLevel l :
        new SpinalLevel[] {
          SpinalLevel.C3,
          SpinalLevel.C4,
          SpinalLevel.C5,
          SpinalLevel.C6,
          SpinalLevel.L2,
          SpinalLevel.L3,
          SpinalLevel.L4
        }) {
      expected.put(l, 2);
    }
    for (int t = 3; t <= 10; t++) {
      expected.put(SpinalLevel.valueOf("T" + t), 1);
    }
    for (int s = 2; s <= 5; s++) {
      expected.put(SpinalLevel.valueOf("S" + s), 0);
    }
    assertThat(expected).hasSize(30);
    expected.forEach(
        (level, points) ->
            assertThat(Sins.location(level).points()).as(level.label()).hasValue(points));
  }

  @Test
  void coccyx_andNonSpinalLesions_areNotApplicable() {
    assertThat(Sins.INSTANCE.evaluate(BoneLesion.at("c", SpinalLevel.COCCYX).build()))
        .isInstanceOfSatisfying(
            NotApplicable.class,
            n -> assertThat(n.reason()).isEqualTo("the coccyx is not defined by SINS"));
    assertThat(
            Sins.INSTANCE.evaluate(
                BoneLesion.at("f", LongBoneSite.of(LongBone.FEMUR, LongBoneRegion.DIAPHYSIS))
                    .build()))
        .isInstanceOf(NotApplicable.class);
  }

  @ParameterizedTest(name = "collapse {0} % -> {1}")
  @CsvSource({"0,0", "0.1,2", "49.9,2", "50,2", "50.1,3", "100,3"})
  void collapsePercent_exactly50IsUnderHalf(double percent, int points) {
    assertThat(
            Sins.INSTANCE
                .evaluate(
                    lesion(
                        SpinalLevel.T7,
                        PainCharacter.NONE,
                        LesionMorphology.BLASTIC,
                        SpinalAlignment.NORMAL,
                        VertebralCollapse.ofPercent(percent, false),
                        PosterolateralInvolvement.NONE))
                .asComplete()
                .item("vertebralBodyCollapse")
                .points())
        .hasValue(points);
  }

  @ParameterizedTest(name = "total {0} -> {1}")
  @CsvSource({
    "0,STABLE",
    "6,STABLE",
    "7,POTENTIALLY_UNSTABLE",
    "12,POTENTIALLY_UNSTABLE",
    "13,UNSTABLE",
    "18,UNSTABLE"
  })
  void categories_bothSidesOfEachCut(int total, SinsCategory c) {
    assertThat(SinsCategory.forTotal(total)).isEqualTo(c);
  }

  @Test
  void notAssessableComponent_givesABoundedResult() {
    BoneLesion l =
        BoneLesion.at("T12", SpinalLevel.T12)
            .painCharacter(PainCharacter.MECHANICAL)
            .morphology(LesionMorphology.LYTIC)
            .collapse(VertebralCollapse.UNDER_HALF)
            .posterolateral(PosterolateralInvolvement.BILATERAL)
            .notAssessable("alignment", "no standing radiograph")
            .build();
    Bounded b = Sins.INSTANCE.evaluate(l).asBounded();
    assertThat(b.totalRange().reachable()).containsExactly(13.0, 15.0, 17.0);
    assertThat(b.determinedCategory()).contains(SinsCategory.UNSTABLE);
    assertThat(b.openItems())
        .singleElement()
        .satisfies(
            o -> assertThat(o.statusText()).isEqualTo("not assessable (no standing radiograph)"));
  }

  @Test
  void exhaustive_1296Combinations_matchAnIndependentTable() {
    SpinalLevel[] locations = {SpinalLevel.T12, SpinalLevel.L3, SpinalLevel.T7, SpinalLevel.S3};
    int[] locationPoints = {3, 2, 1, 0};
    PainCharacter[] pains = {
      PainCharacter.MECHANICAL, PainCharacter.OCCASIONAL_NON_MECHANICAL, PainCharacter.NONE
    };
    int[] painPoints = {3, 1, 0};
    LesionMorphology[] morph = {
      LesionMorphology.LYTIC, LesionMorphology.MIXED, LesionMorphology.BLASTIC
    };
    int[] morphPoints = {2, 1, 0};
    SpinalAlignment[] align = {
      SpinalAlignment.SUBLUXATION_TRANSLATION,
      SpinalAlignment.DE_NOVO_DEFORMITY,
      SpinalAlignment.NORMAL
    };
    int[] alignPoints = {4, 2, 0};
    VertebralCollapse[] collapse = {
      VertebralCollapse.OVER_HALF,
      VertebralCollapse.UNDER_HALF,
      VertebralCollapse.NONE_WITH_OVER_HALF_INVOLVED,
      VertebralCollapse.NONE
    };
    int[] collapsePoints = {3, 2, 1, 0};
    PosterolateralInvolvement[] post = {
      PosterolateralInvolvement.BILATERAL,
      PosterolateralInvolvement.UNILATERAL,
      PosterolateralInvolvement.NONE
    };
    int[] postPoints = {3, 1, 0};
    int count = 0;
    for (int a = 0; a < 4; a++) {
      for (int b = 0; b < 3; b++) {
        for (int c = 0; c < 3; c++) {
          for (int d = 0; d < 3; d++) {
            for (int e = 0; e < 4; e++) {
              for (int f = 0; f < 3; f++) {
                int expected =
                    locationPoints[a]
                        + painPoints[b]
                        + morphPoints[c]
                        + alignPoints[d]
                        + collapsePoints[e]
                        + postPoints[f];
                Complete r =
                    Sins.INSTANCE
                        .evaluate(
                            lesion(
                                locations[a], pains[b], morph[c], align[d], collapse[e], post[f]))
                        .asComplete();
                assertThat(r.totalValue()).isEqualTo(expected);
                assertThat(r.category())
                    .contains(
                        expected <= 6
                            ? SinsCategory.STABLE
                            : expected <= 12
                                ? SinsCategory.POTENTIALLY_UNSTABLE
                                : SinsCategory.UNSTABLE);
                count++;
              }
            }
          }
        }
      }
    }
    assertThat(count).isEqualTo(1296);
  }
}
