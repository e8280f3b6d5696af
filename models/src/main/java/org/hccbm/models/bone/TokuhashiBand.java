package org.hccbm.models.bone;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.hccbm.models.PrognosticCategory;
import org.hccbm.models.SurvivalBand;
import org.hccbm.models.internal.CategoryTable;

/**
 * Revised Tokuhashi bands (higher is better) with the predicted survival and the treatment
 * Tokuhashi linked to them (bone §1.2).
 *
 * @since 0.1.0
 */
public enum TokuhashiBand implements PrognosticCategory {
  /** 0–8. */
  SCORE_0_8("0–8", "predicted survival < 6 months; conservative treatment (or palliative surgery)"),
  /** 9–11. */
  SCORE_9_11(
      "9–11",
      "predicted survival ≥ 6 months; palliative surgery; excisional surgery only "
          + "for a single vertebral lesion without metastases to major internal organs"),
  /** 12–15. */
  SCORE_12_15("12–15", "predicted survival ≥ 1 year; excisional surgery");

  private final String range;
  private final String meaning;

  TokuhashiBand(String range, String meaning) {
    this.range = range;
    this.meaning = meaning;
  }

  /** The categories by total; building checks that they cover 0..15 without gaps. */
  private static final CategoryTable<TokuhashiBand> BY_TOTAL =
      CategoryTable.<TokuhashiBand>byTotal("revised Tokuhashi total", 0, 15)
          .range(0, 8, SCORE_0_8)
          .range(9, 11, SCORE_9_11)
          .range(12, 15, SCORE_12_15)
          .build();

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
    return "revised Tokuhashi " + range;
  }

  @Override
  public String meaning() {
    return meaning + " (derivation-cohort figures; historical, not an individual prediction)";
  }

  /**
   * Returns the survival bands the cohort figure supports: 0–8 (&lt; 6 months) &lt; 3 or 3–6; 9–11
   * and 12–15 ≥ 6.
   *
   * @return the bands
   * @since 0.2.0
   */
  @Override
  public Set<SurvivalBand> survivalBands() {
    return Collections.unmodifiableSet(
        switch (this) {
          case SCORE_0_8 -> EnumSet.of(SurvivalBand.UNDER_3_MONTHS, SurvivalBand.THREE_TO_6_MONTHS);
          case SCORE_9_11, SCORE_12_15 -> EnumSet.of(SurvivalBand.AT_LEAST_6_MONTHS);
        });
  }
}
