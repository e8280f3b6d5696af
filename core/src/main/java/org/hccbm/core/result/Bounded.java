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
 * @param openItems the items whose inputs are unknown or not assessable; at least one
 * @param totals the reachable totals, for scores and formulas; empty for criteria and staging
 * @param reachableCategories every category still reachable, in ascending order of total or in
 *     the model's order
 * @param decidingItems the open items whose value could still change the category
 * @param caveats the caveats
 * @since 0.1.0
 */
public record Bounded(ModelInfo model, List<ItemScore> knownItems, List<OpenItem> openItems,
    Optional<TotalRange> totals, List<Category> reachableCategories, List<String> decidingItems,
    List<Caveat> caveats) implements ModelResult {
  /** Validates and copies every component. */
  public Bounded {
    requireNonNull(model, "model");
    knownItems = List.copyOf(knownItems);
    openItems = List.copyOf(openItems);
    requireNonNull(totals, "totals");
    reachableCategories = List.copyOf(reachableCategories);
    decidingItems = List.copyOf(decidingItems);
    caveats = List.copyOf(caveats);
    if (openItems.isEmpty()) {
      throw new InvalidClinicalInputException("open items of a bounded " + model.id() + " result",
          "none", "at least one");
    }
  }

  /**
   * Returns the category when every completion of the unknowns falls in the same one.
   *
   * @return the determined category, or empty when more than one is reachable
   */
  public Optional<Category> determinedCategory() {
    return reachableCategories.size() == 1 ? Optional.of(reachableCategories.get(0))
        : Optional.empty();
  }

  /**
   * Returns the reachable totals.
   *
   * @return the range
   * @throws IllegalStateException if the model has no total
   */
  public TotalRange totalRange() {
    return totals.orElseThrow(() -> new IllegalStateException(model.id() + " has no total"));
  }
}
