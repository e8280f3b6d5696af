package org.hccbm.models.liver;

import org.hccbm.core.result.Category;
import org.hccbm.core.result.Renderer;

/**
 * Whether a patient is within a set of criteria (Milan, UCSF).
 *
 * @since 0.1.0
 */
public enum CriteriaStatus implements Category {
  /** Within the criteria. */
  WITHIN,
  /** Beyond the criteria. */
  BEYOND;

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
