package org.hccbm.models.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hccbm.core.result.Band;
import org.hccbm.models.liver.BclcStage;
import org.hccbm.models.liver.ChildPughClass;
import org.junit.jupiter.api.Test;

/**
 * The bands of choice values and the boxed whole totals are shared instances (issue 13, point 6):
 * each must equal the one built anew, and only the whole numbers in range are shared.
 */
class SharedBandsTest {
  @Test
  void bandOfAnEnumConstant_isShared_andNamesTheEnumAndConstant() {
    assertThat(Choice.band(ChildPughClass.B)).isSameAs(Choice.band(ChildPughClass.B));
    assertThat(Choice.band(ChildPughClass.B))
        .isEqualTo(new Band.Values("ChildPughClass", List.of("B")));
    assertThat(Choice.band(BclcStage.values()[0]))
        .isEqualTo(new Band.Values("BclcStage", List.of(BclcStage.values()[0].name())));
    assertThat(Choice.band(true)).isSameAs(Choice.band(true)).isEqualTo(new Band.Answer(true));
    assertThat(Choice.band(false)).isSameAs(Choice.band(false)).isEqualTo(new Band.Answer(false));
  }

  @Test
  void simpleName_ofAClass() {
    assertThat(EnumBands.simpleName(ChildPughClass.class)).isEqualTo("ChildPughClass");
    assertThat(EnumBands.simpleName(String.class)).isEqualTo("String");
  }

  @Test
  void wholes_from_minus64_to_191_areShared_andOthersBoxedAnew() {
    for (int v = -64; v <= 191; v++) {
      assertThat(Wholes.boxed(v)).isSameAs(Wholes.boxed(v)).isEqualTo((double) v);
    }
    assertThat(Wholes.boxed(-65)).isEqualTo(-65.0).isNotSameAs(Wholes.boxed(-65));
    assertThat(Wholes.boxed(192)).isEqualTo(192.0).isNotSameAs(Wholes.boxed(192));
  }

  @Test
  void intSetDoubles_areImmutable_ascending_andShared() {
    FormulaBounds.IntSet set = new FormulaBounds.IntSet();
    set.add(12);
    set.add(-3);
    set.add(70);
    set.add(0);
    List<Double> doubles = set.toDoubles();
    assertThat(doubles).containsExactly(-3.0, 0.0, 12.0, 70.0);
    assertThat(doubles.get(2)).isSameAs(Wholes.boxed(12));
    assertThat(List.copyOf(doubles)).isSameAs(doubles);
  }
}
