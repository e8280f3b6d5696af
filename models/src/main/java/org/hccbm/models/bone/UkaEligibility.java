package org.hccbm.models.bone;

import org.hccbm.core.result.Category;
import org.hccbm.core.result.Renderer;

/**
 * Whether treatment of extrahepatic metastases may improve survival by the Uka 2007 criteria.
 *
 * @since 0.1.0
 */
public enum UkaEligibility implements Category {
  /** Good hepatic reserve, intrahepatic T0–T2, no portal venous invasion. */
  ELIGIBLE,
  /** At least one criterion not met. */
  NOT_ELIGIBLE;

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
}
