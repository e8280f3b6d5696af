package org.hccbm.core.lab;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hccbm.core.InvalidClinicalInputException;

/**
 * The laboratory analytes the library reads, with their LOINC code (ecosystem §3.4) and the lower
 * and upper bounds every value must respect (each constant states both).
 *
 * @since 0.1.0
 */
public enum Analyte {
  /** Total bilirubin, serum or plasma: 0.1 to 17,100 umol/L (0.006 to 1,000 mg/dL). */
  TOTAL_BILIRUBIN("total bilirubin", "1975-2", Limit.POSITIVE, 0.1, 17_100),
  /** Albumin, serum or plasma: 0.1 to 200 g/L (0.01 to 20 g/dL). */
  ALBUMIN("albumin", "1751-7", Limit.POSITIVE, 0.1, 200),
  /** International normalised ratio: 0.1 to 100. */
  INR("INR", "6301-6", Limit.POSITIVE, 0.1, 100),
  /** Prothrombin time above control, in seconds (0 when not prolonged): 0, or 0.01 to 1,000 s. */
  PT_PROLONGATION("prothrombin time prolongation", "", Limit.NON_NEGATIVE, 0.01, 1_000),
  /** Creatinine, serum or plasma: 1 to 8,840 umol/L (0.011 to 100 mg/dL). */
  CREATININE("creatinine", "2160-0", Limit.POSITIVE, 1, 8_840),
  /** Sodium, serum or plasma: 50 to 400 mmol/L. */
  SODIUM("sodium", "2951-2", Limit.POSITIVE, 50, 400),
  /** Platelet count, blood: 0, or 0.1 to 10,000 x 10^9/L. */
  PLATELETS("platelet count", "777-3", Limit.NON_NEGATIVE, 0.1, 10_000),
  /**
   * Total calcium, serum or plasma (albumin-corrected calcium is derived, not measured): 0.2 to 100
   * mg/dL (0.05 to 25 mmol/L).
   */
  CALCIUM("calcium", "17861-6", Limit.POSITIVE, 0.2, 100),
  /** Lactate dehydrogenase: 0, or 1 to 1,000,000 U/L. */
  LDH("LDH", "2532-0", Limit.NON_NEGATIVE, 1, 1_000_000),
  /** C-reactive protein: 0, or 0.01 to 10,000 mg/L. */
  CRP("CRP", "1988-5", Limit.NON_NEGATIVE, 0.01, 10_000),
  /** Alpha-fetoprotein (mass concentration): 0, or 0.01 to 10^9 ng/mL. */
  AFP("AFP", "1834-1", Limit.NON_NEGATIVE, 0.01, 1e9),
  /** Alkaline phosphatase: 0, or 1 to 100,000 U/L. */
  ALKALINE_PHOSPHATASE("alkaline phosphatase", "6768-6", Limit.NON_NEGATIVE, 1, 100_000),
  /** Haemoglobin, blood: 3 to 300 g/L (0.3 to 30 g/dL). */
  HAEMOGLOBIN("haemoglobin", "718-7", Limit.POSITIVE, 3, 300),
  /** White cell count, blood: 0, or 0.01 to 2,000 x 10^9/L. */
  WHITE_CELL_COUNT("white cell count", "6690-2", Limit.NON_NEGATIVE, 0.01, 2_000);

  private enum Limit {
    POSITIVE,
    NON_NEGATIVE
  }

  private final String displayName;
  private final String loinc;
  private final Limit limit;
  private final double minCanonical;
  private final double maxCanonical;

  /**
   * Both bounds are in the canonical unit (the first accepted unit: umol/L for bilirubin and
   * creatinine, g/L for albumin and haemoglobin, mg/dL for calcium, mg/L for CRP, 10^9/L for
   * counts). The ceiling lies orders of magnitude above any value a living patient's sample has
   * shown (e.g. bilirubin 1,000 mg/dL, albumin 20 g/dL). The floor lies at least ten times below
   * the lowest value a clinical assay reports (its limit of quantitation or display resolution) and
   * below the lowest value reported in a living patient (e.g. albumin 0.1 g/L, below congenital
   * analbuminaemia; sodium 50 mmol/L; haemoglobin 3 g/L); docs/json.md lists each floor with its
   * reason. Values outside are impossible, not implausible: a value like 1e-320 would otherwise be
   * scored and printed as a 300-digit number. An analyte that can read 0 ("not detected", "not
   * prolonged", an empty count) accepts exactly 0 as well.
   */
  Analyte(String displayName, String loinc, Limit limit, double minCanonical, double maxCanonical) {
    this.displayName = displayName;
    this.loinc = loinc;
    this.limit = limit;
    this.minCanonical = minCanonical;
    this.maxCanonical = maxCanonical;
  }

  /**
   * Returns the name used in messages and explanations, e.g. "albumin".
   *
   * @return the name
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Returns the primary LOINC code, or "" when none is pinned.
   *
   * @return the code
   */
  public String loinc() {
    return loinc;
  }

  /**
   * Returns the LOINC codes read as this analyte, primary first, each with its LOINC long common
   * name (the table and its sources are in {@link LoincCodes}).
   *
   * @return the codes; empty for PT prolongation, which has no LOINC code of its own here
   * @since 0.1.0
   */
  public List<LoincCode> loincCodes() {
    return LoincCodes.of(this);
  }

  /**
   * Returns the analyte a LOINC code measures, when it is one of the accepted codes.
   *
   * @param code the LOINC code, e.g. "1975-2"
   * @return the analyte, or empty for a code the library does not read
   * @since 0.1.0
   */
  public static Optional<Analyte> fromLoinc(String code) {
    return LoincCodes.analyte(code);
  }

  /**
   * Returns the accepted unit with this UCUM code.
   *
   * @param ucum the code, case-sensitive
   * @return the unit
   * @throws InvalidClinicalInputException if the code is not an accepted unit of this analyte
   */
  public LabUnit unit(String ucum) {
    return LabUnit.fromUcum(ucum)
        .filter(u -> UnitConversions.accepts(this, u))
        .orElseThrow(() -> unitError(ucum));
  }

  InvalidClinicalInputException unitError(String ucum) {
    String accepted =
        UnitConversions.acceptedUnits(this).stream()
            .map(LabUnit::ucum)
            .collect(Collectors.joining(", "));
    String hint =
        this == AFP && ucum.contains("U")
            ? " (IU/mL and kU/L need a lab-specific factor; convert with it first)"
            : "";
    return new InvalidClinicalInputException(
        displayName + " unit", ucum + hint, "one of " + accepted);
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
    double canonicalValue = UnitConversions.convert(this, value, unit, canonical);
    if (canonicalValue < minCanonical && !(limit == Limit.NON_NEGATIVE && value == 0.0)) {
      double min = UnitConversions.convert(this, minCanonical, canonical, unit);
      throw new InvalidClinicalInputException(
          displayName,
          value + " " + unit,
          (limit == Limit.NON_NEGATIVE ? "0 or " : "")
              + ">= "
              + org.hccbm.core.Decimals.shown(min)
              + " "
              + unit
              + " (below any measurable value)");
    }
    double max = UnitConversions.convert(this, maxCanonical, canonical, unit);
    if (canonicalValue > maxCanonical) {
      throw new InvalidClinicalInputException(
          displayName,
          value + " " + unit,
          "<= "
              + org.hccbm.core.Decimals.shown(max)
              + " "
              + unit
              + " (beyond any measurable value)");
    }
  }
}
