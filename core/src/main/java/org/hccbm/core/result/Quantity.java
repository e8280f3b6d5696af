package org.hccbm.core.result;

import static java.util.Objects.requireNonNull;

import org.hccbm.core.InvalidClinicalInputException;

/**
 * A number with its unit (UCUM code, e.g. {@code g/dL}, {@code {INR}}; empty for a pure number).
 *
 * @param value the value, finite
 * @param unit the unit; "" when the value has none
 * @since 0.3.0
 */
public record Quantity(double value, String unit) implements Value {
  /** Validates every component. */
  public Quantity {
    requireNonNull(unit, "unit");
    if (!Double.isFinite(value)) {
      throw new InvalidClinicalInputException("quantity", value, "finite");
    }
  }

  /**
   * Returns a quantity.
   *
   * @param value the value
   * @param unit the unit
   * @return the quantity
   */
  public static Quantity of(double value, String unit) {
    return new Quantity(value, unit);
  }
}
