package org.hccbm.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hccbm.testkit.HccbmAssertions.assertThat;

import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.ModelResult;
import org.hccbm.models.Models;
import org.hccbm.models.Models.Evaluation;
import org.hccbm.models.liver.ChildPugh;
import org.junit.jupiter.api.Test;

/** The testkit's result assertions: each passes on a true statement and fails with a message. */
class HccbmAssertionsTest {
  private static ModelResult result(Patient p, String modelId) {
    return Models.evaluate(p).stream()
        .filter(e -> e.model().id().equals(modelId))
        .findFirst()
        .map(Evaluation::result)
        .orElseThrow();
  }

  private static ModelResult h1ChildPugh() {
    return result(Fixtures.h1(), "child-pugh");
  }

  private static ModelResult incompleteChildPugh() {
    return result(Fixtures.incomplete(), "child-pugh");
  }

  @Test
  void complete_h1ChildPugh_total6_classA_itemsWithPoints() {
    assertThat(h1ChildPugh())
        .isComplete()
        .hasTotal(6)
        .hasTotals(6, 6)
        .hasCategory("A")
        .hasReachableCategories("A")
        .hasItem("albumin")
        .withPoints(2)
        .fromField("labs.albumin")
        .hasItem("bilirubin")
        .withPoints(1)
        .and()
        .hasNoCaveat("childPugh.ptUsed");
  }

  @Test
  void bounded_incompleteChildPugh_classBorC_decidedByCoagulationAndEncephalopathy() {
    assertThat(incompleteChildPugh())
        .isBounded()
        .hasTotals(7, 11)
        .hasReachableCategories("B", "C")
        .hasOpenItem("encephalopathy")
        .hasDecidingField("liver.encephalopathy")
        .hasItem("ascites")
        .withPoints(2);
  }

  @Test
  void notApplicable_mirelsWithoutLongBoneLesion() {
    assertThat(result(Fixtures.h1(), "mirels"))
        .isNotApplicable()
        .isNotApplicableBecause("no lesion")
        .isNotApplicableWithCode("noGradedLesion");
    assertThatThrownBy(
            () -> assertThat(result(Fixtures.h1(), "mirels")).isNotApplicableWithCode("ecog5Dead"))
        .hasMessageContaining("the reason code \"ecog5Dead\", but it was \"noGradedLesion\"");
  }

  @Test
  void caveats_byKindAndCode() {
    assertThat(result(Fixtures.h1(), "albi"))
        .hasCaveat(CaveatKind.CONVERSION)
        .hasCaveat(CaveatKind.UNVERIFIED);
  }

  @Test
  void wrongKind_failsNamingBothKinds_andShowsTheRenderedResult() {
    assertThatThrownBy(() -> assertThat(h1ChildPugh()).isBounded())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting child-pugh to have a bounded result, but it was complete")
        .hasMessageContaining("Albumin: 3.4 g/dL → 2.8–3.5 g/dL = 2")
        .hasMessageContaining("Total: 6");
    assertThatThrownBy(() -> assertThat(h1ChildPugh()).isNotApplicable())
        .hasMessageContaining("not applicable result, but it was complete");
    assertThatThrownBy(() -> assertThat(incompleteChildPugh()).isComplete())
        .hasMessageContaining("complete result, but it was bounded")
        .hasMessageContaining("Reachable categories");
  }

  @Test
  void asCompleteAndAsBounded_returnTheResultTyped_orFailNamingTheKind() {
    ModelResult complete = h1ChildPugh();
    ModelResult bounded = incompleteChildPugh();
    org.assertj.core.api.Assertions.assertThat(assertThat(complete).asComplete())
        .isSameAs(complete);
    org.assertj.core.api.Assertions.assertThat(assertThat(complete).asComplete().totalValue())
        .isEqualTo(6);
    org.assertj.core.api.Assertions.assertThat(assertThat(bounded).asBounded()).isSameAs(bounded);
    assertThatThrownBy(() -> assertThat(bounded).asComplete())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("complete result, but it was bounded");
    assertThatThrownBy(() -> assertThat(complete).asBounded())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("bounded result, but it was complete");
    assertThatThrownBy(() -> assertThat(result(Fixtures.h1(), "mirels")).asComplete())
        .hasMessageContaining("complete result, but it was not applicable");
  }

  @Test
  void wrongTotal_fails() {
    assertThatThrownBy(() -> assertThat(h1ChildPugh()).hasTotal(7))
        .hasMessageContaining("total 7.0, but the total was 6.0");
    assertThatThrownBy(() -> assertThat(incompleteChildPugh()).hasTotals(7, 10))
        .hasMessageContaining("totals from 7.0 to 10.0, but they were from 7.0 to 11.0");
    assertThatThrownBy(() -> assertThat(incompleteChildPugh()).hasTotals(8, 11))
        .hasMessageContaining("they were from 7.0 to 11.0");
    assertThatThrownBy(() -> assertThat(result(Fixtures.h1(), "mirels")).hasTotals(0, 0))
        .hasMessageContaining("the result has no total");
  }

  @Test
  void wrongCategory_fails() {
    assertThatThrownBy(() -> assertThat(h1ChildPugh()).hasCategory("B"))
        .hasMessageContaining("category B, but the category was A");
    assertThatThrownBy(() -> assertThat(incompleteChildPugh()).hasReachableCategories("B"))
        .hasMessageContaining("reachable categories [B], but they were [B, C]");
  }

  @Test
  void wrongDeciding_fails() {
    assertThatThrownBy(() -> assertThat(incompleteChildPugh()).isDecidedBy("encephalopathy"))
        .hasMessageContaining("deciding items [encephalopathy], but they were [");
    assertThatThrownBy(() -> assertThat(incompleteChildPugh()).hasDecidingField("labs.albumin"))
        .hasMessageContaining("deciding field labs.albumin, but the deciding fields were [");
    assertThatThrownBy(() -> assertThat(incompleteChildPugh()).hasOpenItem("albumin"))
        .hasMessageContaining("open item albumin, but the open items were [");
    assertThatThrownBy(() -> assertThat(h1ChildPugh()).isDecidedBy())
        .hasMessageContaining("bounded result, but it was complete");
  }

  @Test
  void wrongItem_fails() {
    assertThatThrownBy(() -> assertThat(h1ChildPugh()).hasItem("albumin").withPoints(3))
        .hasMessageContaining("item albumin with 3.0 points, but it had 2.0");
    assertThatThrownBy(() -> assertThat(h1ChildPugh()).hasItem("creatinine"))
        .hasMessageContaining("item creatinine, but the items were [bilirubin, albumin, inr,");
    assertThatThrownBy(() -> assertThat(h1ChildPugh()).hasItem("albumin").fromField("labs.inr"))
        .hasMessageContaining("scored from labs.inr, but it was from labs.albumin");
  }

  @Test
  void wrongCaveat_fails() {
    assertThatThrownBy(() -> assertThat(h1ChildPugh()).hasCaveat(CaveatKind.CLAMP))
        .hasMessageContaining("a caveat of kind CLAMP, but the caveats were []");
    assertThatThrownBy(() -> assertThat(h1ChildPugh()).hasCaveat("childPugh.ptUsed"))
        .hasMessageContaining("a caveat childPugh.ptUsed, but the caveats were []");
    assertThatThrownBy(
            () -> assertThat(result(Fixtures.h1(), "albi")).hasNoCaveat("albi.bilirubinConverted"))
        .hasMessageContaining(
            "no caveat albi.bilirubinConverted, but the caveats were [CONVERSION");
    assertThatThrownBy(
            () -> assertThat(result(Fixtures.h1(), "mirels")).isNotApplicableBecause("age"))
        .hasMessageContaining("a reason containing \"age\", but the reason was \"no lesion");
  }

  @Test
  void readmeExample() {
    HccbmAssertions.assertThat(ChildPugh.INSTANCE.evaluate(Fixtures.incomplete()))
        .isBounded()
        .hasTotals(7, 11)
        .hasReachableCategories("B", "C")
        .hasDecidingField("liver.encephalopathy");
    HccbmAssertions.assertThat(ChildPugh.INSTANCE.evaluate(Fixtures.h1()))
        .isComplete()
        .hasTotal(6)
        .hasCategory("A")
        .hasItem("albumin")
        .withPoints(2);
  }

  @Test
  void null_fails() {
    assertThatThrownBy(() -> assertThat(null)).hasMessage("Expecting a model result but was null");
  }
}
