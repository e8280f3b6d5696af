package org.hccbm.core.result;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The input of an item as the model used it.
 *
 * @param patientField the patient field it came from, as the JSON path of docs/json.md (e.g. {@code
 *     labs.albumin}, {@code liver.ascites}); "" when the input is derived
 * @param asGiven the value as given
 * @param asScored the value in the unit the model scores in (the same as {@code asGiven} when no
 *     conversion was applied)
 * @param conversion the conversion applied, if any
 * @since 0.3.0
 */
public record InputUsed(
    String patientField, Value asGiven, Value asScored, Optional<Conversion> conversion) {
  /** Validates every component. */
  public InputUsed {
    requireNonNull(patientField, "patientField");
    requireNonNull(asGiven, "asGiven");
    requireNonNull(asScored, "asScored");
    requireNonNull(conversion, "conversion");
  }

  /**
   * Returns an input scored as given.
   *
   * @param patientField the patient field
   * @param value the value
   * @return the input
   */
  public static InputUsed of(String patientField, Value value) {
    return new InputUsed(patientField, value, value, Optional.empty());
  }

  /**
   * Returns an input converted before scoring.
   *
   * @param patientField the patient field
   * @param given the value as given
   * @param conversion the conversion
   * @return the input
   */
  public static InputUsed converted(String patientField, Quantity given, Conversion conversion) {
    return new InputUsed(
        patientField,
        given,
        Quantity.of(given.value() * conversion.factor(), conversion.to()),
        Optional.of(conversion));
  }
}
