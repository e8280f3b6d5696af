package org.hccbm.testkit;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import org.hccbm.core.result.ItemScore;

/**
 * Assertions on one scored item of a result, reached by {@link ResultAssert#hasItem(String)}.
 *
 * @since 0.3.0
 */
public final class ItemAssert {
  private static final double EPSILON = 1e-9;

  private final ResultAssert result;
  private final ItemScore item;

  ItemAssert(ResultAssert result, ItemScore item) {
    this.result = result;
    this.item = item;
  }

  /**
   * Asserts the item's points.
   *
   * @param points the expected points
   * @return this
   */
  @CanIgnoreReturnValue
  public ItemAssert withPoints(double points) {
    if (item.points().isEmpty()) {
      result.fail(
          "item " + item.code().value() + " with " + points + " points", "the item has no points");
    } else if (Math.abs(item.points().getAsDouble() - points) > EPSILON) {
      result.fail(
          "item " + item.code().value() + " with " + points + " points",
          "it had " + item.points().getAsDouble());
    }
    return this;
  }

  /**
   * Asserts the patient field the item was scored from.
   *
   * @param field the field, as a JSON path of docs/json.md, e.g. "labs.albumin"
   * @return this
   */
  @CanIgnoreReturnValue
  public ItemAssert fromField(String field) {
    String got = item.patientField().orElse("(none)");
    if (!got.equals(field)) {
      result.fail("item " + item.code().value() + " scored from " + field, "it was from " + got);
    }
    return this;
  }

  /**
   * Continues with another item of the same result.
   *
   * @param itemCode the item code
   * @return assertions on that item
   */
  public ItemAssert hasItem(String itemCode) {
    return result.hasItem(itemCode);
  }

  /**
   * Returns to the assertions on the whole result.
   *
   * @return the result's assertions
   */
  public ResultAssert and() {
    return result;
  }
}
