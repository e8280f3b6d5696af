package org.hccbm.core.lab;

import java.util.stream.Collectors;
import org.hccbm.core.InvalidClinicalInputException;

/**
 * The laboratory analytes the library reads, with their LOINC code (ecosystem spec 3.4) and the
 * lower limit every value must respect.
 *
 * @since 0.1.0
 */
public enum Analyte {
  /** Total bilirubin, serum or plasma. */
  TOTAL_BILIRUBIN("total bilirubin", "1975-2", Limit.POSITIVE, 17_100),
  /** Albumin, serum or plasma. */
  ALBUMIN("albumin", "1751-7", Limit.POSITIVE, 200),
  /** International normalised ratio. */
  INR("INR", "6301-6", Limit.POSITIVE, 100),
  /** Prothrombin time above control, in seconds (0 when not prolonged). */
  PT_PROLONGATION("prothrombin time prolongation", "", Limit.NON_NEGATIVE, 1_000),
  /** Creatinine, serum or plasma. */
  CREATININE("creatinine", "2160-0", Limit.POSITIVE, 8_840),
  /** Sodium, serum or plasma. */
  SODIUM("sodium", "2951-2", Limit.POSITIVE, 400),
  /** Platelet count, blood. */
  PLATELETS("platelet count", "777-3", Limit.NON_NEGATIVE, 10_000),
  /** Total calcium, serum or plasma (albumin-corrected calcium is derived, not measured). */
  CALCIUM("calcium", "17861-6", Limit.POSITIVE, 100),
  /** Lactate dehydrogenase. */
  LDH("LDH", "2532-0", Limit.NON_NEGATIVE, 1_000_000),
  /** C-reactive protein. */
  CRP("CRP", "1988-5", Limit.NON_NEGATIVE, 10_000),
  /** Alpha-fetoprotein (mass concentration). */
  AFP("AFP", "1834-1", Limit.NON_NEGATIVE, 1e9),
  /** Alkaline phosphatase. */
  ALKALINE_PHOSPHATASE("alkaline phosphatase", "6768-6", Limit.NON_NEGATIVE, 100_000),
  /** Haemoglobin, blood. */
  HAEMOGLOBIN("haemoglobin", "718-7", Limit.POSITIVE, 300),
  /** White cell count, blood. */
  WHITE_CELL_COUNT("white cell count", "6690-2", Limit.NON_NEGATIVE, 2_000);

  private enum Limit { POSITIVE, NON_NEGATIVE }

  private final String displayName;
  private final String loinc;
  private final Limit limit;
  private final double maxCanonical;

  /**
   * The last argument is a ceiling in the canonical unit, orders of magnitude above any value
   * a living patient's sample has shown (e.g. bilirubin 1,000 mg/dL, albumin 20 g/dL): values above
   * it are impossible, not implausible, and a number that large would overflow the formulas.
   */
  Analyte(String displayName, String loinc, Limit limit, double maxCanonical) {
    this.displayName = displayName;
    this.loinc = loinc;
    this.limit = limit;
    this.maxCanonical = maxCanonical;
  }

  /** Returns the name used in messages and explanations, e.g. "albumin". @return the name */
  public String displayName() {
    return displayName;
  }

  /** Returns the primary LOINC code, or "" when none is pinned. @return the code */
  public String loinc() {
    return loinc;
  }

  /**
   * Returns the accepted unit with this UCUM code.
   *
   * @param ucum the code, case-sensitive
   * @return the unit
   * @throws InvalidClinicalInputException if the code is not an accepted unit of this analyte
   */
  public LabUnit unit(String ucum) {
    return LabUnit.fromUcum(ucum).filter(u -> UnitConversions.accepts(this, u))
        .orElseThrow(() -> unitError(ucum));
  }

  InvalidClinicalInputException unitError(String ucum) {
    String accepted = UnitConversions.acceptedUnits(this).stream().map(LabUnit::ucum)
        .collect(Collectors.joining(", "));
    String hint = this == AFP && "[IU]/mL".equals(ucum)
        ? " (IU/mL needs a lab-specific factor; convert with it first)" : "";
    return new InvalidClinicalInputException(displayName + " unit", ucum + hint,
        "one of " + accepted);
  }

  void validate(double value, LabUnit unit) {
    if (!UnitConversions.accepts(this, unit)) {
      throw unitError(unit.ucum());
    }
    if (!Double.isFinite(value)) {
      throw new InvalidClinicalInputException(displayName, value + " " + unit, "a finite number");
    }
    if (limit == Limit.POSITIVE && value <= 0.0) {
      throw new InvalidClinicalInputException(displayName, value + " " + unit, "> 0 " + unit);
    }
    if (limit == Limit.NON_NEGATIVE && value < 0.0) {
      throw new InvalidClinicalInputException(displayName, value + " " + unit, ">= 0 " + unit);
    }
    LabUnit canonical = UnitConversions.acceptedUnits(this).get(0);
    double max = UnitConversions.convert(this, maxCanonical, canonical, unit);
    if (UnitConversions.convert(this, value, unit, canonical) > maxCanonical) {
      throw new InvalidClinicalInputException(displayName, value + " " + unit, "<= "
          + org.hccbm.core.Decimals.shown(max) + " " + unit + " (beyond any measurable value)");
    }
  }
}
