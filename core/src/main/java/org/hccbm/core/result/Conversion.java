package org.hccbm.core.result;

import static java.util.Objects.requireNonNull;

import org.hccbm.core.InvalidClinicalInputException;

/**
 * A unit conversion applied to an input before scoring: value in {@code to} = value in {@code from}
 * × {@code factor}.
 *
 * @param from the unit given
 * @param to the unit the model scores in
 * @param factor the multiplier, positive and finite
 * @since 0.3.0
 */
public record Conversion(String from, String to, double factor) {
  /** Validates every component. */
  public Conversion {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (!(factor > 0) || !Double.isFinite(factor)) {
      throw new InvalidClinicalInputException("conversion factor", factor, "> 0 and finite");
    }
  }
}
