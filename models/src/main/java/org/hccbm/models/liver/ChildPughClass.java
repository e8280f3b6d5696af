package org.hccbm.models.liver;

import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.Renderer;

/**
 * Child–Pugh class: A 5–6, B 7–9, C 10–15 points (liver §1.2, [V]).
 *
 * @since 0.1.0
 */
public enum ChildPughClass implements Category {
  /** Class A, 5–6 points. */
  A,
  /** Class B, 7–9 points. */
  B,
  /** Class C, 10–15 points. */
  C;

  /**
   * Returns the class of a total.
   *
   * @param total 5..15
   * @return the class
   * @throws InvalidClinicalInputException if outside 5..15
   */
  public static ChildPughClass forTotal(int total) {
    return ChildPugh.CLASSES.of(total);
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
}
