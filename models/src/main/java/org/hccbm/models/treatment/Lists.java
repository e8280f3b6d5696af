package org.hccbm.models.treatment;

import java.util.List;

/**
 * Immutable copies of lists a caller built fresh. On Java 17 {@link List#copyOf} of an {@code
 * ArrayList} copies the elements twice (its array, then that array again); the one- and two-element
 * lists the planner builds most often need no array at all.
 */
final class Lists {
  private Lists() {}

  /**
   * Returns an immutable list with the same elements, as {@link List#copyOf} does (a null element
   * throws); a list of one or two elements is made without an array.
   */
  static <T> List<T> copy(List<? extends T> list) {
    return switch (list.size()) {
      case 0 -> List.of();
      case 1 -> List.of(list.get(0));
      case 2 -> List.of(list.get(0), list.get(1));
      default -> List.copyOf(list);
    };
  }
}
