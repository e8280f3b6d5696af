package org.hccbm.models.bone;

import org.hccbm.core.result.Category;

/**
 * Whether treatment of extrahepatic metastases may improve survival by the Uka 2007 criteria.
 *
 * @since 0.1.0
 */
public enum UkaEligibility implements Category {
  /** Good hepatic reserve, intrahepatic T0–T2, no portal venous invasion. */
  ELIGIBLE(
      "eligible for treatment of extrahepatic metastases",
      "treating extrahepatic metastases may improve survival (selected patients)"),
  /** At least one criterion not met. */
  NOT_ELIGIBLE(
      "not eligible by the Uka criteria", "treatment should focus mainly on the intrahepatic HCC");

  private final String label;
  private final String meaning;

  UkaEligibility(String label, String meaning) {
    this.label = label;
    this.meaning = meaning;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String meaning() {
    return meaning;
  }
}
