package org.hccbm.models.internal;

import static com.google.common.collect.Range.atLeast;
import static com.google.common.collect.Range.closed;
import static com.google.common.collect.Range.greaterThan;
import static com.google.common.collect.Range.lessThan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.Observed;
import org.hccbm.core.liver.Ascites;
import org.hccbm.core.result.Band;
import org.hccbm.core.result.Bound;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.OpenStatus;
import org.hccbm.core.result.Possible;
import org.hccbm.core.result.Quantity;
import org.hccbm.core.result.Value;
import org.hccbm.models.liver.ChildPughClass;
import org.junit.jupiter.api.Test;

/** ItemTable and CategoryTable: what a declaration gives, and what building refuses. */
class PointTablesTest {
  private static final ItemCode INR = ItemCode.of("inr");
  private static final ItemTable<Double> TABLE =
      ItemTable.banded(INR, "labs.inr", "")
          .band(lessThan(1.7), 1)
          .band(closed(1.7, 2.3), 2)
          .band(greaterThan(2.3), 3)
          .build();

  @Test
  void banded_cutPoints_bothSides_andBoundsAsData() {
    assertThat(TABLE.row(1.69).points()).isEqualTo(1);
    assertThat(TABLE.row(1.7).points()).isEqualTo(2);
    assertThat(TABLE.row(2.3).points()).isEqualTo(2);
    assertThat(TABLE.row(2.31).points()).isEqualTo(3);
    assertThat(TABLE.row(2.0).band())
        .isEqualTo(
            new Band.Range(
                Optional.of(new Bound(1.7, true)), Optional.of(new Bound(2.3, true)), ""));
    assertThat(TABLE.row(1.0).band())
        .isEqualTo(new Band.Range(Optional.empty(), Optional.of(new Bound(1.7, false)), ""));
    var item = TABLE.score(2.0, InputUsed.of("labs.inr", Quantity.of(2.0, "{INR}")));
    assertThat(item.code()).isEqualTo(INR);
    assertThat(item.patientField()).contains("labs.inr");
    assertThat(item.toString()).isEqualTo("INR: 2 {INR} → 1.7–2.3 = 2");
  }

  @Test
  void banded_open_givesEveryPoints_anyBand_andTheFieldThatClosesIt() {
    PointScore.Open open = (PointScore.Open) TABLE.open(Observed.unknown());
    assertThat(open.possiblePoints()).containsExactly(1, 2, 3);
    assertThat(open.item().possible()).isEqualTo(new Possible.AnyBand());
    assertThat(open.item().closedBy()).containsExactly("labs.inr");
    assertThat(open.item().status()).isEqualTo(OpenStatus.UNKNOWN);
    assertThat(open.item().toString()).isEqualTo("INR: unknown (any band) = 1..3");
  }

  @Test
  void banded_overlappingBands_areRefused() {
    assertThatThrownBy(
            () ->
                ItemTable.banded(INR, "labs.inr", "")
                    .band(lessThan(2.0), 1)
                    .band(atLeast(1.5), 2)
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void banded_valueOutsideEveryBand_isAProgrammingError() {
    ItemTable<Double> partial =
        ItemTable.banded(INR, "labs.inr", "").band(lessThan(1.7), 1).build();
    assertThatThrownBy(() -> partial.row(2.0)).hasMessage("inr table has no band for 2.0");
  }

  @Test
  void byValue_rowsGiveBandsOfValues_andTheOpenItemListsThem() {
    ItemTable<Ascites> ascites =
        ItemTable.byValue(ItemCode.of("ascites"), "liver.ascites", Ascites.class)
            .row(1, Ascites.NONE)
            .row(2, Ascites.MILD)
            .row(3, Ascites.MODERATE, Ascites.SEVERE)
            .build();
    assertThat(ascites.row(Ascites.SEVERE).band())
        .isEqualTo(new Band.Values("Ascites", List.of("MODERATE", "SEVERE")));
    PointScore.Scored scored = (PointScore.Scored) ascites.part(Observed.of(Ascites.SEVERE));
    assertThat(scored.item().input().asGiven()).isEqualTo(Value.of(Ascites.SEVERE));
    assertThat(scored.item().toString()).isEqualTo("Ascites: severe → moderate–severe = 3");
    PointScore.Open open = (PointScore.Open) ascites.part(Observed.notAssessable("drained"));
    assertThat(open.item().toString())
        .isEqualTo("Ascites: not assessable (drained) (none, mild or moderate–severe) = 1..3");
    assertThat(open.item().reason()).contains("drained");
  }

  @Test
  void byValue_missingConstant_isRefused() {
    assertThatThrownBy(
            () ->
                ItemTable.byValue(ItemCode.of("ascites"), "liver.ascites", Ascites.class)
                    .row(1, Ascites.NONE)
                    .row(2, Ascites.MILD)
                    .row(3, Ascites.MODERATE)
                    .build())
        .hasMessage("ascites table has no row for SEVERE");
  }

  @Test
  void byValue_constantInTwoRows_isRefused() {
    assertThatThrownBy(
            () ->
                ItemTable.byValue(ItemCode.of("ascites"), "liver.ascites", Ascites.class)
                    .row(1, Ascites.NONE)
                    .row(2, Ascites.NONE))
        .hasMessage("ascites table has NONE in two rows");
  }

  @Test
  void yesNo_givesAnswerBands() {
    ItemTable<Boolean> flag = ItemTable.yesNo(ItemCode.of("dialysis"), "onDialysis", 4, 0);
    assertThat(flag.row(true).points()).isEqualTo(4);
    assertThat(flag.row(false).points()).isEqualTo(0);
    assertThat(flag.possiblePoints()).containsExactly(0, 4);
    assertThat(flag.row(true).band()).isEqualTo(new Band.Answer(true));
  }

  @Test
  void categoryTable_coversMinToMax_andNamesTheScoreOutsideIt() {
    CategoryTable<ChildPughClass> table =
        CategoryTable.<ChildPughClass>byTotal("Child–Pugh total", 5, 15)
            .range(5, 6, ChildPughClass.A)
            .range(7, 9, ChildPughClass.B)
            .range(10, 15, ChildPughClass.C)
            .build();
    assertThat(table.of(6)).isEqualTo(ChildPughClass.A);
    assertThat(table.of(7)).isEqualTo(ChildPughClass.B);
    assertThat(table.of(9)).isEqualTo(ChildPughClass.B);
    assertThat(table.of(10)).isEqualTo(ChildPughClass.C);
    assertThatThrownBy(() -> table.of(4))
        .isInstanceOf(InvalidClinicalInputException.class)
        .hasMessage("Child–Pugh total must be 5..15, was 4");
    assertThatThrownBy(() -> table.of(16)).hasMessage("Child–Pugh total must be 5..15, was 16");
  }

  @Test
  void categoryTable_aGap_isRefused() {
    assertThatThrownBy(
            () ->
                CategoryTable.<ChildPughClass>byTotal("Child–Pugh total", 5, 15)
                    .range(5, 6, ChildPughClass.A)
                    .range(8, 9, ChildPughClass.B))
        .hasMessage(
            "Child–Pugh total categories: range 8..9 of B must start at 7 and not be " + "empty");
  }

  @Test
  void categoryTable_anOverlap_isRefused() {
    assertThatThrownBy(
            () ->
                CategoryTable.<ChildPughClass>byTotal("Child–Pugh total", 5, 15)
                    .range(5, 7, ChildPughClass.A)
                    .range(7, 9, ChildPughClass.B))
        .hasMessage(
            "Child–Pugh total categories: range 7..9 of B must start at 8 and not be " + "empty");
  }

  @Test
  void categoryTable_stoppingShortOfTheMaximum_isRefused() {
    assertThatThrownBy(
            () ->
                CategoryTable.<ChildPughClass>byTotal("Child–Pugh total", 5, 15)
                    .range(5, 6, ChildPughClass.A)
                    .range(7, 9, ChildPughClass.B)
                    .range(10, 14, ChildPughClass.C)
                    .build())
        .hasMessage("Child–Pugh total categories cover 5..14, not 5..15");
  }
}
