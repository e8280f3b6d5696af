package org.hccbm.core.patient;

import org.hccbm.core.InvalidClinicalInputException;

/**
 * An age in completed years.
 *
 * @param years 0..130
 * @since 0.1.0
 */
public record Age(int years) {
  /** Validates the age. */
  public Age {
    if (years < 0 || years > 130) {
      throw new InvalidClinicalInputException("age", years + " years", "0..130 years");
    }
  }

  /**
   * Returns the age.
   *
   * @param years completed years, 0..130
   * @return the age
   * @throws InvalidClinicalInputException if outside 0..130
   */
  public static Age years(int years) {
    return new Age(years);
  }

  @Override
  public String toString() {
    return years + " years";
  }
}
