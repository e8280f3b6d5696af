package org.hccbm.core.result;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hccbm.core.evidence.ModelInfo;

/**
 * The result of evaluating one model: complete, bounded by unknown inputs, or not applicable.
 *
 * <p>Ask the result rather than its class: {@link #possibleCategories(Class)}, {@link
 * #possibleTotals()} and {@link #totalAtLeast(double)} answer for every kind, and {@link #fold}
 * handles the three kinds with one function each.
 *
 * @since 0.1.0
 */
public sealed interface ModelResult permits Complete, Bounded, NotApplicable {
  /**
   * Returns the model that produced this result.
   *
   * @return the model
   */
  ModelInfo model();

  /**
   * Returns the caveats, in the order they arose.
   *
   * @return the caveats
   */
  List<Caveat> caveats();

  /**
   * Returns a plain-text rendering for logs and command lines: the model, one line per item, the
   * total or its bounds, the category and the caveats, in English ({@link Renderer}).
   *
   * @return the rendering, lines separated by '\n'
   */
  default String render() {
    return Renderer.english().render(this);
  }

  /**
   * Applies the function for this result's kind.
   *
   * @param <R> the answer's type
   * @param complete for a complete result
   * @param bounded for a bounded result
   * @param notApplicable for a model that does not apply
   * @return the chosen function's answer
   * @since 0.2.0
   */
  default <R> R fold(
      Function<? super Complete, ? extends R> complete,
      Function<? super Bounded, ? extends R> bounded,
      Function<? super NotApplicable, ? extends R> notApplicable) {
    requireNonNull(complete, "complete");
    requireNonNull(bounded, "bounded");
    requireNonNull(notApplicable, "notApplicable");
    // the sealed interface has exactly these three kinds; this is the one place that tells them
    // apart by class
    if (this instanceof Complete c) {
      return complete.apply(c);
    }
    if (this instanceof Bounded b) {
      return bounded.apply(b);
    }
    return notApplicable.apply((NotApplicable) this);
  }

  /**
   * Returns whether every input was known.
   *
   * @return true for a {@link Complete} result
   * @since 0.3.0
   */
  default boolean isComplete() {
    return fold(c -> true, b -> false, n -> false);
  }

  /**
   * Returns whether some input was unknown, so that the result is bounded.
   *
   * @return true for a {@link Bounded} result
   * @since 0.3.0
   */
  default boolean isBounded() {
    return fold(c -> false, b -> true, n -> false);
  }

  /**
   * Returns whether the model does not apply.
   *
   * @return true for a {@link NotApplicable} result
   * @since 0.3.0
   */
  default boolean isNotApplicable() {
    return fold(c -> false, b -> false, n -> true);
  }

  /**
   * Returns this result typed as {@link Complete}, for a caller that requires every input known (in
   * place of a cast).
   *
   * @return this result
   * @throws IllegalStateException if the result is bounded or the model does not apply; the message
   *     names the model, the kind wanted and the kind found (with the open items or the reason)
   * @since 0.3.0
   */
  default Complete asComplete() {
    return fold(
        c -> c,
        b -> {
          throw wrongKind("complete");
        },
        n -> {
          throw wrongKind("complete");
        });
  }

  /**
   * Returns this result typed as {@link Bounded}, for a caller that requires some input unknown (in
   * place of a cast).
   *
   * @return this result
   * @throws IllegalStateException if the result is complete or the model does not apply; the
   *     message names the model, the kind wanted and the kind found (with the open items or the
   *     reason)
   * @since 0.3.0
   */
  default Bounded asBounded() {
    return fold(
        c -> {
          throw wrongKind("bounded");
        },
        b -> b,
        n -> {
          throw wrongKind("bounded");
        });
  }

  /**
   * Returns this result typed as {@link NotApplicable} (in place of a cast).
   *
   * @return this result
   * @throws IllegalStateException if the model applies; the message names the model, the kind
   *     wanted and the kind found (with the open items)
   * @since 0.3.0
   */
  default NotApplicable asNotApplicable() {
    return fold(
        c -> {
          throw wrongKind("not applicable");
        },
        b -> {
          throw wrongKind("not applicable");
        },
        n -> n);
  }

  private IllegalStateException wrongKind(String expected) {
    // from the data, not render(): the message must not depend on the wording bundle
    String found =
        fold(
            c -> "complete",
            b ->
                "bounded (open items "
                    + b.openItems().stream().map(o -> o.code().value()).toList()
                    + ")",
            n -> "not applicable (" + n.reason() + ")");
    return new IllegalStateException(
        model().id() + " result must be " + expected + ", was " + found);
  }

  /**
   * Returns the categories still possible: the category of a complete result, every reachable
   * category of a bounded one, none for a model without categories or that does not apply.
   *
   * @return the categories, in the model's order
   * @since 0.2.0
   */
  default List<Category> possibleCategories() {
    return fold(ModelResult::categoryOf, Bounded::reachableCategories, n -> List.of());
  }

  private static List<Category> categoryOf(Complete complete) {
    Optional<Category> category = complete.category();
    return category.isPresent() ? List.of(category.get()) : List.of();
  }

  /**
   * Returns the categories still possible, typed as the model's category enum.
   *
   * @param <C> the category type
   * @param type the model's category type, e.g. {@code SinsCategory.class}
   * @return the categories, in the model's order; empty as {@link #possibleCategories()}
   * @throws IllegalArgumentException if a category is not of that type (the wrong model)
   * @since 0.2.0
   */
  default <C extends Category> List<C> possibleCategories(Class<C> type) {
    requireNonNull(type, "type");
    List<Category> all = possibleCategories();
    for (Category c : all) {
      if (!type.isInstance(c)) {
        throw new IllegalArgumentException(
            model().id()
                + " has categories of "
                + c.getClass().getSimpleName()
                + ", not "
                + type.getSimpleName());
      }
    }
    // Every element was just checked to be a C; the list is immutable.
    @SuppressWarnings("unchecked")
    List<C> typed = (List<C>) all;
    return typed;
  }

  /**
   * Returns the totals still possible: the one total of a complete result, the reachable range of a
   * bounded one; empty for a model without a total or that does not apply.
   *
   * @return the range of reported totals
   * @since 0.2.0
   */
  default Optional<TotalRange> possibleTotals() {
    return fold(
        c -> c.total().map(t -> TotalRange.of(List.of(t.value()))),
        Bounded::totals,
        n -> Optional.empty());
  }

  /**
   * Returns whether the reported total is at least a value: known true (or false) when every
   * reachable total is (or is not), unknown when the reachable totals straddle it or there is no
   * total.
   *
   * @param threshold the value
   * @return the three-valued answer
   * @since 0.2.0
   */
  default Truth totalAtLeast(double threshold) {
    Optional<TotalRange> totals = possibleTotals();
    if (totals.isEmpty()) {
      return Truth.UNKNOWN;
    }
    TotalRange r = totals.get();
    if (r.min() >= threshold) {
      return Truth.KNOWN_TRUE;
    }
    if (r.max() < threshold) {
      return Truth.KNOWN_FALSE;
    }
    // min and max are both reachable: the totals straddle the threshold
    return Truth.UNKNOWN;
  }
}
