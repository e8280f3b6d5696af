package org.hccbm.models.bone;

import org.hccbm.core.result.Category;

/**
 * Bollen categories with median survival (95 % CI) in the derivation cohort (1 043 patients,
 * LUMC 2001–2010; bone §6.2).
 *
 * @since 0.1.0
 */
public enum BollenCategory implements Category {
  /** A. */
  A("median survival 31.2 months (25.2–37.3)"),
  /** B. */
  B("median survival 15.4 months (11.9–18.2)"),
  /** C. */
  C("median survival 4.8 months (4.1–5.4)"),
  /** D. */
  D("median survival 1.6 months (1.4–1.9)");

  private final String meaning;

  BollenCategory(String meaning) {
    this.meaning = meaning;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label() {
    return "Bollen category " + name();
  }

  @Override
  public String meaning() {
    return meaning + " (derivation cohort; historical group figures)";
  }
}
