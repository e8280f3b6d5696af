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
  TOTAL_BILIRUBIN("total bilirubin", "1975-2", Limit.POSITIVE),
  /** Albumin, serum or plasma. */
  ALBUMIN("albumin", "1751-7", Limit.POSITIVE),
  /** International normalised ratio. */
  INR("INR", "6301-6", Limit.POSITIVE),
  /** Prothrombin time above control, in seconds (0 when not prolonged). */
  PT_PROLONGATION("prothrombin time prolongation", "", Limit.NON_NEGATIVE),
  /** Creatinine, serum or plasma. */
  CREATININE("creatinine", "2160-0", Limit.POSITIVE),
  /** Sodium, serum or plasma. */
  SODIUM("sodium", "2951-2", Limit.POSITIVE),
  /** Platelet count, blood. */
  PLATELETS("platelet count", "777-3", Limit.NON_NEGATIVE),
  /** Total calcium, serum or plasma (albumin-corrected calcium is derived, not measured). */
  CALCIUM("calcium", "17861-6", Limit.POSITIVE),
  /** Lactate dehydrogenase. */
  LDH("LDH", "2532-0", Limit.NON_NEGATIVE),
  /** C-reactive protein. */
  CRP("CRP", "1988-5", Limit.NON_NEGATIVE),
  /** Alpha-fetoprotein (mass concentration). */
  AFP("AFP", "1834-1", Limit.NON_NEGATIVE),
  /** Alkaline phosphatase. */
  ALKALINE_PHOSPHATASE("alkaline phosphatase", "6768-6", Limit.NON_NEGATIVE),
  /** Haemoglobin, blood. */
  HAEMOGLOBIN("haemoglobin", "718-7", Limit.POSITIVE),
  /** White cell count, blood. */
  WHITE_CELL_COUNT("white cell count", "6690-2", Limit.NON_NEGATIVE);

  private enum Limit { POSITIVE, NON_NEGATIVE }

  private final String displayName;
  private final String loinc;
  private final Limit limit;

  Analyte(String displayName, String loinc, Limit limit) {
    this.displayName = displayName;
    this.loinc = loinc;
    this.limit = limit;
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
  }
}
