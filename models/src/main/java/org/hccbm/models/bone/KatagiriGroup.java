package org.hccbm.models.bone;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.hccbm.models.PrognosticCategory;
import org.hccbm.models.SurvivalBand;
import org.hccbm.models.internal.CategoryTable;

/**
 * New Katagiri risk groups with the derivation cohort's survival (808 patients, 2005–2008; bone
 * §3.2). Figures tagged [R] (recalled, not re-verified; docs/sources.md) are marked "≈".
 *
 * @since 0.1.0
 */
public enum KatagiriGroup implements PrognosticCategory {
  /** 0–3. */
  LOW("0–3", "6-month survival ≈ 98 %; 1-year 91 %; 2-year 78 %"),
  /** 4–6. */
  INTERMEDIATE("4–6", "6-month survival ≈ 74 %; 1-year 49 %; 2-year ≈ 28 %"),
  /** 7–10. */
  HIGH("7–10", "6-month survival 27 %; 1-year 6 %; 2-year ≈ 2 %");

  private final String range;
  private final String meaning;

  KatagiriGroup(String range, String meaning) {
    this.range = range;
    this.meaning = meaning;
  }

  /** The categories by total; building checks that they cover 0..10 without gaps. */
  private static final CategoryTable<KatagiriGroup> BY_TOTAL =
      CategoryTable.<KatagiriGroup>byTotal("new Katagiri total", 0, 10)
          .range(0, 3, LOW)
          .range(4, 6, INTERMEDIATE)
          .range(7, 10, HIGH)
          .build();

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
    return "new Katagiri " + name().toLowerCase(java.util.Locale.ROOT) + " risk (" + range + ")";
  }

  @Override
  public String meaning() {
    return meaning + " (derivation cohort; historical group figures)";
  }

  /**
   * Returns the survival bands the cohort figure supports: low (1-year 91 %) and intermediate
   * (6-month 74 %) ≥ 6; high (6-month 27 %) &lt; 3 or 3–6.
   *
   * @return the bands
   * @since 0.2.0
   */
  @Override
  public Set<SurvivalBand> survivalBands() {
    return Collections.unmodifiableSet(
        switch (this) {
          case LOW, INTERMEDIATE -> EnumSet.of(SurvivalBand.AT_LEAST_6_MONTHS);
          case HIGH -> EnumSet.of(SurvivalBand.UNDER_3_MONTHS, SurvivalBand.THREE_TO_6_MONTHS);
        });
  }
}
