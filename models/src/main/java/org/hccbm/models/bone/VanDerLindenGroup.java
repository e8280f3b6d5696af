package org.hccbm.models.bone;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.hccbm.models.PrognosticCategory;
import org.hccbm.models.SurvivalBand;
import org.hccbm.models.internal.CategoryTable;

/**
 * van der Linden groups with the derivation cohort's survival (342 patients with painful spinal
 * metastases without neurological impairment; bone §6.1).
 *
 * @since 0.1.0
 */
public enum VanDerLindenGroup implements PrognosticCategory {
  /** Total ≤ 3. */
  A("≤ 3", "median OS 3.0 months; ≈ 4 % alive at 2 years; 34 % of the cohort"),
  /** Total 4–5. */
  B("4–5", "median OS 9.0 months; ≈ 22 % alive at 2 years; 48 % of the cohort"),
  /** Total 6. */
  C("6", "median OS 18.7 months; ≈ 37 % alive at 2 years; 18 % of the cohort");

  private final String range;
  private final String meaning;

  VanDerLindenGroup(String range, String meaning) {
    this.range = range;
    this.meaning = meaning;
  }

  /** The categories by total; building checks that they cover 0..6 without gaps. */
  private static final CategoryTable<VanDerLindenGroup> BY_TOTAL =
      CategoryTable.<VanDerLindenGroup>byTotal("van der Linden total", 0, 6)
          .range(0, 3, A)
          .range(4, 5, B)
          .range(6, 6, C)
          .build();

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
    return "van der Linden group " + name() + " (" + range + ")";
  }

  @Override
  public String meaning() {
    return meaning + " (derivation cohort; historical group figures)";
  }

  /**
   * Returns the survival bands the cohort figure supports: A (median 3.0 months) &lt; 3 or 3–6; B
   * (9.0) and C (18.7) ≥ 6.
   *
   * @return the bands
   * @since 0.2.0
   */
  @Override
  public Set<SurvivalBand> survivalBands() {
    return Collections.unmodifiableSet(
        switch (this) {
          case A -> EnumSet.of(SurvivalBand.UNDER_3_MONTHS, SurvivalBand.THREE_TO_6_MONTHS);
          case B, C -> EnumSet.of(SurvivalBand.AT_LEAST_6_MONTHS);
        });
  }
}
