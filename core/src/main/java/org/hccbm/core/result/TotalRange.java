package org.hccbm.core.result;

import java.util.Arrays;
import java.util.List;
import org.hccbm.core.InvalidClinicalInputException;

/**
 * The reported totals still reachable with unknown inputs.
 *
 * @param min the lowest reachable total
 * @param max the highest reachable total
 * @param reachable every reachable total, ascending, when they form a finite set (point scores,
 *     rounded formulas); empty when every value in [min, max] is reachable
 * @since 0.1.0
 */
public record TotalRange(double min, double max, List<Double> reachable) {
  /** Validates and copies every component. */
  public TotalRange {
    reachable = List.copyOf(reachable);
    if (!(min <= max) || !Double.isFinite(min) || !Double.isFinite(max)) {
      throw new InvalidClinicalInputException(
          "total range", min + ".." + max, "finite with min <= max");
    }
  }

  /**
   * Returns the range of a finite set of totals.
   *
   * @param totals the reachable totals, at least one
   * @return the range
   */
  public static TotalRange of(java.util.Collection<Double> totals) {
    // Sorted, then each run of equal totals kept once: no stream pipeline, since results of every
    // kind ask for their totals.
    Double[] all = totals.toArray(new Double[0]);
    if (all.length == 0) {
      throw new InvalidClinicalInputException("reachable totals", "none", "at least one");
    }
    Arrays.sort(all);
    int n = 1;
    for (int i = 1; i < all.length; i++) {
      if (!all[i].equals(all[n - 1])) {
        all[n++] = all[i];
      }
    }
    List<Double> sorted = List.of(n == all.length ? all : Arrays.copyOf(all, n));
    return new TotalRange(sorted.get(0), sorted.get(sorted.size() - 1), sorted);
  }

  /**
   * Returns whether a total is reachable.
   *
   * @param total the total
   * @return true when reachable
   */
  public boolean contains(double total) {
    return reachable.isEmpty() ? total >= min && total <= max : reachable.contains(total);
  }
}
