package org.hccbm.models;

/**
 * Expected-survival bands at the thresholds the treatment rules use (3 and 6 months); each
 * prognostic category states the bands its derivation-cohort figure supports ({@link
 * PrognosticCategory#survivalBands()}).
 *
 * @since 0.1.0
 */
public enum SurvivalBand {
  /** Less than 3 months. */
  UNDER_3_MONTHS("< 3 months"),
  /** 3 to 6 months. */
  THREE_TO_6_MONTHS("3–6 months"),
  /** 6 months or more. */
  AT_LEAST_6_MONTHS("≥ 6 months");

  private final String label;

  SurvivalBand(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return label;
  }
}
