package org.hccbm.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.patient.Sex;
import org.junit.jupiter.api.Test;

/**
 * Result parts built on every evaluation are shared where they are immutable and equal (issue 13,
 * point 6): whole points, whole totals and the coded values of enum constants. A shared part must
 * equal the one built anew, and only the values in range (never -0.0) are shared.
 */
class SharedResultPartsTest {
  @Test
  void wholePoints_from_minus16_to_47_areShared_andEqualThoseBuiltAnew() {
    for (int p = -16; p <= 47; p++) {
      assertThat(ItemScore.points(p)).isSameAs(ItemScore.points(p)).isEqualTo(OptionalDouble.of(p));
    }
    assertThat(ItemScore.points(-17)).isNotSameAs(ItemScore.points(-17));
    assertThat(ItemScore.points(-17)).isEqualTo(OptionalDouble.of(-17));
    assertThat(ItemScore.points(48)).isNotSameAs(ItemScore.points(48));
    assertThat(ItemScore.points(48)).isEqualTo(OptionalDouble.of(48));
  }

  @Test
  void fractionalAndNegativeZeroPoints_areKeptExactly() {
    assertThat(ItemScore.points(2.5)).isEqualTo(OptionalDouble.of(2.5));
    assertThat(ItemScore.points(-0.5)).isEqualTo(OptionalDouble.of(-0.5));
    assertThat(ItemScore.points(0.9999999999999999))
        .isEqualTo(OptionalDouble.of(0.9999999999999999));
    // -0.0 is not the shared 0: OptionalDouble tells them apart
    assertThat(Double.doubleToRawLongBits(ItemScore.points(-0.0).getAsDouble()))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(ItemScore.points(0.0)).isNotEqualTo(OptionalDouble.of(-0.0));
    assertThat(ItemScore.points(0.0)).isEqualTo(OptionalDouble.of(0.0));
  }

  @Test
  void scoredItem_withNonFinitePoints_isRefused() {
    ItemScore ok =
        ItemScore.scored(
            ItemCode.of("albumin"), InputUsed.of("", Value.of(true)), new Band.Answer(true), 3);
    assertThat(ok.points()).isEqualTo(OptionalDouble.of(3));
    assertThatThrownBy(
            () ->
                ItemScore.scored(
                    ItemCode.of("albumin"),
                    InputUsed.of("", Value.of(true)),
                    new Band.Answer(true),
                    Double.NaN))
        .isInstanceOf(InvalidClinicalInputException.class);
  }

  @Test
  void wholeTotals_from_0_to_63_areShared_andEqualThoseBuiltAnew() {
    for (int t = 0; t <= 63; t++) {
      assertThat(Total.of(t)).isSameAs(Total.of(t)).isEqualTo(new Total(t, t));
    }
    assertThat(Total.of(-1)).isNotSameAs(Total.of(-1)).isEqualTo(new Total(-1, -1));
    assertThat(Total.of(64)).isNotSameAs(Total.of(64)).isEqualTo(new Total(64, 64));
    assertThat(Total.of(2.5)).isEqualTo(new Total(2.5, 2.5));
    assertThat(Double.doubleToRawLongBits(Total.of(-0.0).value()))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(Total.of(-0.0)).isNotEqualTo(Total.of(0.0));
    assertThatThrownBy(() -> Total.of(Double.POSITIVE_INFINITY))
        .isInstanceOf(InvalidClinicalInputException.class);
  }

  @Test
  void codedValueOfAnEnumConstant_isShared_andNamesTheEnumAndConstant() {
    assertThat(Value.of(Sex.FEMALE)).isSameAs(Value.of(Sex.FEMALE));
    assertThat(Value.of(Sex.FEMALE)).isEqualTo(new Value.Coded("Sex", "FEMALE"));
    assertThat(Value.of(Sex.MALE)).isEqualTo(new Value.Coded("Sex", "MALE"));
    assertThat(Value.of(CaveatKind.CLAMP)).isEqualTo(new Value.Coded("CaveatKind", "CLAMP"));
    assertThat(Value.of(Truth.UNKNOWN)).isEqualTo(new Value.Coded("Truth", "UNKNOWN"));
  }

  @Test
  void totalRangeOf_sortsAndKeepsEachTotalOnce() {
    TotalRange r = TotalRange.of(List.of(3.0, 1.0, 3.0, 2.0, 1.0));
    assertThat(r.reachable()).containsExactly(1.0, 2.0, 3.0);
    assertThat(r.min()).isEqualTo(1.0);
    assertThat(r.max()).isEqualTo(3.0);
    assertThat(TotalRange.of(List.of(5.0)).reachable()).containsExactly(5.0);
    assertThat(TotalRange.of(List.of(2.0, 1.0)).reachable()).containsExactly(1.0, 2.0);
    assertThat(TotalRange.of(List.of(4.0, 4.0)).reachable()).containsExactly(4.0);
    assertThatThrownBy(() -> TotalRange.of(List.of()))
        .isInstanceOf(InvalidClinicalInputException.class)
        .hasMessageContaining("reachable totals");
  }

  @Test
  void caveatCodes_checkedOnce_stillRefuseABadCodeEveryTime() {
    for (int i = 0; i < 5_000; i++) {
      // more valid codes than are kept: each is still accepted
      assertThat(new Caveat(CaveatKind.ASSUMPTION, "shared.code" + i, List.of()).code())
          .isEqualTo("shared.code" + i);
    }
    for (int i = 0; i < 2; i++) {
      assertThat(Caveat.checkedCode("meld.belowFloor")).isTrue();
      assertThat(Caveat.coded(CaveatKind.CLAMP, "meld.belowFloor").code())
          .isEqualTo("meld.belowFloor");
      assertThat(Caveat.checkedCode("Meld.belowFloor")).isFalse();
      assertThatThrownBy(() -> Caveat.coded(CaveatKind.CLAMP, "meld..belowFloor"))
          .isInstanceOf(InvalidClinicalInputException.class)
          .hasMessageContaining("meld..belowFloor");
      assertThatThrownBy(() -> Caveat.coded(CaveatKind.CLAMP, "meld.BelowFloor"))
          .isInstanceOf(InvalidClinicalInputException.class);
    }
  }
}
