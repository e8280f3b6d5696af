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
 * HCC-SM GPA risk group with the validation cohort's survival (63 RT-treated patients, 2011–2016;
 * bone §7.2).
 *
 * <p>Label and meaning: bundle {@code category.HccSmGpaGroup.<CODE>}. Each constant names the
 * survival bands its cohort figure supports; a median near a band's edge supports both bands.
 *
 * @since 0.1.0
 */
public enum HccSmGpaGroup implements PrognosticCategory {
  /** 0 points; median OS 13.6 months. */
  LOW(AT_LEAST_6_MONTHS),
  /** 1–2 points; median OS 4.8 months. */
  INTERMEDIATE(THREE_TO_6_MONTHS),
  /** 3–4 points; median OS 2.6 months. */
  HIGH(UNDER_3_MONTHS);

  /** The categories by total; building checks that they cover 0..4 without gaps. */
  private static final CategoryTable<HccSmGpaGroup> BY_TOTAL =
      CategoryTable.<HccSmGpaGroup>byTotal("HCC-SM GPA total", 0, 4)
          .range(0, 0, LOW)
          .range(1, 2, INTERMEDIATE)
          .range(3, 4, HIGH)
          .build();

  private final ImmutableSet<SurvivalBand> survivalBands;

  HccSmGpaGroup(SurvivalBand first, SurvivalBand... rest) {
    this.survivalBands = Categories.bands(first, rest);
  }

  /**
   * Returns the group of a total.
   *
   * @param total 0..4
   * @return the group
   */
  public static HccSmGpaGroup forTotal(int total) {
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
