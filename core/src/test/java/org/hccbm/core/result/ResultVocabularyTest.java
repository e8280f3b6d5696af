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
    LOW("low risk", "median 13.6 months"),
    HIGH("high risk", "");
    private final String label;
    private final String meaning;

    Grade(String label, String meaning) {
      this.label = label;
      this.meaning = meaning;
    }

    @Override
    public String code() {
      return name();
    }

    @Override
    public String label() {
      return label;
    }

    @Override
    public String meaning() {
      return meaning;
    }
  }

  static final ItemScore ALBUMIN_2 =
      ItemScore.scored(
          ItemCode.of("albumin"),
          InputUsed.of("labs.albumin", Quantity.of(3.1, "g/dL")),
          new Band.Range(
              Optional.of(new Bound(2.8, true)), Optional.of(new Bound(3.5, true)), "g/dL"),
          2);
  static final ItemScore ASCITES_NONE =
      ItemScore.scored(
          ItemCode.of("ascites"),
          InputUsed.of("liver.ascites", new Value.Coded("Ascites", "NONE")),
          new Band.Values("Ascites", List.of("NONE")),
          1);
  static final ItemCode HE = ItemCode.of("encephalopathy");
  static final OpenItem HE_OPEN =
      new OpenItem(
          HE,
          OpenStatus.UNKNOWN,
          Optional.empty(),
          Optional.empty(),
          new Possible.OneOf(
              List.of(
                  new Band.Values("Encephalopathy", List.of("NONE")),
                  new Band.Values("Encephalopathy", List.of("GRADE_1", "GRADE_2")),
                  new Band.Values("Encephalopathy", List.of("GRADE_3", "GRADE_4")))),
          1,
          3,
          List.of("liver.encephalopathy"));

  static final ModelInfo MODEL =
      new ModelInfo(
          "demo-score",
          "Demo score",
          "",
          1,
          ModelStatus.DRAFT,
          "constructed for a test",
          new Citation("Doe J, et al.", "A score", "J Test", 2020, "doi:10/x"));

  @Test
  void complete_totalIsTheSumOfItems_andRendersEveryPart() {
    Complete c =
        Complete.ofPoints(
            MODEL,
            List.of(ALBUMIN_2, ASCITES_NONE),
            Grade.LOW,
            List.of(new Caveat(CaveatKind.ASSUMPTION, Caveat.NOTE, List.of(Value.text("x")))));
    assertThat(c.totalValue()).isEqualTo(3.0);
    assertThat(c.total()).contains(Total.of(3));
    assertThat(c.item("albumin").points()).hasValue(2.0);
    assertThat(c.item("albumin")).isSameAs(c.item(ItemCode.of("albumin")));
    // a display label is wording, not a key: it is refused, naming the codes that exist
    assertThatThrownBy(() -> c.item("Albumin"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no item with code Albumin in demo-score (its item codes: albumin, ascites)");
    assertThat(c.render())
        .isEqualTo(
            """
        Demo score (demo-score r1, DRAFT)
          Albumin: 3.1 g/dL → 2.8–3.5 g/dL = 2
          Ascites: none → none = 1
          Total: 3
          Category: low risk — median 13.6 months
          Caveat — ASSUMPTION: x
          Source: Doe J, et al. A score. J Test 2020. doi:10/x
        """);
  }

  @Test
  void complete_missingItem_isReportedByName() {
    Complete c = Complete.ofPoints(MODEL, List.of(), Grade.LOW, List.of());
    assertThatThrownBy(() -> c.item("Z"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no item with code Z in demo-score (its item codes: )");
  }

  @Test
  void complete_roundedTotal_showsTheUnroundedValue() {
    Complete c =
        new Complete(
            MODEL,
            List.of(ALBUMIN_2),
            Optional.of(new Total(2.3261, 23)),
            Optional.empty(),
            List.of());
    assertThat(c.render()).contains("Total: 23 (unrounded 2.3261)");
  }

  @Test
  void bounded_withOneReachableCategory_isDetermined() {
    Bounded b =
        new Bounded(
            MODEL,
            List.of(),
            List.of(HE_OPEN),
            Optional.of(TotalRange.of(List.of(5.0, 6.0, 7.0))),
            List.of(Grade.HIGH),
            List.of(),
            List.of());
    assertThat(b.determinedCategory()).contains(Grade.HIGH);
    assertThat(b.totalRange().contains(6)).isTrue();
    assertThat(b.totalRange().contains(8)).isFalse();
    assertThat(b.render()).contains("Category (determined despite unknowns): high risk");
  }

  @Test
  void bounded_withTwoReachableCategories_namesWhatWouldDecideIt() {
    Bounded b =
        new Bounded(
            MODEL,
            List.of(ALBUMIN_2),
            List.of(HE_OPEN),
            Optional.of(new TotalRange(6, 8, List.of())),
            List.of(Grade.LOW, Grade.HIGH),
            List.of(HE),
            List.of());
    assertThat(b.decidingItems()).containsExactly("Hepatic encephalopathy");
    assertThat(b.decidingFields()).containsExactly("liver.encephalopathy");
    assertThat(b.determinedCategory()).isEmpty();
    assertThat(b.totalRange().contains(7.5)).isTrue();
    assertThat(b.render())
        .contains("Total: 6..8\n")
        .contains("Reachable categories: low risk or high risk")
        .contains("Would decide it: Hepatic encephalopathy")
        .contains("Hepatic encephalopathy: unknown (none, grade 1–2 or grade 3–4) = 1..3");
  }

  @Test
  void bounded_withoutOpenItems_isRejected() {
    assertThatThrownBy(
            () ->
                new Bounded(
                    MODEL,
                    List.of(),
                    List.of(),
                    Optional.empty(),
                    List.of(Grade.LOW),
                    List.of(),
                    List.of()))
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
    Complete c =
        new Complete(
            MODEL,
            List.of(
                new ItemScore(
                    ItemCode.of("ascites"),
                    ASCITES_NONE.input(),
                    ASCITES_NONE.band(),
                    java.util.OptionalDouble.empty())),
            Optional.empty(),
            Optional.of(Grade.HIGH),
            List.of());
    assertThat(c.render()).contains("Ascites: none → none\n").doesNotContain("Total");
    assertThatThrownBy(c::totalValue).hasMessage("demo-score has no total");
  }

  @Test
  void openItem_withInvertedPoints_isRejected() {
    assertThatThrownBy(
            () ->
                new OpenItem(
                    HE,
                    OpenStatus.UNKNOWN,
                    Optional.empty(),
                    Optional.empty(),
                    new Possible.AnyBand(),
                    3,
                    1,
                    List.of()))
        .hasMessage(
            "open item points of encephalopathy must be a finite range with min <= max, "
                + "was 3.0..1.0");
  }

  @Test
  void itemScore_nonFinitePoints_areRejected() {
    assertThatThrownBy(
            () ->
                ItemScore.scored(
                    ItemCode.of("albumin"), ALBUMIN_2.input(), ALBUMIN_2.band(), Double.NaN))
        .hasMessage("item points of albumin must be finite, was NaN");
  }

  @Test
  void notApplicable_rendersTheReason() {
    NotApplicable n = new NotApplicable(MODEL, "no spinal lesion", List.of());
    assertThat(n.render()).contains("Not applicable: no spinal lesion");
  }
}
