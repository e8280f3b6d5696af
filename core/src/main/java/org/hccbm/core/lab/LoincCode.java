package org.hccbm.core.lab;

import static java.util.Objects.requireNonNull;

/**
 * A LOINC code with its long common name, e.g. {@code 1975-2} "Bilirubin.total [Mass/volume] in
 * Serum or Plasma".
 *
 * @param code the code
 * @param display the LOINC long common name
 * @since 0.1.0
 */
public record LoincCode(String code, String display) {
  /** The LOINC code system URI used in FHIR codings. */
  public static final String SYSTEM = "http://loinc.org";

  /**
   * Creates a code.
   *
   * @throws NullPointerException if a component is null
   */
  public LoincCode {
    requireNonNull(code, "code");
    requireNonNull(display, "display");
  }
}
