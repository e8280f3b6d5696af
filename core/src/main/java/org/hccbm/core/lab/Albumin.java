package org.hccbm.core.lab;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.hccbm.core.InvalidClinicalInputException;
import org.jspecify.annotations.Nullable;

/**
 * A serum albumin concentration.
 *
 * @since 0.1.0
 */
public final class Albumin extends LabValue {
  private Albumin(
      double value, LabUnit unit, @Nullable LocalDate sampled, @Nullable String reportedUnit) {
    super(Analyte.ALBUMIN, value, unit, sampled, reportedUnit);
  }

  static Albumin read(double value, LabUnit unit, @Nullable String reportedUnit) {
    return new Albumin(value, unit, null, reportedUnit);
  }

  /**
   * Returns a value in g/dL.
   *
   * @param value the value in g/dL
   * @return the value
   * @throws InvalidClinicalInputException if the value is not finite or outside 0.01 to 20 g/dL
   */
  public static Albumin gPerDl(double value) {
    return new Albumin(value, LabUnit.G_PER_DL, null, null);
  }

  /**
   * Returns a value in g/L.
   *
   * @param value the value in g/L
   * @return the value
   * @throws InvalidClinicalInputException if the value is not finite or outside 0.1 to 200 g/L
   */
  public static Albumin gPerL(double value) {
    return new Albumin(value, LabUnit.G_PER_L, null, null);
  }

  /**
   * Returns a value in a unit given by its UCUM code.
   *
   * @param value the value
   * @param ucum the unit's UCUM code, one of g/dL, g/L
   * @return the value
   * @throws InvalidClinicalInputException if the unit is not accepted or the value is outside the
   *     bounds stated on the unit's own factory
   */
  public static Albumin of(double value, String ucum) {
    return new Albumin(value, Analyte.ALBUMIN.unit(ucum), null, null);
  }

  /**
   * Returns the same value with the date its sample was taken.
   *
   * @param date the sample date
   * @return the dated value
   */
  @Override
  public Albumin takenOn(LocalDate date) {
    return new Albumin(value(), unit(), requireNonNull(date, "date"), reportedUnit().orElse(null));
  }

  /**
   * Returns the value in g/dL.
   *
   * @return the value
   */
  public double inGPerDl() {
    return in(LabUnit.G_PER_DL);
  }

  /**
   * Returns the value in g/L.
   *
   * @return the value
   */
  public double inGPerL() {
    return in(LabUnit.G_PER_L);
  }
}
