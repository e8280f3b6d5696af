package org.hccbm.models.liver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hccbm.core.Observed;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.Complete;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples AL-1…AL-5 (liver §2.6), grade boundaries and bounded results. */
class AlbiTest {
  private static Complete albi(Bilirubin b, Albumin a) {
    return Albi.INSTANCE.evaluate(AlbiInput.of(b, a)).asComplete();
  }

  @Test
  void al1_bilirubin1point2mgDl_albumin3point5gDl_isMinus2point109_grade2b() {
    Complete c = albi(Bilirubin.mgPerDl(1.2), Albumin.gPerDl(3.5));
    assertThat(c.item("bilirubin").points().getAsDouble())
        .isCloseTo(0.66 * Math.log10(20.52), within(1e-12));
    assertThat(c.item("albumin").points().getAsDouble()).isCloseTo(-2.975, within(1e-12));
    assertThat(c.totalValue()).isCloseTo(-2.109, within(5e-4));
    assertThat(c.category()).contains(AlbiGrade.GRADE_2B);
    assertThat(c.caveats())
        .extracting(cv -> cv.kind())
        .contains(CaveatKind.CONVERSION, CaveatKind.UNVERIFIED);
    assertThat(
            Albi.COEFFICIENT_0852
                .evaluate(AlbiInput.of(Bilirubin.mgPerDl(1.2), Albumin.gPerDl(3.5)))
                .asComplete()
                .totalValue())
        .isCloseTo(-2.116, within(5e-4));
  }

  @Test
  void al2_10umol_40g_isMinus2point740_grade1() {
    Complete c = albi(Bilirubin.umolPerL(10), Albumin.gPerL(40));
    assertThat(c.totalValue()).isCloseTo(-2.740, within(5e-4));
    assertThat(c.category()).contains(AlbiGrade.GRADE_1);
    assertThat(c.caveats()).isEmpty();
    assertThat(
            Albi.COEFFICIENT_0852
                .evaluate(AlbiInput.of(Bilirubin.umolPerL(10), Albumin.gPerL(40)))
                .asComplete()
                .totalValue())
        .isCloseTo(-2.748, within(5e-4));
  }

  @Test
  void al3_15umol_38g_isMinus2point454_grade2a() {
    Complete c = albi(Bilirubin.umolPerL(15), Albumin.gPerL(38));
    assertThat(c.totalValue()).isCloseTo(-2.454, within(5e-4));
    assertThat(c.category()).contains(AlbiGrade.GRADE_2A);
  }

  @Test
  void al4_17umol_35g_isMinus2point163_grade2b() {
    Complete c = albi(Bilirubin.umolPerL(17), Albumin.gPerL(35));
    assertThat(c.totalValue()).isCloseTo(-2.163, within(5e-4));
    assertThat(c.category()).contains(AlbiGrade.GRADE_2B);
  }

  @Test
  void al5_50umol_25g_isMinus1point004_grade3() {
    Complete c = albi(Bilirubin.umolPerL(50), Albumin.gPerL(25));
    assertThat(c.totalValue()).isCloseTo(-1.004, within(5e-4));
    assertThat(c.category()).contains(AlbiGrade.GRADE_3);
    assertThat(
            Albi.COEFFICIENT_0852
                .evaluate(AlbiInput.of(Bilirubin.umolPerL(50), Albumin.gPerL(25)))
                .asComplete()
                .totalValue())
        .isCloseTo(-1.009, within(5e-4));
  }

  @ParameterizedTest(name = "ALBI {0} -> {1}")
  @CsvSource({
    "-2.6001,GRADE_1",
    "-2.60,GRADE_1",
    "-2.5999,GRADE_2A",
    "-2.5951,GRADE_2A",
    "-2.270,GRADE_2A",
    "-2.2699,GRADE_2B",
    "-1.39,GRADE_2B",
    "-1.3899,GRADE_3"
  })
  void grade_bothSidesOfEachCut_fromTheUnroundedScore(double score, AlbiGrade grade) {
    assertThat(AlbiGrade.forScore(score)).isEqualTo(grade);
  }

  @Test
  void grade_usesTheUnroundedScore_minus2point5951isGrade2NotGrade1() {
    // liver §2.4: −2.5951 rounds to −2.60 but is grade 2.
    assertThat(AlbiGrade.forScore(-2.5951).albiGrade()).isEqualTo(2);
  }

  @Test
  void unitInvariance_conventionalAndSiGiveTheSameScore() {
    Complete si = albi(Bilirubin.umolPerL(20.52), Albumin.gPerL(35));
    Complete conventional = albi(Bilirubin.mgPerDl(1.2), Albumin.gPerDl(3.5));
    assertThat(si.totalValue()).isCloseTo(conventional.totalValue(), within(1e-12));
    assertThat(si.category()).isEqualTo(conventional.category());
  }

  @Test
  void coefficientConflict_isReportedWhenTheGradeWouldDiffer() {
    // 0.66·log10(b) − 0.085·a = −2.600 exactly at a = 40, b = 10^((−2.6 + 3.4)/0.66);
    // a slightly larger bilirubin is grade 2a by −0.085 and grade 1 by −0.0852.
    double b = Math.pow(10, 0.8 / 0.66) * 1.001;
    Complete c = albi(Bilirubin.umolPerL(b), Albumin.gPerL(40));
    assertThat(c.category()).contains(AlbiGrade.GRADE_2A);
    assertThat(c.caveats())
        .anyMatch(
            cv -> cv.kind() == CaveatKind.SOURCE_CONFLICT && cv.text().contains("ALBI grade 1"));
  }

  @Test
  void unknownBilirubin_albumin40_reachesGrades1to2b_overThePlausibleRange() {
    Bounded r =
        Albi.INSTANCE
            .evaluate(new AlbiInput(Observed.unknown(), Observed.of(Albumin.gPerL(40))))
            .asBounded();
    // Issue 10 point 4: the floor is 0.1 mg/dL = 1.71 umol/L, the smallest value reported.
    assertThat(r.totalRange().min()).isCloseTo(0.66 * Math.log10(1.71) - 3.4, within(1e-12));
    assertThat(r.totalRange().max()).isCloseTo(0.66 * Math.log10(855) - 3.4, within(1e-12));
    assertThat(r.totalRange().reachable()).isEmpty();
    assertThat(r.reachableCategories())
        .containsExactly(AlbiGrade.GRADE_1, AlbiGrade.GRADE_2A, AlbiGrade.GRADE_2B);
    assertThat(r.decidingItems()).containsExactly("Bilirubin");
    assertThat(r.openItems())
        .singleElement()
        .satisfies(
            o ->
                assertThat(org.hccbm.core.result.Renderer.english().possible(o.possible()))
                    .contains("1.71–855 umol/L"));
  }

  @Test
  void unknownBilirubin_albumin25_isGrade2bOr3() {
    Bounded r =
        Albi.INSTANCE
            .evaluate(new AlbiInput(Observed.unknown(), Observed.of(Albumin.gPerL(25))))
            .asBounded();
    assertThat(r.reachableCategories()).containsExactly(AlbiGrade.GRADE_2B, AlbiGrade.GRADE_3);
  }

  @Test
  void unknownBilirubin_albumin55_isDeterminedGrade1() {
    Bounded r =
        Albi.INSTANCE
            .evaluate(new AlbiInput(Observed.unknown(), Observed.of(Albumin.gPerL(55))))
            .asBounded();
    assertThat(r.determinedCategory()).contains(AlbiGrade.GRADE_1);
    assertThat(r.decidingItems()).isEmpty();
  }

  @Test
  void bothUnknown_reachEveryGrade() {
    Bounded r =
        Albi.INSTANCE.evaluate(new AlbiInput(Observed.unknown(), Observed.unknown())).asBounded();
    assertThat(r.reachableCategories()).hasSize(4);
    assertThat(r.decidingItems()).containsExactly("Bilirubin", "Albumin");
  }
}
