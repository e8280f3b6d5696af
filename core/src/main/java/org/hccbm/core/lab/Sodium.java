package org.hccbm.core.lab;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.hccbm.core.InvalidClinicalInputException;
import org.jspecify.annotations.Nullable;

/**
 * A serum sodium concentration.
 *
 * @since 0.1.0
 */
public final class Sodium extends LabValue {
  private Sodium(
      double value, LabUnit unit, @Nullable LocalDate sampled, @Nullable String reportedUnit) {
    super(Analyte.SODIUM, value, unit, sampled, reportedUnit);
  }

  static Sodium read(double value, LabUnit unit, @Nullable String reportedUnit) {
    return new Sodium(value, unit, null, reportedUnit);
  }

  /**
   * Returns a value in mmol/L.
   *
   * @param value the value in mmol/L
   * @return the value
   * @throws InvalidClinicalInputException if the value is not finite or outside 50 to 400 mmol/L
   */
  public static Sodium mmolPerL(double value) {
    return new Sodium(value, LabUnit.MMOL_PER_L, null, null);
  }

  /**
   * Returns a value in meq/L.
   *
   * @param value the value in meq/L
   * @return the value
   * @throws InvalidClinicalInputException if the value is not finite or outside 50 to 400 meq/L
   */
  public static Sodium meqPerL(double value) {
    return new Sodium(value, LabUnit.MEQ_PER_L, null, null);
  }

  /**
   * Returns a value in a unit given by its UCUM code.
   *
   * @param value the value
   * @param ucum the unit's UCUM code, one of mmol/L, meq/L
   * @return the value
   * @throws InvalidClinicalInputException if the unit is not accepted or the value is outside the
   *     bounds stated on the unit's own factory
   */
  public static Sodium of(double value, String ucum) {
    return new Sodium(value, Analyte.SODIUM.unit(ucum), null, null);
  }

  /**
   * Returns the same value with the date its sample was taken.
   *
   * @param date the sample date
   * @return the dated value
   */
  @Override
  public Sodium takenOn(LocalDate date) {
    return new Sodium(value(), unit(), requireNonNull(date, "date"), reportedUnit().orElse(null));
  }

  /**
   * Returns the value in mmol/L.
   *
   * @return the value
   */
  public double inMmolPerL() {
    return in(LabUnit.MMOL_PER_L);
  }

  /**
   * Returns the value in meq/L.
   *
   * @return the value
   */
  public double inMeqPerL() {
    return in(LabUnit.MEQ_PER_L);
  }
}
