package org.hccbm.testkit;

import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.hccbm.core.patient.Patient;

/**
 * How a {@link ProfiledGenerator} draws patients: how often an item is unknown, how many digits a
 * value carries, and which units the laboratory values are in.
 *
 * <pre>{@code
 * Function<RandomGenerator, Patient> complete = GeneratorProfile.completeOnly().patients();
 * Function<RandomGenerator, Patient> sparse =
 *     GeneratorProfile.defaults().withUnknownRate(0.6).withUnits(UnitMix.SI).patients();
 * }</pre>
 *
 * @param unknownRate the probability, 0 … 1, that each item (a section of the record, a lab, a
 *     lesion finding) is unknown; 0 draws complete patients, 1 draws records with nothing known
 * @param precision whether values carry full double precision or the precision laboratories report
 * @param units the units laboratory values are drawn in
 * @since 0.2.0
 */
public record GeneratorProfile(double unknownRate, Precision precision, UnitMix units) {
  /** How many digits a drawn value carries. */
  public enum Precision {
    /** Full double precision (15–16 significant digits): exercises arithmetic, not realism. */
    FULL,
    /**
     * The step a laboratory reports, per analyte and unit (see {@link ProfiledGenerator}):
     * bilirubin 0.1 mg/dL or 1 µmol/L, albumin 0.1 g/dL or 1 g/L, INR 0.01, and so on.
     */
    REPORTED
  }

  /** The units laboratory values are drawn in. */
  public enum UnitMix {
    /** Conventional US units: mg/dL, g/dL. */
    US,
    /** SI units: µmol/L, g/L, mmol/L, mg/L. */
    SI,
    /** Each value in US or SI units at random. */
    MIXED
  }

  /**
   * Validates the profile.
   *
   * @throws IllegalArgumentException if the unknown rate is outside 0 … 1 or not a number
   */
  public GeneratorProfile {
    if (!(unknownRate >= 0 && unknownRate <= 1)) {
      throw new IllegalArgumentException("unknownRate must be in 0 … 1, was " + unknownRate);
    }
    java.util.Objects.requireNonNull(precision, "precision");
    java.util.Objects.requireNonNull(units, "units");
  }

  /** Unknown rate 0.3, full precision, mixed units. @return the profile */
  public static GeneratorProfile defaults() {
    return new GeneratorProfile(0.3, Precision.FULL, UnitMix.MIXED);
  }

  /** Every item known, reported precision, mixed units. @return the profile */
  public static GeneratorProfile completeOnly() {
    return new GeneratorProfile(0, Precision.REPORTED, UnitMix.MIXED);
  }

  /**
   * Returns a copy with another unknown rate.
   *
   * @param rate the unknown rate, 0 … 1
   * @return the copy
   */
  public GeneratorProfile withUnknownRate(double rate) {
    return new GeneratorProfile(rate, precision, units);
  }

  /**
   * Returns a copy with another precision.
   *
   * @param value the precision
   * @return the copy
   */
  public GeneratorProfile withPrecision(Precision value) {
    return new GeneratorProfile(unknownRate, value, units);
  }

  /**
   * Returns a copy with another unit mix.
   *
   * @param value the unit mix
   * @return the copy
   */
  public GeneratorProfile withUnits(UnitMix value) {
    return new GeneratorProfile(unknownRate, precision, value);
  }

  /** Returns a patient generator for this profile. @return the generator */
  public Function<RandomGenerator, Patient> patients() {
    ProfiledGenerator g = new ProfiledGenerator(this);
    return g::patient;
  }
}
