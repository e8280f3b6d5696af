package org.hccbm.models.liver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hccbm.core.Diameter;
import org.hccbm.core.Observed;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.Quantity;
import org.hccbm.core.tumour.AjccN;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.core.tumour.PrimaryHcc;
import org.hccbm.models.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A nodule count without sizes (issue 10, point 7): a known count of four or more decides Milan and
 * UCSF (beyond: "2–3 tumours" is the most either allows, liver §5, MI-5) and BCLC's burden (beyond
 * A: "single, or ≤ 3 nodules", §4.1, "PS 0, four nodules → B"); with one to three nodules the
 * result is bounded over what the sizes could be, never imputed.
 */
class NoduleCountTest {
  private static TransplantCriteriaInput criteria(
      int count, Observed<Boolean> macro, Observed<Boolean> spread) {
    return new TransplantCriteriaInput(Observed.unknown(), macro, spread, Observed.of(count));
  }

  private static BclcInput bclc(int count, boolean spread) {
    return new BclcInput(
        Observed.of(PerformanceStatus.of(Ecog.of(0))),
        Observed.of(true),
        List.of(ChildPughClass.A),
        Observed.unknown(),
        Observed.of(false),
        Observed.of(spread),
        Observed.of(count));
  }

  /**
   * The one category a result allows: complete, or bounded with every completion in one category
   * (the engine may report the latter either way; what matters here is that only one is reachable).
   */
  private static Object category(ModelResult r) {
    if (r.isBounded()) {
      Bounded b = r.asBounded();
      assertThat(b.decidingItems()).doesNotContain("Tumour burden");
      return b.determinedCategory().orElseThrow();
    }
    return r.asComplete().category().orElseThrow();
  }

  @ParameterizedTest(name = "{0} nodules, sizes unknown: beyond")
  @ValueSource(ints = {4, 5, 12})
  void fourOrMoreNodules_areBeyondMilanAndUcsf_whateverTheSizes(int count) {
    for (Score<TransplantCriteriaInput> m : List.of(Milan.INSTANCE, Ucsf.INSTANCE)) {
      ModelResult r = m.evaluate(criteria(count, Observed.of(false), Observed.of(false)));
      assertThat(r).isInstanceOf(Complete.class);
      assertThat(category(r)).as(m.info().id()).isEqualTo(CriteriaStatus.BEYOND);
      assertThat(r.caveats())
          .anyMatch(
              c ->
                  c.text()
                      .equals(
                          count
                              + " nodules recorded without "
                              + "sizes: more than 3 nodules is beyond the criteria whatever their sizes"));
      assertThat(r.caveats())
          .anyMatch(
              c ->
                  c.code().equals("transplant.countBeyond")
                      && c.args().equals(List.of(Quantity.of(count, ""))));
    }
  }

  @Test
  void fourNodules_decideMilan_evenWithInvasionAndSpreadUnknown() {
    // MI-5 literal reading (errata): four nodules are out whatever the unknowns.
    assertThat(
            category(Milan.INSTANCE.evaluate(criteria(4, Observed.unknown(), Observed.unknown()))))
        .isEqualTo(CriteriaStatus.BEYOND);
  }

  @ParameterizedTest(name = "{0} nodules, sizes unknown: within or beyond")
  @ValueSource(ints = {1, 2, 3})
  void oneToThreeNodules_areBoundedOverTheSizes(int count) {
    for (Score<TransplantCriteriaInput> m : List.of(Milan.INSTANCE, Ucsf.INSTANCE)) {
      Bounded b = m.evaluate(criteria(count, Observed.of(false), Observed.of(false))).asBounded();
      assertThat(b.reachableCategories())
          .as(m.info().id())
          .containsExactly(CriteriaStatus.WITHIN, CriteriaStatus.BEYOND);
      assertThat(b.decidingItems()).containsExactly("Tumour burden");
      String shown = count + (count == 1 ? " nodule" : " nodules") + ", sizes not measured";
      assertThat(b.openItems())
          .singleElement()
          .satisfies(o -> assertThat(o.statusText()).isEqualTo(shown));
      assertThat(b.caveats())
          .anyMatch(
              c ->
                  c.text()
                      .equals(
                          shown + ": within or beyond " + "depending on the sizes, not imputed"));
      String code = count == 1 ? "transplant.oneNoduleUnsized" : "transplant.nodulesUnsized";
      assertThat(b.caveats())
          .anyMatch(c -> c.code().equals(code) && c.args().equals(List.of(Quantity.of(count, ""))));
    }
  }

  @Test
  void threeNodulesWithInvasion_isBeyond_theCountNeedNotDecide() {
    assertThat(
            category(Milan.INSTANCE.evaluate(criteria(3, Observed.of(true), Observed.of(false)))))
        .isEqualTo(CriteriaStatus.BEYOND);
    assertThat(category(Ucsf.INSTANCE.evaluate(criteria(2, Observed.of(false), Observed.of(true)))))
        .isEqualTo(CriteriaStatus.BEYOND);
  }

  @Test
  void bclc_oneNodule_isStage0OrA() {
    Bounded b = Bclc.INSTANCE.evaluate(bclc(1, false)).asBounded();
    assertThat(b.reachableCategories()).containsExactly(BclcStage.STAGE_0, BclcStage.A);
    assertThat(b.decidingItems()).containsExactly("Tumour burden");
  }

  @ParameterizedTest(name = "BCLC, {0} nodules: A or B")
  @ValueSource(ints = {2, 3})
  void bclc_twoOrThreeNodules_areAOrB(int count) {
    Bounded b = Bclc.INSTANCE.evaluate(bclc(count, false)).asBounded();
    assertThat(b.reachableCategories()).containsExactly(BclcStage.A, BclcStage.B);
  }

  @ParameterizedTest(name = "BCLC, {0} nodules: B")
  @ValueSource(ints = {4, 7})
  void bclc_fourOrMoreNodules_areB(int count) {
    // Worked example of liver §4.1 (docs/sources.md): "PS 0, four nodules → B".
    assertThat(Bclc.INSTANCE.evaluate(bclc(count, false))).isInstanceOf(Complete.class);
    assertThat(category(Bclc.INSTANCE.evaluate(bclc(count, false)))).isEqualTo(BclcStage.B);
  }

  @Test
  void bclc_knownSizes_takePrecedenceOverTheCount() {
    BclcInput single =
        new BclcInput(
            Observed.of(PerformanceStatus.of(Ecog.of(0))),
            Observed.of(true),
            List.of(ChildPughClass.A),
            Observed.of(IntrahepaticTumour.of(Diameter.cm(1.5))),
            Observed.of(false),
            Observed.of(false),
            Observed.of(1));
    assertThat(Bclc.INSTANCE.evaluate(single)).isInstanceOf(Complete.class);
    assertThat(category(Bclc.INSTANCE.evaluate(single))).isEqualTo(BclcStage.STAGE_0);
  }

  @Test
  void bclc_withSpread_theCountCannotChangeTheStage_andDoesNotBoundIt() {
    assertThat(category(Bclc.INSTANCE.evaluate(bclc(2, true)))).isEqualTo(BclcStage.C);
  }

  @Test
  void knownSizes_takePrecedence_andAgreeWithTheCount() {
    IntrahepaticTumour two = IntrahepaticTumour.of(Diameter.cm(2.5), Diameter.cm(2.8));
    PrimaryHcc p =
        PrimaryHcc.builder()
            .intrahepatic(two)
            .noduleCount(2)
            .macrovascularInvasion(false)
            .ajccN(AjccN.N0)
            .build();
    assertThat(p.knownNoduleCount()).hasValue(2);
    Patient patient =
        Patient.builder("x")
            .performanceStatus(PerformanceStatus.of(Ecog.of(0)))
            .performanceStatusCancerRelated(true)
            .primary(p)
            .extraskeletalMetastases(List.of())
            .boneLesions(List.of())
            .build();
    assertThat(category(Milan.INSTANCE.evaluate(patient))).isEqualTo(CriteriaStatus.WITHIN);
  }

  @Test
  void patient_twoNodulesUnmeasured_withoutSpread_isBoundedForMilanUcsfAndBclc() {
    Patient p =
        Patient.builder("p")
            .performanceStatus(PerformanceStatus.of(Ecog.of(0)))
            .performanceStatusCancerRelated(true)
            .primary(
                PrimaryHcc.builder()
                    .noduleCount(2)
                    .macrovascularInvasion(false)
                    .ajccN(AjccN.N0)
                    .build())
            .extraskeletalMetastases(List.of())
            .boneLesions(List.of())
            .build();
    assertThat(p.primary().knownNoduleCount()).hasValue(2);
    assertThat(Milan.INSTANCE.evaluate(p)).isInstanceOf(Bounded.class);
    assertThat(Ucsf.INSTANCE.evaluate(p)).isInstanceOf(Bounded.class);
    // Child–Pugh unknown as well: BCLC A, B (preserved) or D (class C); never 0 with two nodules.
    assertThat(Bclc.INSTANCE.evaluate(p).asBounded().reachableCategories())
        .containsExactly(BclcStage.A, BclcStage.B, BclcStage.D);
  }

  @Test
  void revisions_milanUcsfBclc_are2() {
    assertThat(Milan.INSTANCE.info().revision()).isEqualTo(2);
    assertThat(Ucsf.INSTANCE.info().revision()).isEqualTo(2);
    assertThat(Bclc.INSTANCE.info().revision()).isEqualTo(2);
  }
}
