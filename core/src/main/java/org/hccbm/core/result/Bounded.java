package org.hccbm.core.result;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.evidence.ModelInfo;

/**
 * A result with unknown inputs: what is still possible and what would decide it. Unknown inputs
 * are never imputed.
 *
 * @param model the model
 * @param knownItems the items whose inputs are known
 * @param openItems the items whose inputs are unknown or not assessable
 * @param minTotal the lowest reachable reported total
 * @param maxTotal the highest reachable reported total
 * @param reachableTotals every reachable reported total, in ascending order, when they form a
 *     finite set; empty when every value in [{@code minTotal}, {@code maxTotal}] is reachable
 * @param reachableCategories every category still reachable, in the model's order
 * @param decidingItems the open items whose value could still change the category
 * @param caveats the caveats
 * @since 0.1.0
 */
public record Bounded(ModelInfo model, List<ItemScore> knownItems, List<OpenItem> openItems,
    double minTotal, double maxTotal, List<Double> reachableTotals,
    List<Category> reachableCategories, List<String> decidingItems, List<Caveat> caveats)
    implements ModelResult {
  /** Validates and copies every component. */
  public Bounded {
    requireNonNull(model, "model");
    knownItems = List.copyOf(knownItems);
    openItems = List.copyOf(openItems);
    reachableTotals = List.copyOf(reachableTotals);
    reachableCategories = List.copyOf(reachableCategories);
    decidingItems = List.copyOf(decidingItems);
    caveats = List.copyOf(caveats);
    if (openItems.isEmpty()) {
      throw new InvalidClinicalInputException("open items of a bounded " + model.id() + " result",
          "none", "at least one");
    }
    if (!(minTotal <= maxTotal)) {
      throw new InvalidClinicalInputException("bounds of " + model.id(), minTotal + ".." + maxTotal,
          "min <= max");
    }
  }

  /**
   * Returns the category when every reachable total falls in the same one.
   *
   * @return the determined category, or empty when more than one is reachable
   */
  public Optional<Category> determinedCategory() {
    return reachableCategories.size() == 1 ? Optional.of(reachableCategories.get(0))
        : Optional.empty();
  }

  /**
   * Returns whether a total is reachable.
   *
   * @param total the total
   * @return true when reachable
   */
  public boolean canReach(double total) {
    if (reachableTotals.isEmpty()) {
      return total >= minTotal && total <= maxTotal;
    }
    return reachableTotals.contains(total);
  }
}
