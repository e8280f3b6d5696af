package org.hccbm.models.bone;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.hccbm.models.PrognosticCategory;
import org.hccbm.models.SurvivalBand;
import org.hccbm.models.internal.CategoryTable;

/**
 * HCC-SM GPA risk group with the validation cohort's survival (63 RT-treated patients, 2011–2016;
 * bone §7.2).
 *
 * @since 0.1.0
 */
public enum HccSmGpaGroup implements PrognosticCategory {
  /** 0 points. */
  LOW("low risk (0)", "median OS 13.6 months; 1-year OS 58.3 %"),
  /** 1–2 points. */
  INTERMEDIATE("intermediate risk (1–2)", "median OS 4.8 months; 1-year OS 17.8 %"),
  /** 3–4 points. */
  HIGH("high risk (3–4)", "median OS 2.6 months; 1-year OS 7.3 %");

  private final String label;
  private final String meaning;

  HccSmGpaGroup(String label, String meaning) {
    this.label = label;
    this.meaning = meaning;
  }

  /** The categories by total; building checks that they cover 0..4 without gaps. */
  private static final CategoryTable<HccSmGpaGroup> BY_TOTAL =
      CategoryTable.<HccSmGpaGroup>byTotal("HCC-SM GPA total", 0, 4)
          .range(0, 0, LOW)
          .range(1, 2, INTERMEDIATE)
          .range(3, 4, HIGH)
          .build();

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
    return "HCC-SM GPA " + label;
  }

  @Override
  public String meaning() {
    return meaning + " (validation cohort; historical group figures, not an individual prediction)";
  }

  /**
   * Returns the survival bands the cohort figure supports: low (median 13.6 months) ≥ 6;
   * intermediate (4.8) 3–6; high (2.6) &lt; 3.
   *
   * @return the bands
   * @since 0.2.0
   */
  @Override
  public Set<SurvivalBand> survivalBands() {
    return Collections.unmodifiableSet(
        switch (this) {
          case LOW -> EnumSet.of(SurvivalBand.AT_LEAST_6_MONTHS);
          case INTERMEDIATE -> EnumSet.of(SurvivalBand.THREE_TO_6_MONTHS);
          case HIGH -> EnumSet.of(SurvivalBand.UNDER_3_MONTHS);
        });
  }
}
