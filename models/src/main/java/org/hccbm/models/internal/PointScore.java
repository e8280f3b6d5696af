package org.hccbm.models.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.result.TotalRange;

/**
 * The engine for additive point scores. Known items add their points; each open item adds one of
 * its possible points. With open items the result is bounded: every reachable total (the exact sum
 * set, not only its ends), every reachable category, and the open items that could still move the
 * category.
 */
public final class PointScore {
  /** One item of a point score: scored, or open with the points it could still add. */
  public sealed interface Part permits Scored, Open {}

  /**
   * A scored item.
   *
   * @param item the item
   */
  public record Scored(ItemScore item) implements Part {}

  /**
   * An open item.
   *
   * @param item how it is shown
   * @param possiblePoints every value it could add
   */
  public record Open(OpenItem item, List<Integer> possiblePoints) implements Part {
    /** Copies the points. */
    public Open {
      possiblePoints =
          ascending(possiblePoints)
              ? List.copyOf(possiblePoints)
              : List.copyOf(new TreeSet<>(possiblePoints));
      if (possiblePoints.isEmpty()) {
        throw new IllegalArgumentException("open item " + item.code() + " has no possible points");
      }
    }
  }

  private PointScore() {}

  /** Whether the points are strictly ascending already (as tables list them): no sort needed. */
  private static boolean ascending(List<Integer> points) {
    for (int i = 1; i < points.size(); i++) {
      if (points.get(i - 1) >= points.get(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a scored part.
   *
   * @param item the item
   * @return the part
   */
  public static Part scored(ItemScore item) {
    return new Scored(item);
  }

  /**
   * Evaluates a point score.
   *
   * @param model the model
   * @param parts the items, in the source's order
   * @param categoryOf the category of a total
   * @param caveats the caveats
   * @return a complete result when no part is open, a bounded one otherwise
   */
  public static ModelResult evaluate(
      ModelInfo model,
      List<Part> parts,
      IntFunction<? extends Category> categoryOf,
      List<Caveat> caveats) {
    // Arrays sized once, then one immutable list each: the results keep them without a copy.
    int n = parts.size();
    ItemScore[] scored = new ItemScore[n];
    Open[] opened = null;
    int knownCount = 0;
    int openCount = 0;
    int knownSum = 0;
    for (int i = 0; i < n; i++) {
      Part part = parts.get(i);
      if (part instanceof Scored s) {
        scored[knownCount++] = s.item();
        knownSum += (int) s.item().pointsOrZero();
      } else if (part instanceof Open o) {
        if (opened == null) {
          opened = new Open[n];
        }
        opened[openCount++] = o;
      }
    }
    List<ItemScore> known = List.of(knownCount == n ? scored : Arrays.copyOf(scored, knownCount));
    if (opened == null) {
      return Complete.ofPoints(model, known, categoryOf.apply(knownSum), caveats);
    }
    List<Open> open = List.of(Arrays.copyOf(opened, openCount));
    Sums totals = Sums.of(knownSum, open, -1);
    if (totals.count == 1) {
      // No open item can move the total: the result is determined (errata).
      List<ItemScore> items = new ArrayList<>(known);
      List<ItemCode> unknowns = new ArrayList<>(open.size());
      for (Open o : open) {
        items.add(
            Completions.didNotMatterItem(
                o.item(), "samePoints", OptionalDouble.of(o.possiblePoints().get(0))));
        unknowns.add(o.item().code());
      }
      List<Caveat> all = new ArrayList<>(caveats);
      all.add(Completions.didNotMatter(unknowns));
      return Complete.ofPoints(model, items, categoryOf.apply(totals.first()), all);
    }
    // The category of every reachable total, by its offset from the least.
    Category[] categoryAt = new Category[totals.reached.length];
    List<Category> categories = new ArrayList<>();
    Double[] reached = new Double[totals.count];
    int r = 0;
    for (int t = 0; t < categoryAt.length; t++) {
      if (totals.reached[t]) {
        Category c = categoryOf.apply(totals.min + t);
        categoryAt[t] = c;
        reached[r++] = Wholes.boxed(totals.min + t);
        if (!categories.contains(c)) {
          categories.add(c);
        }
      }
    }
    List<ItemCode> deciding = new ArrayList<>();
    List<OpenItem> openItems = new ArrayList<>(open.size());
    for (int i = 0; i < open.size(); i++) {
      openItems.add(open.get(i).item());
      if (categories.size() > 1 && decides(knownSum, open, i, totals.min, categoryAt)) {
        deciding.add(open.get(i).item().code());
      }
    }
    // immutable: the result keeps it without a copy
    List<Double> reachable = List.of(reached);
    return new Bounded(
        model,
        known,
        openItems,
        java.util.Optional.of(
            new TotalRange(reachable.get(0), reachable.get(reachable.size() - 1), reachable)),
        categories,
        deciding,
        caveats);
  }

  /**
   * The sums reachable from a start adding one value of each open part but one: a flag per sum from
   * the least possible to the greatest.
   */
  private static final class Sums {
    final int min;
    final boolean[] reached;
    final int count;

    private Sums(int min, boolean[] reached) {
      this.min = min;
      this.reached = reached;
      int n = 0;
      for (boolean r : reached) {
        n += r ? 1 : 0;
      }
      this.count = n;
    }

    int first() {
      for (int t = 0; t < reached.length; t++) {
        if (reached[t]) {
          return min + t;
        }
      }
      throw new IllegalStateException("no sum reached");
    }

    /** The sums from {@code start} adding one value of each open part except {@code skip}. */
    static Sums of(int start, List<Open> open, int skip) {
      int lo = start;
      int hi = start;
      for (int i = 0; i < open.size(); i++) {
        if (i != skip) {
          List<Integer> points = open.get(i).possiblePoints();
          lo += points.get(0);
          hi += points.get(points.size() - 1);
        }
      }
      boolean[] reached = new boolean[hi - lo + 1];
      boolean[] next = new boolean[reached.length];
      // Index t stands for the sum t plus the least sum of the parts added so far.
      reached[0] = true;
      for (int i = 0; i < open.size(); i++) {
        if (i == skip) {
          continue;
        }
        java.util.Arrays.fill(next, false);
        List<Integer> points = open.get(i).possiblePoints();
        int least = points.get(0);
        for (int t = 0; t < reached.length; t++) {
          if (reached[t]) {
            for (int p : points) {
              next[t + p - least] = true;
            }
          }
        }
        boolean[] swap = reached;
        reached = next;
        next = swap;
      }
      return new Sums(lo, reached);
    }
  }

  /**
   * Whether open part {@code i} can move the category: some sum of the other parts gives two
   * categories over its possible points.
   */
  private static boolean decides(
      int knownSum, List<Open> open, int i, int min, Category[] categoryAt) {
    Sums rest = Sums.of(knownSum, open, i);
    List<Integer> points = open.get(i).possiblePoints();
    for (int t = 0; t < rest.reached.length; t++) {
      if (rest.reached[t]) {
        int base = rest.min + t - min;
        Category first = categoryAt[base + points.get(0)];
        for (int k = 1; k < points.size(); k++) {
          if (!categoryAt[base + points.get(k)].equals(first)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
