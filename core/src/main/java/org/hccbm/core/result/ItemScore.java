package org.hccbm.core.result;

import org.hccbm.core.Decimals;
import static java.util.Objects.requireNonNull;

import org.hccbm.core.InvalidClinicalInputException;

/**
 * One scored component: the input as used, the band or rule it matched, and its points (or, for
 * a formula, its term's contribution).
 *
 * @param item the component as the source names it, e.g. "Albumin"
 * @param observed the input as used, with its unit and any conversion, e.g. "3.1 g/dL"
 * @param band the band or rule matched, e.g. "2.8–3.5 g/dL"
 * @param points the points or the formula term's value; finite
 * @since 0.1.0
 */
public record ItemScore(String item, String observed, String band, double points) {
  /** Validates every component. */
  public ItemScore {
    requireNonNull(item, "item");
    requireNonNull(observed, "observed");
    requireNonNull(band, "band");
    if (!Double.isFinite(points)) {
      throw new InvalidClinicalInputException("item points of " + item, points, "finite");
    }
  }

  /**
   * Returns an item score.
   *
   * @param item the component
   * @param observed the input as used; rendered with {@code toString()}
   * @param band the band matched
   * @param points the points
   * @return the item score
   */
  public static ItemScore of(String item, Object observed, String band, double points) {
    return new ItemScore(item, String.valueOf(observed), band, points);
  }

  /** Returns e.g. "Albumin: 3.1 g/dL → 2.8–3.5 g/dL = 2". */
  @Override
  public String toString() {
    return item + ": " + observed + " → " + band + " = " + Decimals.plain(points);
  }
}
