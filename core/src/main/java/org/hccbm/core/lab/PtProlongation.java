package org.hccbm.core.lab;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.hccbm.core.InvalidClinicalInputException;
import org.jspecify.annotations.Nullable;

/**
 * A prothrombin time above control, in seconds (0 when not prolonged).
 *
 * @since 0.1.0
 */
public final class PtProlongation extends LabValue {
  private PtProlongation(
      double value, LabUnit unit, @Nullable LocalDate sampled, @Nullable String reportedUnit) {
    super(Analyte.PT_PROLONGATION, value, unit, sampled, reportedUnit);
  }

  static PtProlongation read(double value, LabUnit unit, @Nullable String reportedUnit) {
    return new PtProlongation(value, unit, null, reportedUnit);
  }

  /**
   * Returns a value in s.
   *
   * @param value the value in s
   * @return the value
   * @throws InvalidClinicalInputException if the value is not finite or outside 0, or 0.01 to 1,000
   *     s
   */
  public static PtProlongation seconds(double value) {
    return new PtProlongation(value, LabUnit.SECONDS, null, null);
  }

  /**
   * Returns a value in a unit given by its UCUM code.
   *
   * @param value the value
   * @param ucum the unit's UCUM code, one of s
   * @return the value
   * @throws InvalidClinicalInputException if the unit is not accepted or the value is outside the
   *     bounds stated on the unit's own factory
   */
  public static PtProlongation of(double value, String ucum) {
    return new PtProlongation(value, Analyte.PT_PROLONGATION.unit(ucum), null, null);
  }

  /**
   * Returns the same value with the date its sample was taken.
   *
   * @param date the sample date
   * @return the dated value
   */
  @Override
  public PtProlongation takenOn(LocalDate date) {
    return new PtProlongation(
        value(), unit(), requireNonNull(date, "date"), reportedUnit().orElse(null));
  }

  /**
   * Returns the value in s.
   *
   * @return the value
   */
  public double inSeconds() {
    return in(LabUnit.SECONDS);
  }
}
