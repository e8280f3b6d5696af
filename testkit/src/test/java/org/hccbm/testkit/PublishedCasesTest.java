package org.hccbm.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hccbm.core.result.ModelResult;
import org.hccbm.models.Models;
import org.junit.jupiter.api.Test;

/** Issue 15: every worked example runs through the library and gives its expected result. */
class PublishedCasesTest {
  static ModelResult run(PublishedCases.Case k) {
    List<Models.Evaluation> hits =
        Models.evaluate(k.patient()).stream()
            .filter(e -> e.model().id().equals(k.modelId()))
            .toList();
    assertThat(hits).as(k.id()).hasSize(1);
    return hits.get(0).result();
  }

  @Test
  void everyCase_givesItsExpectedResult() {
    for (PublishedCases.Case k : PublishedCases.all()) {
      ModelResult r = run(k);
      ResultAssert checked = HccbmAssertions.assertThat(r).isComplete();
      k.expectedTotal()
          .ifPresent(
              t ->
                  assertThat(r.possibleTotals().orElseThrow().min())
                      .as(k.id())
                      .isCloseTo(t, within(k.tolerance() + 1e-12)));
      k.expectedCategory().ifPresent(checked::hasCategory);
    }
  }

  @Test
  void cases_coverEachFamily_andNameTheirSource() {
    List<PublishedCases.Case> all = PublishedCases.all();
    assertThat(all).hasSize(72);
    assertThat(all)
        .extracting(PublishedCases.Case::modelId)
        .contains(
            "child-pugh",
            "albi",
            "meld",
            "meld-na",
            "meld-3.0",
            "sins",
            "mirels",
            "hcc-sm-gpa",
            "tokuhashi-revised",
            "tomita",
            "katagiri-new",
            "uka-eligibility");
    assertThat(all)
        .extracting(PublishedCases.Case::id)
        .contains(
            "T-3", "T-4a", "T-4b", "TK-1", "To-2", "TM-1", "K-2", "K-4", "K-5", "K-6", "GPA-1",
            "UK-1", "UK-2", "UK-3", "UK-4");
    assertThat(all).allSatisfy(k -> assertThat(k.citation()).startsWith("hccbm "));
    assertThat(PublishedCases.published())
        .extracting(PublishedCases.Case::id)
        .containsExactly("AL-1", "ME-1", "ME-2", "ME-4", "ME-5", "M-1");
  }

  @Test
  void aWrongImplementation_isCaught() {
    // a consumer that rounds MELD down instead of half up fails ME-1 (raw 23.261 -> 23 either
    // way) but not every case: the check is the pinned total, not the rounding rule
    PublishedCases.Case me7 =
        PublishedCases.all().stream().filter(k -> k.id().equals("ME-7")).findFirst().orElseThrow();
    double floored =
        Math.floor(
            run(me7).fold(c -> c.total().orElseThrow().raw(), b -> Double.NaN, n -> Double.NaN));
    assertThat(floored).isNotEqualTo(me7.expectedTotal().getAsDouble());
  }
}
