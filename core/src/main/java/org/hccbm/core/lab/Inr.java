package org.hccbm.core.lab;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.hccbm.core.InvalidClinicalInputException;
import org.jspecify.annotations.Nullable;

/**
 * An international normalised ratio of prothrombin time.
 *
 * @since 0.1.0
 */
public final class Inr extends LabValue {
  private Inr(
      double value, LabUnit unit, @Nullable LocalDate sampled, @Nullable String reportedUnit) {
    super(Analyte.INR, value, unit, sampled, reportedUnit);
  }

  static Inr read(double value, LabUnit unit, @Nullable String reportedUnit) {
    return new Inr(value, unit, null, reportedUnit);
  }

  /**
   * Returns a value in {INR}.
   *
   * @param value the value in {INR}
   * @return the value
   * @throws InvalidClinicalInputException if the value is not finite or outside 0.1 to 100
   */
  public static Inr ratio(double value) {
    return new Inr(value, LabUnit.INR, null, null);
  }

  /**
   * Returns a value in a unit given by its UCUM code.
   *
   * @param value the value
   * @param ucum the unit's UCUM code, one of {INR}
   * @return the value
   * @throws InvalidClinicalInputException if the unit is not accepted or the value is outside the
   *     bounds stated on the unit's own factory
   */
  public static Inr of(double value, String ucum) {
    return new Inr(value, Analyte.INR.unit(ucum), null, null);
  }

  /**
   * Returns the same value with the date its sample was taken.
   *
   * @param date the sample date
   * @return the dated value
   */
  @Override
  public Inr takenOn(LocalDate date) {
    return new Inr(value(), unit(), requireNonNull(date, "date"), reportedUnit().orElse(null));
  }

  /**
   * Returns the value in {INR}.
   *
   * @return the value
   */
  public double ratioValue() {
    return in(LabUnit.INR);
  }
}
