package org.hccbm.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hccbm.core.Observed;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.result.OpenItem;
import org.hccbm.models.Models;
import org.hccbm.models.Models.Evaluation;
import org.hccbm.models.bone.KatagiriGroup;
import org.hccbm.models.bone.SinsCategory;
import org.hccbm.models.liver.AlbiGrade;
import org.hccbm.models.liver.BclcStage;
import org.hccbm.models.liver.ChildPughClass;
import org.junit.jupiter.api.Test;

/** Pins the headline results each {@link EdgeCases} patient documents. */
class EdgeCasesTest {
  private static ModelResult result(Patient p, String modelId) {
    return Models.evaluate(p).stream()
        .filter(e -> e.model().id().equals(modelId))
        .findFirst()
        .map(Evaluation::result)
        .orElseThrow();
  }

  private static Complete complete(Patient p, String modelId) {
    return HccbmAssertions.assertThat(result(p, modelId)).asComplete();
  }

  private static Bounded bounded(Patient p, String modelId) {
    return HccbmAssertions.assertThat(result(p, modelId)).asBounded();
  }

  @Test
  void childPughC_scores15_albi3_bclcD() {
    Patient p = EdgeCases.childPughC();
    assertThat(complete(p, "child-pugh").totalValue()).isEqualTo(15.0);
    assertThat(complete(p, "child-pugh").category()).contains(ChildPughClass.C);
    assertThat(complete(p, "albi").category()).contains(AlbiGrade.GRADE_3);
    assertThat(complete(p, "bclc-2022").category()).contains(BclcStage.D);
    assertThat(complete(p, "sins").category()).contains(SinsCategory.UNSTABLE);
  }

  @Test
  void ecog4_childPughA_bclcD_katagiriHigh() {
    Patient p = EdgeCases.ecog4();
    assertThat(complete(p, "child-pugh").category()).contains(ChildPughClass.A);
    assertThat(complete(p, "bclc-2022").category()).contains(BclcStage.D);
    assertThat(complete(p, "katagiri-new").totalValue()).isEqualTo(9.0);
    assertThat(complete(p, "katagiri-new").category()).contains(KatagiriGroup.HIGH);
    // the only change from H-1 is the performance status: H-1 is BCLC C
    assertThat(complete(Fixtures.h1(), "bclc-2022").category()).contains(BclcStage.C);
  }

  @Test
  void cordCompressionFrankelE_isIntact_sins9() {
    Patient p = EdgeCases.cordCompressionFrankelE();
    assertThat(p.frankel()).isEqualTo(Observed.of(org.hccbm.core.neuro.FrankelGrade.E));
    assertThat(p.boneLesions().known().orElseThrow().get(0).escc())
        .isEqualTo(Observed.of(org.hccbm.core.lesion.EsccGrade.GRADE_3));
    assertThat(complete(p, "child-pugh").category()).contains(ChildPughClass.A);
    assertThat(complete(p, "sins").totalValue()).isEqualTo(9.0);
    assertThat(complete(p, "sins").category()).contains(SinsCategory.POTENTIALLY_UNSTABLE);
    assertThat(complete(p, "bclc-2022").category()).contains(BclcStage.C);
  }

  @Test
  void onDialysis_meld20_meldNa20_meld3BoundedBySexAndAge() {
    Patient p = EdgeCases.onDialysis();
    assertThat(complete(p, "meld").totalValue()).isEqualTo(20.0);
    assertThat(complete(p, "meld-na").totalValue()).isEqualTo(20.0);
    Bounded meld3 = bounded(p, "meld-3.0");
    assertThat(meld3.totals().orElseThrow().reachable()).containsExactly(18.0, 20.0);
    assertThat(meld3.openItems()).extracting(OpenItem::item).containsExactly("Sex", "Age");
    // H-2 off dialysis with creatinine 0.8 scores MELD 6
    assertThat(complete(Fixtures.h2(), "meld").totalValue()).isEqualTo(6.0);
  }

  @Test
  void everyUnknown_noCompleteResult_childPughSpansEveryClass() {
    Patient p = EdgeCases.everyUnknown();
    List<Evaluation> all = Models.evaluate(p);
    assertThat(all)
        .extracting(Evaluation::result)
        .allSatisfy(r -> assertThat(r).isNotInstanceOf(Complete.class));
    Bounded cp = bounded(p, "child-pugh");
    assertThat(cp.totals().orElseThrow().min()).isEqualTo(5.0);
    assertThat(cp.totals().orElseThrow().max()).isEqualTo(15.0);
    assertThat(cp.reachableCategories())
        .containsExactly(ChildPughClass.A, ChildPughClass.B, ChildPughClass.C);
    assertThat(result(p, "sins")).isInstanceOf(NotApplicable.class);
    assertThat(result(p, "mirels")).isInstanceOf(NotApplicable.class);
  }

  @Test
  void everyNotAssessable_boundsChildPughAndSins_namesTheItems() {
    Patient p = EdgeCases.everyNotAssessable();
    Bounded cp = bounded(p, "child-pugh");
    assertThat(cp.reachableCategories()).containsExactly(ChildPughClass.A, ChildPughClass.B);
    assertThat(cp.openItems())
        .extracting(OpenItem::item)
        .containsExactly("Ascites", "Hepatic encephalopathy");
    assertThat(cp.openItems())
        .extracting(OpenItem::status)
        .containsOnly(org.hccbm.core.result.OpenStatus.NOT_ASSESSABLE);
    Bounded sins = bounded(p, "sins");
    assertThat(sins.totals().orElseThrow().min()).isEqualTo(3.0);
    assertThat(sins.totals().orElseThrow().max()).isEqualTo(18.0);
    assertThat(complete(p, "albi").category()).contains(AlbiGrade.GRADE_2A);
  }

  @Test
  void everyNotAssessable_performanceStatusAndNeurologicalGrades_areOpenWithTheirReason() {
    Patient p = EdgeCases.everyNotAssessable();
    assertThat(p.performanceStatus().isKnown()).isFalse();
    assertThat(p.frankel().toString()).isEqualTo("not assessable (sedated and ventilated)");
    assertThat(p.asia().toString()).isEqualTo("not assessable (sedated and ventilated)");
    Bounded gpa = bounded(p, "hcc-sm-gpa");
    assertThat(gpa.totals().orElseThrow().min()).isEqualTo(0.0);
    assertThat(gpa.totals().orElseThrow().max()).isEqualTo(1.0);
    assertThat(gpa.openItems())
        .extracting(OpenItem::statusText)
        .containsExactly("not assessable (sedated and ventilated)");
    Bounded tokuhashi = bounded(p, "tokuhashi-revised");
    assertThat(tokuhashi.totals().orElseThrow().min()).isEqualTo(7.0);
    assertThat(tokuhashi.totals().orElseThrow().max()).isEqualTo(11.0);
    assertThat(tokuhashi.openItems())
        .extracting(OpenItem::item)
        .containsExactly("General condition (KPS)", "Palsy (Frankel)");
    assertThat(tokuhashi.openItems())
        .extracting(OpenItem::statusText)
        .allSatisfy(s -> assertThat(s).isEqualTo("not assessable (sedated and ventilated)"));
    assertThat(tokuhashi.openItems())
        .extracting(OpenItem::status)
        .containsOnly(org.hccbm.core.result.OpenStatus.NOT_ASSESSABLE);
    Bounded katagiri = bounded(p, "katagiri-new");
    assertThat(katagiri.totals().orElseThrow().min()).isEqualTo(4.0);
    assertThat(katagiri.totals().orElseThrow().max()).isEqualTo(5.0);
    assertThat(katagiri.reachableCategories()).containsExactly(KatagiriGroup.INTERMEDIATE);
  }

  @Test
  void everyEdgeCase_evaluatesEveryModel_andRoundTrips() {
    assertThat(EdgeCases.all()).extracting(Patient::id).doesNotHaveDuplicates();
    EdgeCases.all()
        .forEach(
            p -> {
              assertThat(Models.evaluate(p).stream().map(e -> e.model().id()).distinct())
                  .hasSize(Models.catalogue().size());
              assertThat(p.toBuilder().build()).isEqualTo(p);
            });
  }

  @Test
  void categoriesAreTyped() {
    Category c = complete(EdgeCases.childPughC(), "child-pugh").category().orElseThrow();
    assertThat(c.code()).isEqualTo("C");
  }
}
