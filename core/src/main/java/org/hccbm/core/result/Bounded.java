package org.hccbm.core.result;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.evidence.ModelInfo;

/**
 * A result with unknown inputs: what is still possible and what would decide it. Unknown inputs are
 * never imputed.
 *
 * @param model the model
 * @param knownItems the items whose inputs are known
 * @param openItems the items whose inputs are unknown or not assessable; at least one
 * @param totals the reachable totals, for scores and formulas; empty for criteria and staging
 * @param reachableCategories every category still reachable, in ascending order of total or in the
 *     model's order
 * @param deciding the codes of the open items whose value could still change the category
 * @param caveats the caveats
 * @since 0.1.0
 */
public record Bounded(
    ModelInfo model,
    List<ItemScore> knownItems,
    List<OpenItem> openItems,
    Optional<TotalRange> totals,
    List<Category> reachableCategories,
    List<ItemCode> deciding,
    List<Caveat> caveats)
    implements ModelResult {
  /** Validates and copies every component. */
  public Bounded {
    requireNonNull(model, "model");
    knownItems = List.copyOf(knownItems);
    openItems = List.copyOf(openItems);
    requireNonNull(totals, "totals");
    reachableCategories = List.copyOf(reachableCategories);
    deciding = List.copyOf(deciding);
    caveats = List.copyOf(caveats);
    if (openItems.isEmpty()) {
      throw new InvalidClinicalInputException(
          "open items of a bounded " + model.id() + " result", "none", "at least one");
    }
  }

  /**
   * Returns the category when every completion of the unknowns falls in the same one.
   *
   * @return the determined category, or empty when more than one is reachable
   */
  public Optional<Category> determinedCategory() {
    return reachableCategories.size() == 1
        ? Optional.of(reachableCategories.get(0))
        : Optional.empty();
  }

  /**
   * Returns the labels, in English, of the open items that could still change the category.
   *
   * @return the labels
   */
  public List<String> decidingItems() {
    Renderer r = Renderer.english();
    return deciding.stream().map(r::label).toList();
  }

  /**
   * Returns the patient fields whose value could still change the category: those that would close
   * a deciding item, in the order of the open items.
   *
   * @return the fields (JSON paths of docs/json.md), without repeats
   * @since 0.3.0
   */
  public List<String> decidingFields() {
    return openItems.stream()
        .filter(o -> deciding.contains(o.code()))
        .flatMap(o -> o.closedBy().stream())
        .distinct()
        .toList();
  }

  /**
   * Returns the open item with a code.
   *
   * @param code the code
   * @return the item
   * @throws IllegalArgumentException if no open item has that code
   * @since 0.3.0
   */
  public OpenItem openItem(ItemCode code) {
    return openItems.stream()
        .filter(o -> o.code().equals(code))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no open item " + code + " in " + model.id()));
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
