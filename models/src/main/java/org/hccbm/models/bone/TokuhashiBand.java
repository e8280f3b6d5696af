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
 * Revised Tokuhashi bands (higher is better) with the predicted survival and the treatment
 * Tokuhashi linked to them (bone §1.2).
 *
 * <p>Label and meaning: bundle {@code category.TokuhashiBand.<CODE>}. Each constant names the
 * survival bands its cohort figure supports; a median near a band's edge supports both bands.
 *
 * @since 0.1.0
 */
public enum TokuhashiBand implements PrognosticCategory {
  /** 0–8; predicted survival &lt; 6 months. */
  SCORE_0_8(UNDER_3_MONTHS, THREE_TO_6_MONTHS),
  /** 9–11; predicted survival ≥ 6 months. */
  SCORE_9_11(AT_LEAST_6_MONTHS),
  /** 12–15; predicted survival ≥ 1 year. */
  SCORE_12_15(AT_LEAST_6_MONTHS);

  /** The categories by total; building checks that they cover 0..15 without gaps. */
  private static final CategoryTable<TokuhashiBand> BY_TOTAL =
      CategoryTable.<TokuhashiBand>byTotal("revised Tokuhashi total", 0, 15)
          .range(0, 8, SCORE_0_8)
          .range(9, 11, SCORE_9_11)
          .range(12, 15, SCORE_12_15)
          .build();

  private final ImmutableSet<SurvivalBand> survivalBands;

  TokuhashiBand(SurvivalBand first, SurvivalBand... rest) {
    this.survivalBands = Categories.bands(first, rest);
  }

  /**
   * Returns the band of a total.
   *
   * @param total 0..15
   * @return the band
   */
  public static TokuhashiBand forTotal(int total) {
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
