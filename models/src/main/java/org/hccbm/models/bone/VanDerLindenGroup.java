package org.hccbm.models.bone;

import static org.hccbm.models.SurvivalBand.AT_LEAST_6_MONTHS;
import static org.hccbm.models.SurvivalBand.THREE_TO_6_MONTHS;
import static org.hccbm.models.SurvivalBand.UNDER_3_MONTHS;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.hccbm.core.result.Renderer;
import org.hccbm.models.PrognosticCategory;
import org.hccbm.models.SurvivalBand;
import org.hccbm.models.internal.Categories;
import org.hccbm.models.internal.CategoryTable;

/**
 * van der Linden groups with the derivation cohort's survival (342 patients with painful spinal
 * metastases without neurological impairment; bone §6.1).
 *
 * <p>Label and meaning: bundle {@code category.VanDerLindenGroup.<CODE>}. Each constant names the
 * survival bands its cohort figure supports; a median near a band's edge supports both bands.
 *
 * @since 0.1.0
 */
public enum VanDerLindenGroup implements PrognosticCategory {
  /** Total ≤ 3; median OS 3.0 months. */
  A(UNDER_3_MONTHS, THREE_TO_6_MONTHS),
  /** Total 4–5; median OS 9.0 months. */
  B(AT_LEAST_6_MONTHS),
  /** Total 6; median OS 18.7 months. */
  C(AT_LEAST_6_MONTHS);

  /** The categories by total; building checks that they cover 0..6 without gaps. */
  private static final CategoryTable<VanDerLindenGroup> BY_TOTAL =
      CategoryTable.<VanDerLindenGroup>byTotal("van der Linden total", 0, 6)
          .range(0, 3, A)
          .range(4, 5, B)
          .range(6, 6, C)
          .build();

  private final ImmutableSet<SurvivalBand> survivalBands;

  VanDerLindenGroup(SurvivalBand first, SurvivalBand... rest) {
    this.survivalBands = Categories.bands(first, rest);
  }

  /**
   * Returns the group of a total.
   *
   * @param total 0..6
   * @return the group
   */
  public static VanDerLindenGroup forTotal(int total) {
    return BY_TOTAL.of(total);
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label() {
    return Renderer.english().categoryLabel(this);
  }

  @Override
  public String meaning() {
    return Renderer.english().categoryMeaning(this);
  }

  /**
   * Returns the survival bands the cohort figure supports.
   *
   * @return the bands
   * @since 0.2.0
   */
  @Override
  public Set<SurvivalBand> survivalBands() {
    return survivalBands;
  }
}
