package org.hccbm.core.lab;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.hccbm.core.InvalidClinicalInputException;
import org.jspecify.annotations.Nullable;

/**
 * A lactate dehydrogenase activity.
 *
 * @since 0.1.0
 */
public final class Ldh extends LabValue {
  private Ldh(
      double value, LabUnit unit, @Nullable LocalDate sampled, @Nullable String reportedUnit) {
    super(Analyte.LDH, value, unit, sampled, reportedUnit);
  }

  static Ldh read(double value, LabUnit unit, @Nullable String reportedUnit) {
    return new Ldh(value, unit, null, reportedUnit);
  }

  /**
   * Returns a value in U/L.
   *
   * @param value the value in U/L
   * @return the value
   * @throws InvalidClinicalInputException if the value is not finite or outside 0, or 1 to
   *     1,000,000 U/L
   */
  public static Ldh unitsPerL(double value) {
    return new Ldh(value, LabUnit.U_PER_L, null, null);
  }

  /**
   * Returns a value in a unit given by its UCUM code.
   *
   * @param value the value
   * @param ucum the unit's UCUM code, one of U/L
   * @return the value
   * @throws InvalidClinicalInputException if the unit is not accepted or the value is outside the
   *     bounds stated on the unit's own factory
   */
  public static Ldh of(double value, String ucum) {
    return new Ldh(value, Analyte.LDH.unit(ucum), null, null);
  }

  /**
   * Returns the same value with the date its sample was taken.
   *
   * @param date the sample date
   * @return the dated value
   */
  @Override
  public Ldh takenOn(LocalDate date) {
    return new Ldh(value(), unit(), requireNonNull(date, "date"), reportedUnit().orElse(null));
  }

  /**
   * Returns the value in U/L.
   *
   * @return the value
   */
  public double inUnitsPerL() {
    return in(LabUnit.U_PER_L);
  }
}
