package org.hccbm.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hccbm.core.result.ResultVocabularyTest.MODEL;

import java.util.List;
import java.util.Optional;
import org.hccbm.core.result.ResultVocabularyTest.Grade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 13 point 3: typed queries answer for every result kind, without casts. */
class ModelResultQueriesTest {
  /** Another model's category type, to show a wrong-model query is refused. */
  enum Other implements Category {
    X;

    @Override
    public String code() {
      return name();
    }

    @Override
    public String label() {
      return "x";
    }

    @Override
    public String meaning() {
      return "";
    }
  }

  static Complete complete(double total) {
    return new Complete(
        MODEL, List.of(), Optional.of(Total.of(total)), Optional.of(Grade.LOW), List.of());
  }

  static Bounded bounded(List<Double> totals) {
    return new Bounded(
        MODEL,
        List.of(),
        List.of(
            new OpenItem(
                ItemCode.of("he"),
                OpenStatus.UNKNOWN,
                Optional.empty(),
                Optional.empty(),
                new Possible.Text("0 or 2"),
                0,
                2,
                List.of())),
        Optional.of(TotalRange.of(totals)),
        List.of(Grade.LOW, Grade.HIGH),
        List.of(ItemCode.of("he")),
        List.of());
  }

  static final NotApplicable NA = new NotApplicable(MODEL, "no lesion", List.of());

  @Test
  void fold_callsTheFunctionOfTheResultsKind() {
    assertThat(complete(3).<String>fold(c -> "complete", b -> "bounded", n -> "n/a"))
        .isEqualTo("complete");
    assertThat(bounded(List.of(1.0, 3.0)).<String>fold(c -> "complete", b -> "bounded", n -> "n/a"))
        .isEqualTo("bounded");
    assertThat(NA.<String>fold(c -> "complete", b -> "bounded", n -> n.reason()))
        .isEqualTo("no lesion");
  }

  @Test
  void possibleCategories_oneWhenComplete_reachableWhenBounded_noneWhenNotApplicable() {
    assertThat(complete(3).possibleCategories()).containsExactly(Grade.LOW);
    assertThat(complete(3).possibleCategories(Grade.class)).containsExactly(Grade.LOW);
    assertThat(bounded(List.of(1.0, 3.0)).possibleCategories(Grade.class))
        .containsExactly(Grade.LOW, Grade.HIGH);
    assertThat(NA.possibleCategories()).isEmpty();
    assertThat(NA.possibleCategories(Grade.class)).isEmpty();
    Complete noCategory =
        new Complete(MODEL, List.of(), Optional.empty(), Optional.empty(), List.of());
    assertThat(noCategory.possibleCategories()).isEmpty();
  }

  @Test
  void possibleCategories_ofAnotherModelsType_isRefusedNamingBoth() {
    assertThatThrownBy(() -> complete(3).possibleCategories(Other.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("demo-score has categories of Grade, not Other");
  }

  @Test
  void possibleTotals_theTotal_theReachableRange_orNone() {
    assertThat(complete(7).possibleTotals()).contains(new TotalRange(7, 7, List.of(7.0)));
    assertThat(bounded(List.of(5.0, 9.0)).possibleTotals())
        .contains(new TotalRange(5, 9, List.of(5.0, 9.0)));
    assertThat(NA.possibleTotals()).isEmpty();
    assertThat(
            new Complete(MODEL, List.of(), Optional.empty(), Optional.of(Grade.LOW), List.of())
                .possibleTotals())
        .isEmpty();
  }

  @ParameterizedTest(name = "complete {0} at least {1} → {2}")
  @CsvSource({"7, 7, KNOWN_TRUE", "6, 7, KNOWN_FALSE", "6.99, 7, KNOWN_FALSE", "8, 7, KNOWN_TRUE"})
  void totalAtLeast_complete_onBothSidesOfTheThreshold(double total, double t, Truth expected) {
    assertThat(complete(total).totalAtLeast(t)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "bounded {0}..{1} at least {2} → {3}")
  @CsvSource({
    "7, 9, 7, KNOWN_TRUE",
    "5, 6, 7, KNOWN_FALSE",
    "6, 7, 7, UNKNOWN",
    "17, 28, 20, UNKNOWN",
    "17, 28, 28, UNKNOWN",
    "17, 28, 28.5, KNOWN_FALSE",
    "17, 28, 17, KNOWN_TRUE"
  })
  void totalAtLeast_bounded_knownOnlyWhenEveryReachableTotalAgrees(
      double min, double max, double t, Truth expected) {
    assertThat(bounded(List.of(min, max)).totalAtLeast(t)).isEqualTo(expected);
  }

  @Test
  void totalAtLeast_withoutATotal_isUnknown() {
    assertThat(NA.totalAtLeast(0)).isEqualTo(Truth.UNKNOWN);
  }

  @Test
  void truth_ofABoolean_andItsQuestions() {
    assertThat(Truth.of(true)).isEqualTo(Truth.KNOWN_TRUE);
    assertThat(Truth.of(false)).isEqualTo(Truth.KNOWN_FALSE);
    assertThat(Truth.KNOWN_TRUE.isKnownTrue()).isTrue();
    assertThat(Truth.KNOWN_TRUE.isKnownFalse()).isFalse();
    assertThat(Truth.KNOWN_FALSE.isKnownFalse()).isTrue();
    assertThat(Truth.KNOWN_FALSE.isKnownTrue()).isFalse();
    assertThat(Truth.UNKNOWN.isKnownTrue()).isFalse();
    assertThat(Truth.UNKNOWN.isKnownFalse()).isFalse();
  }
}
