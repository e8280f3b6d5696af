package org.hccbm.core.lesion;

import org.hccbm.core.InvalidClinicalInputException;

/**
 * The fraction of the bone's diameter a long-bone lesion involves on a plain radiograph (Mirels).
 *
 * @since 0.1.0
 */
public enum DiameterFraction {
  /** Less than one third. */
  LESS_THAN_ONE_THIRD,
  /** One third to two thirds, both ends included. */
  ONE_THIRD_TO_TWO_THIRDS,
  /** More than two thirds. */
  MORE_THAN_TWO_THIRDS;

  /**
   * Returns the band of a measured fraction. Exactly 1/3 and exactly 2/3 fall in the middle band
   * ("1/3–2/3"), the reading of Mirels' "&lt; 1/3" and "&gt; 2/3" as strict.
   *
   * @param fraction the fraction, 0..1
   * @return the band
   * @throws InvalidClinicalInputException if outside [0, 1] or NaN
   */
  public static DiameterFraction ofFraction(double fraction) {
    if (!(fraction >= 0.0 && fraction <= 1.0)) {
      throw new InvalidClinicalInputException("fraction of bone diameter", fraction, "in [0, 1]");
    }
    if (fraction * 3.0 < 1.0) {
      return LESS_THAN_ONE_THIRD;
    }
    return fraction * 3.0 <= 2.0 ? ONE_THIRD_TO_TWO_THIRDS : MORE_THAN_TWO_THIRDS;
  }
}
