package org.hccbm.core.lab;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.hccbm.core.InvalidClinicalInputException;
import org.jspecify.annotations.Nullable;

/**
 * A C-reactive protein concentration.
 *
 * @since 0.1.0
 */
public final class Crp extends LabValue {
  private Crp(
      double value, LabUnit unit, @Nullable LocalDate sampled, @Nullable String reportedUnit) {
    super(Analyte.CRP, value, unit, sampled, reportedUnit);
  }

  static Crp read(double value, LabUnit unit, @Nullable String reportedUnit) {
    return new Crp(value, unit, null, reportedUnit);
  }

  /**
   * Returns a value in mg/L.
   *
   * @param value the value in mg/L
   * @return the value
   * @throws InvalidClinicalInputException if the value is not finite or outside 0, or 0.01 to
   *     10,000 mg/L
   */
  public static Crp mgPerL(double value) {
    return new Crp(value, LabUnit.MG_PER_L, null, null);
  }

  /**
   * Returns a value in mg/dL.
   *
   * @param value the value in mg/dL
   * @return the value
   * @throws InvalidClinicalInputException if the value is not finite or outside 0, or 0.001 to
   *     1,000 mg/dL
   */
  public static Crp mgPerDl(double value) {
    return new Crp(value, LabUnit.MG_PER_DL, null, null);
  }

  /**
   * Returns a value in a unit given by its UCUM code.
   *
   * @param value the value
   * @param ucum the unit's UCUM code, one of mg/L, mg/dL
   * @return the value
   * @throws InvalidClinicalInputException if the unit is not accepted or the value is outside the
   *     bounds stated on the unit's own factory
   */
  public static Crp of(double value, String ucum) {
    return new Crp(value, Analyte.CRP.unit(ucum), null, null);
  }

  /**
   * Returns the same value with the date its sample was taken.
   *
   * @param date the sample date
   * @return the dated value
   */
  @Override
  public Crp takenOn(LocalDate date) {
    return new Crp(value(), unit(), requireNonNull(date, "date"), reportedUnit().orElse(null));
  }

  /**
   * Returns the value in mg/L.
   *
   * @return the value
   */
  public double inMgPerL() {
    return in(LabUnit.MG_PER_L);
  }

  /**
   * Returns the value in mg/dL.
   *
   * @return the value
   */
  public double inMgPerDl() {
    return in(LabUnit.MG_PER_DL);
  }
}
