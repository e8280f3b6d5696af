package org.hccbm.core.result;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.hccbm.core.evidence.ModelInfo;

/**
 * A result with every input known.
 *
 * @param model the model
 * @param items one per scored component, formula term or rule applied
 * @param total the total, for scores and formulas; empty for criteria and staging rules
 * @param category the category, when the model has one
 * @param caveats the caveats
 * @since 0.1.0
 */
public record Complete(
    ModelInfo model,
    List<ItemScore> items,
    Optional<Total> total,
    Optional<Category> category,
    List<Caveat> caveats)
    implements ModelResult {
  /** Validates and copies every component. */
  public Complete {
    requireNonNull(model, "model");
    items = List.copyOf(items);
    requireNonNull(total, "total");
    requireNonNull(category, "category");
    caveats = List.copyOf(caveats);
  }

  /**
   * Returns a complete result of a point score, whose total is the sum of its items.
   *
   * @param model the model
   * @param items the items
   * @param category the category of the total
   * @param caveats the caveats
   * @return the result
   */
  public static Complete ofPoints(
      ModelInfo model, List<ItemScore> items, Category category, List<Caveat> caveats) {
    double sum = 0;
    for (ItemScore item : items) {
      double points = item.pointsOrZero();
      if (!halfPoints(points)) {
        // Fractional points other than halves: the stream's compensated sum, as always.
        sum = items.stream().mapToDouble(ItemScore::pointsOrZero).sum();
        break;
      }
      sum += points;
    }
    return new Complete(model, items, Optional.of(Total.of(sum)), Optional.of(category), caveats);
  }

  /**
   * Whether points are a small multiple of one half: every partial sum of such points is exact, so
   * a plain sum equals the compensated one.
   */
  private static boolean halfPoints(double points) {
    double halves = points * 2;
    return halves == Math.rint(halves) && Math.abs(halves) < 1e9;
  }

  /**
   * Returns the reported total.
   *
   * @return the total
   * @throws IllegalStateException if the model has no total (criteria, staging)
   */
  public double totalValue() {
    return total.orElseThrow(() -> new IllegalStateException(model.id() + " has no total")).value();
  }

  /**
   * Returns the item with a code.
   *
   * @param code the code
   * @return the item
   * @throws IllegalArgumentException if no item has that code
   * @since 0.3.0
   */
  public ItemScore item(ItemCode code) {
    return items.stream()
        .filter(i -> i.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no item " + code + " in " + model.id()));
  }

  /**
   * Returns the item with a code, given as its text. Items are looked up by their stable code only
   * (docs/models.md, "Result codes"), never by a display label: a label is wording, and changes
   * with the locale and the bundle.
   *
   * @param code the item's code, e.g. "albumin"
   * @return the item
   * @throws IllegalArgumentException if no item has that code; the message names the model's item
   *     codes
   */
  public ItemScore item(String code) {
    for (ItemScore i : items) {
      if (i.code().value().equals(code)) {
        return i;
      }
    }
    StringBuilder codes = new StringBuilder();
    for (ItemScore i : items) {
      codes.append(codes.length() == 0 ? "" : ", ").append(i.code().value());
    }
    throw new IllegalArgumentException(
        "no item with code " + code + " in " + model.id() + " (its item codes: " + codes + ")");
  }
}
