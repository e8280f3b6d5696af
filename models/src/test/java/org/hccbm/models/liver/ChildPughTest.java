package org.hccbm.models.liver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hccbm.core.Observed;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.PtProlongation;
import org.hccbm.core.liver.Ascites;
import org.hccbm.core.liver.Encephalopathy;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ModelResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples CP-1…CP-6 (liver §1.4), boundaries (§1.3) and bounded results. */
class ChildPughTest {
  private static Complete score(ChildPughInput in) {
    return ChildPugh.INSTANCE.evaluate(in).asComplete();
  }

  private static ChildPughInput input(
      double biliMgDl, double albGdl, double inr, Ascites ascites, Encephalopathy he) {
    return ChildPughInput.of(
        Bilirubin.mgPerDl(biliMgDl), Albumin.gPerDl(albGdl), Inr.ratio(inr), ascites, he);
  }

  private static void assertItems(Complete c, int bili, int alb, int inr, int asc, int he) {
    assertThat(c.item("bilirubin").points()).hasValue(bili);
    assertThat(c.item("albumin").points()).hasValue(alb);
    assertThat(c.item("inr").points()).hasValue(inr);
    assertThat(c.item("ascites").points()).hasValue(asc);
    assertThat(c.item("encephalopathy").points()).hasValue(he);
  }

  @Test
  void cp1_allNormal_scores5_classA() {
    Complete c = score(input(1.5, 3.8, 1.2, Ascites.NONE, Encephalopathy.NONE));
    assertItems(c, 1, 1, 1, 1, 1);
    assertThat(c.totalValue()).isEqualTo(5);
    assertThat(c.category()).contains(ChildPughClass.A);
  }

  @Test
  void cp2_scores9_classB() {
    Complete c = score(input(2.5, 3.0, 1.8, Ascites.MILD, Encephalopathy.NONE));
    assertItems(c, 2, 2, 2, 2, 1);
    assertThat(c.totalValue()).isEqualTo(9);
    assertThat(c.category()).contains(ChildPughClass.B);
  }

  @Test
  void cp3_scores15_classC() {
    Complete c = score(input(4.0, 2.5, 2.5, Ascites.MODERATE, Encephalopathy.GRADE_3));
    assertItems(c, 3, 3, 3, 3, 3);
    assertThat(c.totalValue()).isEqualTo(15);
    assertThat(c.category()).contains(ChildPughClass.C);
  }

  @Test
  void cp4_boundaryValues_scoreTheMiddleBand_8_classB() {
    Complete c = score(input(2.0, 3.5, 1.7, Ascites.NONE, Encephalopathy.NONE));
    assertItems(c, 2, 2, 2, 1, 1);
    assertThat(c.totalValue()).isEqualTo(8);
    assertThat(c.category()).contains(ChildPughClass.B);
  }

  @Test
  void cp5_pbcVariant_bilirubin5_scores2_total6_classA() {
    Complete c =
        score(input(5.0, 3.6, 1.1, Ascites.NONE, Encephalopathy.NONE).withCholestaticDisease(true));
    assertItems(c, 2, 1, 1, 1, 1);
    assertThat(c.item("bilirubin").bandText()).isEqualTo("4–10 mg/dL (PBC/PSC bands)");
    assertThat(c.totalValue()).isEqualTo(6);
    assertThat(c.category()).contains(ChildPughClass.A);
  }

  @Test
  void cp6_albumin2point9_isA_underPugh_andB_underThe3point0Variant() {
    ChildPughInput in = input(1.0, 2.9, 1.0, Ascites.NONE, Encephalopathy.NONE);
    Complete pugh = score(in);
    assertItems(pugh, 1, 2, 1, 1, 1);
    assertThat(pugh.category()).contains(ChildPughClass.A);
    assertThat(pugh.caveats()).anyMatch(cv -> cv.kind() == CaveatKind.SOURCE_CONFLICT);
    Complete variant = ChildPugh.ALBUMIN_3_0.evaluate(in).asComplete();
    assertItems(variant, 1, 3, 1, 1, 1);
    assertThat(variant.totalValue()).isEqualTo(7);
    assertThat(variant.category()).contains(ChildPughClass.B);
    assertThat(variant.model().id()).isEqualTo(pugh.model().id());
    assertThat(variant.model().variant()).contains("3.0–3.5").isNotEqualTo(pugh.model().variant());
  }

  @ParameterizedTest(name = "bilirubin {0} mg/dL -> {1}")
  @CsvSource({"1.99,1", "2.0,2", "3.0,2", "3.01,3"})
  void bilirubin_mgPerDl_bothSidesOfEachCut(double v, int points) {
    assertThat(
            score(input(v, 3.8, 1.0, Ascites.NONE, Encephalopathy.NONE)).item("bilirubin").points())
        .hasValue(points);
  }

  @ParameterizedTest(name = "PBC bilirubin {0} mg/dL -> {1}")
  @CsvSource({"3.99,1", "4.0,2", "10.0,2", "10.01,3"})
  void cholestaticBilirubin_bothSidesOfEachCut(double v, int points) {
    assertThat(
            score(
                    input(v, 3.8, 1.0, Ascites.NONE, Encephalopathy.NONE)
                        .withCholestaticDisease(true))
                .item("bilirubin")
                .points())
        .hasValue(points);
  }

  @ParameterizedTest(name = "albumin {0} g/dL -> {1}")
  @CsvSource({"3.51,1", "3.5,2", "2.8,2", "2.79,3"})
  void albumin_bothSidesOfEachCut(double v, int points) {
    assertThat(
            score(input(1.0, v, 1.0, Ascites.NONE, Encephalopathy.NONE)).item("albumin").points())
        .hasValue(points);
  }

  @ParameterizedTest(name = "variant albumin {0} g/dL -> {1}")
  @CsvSource({"3.0,2", "2.99,3"})
  void albuminVariant_bothSidesOfItsLowCut(double v, int points) {
    Complete c =
        ChildPugh.ALBUMIN_3_0
            .evaluate(input(1.0, v, 1.0, Ascites.NONE, Encephalopathy.NONE))
            .asComplete();
    assertThat(c.item("albumin").points()).hasValue(points);
  }

  @ParameterizedTest(name = "INR {0} -> {1}")
  @CsvSource({"1.69,1", "1.7,2", "2.3,2", "2.31,3"})
  void inr_bothSidesOfEachCut(double v, int points) {
    assertThat(score(input(1.0, 3.8, v, Ascites.NONE, Encephalopathy.NONE)).item("inr").points())
        .hasValue(points);
  }

  @ParameterizedTest(name = "PT +{0} s -> {1}")
  @CsvSource({"3.99,1", "4.0,2", "6.0,2", "6.01,3"})
  void ptProlongation_usedWhenInrUnknown_bothSidesOfEachCut(double s, int points) {
    ChildPughInput in =
        new ChildPughInput(
            Observed.of(Bilirubin.mgPerDl(1)),
            Observed.of(Albumin.gPerDl(3.8)),
            Observed.unknown(),
            Observed.of(PtProlongation.seconds(s)),
            Observed.of(Ascites.NONE),
            Observed.of(Encephalopathy.NONE),
            Observed.of(false));
    Complete c = score(in);
    assertThat(c.item("ptProlongation").points()).hasValue(points);
    assertThat(c.caveats()).anyMatch(cv -> cv.text().contains("exactly 4 s scores 2"));
  }

  @Test
  void inrAndPtBothKnown_usesInr() {
    ChildPughInput in =
        new ChildPughInput(
            Observed.of(Bilirubin.mgPerDl(1)),
            Observed.of(Albumin.gPerDl(3.8)),
            Observed.of(Inr.ratio(1.0)),
            Observed.of(PtProlongation.seconds(7)),
            Observed.of(Ascites.NONE),
            Observed.of(Encephalopathy.NONE),
            Observed.of(false));
    assertThat(score(in).item("inr").points()).hasValue(1);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"NONE,1", "MILD,2", "MODERATE,3", "SEVERE,3"})
  void ascites_everyGrade(Ascites a, int points) {
    assertThat(score(input(1.0, 3.8, 1.0, a, Encephalopathy.NONE)).item("ascites").points())
        .hasValue(points);
  }

  @ParameterizedTest(name = "HE {0} -> {1}")
  @CsvSource({"0,1", "1,2", "2,2", "3,3", "4,3"})
  void encephalopathy_everyGrade(int grade, int points) {
    assertThat(
            score(input(1.0, 3.8, 1.0, Ascites.NONE, Encephalopathy.of(grade)))
                .item("encephalopathy")
                .points())
        .hasValue(points);
  }

  @ParameterizedTest(name = "total {0} -> {1}")
  @CsvSource({"5,A", "6,A", "7,B", "9,B", "10,C", "15,C"})
  void class_bothSidesOfEachCut(int total, ChildPughClass expected) {
    assertThat(ChildPughClass.forTotal(total)).isEqualTo(expected);
  }

  // --- units: the same patient in SI and conventional units scores the same, except in the U-2
  // gaps

  @ParameterizedTest(name = "bilirubin {0} mg/dL in umol/L")
  @CsvSource({"1.0", "1.5", "2.5", "2.9", "3.5", "6.0"})
  void unitInvariance_awayFromTheSiGaps(double mgDl) {
    Complete conventional = score(input(mgDl, 3.1, 1.2, Ascites.NONE, Encephalopathy.NONE));
    Complete si =
        score(
            ChildPughInput.of(
                Bilirubin.umolPerL(mgDl * 17.1),
                Albumin.gPerL(31),
                Inr.ratio(1.2),
                Ascites.NONE,
                Encephalopathy.NONE));
    assertThat(si.totalValue()).isEqualTo(conventional.totalValue());
    assertThat(si.item("albumin").points()).isEqualTo(conventional.item("albumin").points());
    assertThat(si.caveats()).noneMatch(cv -> cv.kind() == CaveatKind.SOURCE_CONFLICT);
  }

  @Test
  void siGapLow_34umol_scores2_natively_with_a_caveat() {
    // 34 umol/L = 1.988 mg/dL: the native SI table says 2 points, the mg/dL table 1 (U-2).
    Complete c =
        score(
            ChildPughInput.of(
                Bilirubin.umolPerL(34),
                Albumin.gPerL(40),
                Inr.ratio(1),
                Ascites.NONE,
                Encephalopathy.NONE));
    assertThat(c.item("bilirubin").points()).hasValue(2);
    assertThat(c.item("bilirubin").bandText()).isEqualTo("34–51 umol/L");
    assertThat(c.caveats())
        .singleElement()
        .satisfies(
            cv -> assertThat(cv.text()).contains("converted to 1.988 mg/dL it would score 1"));
    assertThat(
            score(
                    ChildPughInput.of(
                        Bilirubin.umolPerL(33.9),
                        Albumin.gPerL(40),
                        Inr.ratio(1),
                        Ascites.NONE,
                        Encephalopathy.NONE))
                .item("bilirubin")
                .points())
        .hasValue(1);
  }

  @Test
  void siGapHigh_51point2umol_scores3_natively_with_a_caveat() {
    // 51.2 umol/L = 2.994 mg/dL: SI table > 51 -> 3; mg/dL table 2-3 -> 2.
    Complete c =
        score(
            ChildPughInput.of(
                Bilirubin.umolPerL(51.2),
                Albumin.gPerL(40),
                Inr.ratio(1),
                Ascites.NONE,
                Encephalopathy.NONE));
    assertThat(c.item("bilirubin").points()).hasValue(3);
    assertThat(c.caveats()).anyMatch(cv -> cv.text().contains("it would score 2"));
    assertThat(
            score(
                    ChildPughInput.of(
                        Bilirubin.umolPerL(51),
                        Albumin.gPerL(40),
                        Inr.ratio(1),
                        Ascites.NONE,
                        Encephalopathy.NONE))
                .item("bilirubin")
                .points())
        .hasValue(2);
  }

  @Test
  void cholestaticSiUpperCut_is170asPrinted_170point5scores3() {
    ChildPughInput in =
        ChildPughInput.of(
                Bilirubin.umolPerL(170.5),
                Albumin.gPerL(40),
                Inr.ratio(1),
                Ascites.NONE,
                Encephalopathy.NONE)
            .withCholestaticDisease(true);
    Complete c = score(in);
    assertThat(c.item("bilirubin").points()).hasValue(3);
    assertThat(c.caveats()).anyMatch(cv -> cv.text().contains("it would score 2"));
    ChildPughInput at170 =
        ChildPughInput.of(
                Bilirubin.umolPerL(170),
                Albumin.gPerL(40),
                Inr.ratio(1),
                Ascites.NONE,
                Encephalopathy.NONE)
            .withCholestaticDisease(true);
    assertThat(score(at170).item("bilirubin").points()).hasValue(2);
  }

  @ParameterizedTest(name = "albumin {0} g/L -> {1}")
  @CsvSource({"35.1,1", "35,2", "28,2", "27.9,3"})
  void albumin_gPerL_nativeTable_bothSidesOfEachCut(double v, int points) {
    assertThat(
            score(
                    ChildPughInput.of(
                        Bilirubin.mgPerDl(1),
                        Albumin.gPerL(v),
                        Inr.ratio(1),
                        Ascites.NONE,
                        Encephalopathy.NONE))
                .item("albumin")
                .points())
        .hasValue(points);
  }

  // --- bounded results (DESIGN.md §4)

  private static ChildPughInput withUnknownLiverItems(double bili, double alb, double inr) {
    return new ChildPughInput(
        Observed.of(Bilirubin.mgPerDl(bili)),
        Observed.of(Albumin.gPerDl(alb)),
        Observed.of(Inr.ratio(inr)),
        Observed.unknown(),
        Observed.unknown(),
        Observed.unknown(),
        Observed.of(false));
  }

  @Test
  void unknownEncephalopathyAndAscites_rest3points_reachesAtoC() {
    Bounded b = ChildPugh.INSTANCE.evaluate(withUnknownLiverItems(1.0, 3.8, 1.0)).asBounded();
    assertThat(b.totalRange().reachable()).containsExactly(5.0, 6.0, 7.0, 8.0, 9.0);
    assertThat(b.reachableCategories()).containsExactly(ChildPughClass.A, ChildPughClass.B);
    assertThat(b.decidingItems()).containsExactly("Ascites", "Hepatic encephalopathy");
    assertThat(b.openItems())
        .extracting(o -> o.item())
        .containsExactly("Ascites", "Hepatic encephalopathy");
    assertThat(b.knownItems()).hasSize(3);
    assertThat(b.determinedCategory()).isEmpty();
  }

  @Test
  void unknownEncephalopathy_with7FromTheRest_isBorC() {
    // DESIGN.md §4: "with unknown encephalopathy and 7 points from the rest: class B or C".
    ChildPughInput in =
        new ChildPughInput(
            Observed.of(Bilirubin.mgPerDl(2.5)),
            Observed.of(Albumin.gPerDl(3.0)),
            Observed.of(Inr.ratio(1.8)),
            Observed.unknown(),
            Observed.of(Ascites.NONE),
            Observed.unknown(),
            Observed.of(false));
    Bounded b = ChildPugh.INSTANCE.evaluate(in).asBounded();
    assertThat(b.totalRange().reachable()).containsExactly(8.0, 9.0, 10.0);
    assertThat(b.reachableCategories()).containsExactly(ChildPughClass.B, ChildPughClass.C);
    assertThat(b.decidingItems()).containsExactly("Hepatic encephalopathy");
  }

  @Test
  void unknownEncephalopathy_with4FromTheRest_isAorB() {
    // DESIGN.md §4: "with 5 points from the rest and only encephalopathy unknown it is A or B".
    ChildPughInput in =
        new ChildPughInput(
            Observed.of(Bilirubin.mgPerDl(1)),
            Observed.of(Albumin.gPerDl(3.8)),
            Observed.of(Inr.ratio(1)),
            Observed.unknown(),
            Observed.of(Ascites.MILD),
            Observed.unknown(),
            Observed.of(false));
    Bounded b = ChildPugh.INSTANCE.evaluate(in).asBounded();
    assertThat(b.totalRange().reachable()).containsExactly(6.0, 7.0, 8.0);
    assertThat(b.reachableCategories()).containsExactly(ChildPughClass.A, ChildPughClass.B);
  }

  @Test
  void unknownEncephalopathy_deepInClassC_isDetermined() {
    ChildPughInput in =
        new ChildPughInput(
            Observed.of(Bilirubin.mgPerDl(4)),
            Observed.of(Albumin.gPerDl(2.5)),
            Observed.of(Inr.ratio(2.5)),
            Observed.unknown(),
            Observed.of(Ascites.SEVERE),
            Observed.unknown(),
            Observed.of(false));
    Bounded b = ChildPugh.INSTANCE.evaluate(in).asBounded();
    assertThat(b.totalRange().min()).isEqualTo(13);
    assertThat(b.determinedCategory()).contains(ChildPughClass.C);
    assertThat(b.decidingItems()).isEmpty();
  }

  @Test
  void unknownCholestaticDisease_opensBilirubinOnlyWhereTablesDisagree() {
    ModelResult agree =
        ChildPugh.INSTANCE.evaluate(
            new ChildPughInput(
                Observed.of(Bilirubin.mgPerDl(1.5)),
                Observed.of(Albumin.gPerDl(3.8)),
                Observed.of(Inr.ratio(1)),
                Observed.unknown(),
                Observed.of(Ascites.NONE),
                Observed.of(Encephalopathy.NONE),
                Observed.unknown()));
    assertThat(agree).isInstanceOf(Complete.class);
    assertThat(agree.asComplete().item("bilirubin").points()).hasValue(1);
    Bounded differ =
        ChildPugh.INSTANCE
            .evaluate(
                new ChildPughInput(
                    Observed.of(Bilirubin.mgPerDl(2.5)),
                    Observed.of(Albumin.gPerDl(3.8)),
                    Observed.of(Inr.ratio(1)),
                    Observed.unknown(),
                    Observed.of(Ascites.NONE),
                    Observed.of(Encephalopathy.NONE),
                    Observed.unknown()))
            .asBounded();
    assertThat(differ.openItems())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.item()).isEqualTo("Bilirubin");
              assertThat(o.minPoints()).isEqualTo(1);
              assertThat(o.maxPoints()).isEqualTo(2);
            });
    assertThat(differ.reachableCategories()).containsExactly(ChildPughClass.A);
    assertThat(differ.determinedCategory()).contains(ChildPughClass.A);
  }

  @Test
  void everyItemUnknown_reaches5to15() {
    Bounded b =
        ChildPugh.INSTANCE
            .evaluate(
                new ChildPughInput(
                    Observed.unknown(),
                    Observed.unknown(),
                    Observed.unknown(),
                    Observed.unknown(),
                    Observed.unknown(),
                    Observed.unknown(),
                    Observed.unknown()))
            .asBounded();
    assertThat(b.totalRange().min()).isEqualTo(5);
    assertThat(b.totalRange().max()).isEqualTo(15);
    assertThat(b.reachableCategories())
        .containsExactly(ChildPughClass.A, ChildPughClass.B, ChildPughClass.C);
    assertThat(b.openItems())
        .extracting(o -> o.item())
        .containsExactly(
            "Bilirubin", "Albumin", "INR or PT prolongation", "Ascites", "Hepatic encephalopathy");
  }

  @Test
  void render_showsEveryItemAndTheClass() {
    String text = score(input(2.5, 3.0, 1.8, Ascites.MILD, Encephalopathy.NONE)).render();
    assertThat(text)
        .contains("Bilirubin: 2.5 mg/dL → 2–3 mg/dL = 2")
        .contains("Albumin: 3 g/dL → 2.8–3.5 g/dL = 2")
        .contains("Total: 9")
        .contains("Category: Child–Pugh class B");
  }

  @Test
  void exhaustive_everyBandCombination_totalIsTheSumAndClassFollowsTotal() {
    double[] bili = {1.0, 2.5, 4.0};
    double[] alb = {3.8, 3.0, 2.5};
    double[] inr = {1.2, 2.0, 2.5};
    List<Ascites> asc = List.of(Ascites.NONE, Ascites.MILD, Ascites.SEVERE);
    List<Encephalopathy> he =
        List.of(Encephalopathy.NONE, Encephalopathy.GRADE_2, Encephalopathy.GRADE_4);
    int checked = 0;
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < 3; b++) {
        for (int c = 0; c < 3; c++) {
          for (int d = 0; d < 3; d++) {
            for (int e = 0; e < 3; e++) {
              Complete r = score(input(bili[a], alb[b], inr[c], asc.get(d), he.get(e)));
              int expected = a + b + c + d + e + 5;
              assertThat(r.totalValue()).isEqualTo(expected);
              assertThat(r.category())
                  .contains(
                      expected <= 6
                          ? ChildPughClass.A
                          : expected <= 9 ? ChildPughClass.B : ChildPughClass.C);
              checked++;
            }
          }
        }
      }
    }
    assertThat(checked).isEqualTo(243);
  }

  @ParameterizedTest(name = "albumin {0} g/dL: variant caveat {1}")
  @CsvSource({"2.79,false", "2.8,true", "2.99,true", "3.0,false"})
  void albuminVariantCaveat_onlyWhereTheTwoAlbuminTablesDisagree(double v, boolean caveat) {
    ChildPughInput in = input(1.0, v, 1.0, Ascites.NONE, Encephalopathy.NONE);
    Complete pugh = score(in);
    Complete variant = ChildPugh.ALBUMIN_3_0.evaluate(in).asComplete();
    if (caveat) {
      assertThat(pugh.caveats())
          .anyMatch(
              cv ->
                  cv.text()
                      .equals(
                          "albumin "
                              + in.albumin().known().orElseThrow()
                              + " scores 2 here; it would score 3 under the 3.0 g/dL albumin "
                              + "variant (U-1)"));
      assertThat(variant.caveats())
          .anyMatch(
              cv ->
                  cv.text()
                      .equals(
                          "albumin "
                              + in.albumin().known().orElseThrow()
                              + " scores 3 here; it would score 2 under the 2.8 g/dL albumin "
                              + "variant (U-1)"));
    } else {
      assertThat(pugh.caveats()).noneMatch(cv -> cv.kind() == CaveatKind.SOURCE_CONFLICT);
      assertThat(variant.caveats()).noneMatch(cv -> cv.kind() == CaveatKind.SOURCE_CONFLICT);
    }
  }
}
