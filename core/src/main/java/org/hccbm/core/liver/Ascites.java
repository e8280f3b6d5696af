package org.hccbm.core.liver;

/**
 * Ascites, as graded at the bedside for Child–Pugh (liver §1.1).
 *
 * @since 0.1.0
 */
public enum Ascites {
  /** No ascites. */
  NONE("none"),
  /** Slight or mild; controlled with diuretics. */
  MILD("mild"),
  /** Moderate. */
  MODERATE("moderate"),
  /** Severe, tense or refractory. */
  SEVERE("severe");

  private final String label;

  Ascites(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return label;
  }
}
