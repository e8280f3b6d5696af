package org.hccbm.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.hccbm.core.evidence.Citation;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.junit.jupiter.api.Test;

class ResultVocabularyTest {
  enum Grade implements Category {
    LOW("low risk", "median 13.6 months"), HIGH("high risk", "");
    private final String label;
    private final String meaning;

    Grade(String label, String meaning) {
      this.label = label;
      this.meaning = meaning;
    }

    @Override public String code() { return name(); }
    @Override public String label() { return label; }
    @Override public String meaning() { return meaning; }
  }

  static final ModelInfo MODEL = new ModelInfo("demo-score", "Demo score", "", 1,
      ModelStatus.DRAFT, "constructed for a test",
      new Citation("Doe J, et al.", "A score", "J Test", 2020, "doi:10/x"));

  @Test
  void complete_totalIsTheSumOfItems_andRendersEveryPart() {
    Complete c = Complete.ofPoints(MODEL, List.of(ItemScore.of("A", "3.1 g/dL", "2.8–3.5 g/dL", 2),
        ItemScore.of("B", "none", "none", 1)), Grade.LOW, List.of(Caveat.of(CaveatKind.ASSUMPTION, "x")));
    assertThat(c.totalValue()).isEqualTo(3.0);
    assertThat(c.total()).contains(Total.of(3));
    assertThat(c.item("A").points()).hasValue(2.0);
    assertThat(c.render()).isEqualTo("""
        Demo score (demo-score r1, DRAFT)
          A: 3.1 g/dL → 2.8–3.5 g/dL = 2
          B: none → none = 1
          Total: 3
          Category: low risk — median 13.6 months
          Caveat — ASSUMPTION: x
          Source: Doe J, et al. A score. J Test 2020. doi:10/x
        """);
  }

  @Test
  void complete_missingItem_isReportedByName() {
    Complete c = Complete.ofPoints(MODEL, List.of(), Grade.LOW, List.of());
    assertThatThrownBy(() -> c.item("Z")).hasMessage("no item named Z in demo-score");
  }

  @Test
  void complete_roundedTotal_showsTheUnroundedValue() {
    Complete c = new Complete(MODEL, List.of(ItemScore.of("term", "x", "0.957 × ln(Cr)", 2.3261)),
        Optional.of(new Total(2.3261, 23)), Optional.empty(), List.of());
    assertThat(c.render()).contains("Total: 23 (unrounded 2.3261)");
  }

  @Test
  void bounded_withOneReachableCategory_isDetermined() {
    Bounded b = new Bounded(MODEL, List.of(), List.of(new OpenItem("HE", "unknown", "none or more", 1, 3)),
        Optional.of(TotalRange.of(List.of(5.0, 6.0, 7.0))), List.of(Grade.HIGH), List.of(), List.of());
    assertThat(b.determinedCategory()).contains(Grade.HIGH);
    assertThat(b.totalRange().contains(6)).isTrue();
    assertThat(b.totalRange().contains(8)).isFalse();
    assertThat(b.render()).contains("Category (determined despite unknowns): high risk");
  }

  @Test
  void bounded_withTwoReachableCategories_namesWhatWouldDecideIt() {
    Bounded b = new Bounded(MODEL, List.of(ItemScore.of("A", "x", "y", 5)),
        List.of(new OpenItem("HE", "unknown", "none, grade 1–2 or 3–4", 1, 3)),
        Optional.of(new TotalRange(6, 8, List.of())), List.of(Grade.LOW, Grade.HIGH), List.of("HE"),
        List.of());
    assertThat(b.determinedCategory()).isEmpty();
    assertThat(b.totalRange().contains(7.5)).isTrue();
    assertThat(b.render()).contains("Total: 6..8\n")
        .contains("Reachable categories: low risk or high risk")
        .contains("Would decide it: HE")
        .contains("HE: unknown (none, grade 1–2 or 3–4) = 1..3");
  }

  @Test
  void bounded_withoutOpenItems_isRejected() {
    assertThatThrownBy(() -> new Bounded(MODEL, List.of(), List.of(), Optional.empty(),
        List.of(Grade.LOW), List.of(), List.of()))
        .hasMessage("open items of a bounded demo-score result must be at least one, was none");
  }

  @Test
  void totalRange_withInvertedBounds_isRejected() {
    assertThatThrownBy(() -> new TotalRange(3, 2, List.of()))
        .hasMessage("total range must be finite with min <= max, was 3.0..2.0");
    assertThatThrownBy(() -> TotalRange.of(List.of()))
        .hasMessage("reachable totals must be at least one, was none");
  }

  @Test
  void categoricalResult_hasNoTotal() {
    Complete c = new Complete(MODEL, List.of(ItemScore.finding("Spread", "bone", "rule 3 → C")),
        Optional.empty(), Optional.of(Grade.HIGH), List.of());
    assertThat(c.render()).contains("Spread: bone → rule 3 → C\n").doesNotContain("Total");
    assertThatThrownBy(c::totalValue).hasMessage("demo-score has no total");
  }

  @Test
  void openItem_withInvertedPoints_isRejected() {
    assertThatThrownBy(() -> new OpenItem("HE", "unknown", "?", 3, 1))
        .hasMessage("open item points of HE must be a finite range with min <= max, was 3.0..1.0");
  }

  @Test
  void itemScore_nonFinitePoints_areRejected() {
    assertThatThrownBy(() -> ItemScore.of("A", "x", "y", Double.NaN))
        .hasMessage("item points of A must be finite, was NaN");
  }

  @Test
  void notApplicable_rendersTheReason() {
    NotApplicable n = new NotApplicable(MODEL, "no spinal lesion", List.of());
    assertThat(n.render()).contains("Not applicable: no spinal lesion");
  }
}
