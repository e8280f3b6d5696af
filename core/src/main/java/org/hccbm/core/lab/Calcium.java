package org.hccbm.core.lab;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.hccbm.core.InvalidClinicalInputException;
import org.jspecify.annotations.Nullable;

/**
 * A total serum calcium concentration, as measured (not albumin-corrected).
 *
 * @since 0.1.0
 */
public final class Calcium extends LabValue {
  private Calcium(
      double value, LabUnit unit, @Nullable LocalDate sampled, @Nullable String reportedUnit) {
    super(Analyte.CALCIUM, value, unit, sampled, reportedUnit);
  }

  static Calcium read(double value, LabUnit unit, @Nullable String reportedUnit) {
    return new Calcium(value, unit, null, reportedUnit);
  }

  /**
   * Returns a value in mg/dL.
   *
   * @param value the value in mg/dL
   * @return the value
   * @throws InvalidClinicalInputException if the value is not finite or outside 0.2 to 100 mg/dL
   */
  public static Calcium mgPerDl(double value) {
    return new Calcium(value, LabUnit.MG_PER_DL, null, null);
  }

  /**
   * Returns a value in mmol/L.
   *
   * @param value the value in mmol/L
   * @return the value
   * @throws InvalidClinicalInputException if the value is not finite or outside 0.0499 to 24.95
   *     mmol/L (0.2 to 100 mg/dL)
   */
  public static Calcium mmolPerL(double value) {
    return new Calcium(value, LabUnit.MMOL_PER_L, null, null);
  }

  /**
   * Returns a value in a unit given by its UCUM code.
   *
   * @param value the value
   * @param ucum the unit's UCUM code, one of mg/dL, mmol/L
   * @return the value
   * @throws InvalidClinicalInputException if the unit is not accepted or the value is outside the
   *     bounds stated on the unit's own factory
   */
  public static Calcium of(double value, String ucum) {
    return new Calcium(value, Analyte.CALCIUM.unit(ucum), null, null);
  }

  /**
   * Returns the same value with the date its sample was taken.
   *
   * @param date the sample date
   * @return the dated value
   */
  @Override
  public Calcium takenOn(LocalDate date) {
    return new Calcium(value(), unit(), requireNonNull(date, "date"), reportedUnit().orElse(null));
  }

  /**
   * Returns the value in mg/dL.
   *
   * @return the value
   */
  public double inMgPerDl() {
    return in(LabUnit.MG_PER_DL);
  }

  /**
   * Returns the value in mmol/L.
   *
   * @return the value
   */
  public double inMmolPerL() {
    return in(LabUnit.MMOL_PER_L);
  }
}
