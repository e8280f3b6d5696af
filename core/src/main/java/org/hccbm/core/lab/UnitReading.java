package org.hccbm.core.lab;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * How a unit written by a laboratory feed was read: the accepted unit it names and, when it was not
 * that unit's UCUM code, the alias as written (see {@link UnitConversions#read}).
 *
 * @param unit the accepted unit
 * @param alias the unit as written, when it differed from {@code unit}'s UCUM code
 * @since 0.1.0
 */
public record UnitReading(LabUnit unit, Optional<String> alias) {
  /**
   * Creates a reading.
   *
   * @throws NullPointerException if a component is null
   */
  public UnitReading {
    requireNonNull(unit, "unit");
    requireNonNull(alias, "alias");
  }
}
