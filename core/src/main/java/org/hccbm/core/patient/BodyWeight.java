package org.hccbm.core.patient;

import org.hccbm.core.Decimals;
import org.hccbm.core.InvalidClinicalInputException;

/**
 * An actual body weight in kilograms.
 *
 * @param kg at least 0.2 kg (below the lightest surviving newborn, so never a real patient's
 *     weight) and at most 650 kg
 * @since 0.1.0
 */
public record BodyWeight(double kg) {
  /** Validates the weight. */
  public BodyWeight {
    if (!(kg > 0.0 && kg <= 650.0)) {
      throw new InvalidClinicalInputException("body weight", kg + " kg", "> 0 kg and <= 650 kg");
    }
    if (kg < 0.2) {
      throw new InvalidClinicalInputException(
          "body weight", kg + " kg", ">= 0.2 kg (below any living patient)");
    }
  }

  /**
   * Returns the weight.
   *
   * @param kg the weight in kilograms
   * @return the weight
   * @throws InvalidClinicalInputException if not in [0.2, 650] kg
   */
  public static BodyWeight kg(double kg) {
    return new BodyWeight(kg);
  }

  @Override
  public String toString() {
    return Decimals.plain(kg) + " kg";
  }
}
