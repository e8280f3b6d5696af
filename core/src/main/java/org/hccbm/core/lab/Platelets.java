package org.hccbm.core.lab;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.hccbm.core.InvalidClinicalInputException;
import org.jspecify.annotations.Nullable;

/**
 * A platelet count.
 *
 * @since 0.1.0
 */
public final class Platelets extends LabValue {
  private Platelets(
      double value, LabUnit unit, @Nullable LocalDate sampled, @Nullable String reportedUnit) {
    super(Analyte.PLATELETS, value, unit, sampled, reportedUnit);
  }

  static Platelets read(double value, LabUnit unit, @Nullable String reportedUnit) {
    return new Platelets(value, unit, null, reportedUnit);
  }

  /**
   * Returns a value in 10*3/uL.
   *
   * @param value the value in 10*3/uL
   * @return the value
   * @throws InvalidClinicalInputException if the value is not finite or outside 0, or 0.1 to 10,000
   *     10*3/uL
   */
  public static Platelets thousandPerUl(double value) {
    return new Platelets(value, LabUnit.THOUSAND_PER_UL, null, null);
  }

  /**
   * Returns a value in 10*9/L.
   *
   * @param value the value in 10*9/L
   * @return the value
   * @throws InvalidClinicalInputException if the value is not finite or outside 0, or 0.1 to 10,000
   *     10*9/L
   */
  public static Platelets billionPerL(double value) {
    return new Platelets(value, LabUnit.BILLION_PER_L, null, null);
  }

  /**
   * Returns a value in a unit given by its UCUM code.
   *
   * @param value the value
   * @param ucum the unit's UCUM code, one of 10*3/uL, 10*9/L
   * @return the value
   * @throws InvalidClinicalInputException if the unit is not accepted or the value is outside the
   *     bounds stated on the unit's own factory
   */
  public static Platelets of(double value, String ucum) {
    return new Platelets(value, Analyte.PLATELETS.unit(ucum), null, null);
  }

  /**
   * Returns the same value with the date its sample was taken.
   *
   * @param date the sample date
   * @return the dated value
   */
  @Override
  public Platelets takenOn(LocalDate date) {
    return new Platelets(
        value(), unit(), requireNonNull(date, "date"), reportedUnit().orElse(null));
  }

  /**
   * Returns the value in 10*3/uL.
   *
   * @return the value
   */
  public double inThousandPerUl() {
    return in(LabUnit.THOUSAND_PER_UL);
  }

  /**
   * Returns the value in 10*9/L.
   *
   * @return the value
   */
  public double inBillionPerL() {
    return in(LabUnit.BILLION_PER_L);
  }
}
