package org.hccbm.core.evidence;

import org.hccbm.core.InvalidClinicalInputException;

/**
 * A probability in [0, 1].
 *
 * @param value the probability, 0..1
 * @since 0.1.0
 */
public record Probability(double value) {
  /** Validates the value. */
  public Probability {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new InvalidClinicalInputException("probability", value, "in [0, 1]");
    }
  }

  /**
   * Returns the probability for a value in [0, 1].
   *
   * @param value the probability
   * @return the probability
   * @throws InvalidClinicalInputException if outside [0, 1] or NaN
   */
  public static Probability of(double value) {
    return new Probability(value);
  }

  /**
   * Returns the probability for a percentage in [0, 100].
   *
   * @param percent the percentage
   * @return the probability
   * @throws InvalidClinicalInputException if outside [0, 100] or NaN
   */
  public static Probability ofPercent(double percent) {
    if (!(percent >= 0.0 && percent <= 100.0)) {
      throw new InvalidClinicalInputException("probability", percent + " %", "in [0, 100] %");
    }
    return new Probability(percent / 100.0);
  }

  /**
   * Returns the odds p / (1 − p); infinite when p = 1.
   *
   * @return the odds
   */
  public double odds() {
    return value == 1.0 ? Double.POSITIVE_INFINITY : value / (1.0 - value);
  }

  @Override
  public String toString() {
    return value * 100.0 + " %";
  }
}
