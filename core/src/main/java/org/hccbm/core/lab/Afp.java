package org.hccbm.core.lab;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.hccbm.core.InvalidClinicalInputException;
import org.jspecify.annotations.Nullable;

/**
 * An alpha-fetoprotein mass concentration (IU/mL is refused: its factor is lab-specific).
 *
 * @since 0.1.0
 */
public final class Afp extends LabValue {
  private Afp(
      double value, LabUnit unit, @Nullable LocalDate sampled, @Nullable String reportedUnit) {
    super(Analyte.AFP, value, unit, sampled, reportedUnit);
  }

  static Afp read(double value, LabUnit unit, @Nullable String reportedUnit) {
    return new Afp(value, unit, null, reportedUnit);
  }

  /**
   * Returns a value in ng/mL.
   *
   * @param value the value in ng/mL
   * @return the value
   * @throws InvalidClinicalInputException if the value is not finite or outside 0, or 0.01 to 1e9
   *     ng/mL
   */
  public static Afp ngPerMl(double value) {
    return new Afp(value, LabUnit.NG_PER_ML, null, null);
  }

  /**
   * Returns a value in ug/L.
   *
   * @param value the value in ug/L
   * @return the value
   * @throws InvalidClinicalInputException if the value is not finite or outside 0, or 0.01 to 1e9
   *     ug/L
   */
  public static Afp ugPerL(double value) {
    return new Afp(value, LabUnit.UG_PER_L, null, null);
  }

  /**
   * Returns a value in a unit given by its UCUM code.
   *
   * @param value the value
   * @param ucum the unit's UCUM code, one of ng/mL, ug/L
   * @return the value
   * @throws InvalidClinicalInputException if the unit is not accepted or the value is outside the
   *     bounds stated on the unit's own factory
   */
  public static Afp of(double value, String ucum) {
    return new Afp(value, Analyte.AFP.unit(ucum), null, null);
  }

  /**
   * Returns the same value with the date its sample was taken.
   *
   * @param date the sample date
   * @return the dated value
   */
  @Override
  public Afp takenOn(LocalDate date) {
    return new Afp(value(), unit(), requireNonNull(date, "date"), reportedUnit().orElse(null));
  }

  /**
   * Returns the value in ng/mL.
   *
   * @return the value
   */
  public double inNgPerMl() {
    return in(LabUnit.NG_PER_ML);
  }

  /**
   * Returns the value in ug/L.
   *
   * @return the value
   */
  public double inUgPerL() {
    return in(LabUnit.UG_PER_L);
  }
}
