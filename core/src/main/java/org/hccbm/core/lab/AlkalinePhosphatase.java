package org.hccbm.core.lab;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.hccbm.core.InvalidClinicalInputException;
import org.jspecify.annotations.Nullable;

/**
 * An alkaline phosphatase activity.
 *
 * @since 0.1.0
 */
public final class AlkalinePhosphatase extends LabValue {
  private AlkalinePhosphatase(
      double value, LabUnit unit, @Nullable LocalDate sampled, @Nullable String reportedUnit) {
    super(Analyte.ALKALINE_PHOSPHATASE, value, unit, sampled, reportedUnit);
  }

  static AlkalinePhosphatase read(double value, LabUnit unit, @Nullable String reportedUnit) {
    return new AlkalinePhosphatase(value, unit, null, reportedUnit);
  }

  /**
   * Returns a value in U/L.
   *
   * @param value the value in U/L
   * @return the value
   * @throws InvalidClinicalInputException if the value is not finite or outside 0, or 1 to 100,000
   *     U/L
   */
  public static AlkalinePhosphatase unitsPerL(double value) {
    return new AlkalinePhosphatase(value, LabUnit.U_PER_L, null, null);
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
  public static AlkalinePhosphatase of(double value, String ucum) {
    return new AlkalinePhosphatase(value, Analyte.ALKALINE_PHOSPHATASE.unit(ucum), null, null);
  }

  /**
   * Returns the same value with the date its sample was taken.
   *
   * @param date the sample date
   * @return the dated value
   */
  @Override
  public AlkalinePhosphatase takenOn(LocalDate date) {
    return new AlkalinePhosphatase(
        value(), unit(), requireNonNull(date, "date"), reportedUnit().orElse(null));
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
