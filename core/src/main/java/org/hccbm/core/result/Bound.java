package org.hccbm.core.result;

import org.hccbm.core.InvalidClinicalInputException;

/**
 * One end of a band.
 *
 * @param value the cut-point, finite
 * @param inclusive whether the cut-point itself belongs to the band
 * @since 0.3.0
 */
public record Bound(double value, boolean inclusive) {
  /** Validates the value. */
  public Bound {
    if (!Double.isFinite(value)) {
      throw new InvalidClinicalInputException("band bound", value, "finite");
    }
  }
}
