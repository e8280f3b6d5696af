package org.hccbm.core.lab;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.hccbm.core.InvalidClinicalInputException;
import org.jspecify.annotations.Nullable;

/**
 * A total bilirubin concentration.
 *
 * @since 0.1.0
 */
public final class Bilirubin extends LabValue {
  private Bilirubin(
      double value, LabUnit unit, @Nullable LocalDate sampled, @Nullable String reportedUnit) {
    super(Analyte.TOTAL_BILIRUBIN, value, unit, sampled, reportedUnit);
  }

  static Bilirubin read(double value, LabUnit unit, @Nullable String reportedUnit) {
    return new Bilirubin(value, unit, null, reportedUnit);
  }

  /**
   * Returns a value in mg/dL.
   *
   * @param value the value in mg/dL
   * @return the value
   * @throws InvalidClinicalInputException if the value is not finite or outside 0.0058 to 1,000
   *     mg/dL (0.1 to 17,100 umol/L)
   */
  public static Bilirubin mgPerDl(double value) {
    return new Bilirubin(value, LabUnit.MG_PER_DL, null, null);
  }

  /**
   * Returns a value in umol/L.
   *
   * @param value the value in umol/L
   * @return the value
   * @throws InvalidClinicalInputException if the value is not finite or outside 0.1 to 17,100
   *     umol/L
   */
  public static Bilirubin umolPerL(double value) {
    return new Bilirubin(value, LabUnit.UMOL_PER_L, null, null);
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
  public static Bilirubin of(double value, String ucum) {
    return new Bilirubin(value, Analyte.TOTAL_BILIRUBIN.unit(ucum), null, null);
  }

  /**
   * Returns the same value with the date its sample was taken.
   *
   * @param date the sample date
   * @return the dated value
   */
  @Override
  public Bilirubin takenOn(LocalDate date) {
    return new Bilirubin(
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
