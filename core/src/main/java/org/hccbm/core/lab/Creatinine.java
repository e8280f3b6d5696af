package org.hccbm.core.lab;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.hccbm.core.InvalidClinicalInputException;
import org.jspecify.annotations.Nullable;

/**
 * A serum creatinine concentration.
 *
 * @since 0.1.0
 */
public final class Creatinine extends LabValue {
  private Creatinine(
      double value, LabUnit unit, @Nullable LocalDate sampled, @Nullable String reportedUnit) {
    super(Analyte.CREATININE, value, unit, sampled, reportedUnit);
  }

  static Creatinine read(double value, LabUnit unit, @Nullable String reportedUnit) {
    return new Creatinine(value, unit, null, reportedUnit);
  }

  /**
   * Returns a value in mg/dL.
   *
   * @param value the value in mg/dL
   * @return the value
   * @throws InvalidClinicalInputException if the value is not finite or outside 0.0113 to 100 mg/dL
   *     (1 to 8,840 umol/L)
   */
  public static Creatinine mgPerDl(double value) {
    return new Creatinine(value, LabUnit.MG_PER_DL, null, null);
  }

  /**
   * Returns a value in umol/L.
   *
   * @param value the value in umol/L
   * @return the value
   * @throws InvalidClinicalInputException if the value is not finite or outside 1 to 8,840 umol/L
   */
  public static Creatinine umolPerL(double value) {
    return new Creatinine(value, LabUnit.UMOL_PER_L, null, null);
  }

  /**
   * Returns a value in a unit given by its UCUM code.
   *
   * @param value the value
   * @param ucum the unit's UCUM code, one of mg/dL, umol/L
   * @return the value
   * @throws InvalidClinicalInputException if the unit is not accepted or the value is outside the
   *     bounds stated on the unit's own factory
   */
  public static Creatinine of(double value, String ucum) {
    return new Creatinine(value, Analyte.CREATININE.unit(ucum), null, null);
  }

  /**
   * Returns the same value with the date its sample was taken.
   *
   * @param date the sample date
   * @return the dated value
   */
  @Override
  public Creatinine takenOn(LocalDate date) {
    return new Creatinine(
        value(), unit(), requireNonNull(date, "date"), reportedUnit().orElse(null));
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
   * Returns the value in umol/L.
   *
   * @return the value
   */
  public double inUmolPerL() {
    return in(LabUnit.UMOL_PER_L);
  }
}
