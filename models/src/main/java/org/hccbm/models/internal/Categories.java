package org.hccbm.models.internal;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.TreeSet;
import org.hccbm.models.SurvivalBand;

/**
 * What the category enums share, so that each keeps only its table: code, range and survival bands.
 * Their wording is in the bundle ({@code category.<Type>.<CODE>}).
 */
public final class Categories {
  private Categories() {}

  /**
   * Returns the values sorted and without repeats, as an immutable list: the list itself (copied)
   * when it is already strictly ascending, as a derived model's classes are.
   *
   * @param values the values
   * @param <E> the enum
   * @return the values in declaration order, each once
   */
  public static <E extends Enum<E>> List<E> sortedDistinct(List<E> values) {
    for (int i = 1; i < values.size(); i++) {
      if (values.get(i - 1).compareTo(values.get(i)) >= 0) {
        return List.copyOf(new TreeSet<>(values));
      }
    }
    return List.copyOf(values);
  }

  /**
   * Returns the survival bands a category's cohort figure supports, as an unmodifiable set.
   *
   * @param first a band
   * @param rest further bands
   * @return the bands
   */
  public static ImmutableSet<SurvivalBand> bands(SurvivalBand first, SurvivalBand... rest) {
    return Sets.immutableEnumSet(first, rest);
  }
}
