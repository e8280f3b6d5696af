package org.hccbm.core.lab;

import java.util.Optional;

/**
 * The UCUM units the library accepts for laboratory values. UCUM is case-sensitive: {@code mg/dL}
 * is accepted, {@code mg/dl} is not.
 *
 * @since 0.1.0
 */
public enum LabUnit {
  /** Milligrams per decilitre. */
  MG_PER_DL("mg/dL"),
  /** Micromoles per litre. */
  UMOL_PER_L("umol/L"),
  /** Grams per decilitre. */
  G_PER_DL("g/dL"),
  /** Grams per litre. */
  G_PER_L("g/L"),
  /** Millimoles per litre. */
  MMOL_PER_L("mmol/L"),
  /** Milliequivalents per litre (1 meq/L = 1 mmol/L of sodium, 0.5 mmol/L of calcium). */
  MEQ_PER_L("meq/L"),
  /** International normalised ratio (dimensionless). */
  INR("{INR}"),
  /** Seconds (prothrombin time above control). */
  SECONDS("s"),
  /** Thousands per microlitre. */
  THOUSAND_PER_UL("10*3/uL"),
  /** Billions per litre (equal to 10*3/uL). */
  BILLION_PER_L("10*9/L"),
  /** Enzyme units per litre. */
  U_PER_L("U/L"),
  /** Milligrams per litre. */
  MG_PER_L("mg/L"),
  /** Nanograms per millilitre. */
  NG_PER_ML("ng/mL"),
  /** Micrograms per litre (equal to ng/mL). */
  UG_PER_L("ug/L"),
  /** Cells per microlitre (1,000 /uL = 1 10*3/uL), as some laboratories report counts. */
  PER_UL("/uL");

  private final String ucum;

  LabUnit(String ucum) {
    this.ucum = ucum;
  }

  /**
   * Returns the UCUM code, e.g. "mg/dL".
   *
   * @return the code
   */
  public String ucum() {
    return ucum;
  }

  /**
   * Returns the unit with this exact UCUM code.
   *
   * @param ucum the code, case-sensitive
   * @return the unit, or empty when the library does not know the code
   */
  public static Optional<LabUnit> fromUcum(String ucum) {
    return Optional.ofNullable(BY_UCUM.get(ucum));
  }

  /** Each unit by its code (the first in declaration order, were two to share one). */
  private static final java.util.Map<String, LabUnit> BY_UCUM = byUcum();

  private static java.util.Map<String, LabUnit> byUcum() {
    java.util.Map<String, LabUnit> m = new java.util.HashMap<>();
    for (LabUnit u : values()) {
      m.putIfAbsent(u.ucum, u);
    }
    return java.util.Map.copyOf(m);
  }

  @Override
  public String toString() {
    return ucum;
  }
}
