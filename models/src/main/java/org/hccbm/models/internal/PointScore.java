package org.hccbm.models.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
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
      possiblePoints = List.copyOf(new TreeSet<>(possiblePoints));
      if (possiblePoints.isEmpty()) {
        throw new IllegalArgumentException("open item " + item.code() + " has no possible points");
      }
    }
  }

  private PointScore() {}

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
    List<ItemScore> known = new ArrayList<>();
    List<Open> open = new ArrayList<>();
    int knownSum = 0;
    for (Part part : parts) {
      if (part instanceof Scored s) {
        known.add(s.item());
        knownSum += (int) s.item().pointsOrZero();
      } else if (part instanceof Open o) {
        open.add(o);
      }
    }
    if (open.isEmpty()) {
      return Complete.ofPoints(model, known, categoryOf.apply(knownSum), caveats);
    }
    Set<Integer> totals = sumSet(knownSum, open, -1);
    if (totals.size() == 1) {
      // No open item can move the total: the result is determined (errata).
      List<ItemScore> items = new ArrayList<>(known);
      for (Open o : open) {
        items.add(
            Completions.didNotMatterItem(
                o.item(), "samePoints", OptionalDouble.of(o.possiblePoints().get(0))));
      }
      List<Caveat> all = new ArrayList<>(caveats);
      all.add(Completions.didNotMatter(open.stream().map(o -> o.item().code()).toList()));
      return Complete.ofPoints(model, items, categoryOf.apply(totals.iterator().next()), all);
    }
    Set<Category> categories = new LinkedHashSet<>();
    totals.forEach(t -> categories.add(categoryOf.apply(t)));
    List<ItemCode> deciding = new ArrayList<>();
    for (int i = 0; i < open.size(); i++) {
      if (decides(knownSum, open, i, categoryOf)) {
        deciding.add(open.get(i).item().code());
      }
    }
    return new Bounded(
        model,
        known,
        open.stream().map(Open::item).toList(),
        java.util.Optional.of(TotalRange.of(totals.stream().map(Integer::doubleValue).toList())),
        List.copyOf(categories),
        deciding,
        caveats);
  }

  /**
   * The sums reachable from {@code start} adding one value of each open part except {@code skip}.
   */
  private static Set<Integer> sumSet(int start, List<Open> open, int skip) {
    Set<Integer> sums = new TreeSet<>(List.of(start));
    for (int i = 0; i < open.size(); i++) {
      if (i == skip) {
        continue;
      }
      Set<Integer> next = new TreeSet<>();
      for (int s : sums) {
        for (int p : open.get(i).possiblePoints()) {
          next.add(s + p);
        }
      }
      sums = next;
    }
    return sums;
  }

  private static boolean decides(
      int knownSum, List<Open> open, int i, IntFunction<? extends Category> categoryOf) {
    for (int rest : sumSet(knownSum, open, i)) {
      Set<Category> seen = new LinkedHashSet<>();
      for (int p : open.get(i).possiblePoints()) {
        seen.add(categoryOf.apply(rest + p));
      }
      if (seen.size() > 1) {
        return true;
      }
    }
    return false;
  }
}
