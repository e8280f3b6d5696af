package org.hccbm.models.bone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hccbm.models.bone.BoneTestSupport.assertPoints;
import static org.hccbm.models.bone.BoneTestSupport.ecog;
import static org.hccbm.models.bone.BoneTestSupport.kps;

import org.hccbm.core.Observed;
import org.hccbm.core.neuro.AsiaGrade;
import org.hccbm.core.neuro.FrankelGrade;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.NotApplicable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples T-1…T-4b and TK-1 (bone §1.5; liver §9.2b); exhaustive table. */
class TokuhashiTest {
  private static final String KPS = "generalConditionKps";
  private static final String EXTRA = "extraspinalBoneFoci";
  private static final String VERT = "vertebralBodyMetastases";
  private static final String ORGANS = "metastasesToMajorInternalOrgans";
  private static final String PRIMARY = "primarySite";
  private static final String PALSY = "palsyFrankel";

  private static TokuhashiInput in(
      int kps,
      int extra,
      int vert,
      OrganMetastases organs,
      TokuhashiPrimary primary,
      FrankelGrade frankel) {
    return new TokuhashiInput(
        kps(kps),
        Observed.of(extra),
        Observed.of(vert),
        Observed.of(organs),
        primary,
        Observed.of(frankel),
        Observed.unknown());
  }

  @Test
  void t1_hcc_kps60_twoRibs_oneVertebra_unremovableLung_frankelD_is6() {
    Complete c =
        assertPoints(
            Tokuhashi.INSTANCE.evaluate(
                in(
                    60,
                    2,
                    1,
                    OrganMetastases.UNREMOVABLE,
                    TokuhashiPrimary.LIVER_GALLBLADDER_UNIDENTIFIED,
                    FrankelGrade.D)),
            6,
            KPS,
            1,
            EXTRA,
            1,
            VERT,
            2,
            ORGANS,
            0,
            PRIMARY,
            1,
            PALSY,
            1);
    assertThat(c.category()).contains(TokuhashiBand.SCORE_0_8);
  }

  @Test
  void tk1_liverSpecExample_kps60_isAlso7WithOneExtraspinalFocusAndNoPalsy() {
    // liver §9.2(b): KPS 60 (1) + 1–2 foci (1) + one vertebra (2) + unremovable (0) + liver (1)
    // + no palsy (2) = 7.
    assertPoints(
        Tokuhashi.INSTANCE.evaluate(
            in(
                60,
                1,
                1,
                OrganMetastases.UNREMOVABLE,
                TokuhashiPrimary.LIVER_GALLBLADDER_UNIDENTIFIED,
                FrankelGrade.E)),
        7,
        KPS,
        1,
        EXTRA,
        1,
        VERT,
        2,
        ORGANS,
        0,
        PRIMARY,
        1,
        PALSY,
        2);
  }

  @Test
  void t2_breast_best_is15() {
    assertThat(
            assertPoints(
                    Tokuhashi.INSTANCE.evaluate(
                        in(
                            90,
                            0,
                            1,
                            OrganMetastases.NONE,
                            TokuhashiPrimary.THYROID_BREAST_PROSTATE_CARCINOID,
                            FrankelGrade.E)),
                    15,
                    KPS,
                    2,
                    EXTRA,
                    2,
                    VERT,
                    2,
                    ORGANS,
                    2,
                    PRIMARY,
                    5,
                    PALSY,
                    2)
                .category())
        .contains(TokuhashiBand.SCORE_12_15);
  }

  @Test
  void t3_hccBestCase_is11_theHccCeiling() {
    assertThat(
            assertPoints(
                    Tokuhashi.INSTANCE.evaluate(
                        in(
                            80,
                            0,
                            1,
                            OrganMetastases.NONE,
                            TokuhashiPrimary.LIVER_GALLBLADDER_UNIDENTIFIED,
                            FrankelGrade.E)),
                    11,
                    KPS,
                    2,
                    EXTRA,
                    2,
                    VERT,
                    2,
                    ORGANS,
                    2,
                    PRIMARY,
                    1,
                    PALSY,
                    2)
                .category())
        .contains(TokuhashiBand.SCORE_9_11);
  }

  @Test
  void t4a_is9_and_t4b_is8_acrossThe8to9Boundary() {
    assertThat(
            assertPoints(
                    Tokuhashi.INSTANCE.evaluate(
                        in(
                            80,
                            1,
                            1,
                            OrganMetastases.NONE,
                            TokuhashiPrimary.LIVER_GALLBLADDER_UNIDENTIFIED,
                            FrankelGrade.D)),
                    9,
                    KPS,
                    2,
                    EXTRA,
                    1,
                    VERT,
                    2,
                    ORGANS,
                    2,
                    PRIMARY,
                    1,
                    PALSY,
                    1)
                .category())
        .contains(TokuhashiBand.SCORE_9_11);
    assertThat(
            assertPoints(
                    Tokuhashi.INSTANCE.evaluate(
                        in(
                            80,
                            1,
                            1,
                            OrganMetastases.NONE,
                            TokuhashiPrimary.LIVER_GALLBLADDER_UNIDENTIFIED,
                            FrankelGrade.B)),
                    8,
                    PALSY,
                    0)
                .category())
        .contains(TokuhashiBand.SCORE_0_8);
  }

  @ParameterizedTest(name = "KPS {0} -> {1}")
  @CsvSource({"10,0", "40,0", "50,1", "70,1", "80,2", "100,2"})
  void kpsBands_bothSidesOfEachCut(int kps, int points) {
    assertPoints(
        Tokuhashi.INSTANCE.evaluate(
            in(kps, 0, 1, OrganMetastases.NONE, TokuhashiPrimary.OTHERS, FrankelGrade.E)),
        10 + points,
        KPS,
        points);
  }

  @ParameterizedTest(name = "{0} extraspinal foci -> {1}")
  @CsvSource({"0,2", "1,1", "2,1", "3,0", "7,0"})
  void extraspinalFoci_bothSidesOfEachCut(int n, int points) {
    assertThat(
            Tokuhashi.INSTANCE
                .evaluate(
                    in(80, n, 1, OrganMetastases.NONE, TokuhashiPrimary.OTHERS, FrankelGrade.E))
                .asComplete()
                .item(EXTRA)
                .points())
        .hasValue(points);
  }

  @ParameterizedTest(name = "{0} vertebrae -> {1} (2005), {2} (variant)")
  @CsvSource({"1,2,1", "2,1,1", "3,0,0", "5,0,0"})
  void vertebralItem_2005TableAndVariant(int n, int points2005, int pointsVariant) {
    TokuhashiInput input =
        in(80, 0, n, OrganMetastases.NONE, TokuhashiPrimary.OTHERS, FrankelGrade.E);
    assertThat(Tokuhashi.INSTANCE.evaluate(input).asComplete().item(VERT).points())
        .hasValue(points2005);
    assertThat(Tokuhashi.VERTEBRAL_1_2_0.evaluate(input).asComplete().item(VERT).points())
        .hasValue(pointsVariant);
  }

  @Test
  void vertebralCount0_isRefusedBy2005Table_andScores2InTheVariant() {
    TokuhashiInput input =
        in(80, 1, 0, OrganMetastases.NONE, TokuhashiPrimary.OTHERS, FrankelGrade.E);
    assertThatThrownBy(() -> Tokuhashi.INSTANCE.evaluate(input))
        .hasMessage("vertebral-body metastases must be >= 1 (the 2005 table starts at 1), was 0");
    assertThat(Tokuhashi.VERTEBRAL_1_2_0.evaluate(input).asComplete().item(VERT).points())
        .hasValue(2);
  }

  @Test
  void kps0_isNotApplicable() {
    assertThat(
            Tokuhashi.INSTANCE.evaluate(
                in(0, 0, 1, OrganMetastases.NONE, TokuhashiPrimary.OTHERS, FrankelGrade.E)))
        .isInstanceOf(NotApplicable.class);
  }

  @Test
  void ecog5_isNotApplicable() {
    assertThat(
            Tokuhashi.INSTANCE.evaluate(
                new TokuhashiInput(
                    ecog(5),
                    Observed.of(0),
                    Observed.of(1),
                    Observed.of(OrganMetastases.NONE),
                    TokuhashiPrimary.OTHERS,
                    Observed.of(FrankelGrade.E),
                    Observed.unknown())))
        .isInstanceOf(NotApplicable.class);
  }

  @Test
  void ecog1_convertsToKps70or80_whichScoreDifferently_soTheResultIsBounded() {
    TokuhashiInput input =
        new TokuhashiInput(
            ecog(1),
            Observed.of(0),
            Observed.of(1),
            Observed.of(OrganMetastases.NONE),
            TokuhashiPrimary.LIVER_GALLBLADDER_UNIDENTIFIED,
            Observed.of(FrankelGrade.E),
            Observed.unknown());
    Bounded b = Tokuhashi.INSTANCE.evaluate(input).asBounded();
    assertThat(b.totalRange().reachable()).containsExactly(10.0, 11.0);
    assertThat(b.openItems())
        .singleElement()
        .satisfies(o -> assertThat(o.statusText()).isEqualTo("ambiguous conversion of ECOG 1"));
    assertThat(b.determinedCategory()).contains(TokuhashiBand.SCORE_9_11);
    assertThat(b.caveats()).anyMatch(c -> c.kind() == CaveatKind.CONVERSION);
  }

  @Test
  void ecog3_convertsUnambiguously() {
    TokuhashiInput input =
        new TokuhashiInput(
            ecog(3),
            Observed.of(0),
            Observed.of(1),
            Observed.of(OrganMetastases.NONE),
            TokuhashiPrimary.OTHERS,
            Observed.of(FrankelGrade.E),
            Observed.unknown());
    assertPoints(Tokuhashi.INSTANCE.evaluate(input), 10, KPS, 0);
  }

  @Test
  void asiaIsUsedOnlyWhenFrankelIsUnknown_withACaveat() {
    TokuhashiInput input =
        new TokuhashiInput(
            kps(80),
            Observed.of(0),
            Observed.of(1),
            Observed.of(OrganMetastases.NONE),
            TokuhashiPrimary.OTHERS,
            Observed.unknown(),
            Observed.of(AsiaGrade.C));
    Complete c = assertPoints(Tokuhashi.INSTANCE.evaluate(input), 11, PALSY, 1);
    assertThat(c.caveats()).anyMatch(cv -> cv.text().contains("approximated from ASIA"));
    // the wording is unchanged by the structured item: scored as Frankel, given as ASIA
    assertThat(c.item("palsyFrankel").observed()).isEqualTo("Frankel C (from ASIA C)");
    assertThat(c.item("palsyFrankel").bandText()).isEqualTo("incomplete (C, D)");
    assertThat(c.item("palsyFrankel").input().patientField()).isEqualTo("asia");
    assertThat(c.caveats())
        .anyMatch(
            cv ->
                cv.code().equals("tokuhashi.frankelFromAsia")
                    && cv.text()
                        .equals(
                            "Frankel grade approximated from ASIA C (letters correspond only"
                                + " approximately; docs/sources.md, bone §8.2)"));
  }

  @Test
  void frankelBands_A_B_complete0_C_D_incomplete1_E_none2() {
    for (FrankelGrade f : FrankelGrade.values()) {
      TokuhashiInput input =
          new TokuhashiInput(
              kps(80),
              Observed.of(0),
              Observed.of(1),
              Observed.of(OrganMetastases.NONE),
              TokuhashiPrimary.OTHERS,
              Observed.of(f),
              Observed.unknown());
      int expected = f == FrankelGrade.E ? 2 : f == FrankelGrade.C || f == FrankelGrade.D ? 1 : 0;
      Complete c = assertPoints(Tokuhashi.INSTANCE.evaluate(input), 10 + expected, PALSY, expected);
      assertThat(c.item("palsyFrankel").observed()).isEqualTo("Frankel " + f);
      assertThat(c.item("palsyFrankel").bandText())
          .isEqualTo(
              expected == 2 ? "none (E)" : expected == 1 ? "incomplete (C, D)" : "complete (A, B)");
    }
  }

  @Test
  void removabilityUnknown_isOpenBetweenRemovableAndUnremovable() {
    TokuhashiInput input =
        in(
            80,
            0,
            1,
            OrganMetastases.PRESENT_REMOVABILITY_UNKNOWN,
            TokuhashiPrimary.LIVER_GALLBLADDER_UNIDENTIFIED,
            FrankelGrade.E);
    Bounded b = Tokuhashi.INSTANCE.evaluate(input).asBounded();
    assertThat(b.totalRange().reachable()).containsExactly(9.0, 10.0);
  }

  @Test
  void exhaustive_1458Combinations_matchAnIndependentTable() {
    int[] kpsValues = {30, 60, 90};
    int[] kpsPoints = {0, 1, 2};
    int[] extraValues = {4, 2, 0};
    int[] vertValues = {3, 2, 1};
    OrganMetastases[] organs = {
      OrganMetastases.UNREMOVABLE, OrganMetastases.REMOVABLE, OrganMetastases.NONE
    };
    FrankelGrade[] frankel = {FrankelGrade.A, FrankelGrade.C, FrankelGrade.E};
    int count = 0;
    for (int k = 0; k < 3; k++) {
      for (int e = 0; e < 3; e++) {
        for (int v = 0; v < 3; v++) {
          for (int o = 0; o < 3; o++) {
            for (TokuhashiPrimary p : TokuhashiPrimary.values()) {
              for (int f = 0; f < 3; f++) {
                int expected = kpsPoints[k] + e + v + o + p.points() + f;
                Complete c =
                    Tokuhashi.INSTANCE
                        .evaluate(
                            in(
                                kpsValues[k],
                                extraValues[e],
                                vertValues[v],
                                organs[o],
                                p,
                                frankel[f]))
                        .asComplete();
                assertThat(c.totalValue()).isEqualTo(expected);
                assertThat(c.category())
                    .contains(
                        expected <= 8
                            ? TokuhashiBand.SCORE_0_8
                            : expected <= 11
                                ? TokuhashiBand.SCORE_9_11
                                : TokuhashiBand.SCORE_12_15);
                if (p == TokuhashiPrimary.LIVER_GALLBLADDER_UNIDENTIFIED) {
                  assertThat(c.totalValue()).isLessThanOrEqualTo(11);
                }
                count++;
              }
            }
          }
        }
      }
    }
    assertThat(count).isEqualTo(1458);
  }
}
