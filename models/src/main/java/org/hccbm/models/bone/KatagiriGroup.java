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
 * New Katagiri risk groups with the derivation cohort's survival (808 patients, 2005–2008; bone
 * §3.2). Figures tagged [R] (recalled, not re-verified; docs/sources.md) are marked "≈".
 *
 * <p>Label and meaning: bundle {@code category.KatagiriGroup.<CODE>}. Each constant names the
 * survival bands its cohort figure supports; a median near a band's edge supports both bands.
 *
 * @since 0.1.0
 */
public enum KatagiriGroup implements PrognosticCategory {
  /** 0–3; 1-year survival 91 %. */
  LOW(AT_LEAST_6_MONTHS),
  /** 4–6; 6-month survival ≈ 74 %. */
  INTERMEDIATE(AT_LEAST_6_MONTHS),
  /** 7–10; 6-month survival 27 %. */
  HIGH(UNDER_3_MONTHS, THREE_TO_6_MONTHS);

  /** The categories by total; building checks that they cover 0..10 without gaps. */
  private static final CategoryTable<KatagiriGroup> BY_TOTAL =
      CategoryTable.<KatagiriGroup>byTotal("new Katagiri total", 0, 10)
          .range(0, 3, LOW)
          .range(4, 6, INTERMEDIATE)
          .range(7, 10, HIGH)
          .build();

  private final ImmutableSet<SurvivalBand> survivalBands;

  KatagiriGroup(SurvivalBand first, SurvivalBand... rest) {
    this.survivalBands = Categories.bands(first, rest);
  }

  /**
   * Returns the group of a total.
   *
   * @param total 0..10
   * @return the group
   */
  public static KatagiriGroup forTotal(int total) {
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
