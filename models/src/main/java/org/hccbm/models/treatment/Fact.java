package org.hccbm.models.treatment;

import static java.util.Objects.requireNonNull;

/**
 * A fact a rule read, as used: e.g. "creatinine clearance" = "56.7 mL/min (Cockcroft–Gault)".
 *
 * @param name the fact
 * @param value its value as used, or "unknown"
 * @since 0.1.0
 */
public record Fact(String name, String value) {
  /** Validates every component. */
  public Fact {
    requireNonNull(name, "name");
    requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return name + ": " + value;
  }
}
