package org.hccbm.models.internal;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import org.hccbm.models.SurvivalBand;

/**
 * What the category enums share, so that each keeps only its table: code, range and survival bands.
 * Their wording is in the bundle ({@code category.<Type>.<CODE>}).
 */
public final class Categories {
  private Categories() {}

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
