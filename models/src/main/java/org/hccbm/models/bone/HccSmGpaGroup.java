package org.hccbm.models.bone;

import org.hccbm.core.result.Category;
import org.hccbm.models.internal.CategoryTable;

/**
 * HCC-SM GPA risk group with the validation cohort's survival (63 RT-treated patients,
 * 2011–2016; bone §7.2).
 *
 * @since 0.1.0
 */
public enum HccSmGpaGroup implements Category {
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
  private static final CategoryTable<HccSmGpaGroup> BY_TOTAL = CategoryTable
      .<HccSmGpaGroup>byTotal("HCC-SM GPA total", 0, 4)
      .range(0, 0, LOW)
      .range(1, 2, INTERMEDIATE)
      .range(3, 4, HIGH).build();

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
}
