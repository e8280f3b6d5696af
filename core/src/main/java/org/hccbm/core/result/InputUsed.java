package org.hccbm.core.result;

import static java.util.Objects.requireNonNull;

import java.util.List;
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
 * @param noDifference the inputs not known that are shown with this item and made no difference to
 *     the score, in the order the model met them: an unknown dialysis status beside a MELD
 *     creatinine (rendered "…; dialysis unknown (no difference)"), or this item's own input when it
 *     is not known and any value gives the same score (then {@code asGiven} is that {@link
 *     Value.Open}, rendered "unknown (any value gives the same score)"); empty for most items
 * @since 0.3.0
 */
public record InputUsed(
    String patientField,
    Value asGiven,
    Value asScored,
    Optional<Conversion> conversion,
    List<Value.Open> noDifference) {
  /** Validates every component. */
  public InputUsed {
    requireNonNull(patientField, "patientField");
    requireNonNull(asGiven, "asGiven");
    requireNonNull(asScored, "asScored");
    requireNonNull(conversion, "conversion");
    noDifference = List.copyOf(noDifference);
  }

  /**
   * An input with no unknowns shown beside it.
   *
   * @param patientField the patient field
   * @param asGiven the value as given
   * @param asScored the value as scored
   * @param conversion the conversion applied, if any
   */
  public InputUsed(
      String patientField, Value asGiven, Value asScored, Optional<Conversion> conversion) {
    this(patientField, asGiven, asScored, conversion, List.of());
  }

  /**
   * Returns this input with the unknowns shown beside it that made no difference to the score.
   *
   * @param unknowns the unknowns, in order
   * @return the input
   */
  public InputUsed withNoDifference(List<Value.Open> unknowns) {
    return new InputUsed(patientField, asGiven, asScored, conversion, unknowns);
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
