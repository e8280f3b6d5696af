package org.hccbm.core.result;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import org.hccbm.core.Decimals;
import org.hccbm.core.InvalidClinicalInputException;

/**
 * One component of a result: the input as used, the band or rule it matched and, for scores, its
 * points (or, for a formula, its term's value). Criteria and staging rules have no points.
 *
 * @param item the component as the source names it, e.g. "Albumin"
 * @param observed the input as used, with its unit and any conversion, e.g. "3.1 g/dL"
 * @param band the band or rule matched, e.g. "2.8–3.5 g/dL"
 * @param points the points or the formula term's value, finite; empty for a criterion or rule
 * @since 0.1.0
 */
public record ItemScore(String item, String observed, String band, OptionalDouble points) {
  /** Validates every component. */
  public ItemScore {
    requireNonNull(item, "item");
    requireNonNull(observed, "observed");
    requireNonNull(band, "band");
    requireNonNull(points, "points");
    if (points.isPresent() && !Double.isFinite(points.getAsDouble())) {
      throw new InvalidClinicalInputException("item points of " + item, points.getAsDouble(),
          "finite");
    }
  }

  /**
   * Returns a scored item.
   *
   * @param item the component
   * @param observed the input as used; rendered with {@code toString()}
   * @param band the band matched
   * @param points the points
   * @return the item
   */
  public static ItemScore of(String item, Object observed, String band, double points) {
    return new ItemScore(item, String.valueOf(observed), band, OptionalDouble.of(points));
  }

  /**
   * Returns an item without points: a criterion checked or a staging rule applied.
   *
   * @param item the component
   * @param observed the input as used; rendered with {@code toString()}
   * @param rule the rule or criterion and its outcome
   * @return the item
   */
  public static ItemScore finding(String item, Object observed, String rule) {
    return new ItemScore(item, String.valueOf(observed), rule, OptionalDouble.empty());
  }

  /**
   * Returns the points, 0 for an item without points.
   *
   * @return the points
   */
  public double pointsOrZero() {
    return points.orElse(0.0);
  }

  /** Returns e.g. "Albumin: 3.1 g/dL → 2.8–3.5 g/dL = 2". */
  @Override
  public String toString() {
    String head = item + ": " + observed + " → " + band;
    return points.isPresent() ? head + " = " + Decimals.display(points.getAsDouble(), 4) : head;
  }
}
