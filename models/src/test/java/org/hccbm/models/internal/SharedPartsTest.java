package org.hccbm.models.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hccbm.core.Observed;
import org.hccbm.core.liver.Ascites;
import org.hccbm.core.result.Band;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.result.OpenStatus;
import org.hccbm.core.result.Possible;
import org.hccbm.core.result.Renderer;
import org.hccbm.core.result.Value;
import org.hccbm.models.liver.ChildPughClass;
import org.junit.jupiter.api.Test;

/**
 * The parts built once per declaration (issue 13, point 6: models, second pass): a declared input
 * ({@link Choice.Input}) and an item table share their choices, items and parts between
 * evaluations, and each shared part equals the one an evaluation would otherwise build.
 */
class SharedPartsTest {
  private static final ItemCode ASCITES = ItemCode.of("ascites");
  private static final List<String> FIELDS = List.of("liver.ascites");
  private static final List<Ascites> ALL = List.of(Ascites.NONE, Ascites.MILD, Ascites.SEVERE);
  private static final ItemCode CLASS = ItemCode.of("childPughClass");
  // Declared in each test, not in a static field, so that a mutation of the declaring code runs.
  private final Choice.Input<Ascites> input = new Choice.Input<>(ASCITES, FIELDS, ALL);
  private final Choice.Input<ChildPughClass> derived =
      Choice.Input.derived(CLASS, ChildPughClass.class);

  @Test
  void input_knownValue_sharedChoiceEqualsBuiltOne() {
    Choice<Ascites> shared = input.of(Observed.of(Ascites.MILD));
    Choice<Ascites> built = Choice.of(ASCITES, FIELDS, Observed.of(Ascites.MILD), ALL);
    assertThat(input.of(Observed.of(Ascites.MILD))).isSameAs(shared);
    assertThat(input.known(Ascites.MILD)).isSameAs(shared);
    assertSameChoice(shared, built);
    assertThat(shared.isOpen()).isFalse();
    assertThat(shared.recordedItem()).isEqualTo(built.recordedItem());
    assertThat(shared.recordedItem())
        .isEqualTo(
            new ItemScore(
                ASCITES,
                InputUsed.of("liver.ascites", Value.of(Ascites.MILD)),
                new Band.Named("asRecorded", new Band.Values("Ascites", List.of("MILD"))),
                OptionalDouble.empty()));
  }

  @Test
  void input_knownValueOutsideTheList_getsAChoiceOfItsOwn() {
    Choice<Ascites> outside = input.of(Observed.of(Ascites.MODERATE));
    assertThat(input.of(Observed.of(Ascites.MODERATE))).isNotSameAs(outside);
    assertSameChoice(outside, Choice.known(ASCITES, FIELDS, Ascites.MODERATE));
    assertThat(outside.recordedItem())
        .isEqualTo(input.of(Observed.of(Ascites.MODERATE)).recordedItem());
  }

  @Test
  void input_unknown_sharedOpenChoiceEqualsBuiltOne() {
    Choice<Ascites> shared = input.of(Observed.unknown());
    Choice<Ascites> built = Choice.of(ASCITES, FIELDS, Observed.unknown(), ALL);
    assertThat(input.of(Observed.unknown())).isSameAs(shared);
    assertSameChoice(shared, built);
    OpenItem open = shared.open().orElseThrow();
    assertThat(open.status()).isEqualTo(OpenStatus.UNKNOWN);
    assertThat(shared.options()).isEqualTo(ALL);
    assertThat(shared.sameResultItem(open))
        .isEqualTo(Completions.didNotMatterItem(open, "sameResult", OptionalDouble.empty()))
        .isEqualTo(built.sameResultItem(open));
    assertThat(shared.sameResultItem(open).band())
        .isEqualTo(new Band.NoDifference(open.possible(), false));
    assertThat(shared.sameResultItem(open).input().asGiven()).isEqualTo(Value.Open.of(open));
    // the one patient field that would close it; none when several fields would
    assertThat(shared.sameResultItem(open).input().patientField()).isEqualTo("liver.ascites");
    OpenItem fromTwo =
        new OpenItem(
            open.code(),
            open.status(),
            open.reason(),
            open.aspect(),
            open.possible(),
            open.minPoints(),
            open.maxPoints(),
            List.of("labs.albumin", "labs.bilirubin"));
    assertThat(
            Completions.didNotMatterItem(fromTwo, "sameResult", OptionalDouble.empty())
                .input()
                .patientField())
        .isEmpty();
    assertThat(Renderer.english().band(shared.sameResultItem(open).band()))
        .isEqualTo("any of none, mild or severe: same result");
    assertThat(shared.sameResultItem(open).observed()).isEqualTo("unknown");
    assertThat(shared.aloneDidNotMatter())
        .isEqualTo(Completions.didNotMatter(List.of(ASCITES)))
        .isEqualTo(built.aloneDidNotMatter())
        .isEqualTo(
            Caveat.coded(
                CaveatKind.UNKNOWN_DID_NOT_MATTER,
                "unknownDidNotMatter.one",
                new Value.Coded("item", "ascites")));
  }

  @Test
  void input_notAssessable_keepsItsReason() {
    Choice<Ascites> c = input.of(Observed.notAssessable("drained yesterday"));
    OpenItem open = c.open().orElseThrow();
    assertThat(open.status()).isEqualTo(OpenStatus.NOT_ASSESSABLE);
    assertThat(open.reason()).contains("drained yesterday");
    assertThat(c.options()).isEqualTo(ALL);
    assertSameChoice(
        c, Choice.of(ASCITES, FIELDS, Observed.notAssessable("drained yesterday"), ALL));
  }

  @Test
  void derived_oneClass_isKnown_severalAreOpenOverThem() {
    assertSameChoice(
        derived.derived(List.of(ChildPughClass.B)),
        Choice.derived(CLASS, ChildPughClass.class, List.of(ChildPughClass.B)));
    assertThat(derived.derived(List.of(ChildPughClass.B)).isOpen()).isFalse();
    for (List<ChildPughClass> values :
        List.of(
            List.of(ChildPughClass.A, ChildPughClass.B),
            List.of(ChildPughClass.A, ChildPughClass.C),
            List.of(ChildPughClass.B, ChildPughClass.C),
            List.of(ChildPughClass.A, ChildPughClass.B, ChildPughClass.C))) {
      Choice<ChildPughClass> shared = derived.derived(values);
      assertThat(derived.derived(List.copyOf(values))).isSameAs(shared);
      assertSameChoice(shared, Choice.derived(CLASS, ChildPughClass.class, values));
      assertThat(shared.options()).isEqualTo(values);
      assertThat(shared.open().orElseThrow().status()).isEqualTo(OpenStatus.NOT_DETERMINED);
    }
    assertThat(derived.derived(List.of(ChildPughClass.B, ChildPughClass.C)).open().orElseThrow())
        .extracting(OpenItem::possible)
        .isEqualTo(
            new Possible.OneOf(List.of(new Band.Values("ChildPughClass", List.of("B", "C")))));
  }

  @Test
  void derived_valuesOutOfOrder_areRefused() {
    assertThatThrownBy(() -> derived.derived(List.of(ChildPughClass.C, ChildPughClass.A)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "values of childPughClass must be distinct and in declaration order, was [C, A]");
  }

  @Test
  void sortedDistinct_keepsASortedList_sortsAndDeduplicatesAnyOther() {
    assertThat(Categories.sortedDistinct(List.of(ChildPughClass.A, ChildPughClass.C)))
        .containsExactly(ChildPughClass.A, ChildPughClass.C);
    assertThat(
            Categories.sortedDistinct(
                List.of(ChildPughClass.C, ChildPughClass.A, ChildPughClass.C)))
        .containsExactly(ChildPughClass.A, ChildPughClass.C);
    assertThat(Categories.sortedDistinct(List.of(ChildPughClass.B, ChildPughClass.B)))
        .containsExactly(ChildPughClass.B);
    assertThat(Categories.sortedDistinct(List.of(ChildPughClass.B)))
        .containsExactly(ChildPughClass.B);
  }

  @Test
  void itemTable_sharedPartsEqualBuiltOnes() {
    ItemTable<Ascites> table =
        ItemTable.byValue(ASCITES, "liver.ascites", Ascites.class)
            .row(1, Ascites.NONE)
            .row(2, Ascites.MILD)
            .row(3, Ascites.MODERATE, Ascites.SEVERE)
            .build();
    PointScore.Part mild = table.part(Observed.of(Ascites.MILD));
    assertThat(table.part(Observed.of(Ascites.MILD))).isSameAs(mild);
    assertThat(mild)
        .isEqualTo(
            PointScore.scored(
                table.score(Ascites.MILD, InputUsed.of("liver.ascites", Value.of(Ascites.MILD)))));
    assertThat(((PointScore.Scored) table.part(Observed.of(Ascites.SEVERE))).item().points())
        .isEqualTo(OptionalDouble.of(3));
    PointScore.Part unknown = table.open(Observed.unknown());
    assertThat(table.part(Observed.unknown())).isSameAs(unknown);
    PointScore.Open open = (PointScore.Open) unknown;
    assertThat(open.possiblePoints()).containsExactly(1, 2, 3);
    assertThat(open.item().status()).isEqualTo(OpenStatus.UNKNOWN);
    assertThat(open.item().closedBy()).containsExactly("liver.ascites");
    PointScore.Open notAssessable = (PointScore.Open) table.open(Observed.notAssessable("sedated"));
    assertThat(notAssessable.item().status()).isEqualTo(OpenStatus.NOT_ASSESSABLE);
    assertThat(notAssessable.item().reason()).isEqualTo(Optional.of("sedated"));
  }

  @Test
  void yesNoTable_sharesBothAnswers() {
    ItemTable<Boolean> table = ItemTable.yesNo(ItemCode.of("onDialysis"), "onDialysis", 2, 0);
    PointScore.Scored yes = (PointScore.Scored) table.part(Observed.of(true));
    PointScore.Scored no = (PointScore.Scored) table.part(Observed.of(false));
    assertThat(table.part(Observed.of(true))).isSameAs(yes);
    assertThat(yes.item().points()).isEqualTo(OptionalDouble.of(2));
    assertThat(no.item().points()).isEqualTo(OptionalDouble.of(0));
    assertThat(yes.item().input()).isEqualTo(InputUsed.of("onDialysis", Value.of(true)));
    assertThat(no.item().band()).isEqualTo(new Band.Answer(false));
  }

  private static void assertSameChoice(Choice<?> actual, Choice<?> expected) {
    assertThat(actual.code()).isEqualTo(expected.code());
    assertThat(actual.fields()).isEqualTo(expected.fields());
    assertThat(actual.options()).isEqualTo(expected.options());
    assertThat(actual.open()).isEqualTo(expected.open());
  }
}
