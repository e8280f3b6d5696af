package org.hccbm.testkit;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.result.TotalRange;
import org.jspecify.annotations.Nullable;

/**
 * Fluent assertions on one {@link ModelResult}; start with {@link HccbmAssertions#assertThat}.
 * Every failure message names the expectation and shows the rendered result.
 *
 * @since 0.3.0
 */
public final class ResultAssert {
  private static final double EPSILON = 1e-9;

  private final ModelResult actual;

  ResultAssert(@Nullable ModelResult actual) {
    if (actual == null) {
      throw new AssertionError("Expecting a model result but was null");
    }
    this.actual = actual;
  }

  /**
   * Returns the result under test.
   *
   * @return the result
   */
  public ModelResult actual() {
    return actual;
  }

  /**
   * Asserts that every input was known.
   *
   * @return this
   */
  @CanIgnoreReturnValue
  public ResultAssert isComplete() {
    return isKind("complete");
  }

  /**
   * Asserts that some input was unknown, so that the result is bounded.
   *
   * @return this
   */
  @CanIgnoreReturnValue
  public ResultAssert isBounded() {
    return isKind("bounded");
  }

  /**
   * Asserts that every input was known and returns the result as {@link Complete}, for a test that
   * reads it further (in place of a cast: a bounded or not-applicable result fails with the
   * rendered result, not a {@code ClassCastException}).
   *
   * @return the complete result
   * @since 0.3.0
   */
  public Complete asComplete() {
    isComplete();
    return actual.asComplete();
  }

  /**
   * Asserts that some input was unknown and returns the result as {@link Bounded}, for a test that
   * reads it further (in place of a cast).
   *
   * @return the bounded result
   * @since 0.3.0
   */
  public Bounded asBounded() {
    isBounded();
    return actual.asBounded();
  }

  /**
   * Asserts that the model does not apply.
   *
   * @return this
   */
  @CanIgnoreReturnValue
  public ResultAssert isNotApplicable() {
    return isKind("not applicable");
  }

  /**
   * Asserts that the model does not apply, for a reason containing some text.
   *
   * @param text a part of the reason
   * @return this
   */
  @CanIgnoreReturnValue
  public ResultAssert isNotApplicableBecause(String text) {
    String reason = notApplicable().reason();
    if (!reason.contains(text)) {
      fail("a reason containing \"" + text + "\"", "the reason was \"" + reason + "\"");
    }
    return this;
  }

  /**
   * Asserts that the model does not apply, for the reason with this code (docs/models.md,
   * "Not-applicable codes"), e.g. {@code ecog5Dead}.
   *
   * @param code the reason's code
   * @return this
   * @since 0.3.0
   */
  @CanIgnoreReturnValue
  public ResultAssert isNotApplicableWithCode(String code) {
    String actualCode = notApplicable().code();
    if (!actualCode.equals(code)) {
      fail("the reason code \"" + code + "\"", "it was \"" + actualCode + "\"");
    }
    return this;
  }

  /** Asserts that the model does not apply and returns the result as not applicable. */
  private NotApplicable notApplicable() {
    isNotApplicable();
    return actual.asNotApplicable();
  }

  /**
   * Asserts that the result is complete with this total.
   *
   * @param total the expected total
   * @return this
   */
  @CanIgnoreReturnValue
  public ResultAssert hasTotal(double total) {
    isComplete();
    Optional<TotalRange> totals = actual.possibleTotals();
    if (totals.isEmpty()) {
      fail("total " + total, "the model has no total");
    } else if (Math.abs(totals.get().min() - total) > EPSILON) {
      fail("total " + total, "the total was " + totals.get().min());
    }
    return this;
  }

  /**
   * Asserts the lowest and highest reachable totals (for a complete result both are its total).
   *
   * @param min the expected lowest total
   * @param max the expected highest total
   * @return this
   */
  @CanIgnoreReturnValue
  public ResultAssert hasTotals(double min, double max) {
    Optional<TotalRange> totals = actual.possibleTotals();
    String expected = "totals from " + min + " to " + max;
    if (totals.isEmpty()) {
      fail(expected, "the result has no total");
    } else if (Math.abs(totals.get().min() - min) > EPSILON
        || Math.abs(totals.get().max() - max) > EPSILON) {
      fail(expected, "they were from " + totals.get().min() + " to " + totals.get().max());
    }
    return this;
  }

  /**
   * Asserts that the result is complete with the category of this code.
   *
   * @param code the category code, e.g. "B"
   * @return this
   */
  @CanIgnoreReturnValue
  public ResultAssert hasCategory(String code) {
    isComplete();
    List<String> codes = categoryCodes();
    if (!codes.equals(List.of(code))) {
      fail(
          "category " + code,
          codes.isEmpty() ? "there was no category" : "the category was " + codes.get(0));
    }
    return this;
  }

  /**
   * Asserts the categories still reachable, in the model's order (for a complete result, its one
   * category).
   *
   * @param codes the category codes
   * @return this
   */
  @CanIgnoreReturnValue
  public ResultAssert hasReachableCategories(String... codes) {
    List<String> got = categoryCodes();
    if (!got.equals(Arrays.asList(codes))) {
      fail("reachable categories " + Arrays.asList(codes), "they were " + got);
    }
    return this;
  }

  /**
   * Asserts that the result is bounded and that exactly these open items could still change its
   * category.
   *
   * @param itemCodes the item codes, e.g. "encephalopathy", in the order of the open items
   * @return this
   */
  @CanIgnoreReturnValue
  public ResultAssert isDecidedBy(String... itemCodes) {
    isBounded();
    List<String> got =
        actual.fold(
            c -> List.<String>of(),
            b -> b.deciding().stream().map(d -> d.value()).toList(),
            n -> List.<String>of());
    if (!got.equals(Arrays.asList(itemCodes))) {
      fail("deciding items " + Arrays.asList(itemCodes), "they were " + got);
    }
    return this;
  }

  /**
   * Asserts that the result is bounded and that a patient field could still change its category.
   *
   * @param field the field, as a JSON path of docs/json.md, e.g. "labs.inr"
   * @return this
   */
  @CanIgnoreReturnValue
  public ResultAssert hasDecidingField(String field) {
    isBounded();
    List<String> got =
        actual.fold(c -> List.<String>of(), Bounded::decidingFields, n -> List.<String>of());
    if (!got.contains(field)) {
      fail("deciding field " + field, "the deciding fields were " + got);
    }
    return this;
  }

  /**
   * Asserts that the result is bounded with an open item of this code.
   *
   * @param itemCode the item code
   * @return this
   */
  @CanIgnoreReturnValue
  public ResultAssert hasOpenItem(String itemCode) {
    isBounded();
    List<String> got =
        actual.fold(
            c -> List.<String>of(),
            b -> b.openItems().stream().map(o -> o.code().value()).toList(),
            n -> List.<String>of());
    if (!got.contains(itemCode)) {
      fail("open item " + itemCode, "the open items were " + got);
    }
    return this;
  }

  /**
   * Asserts that some caveat is of a kind.
   *
   * @param kind the kind
   * @return this
   */
  @CanIgnoreReturnValue
  public ResultAssert hasCaveat(CaveatKind kind) {
    if (actual.caveats().stream().noneMatch(c -> c.kind() == kind)) {
      fail("a caveat of kind " + kind, "the caveats were " + caveatSummary());
    }
    return this;
  }

  /**
   * Asserts that some caveat has a code.
   *
   * @param code the caveat code, e.g. "childPugh.ptUsed"
   * @return this
   */
  @CanIgnoreReturnValue
  public ResultAssert hasCaveat(String code) {
    if (actual.caveats().stream().noneMatch(c -> c.code().equals(code))) {
      fail("a caveat " + code, "the caveats were " + caveatSummary());
    }
    return this;
  }

  /**
   * Asserts that no caveat has a code.
   *
   * @param code the caveat code
   * @return this
   */
  @CanIgnoreReturnValue
  public ResultAssert hasNoCaveat(String code) {
    if (actual.caveats().stream().anyMatch(c -> c.code().equals(code))) {
      fail("no caveat " + code, "the caveats were " + caveatSummary());
    }
    return this;
  }

  /**
   * Asserts that a scored item (of a complete result, or a known item of a bounded one) has a code,
   * and continues with assertions on that item.
   *
   * @param itemCode the item code, e.g. "albumin"
   * @return assertions on the item
   */
  public ItemAssert hasItem(String itemCode) {
    List<ItemScore> items =
        actual.fold(c -> c.items(), b -> b.knownItems(), n -> List.<ItemScore>of());
    Optional<ItemScore> item =
        items.stream().filter(i -> i.code().value().equals(itemCode)).findFirst();
    if (item.isEmpty()) {
      fail(
          "item " + itemCode,
          "the items were " + items.stream().map(i -> i.code().value()).toList());
    }
    return new ItemAssert(this, item.orElseThrow());
  }

  private ResultAssert isKind(String expected) {
    String kind = kind(actual);
    if (!kind.equals(expected)) {
      fail("a " + expected + " result", "it was " + kind);
    }
    return this;
  }

  private List<String> categoryCodes() {
    return actual.possibleCategories().stream().map(Category::code).toList();
  }

  private String caveatSummary() {
    return actual.caveats().stream().map(ResultAssert::caveatSummary).toList().toString();
  }

  private static String caveatSummary(Caveat c) {
    return c.kind() + " " + c.code();
  }

  static String kind(ModelResult r) {
    return r.fold(c -> "complete", b -> "bounded", n -> "not applicable");
  }

  /**
   * Throws an assertion error naming the expectation, what was found and the rendered result.
   *
   * @param expected what was expected
   * @param found what was found instead
   */
  void fail(String expected, String found) {
    throw new AssertionError(
        "Expecting "
            + actual.model().id()
            + " to have "
            + expected
            + ", but "
            + found
            + ".\nResult ("
            + kind(actual)
            + "):\n"
            + actual.render());
  }
}
