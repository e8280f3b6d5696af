package org.hccbm.core.tumour;

import static java.util.Objects.requireNonNull;

import org.hccbm.core.InvalidClinicalInputException;

/**
 * Whether the intrahepatic primary is controlled, with the definition the recorder used (e.g. "no
 * viable tumour on contrast CT after resection"); models differ in what they call control.
 *
 * @param controlled whether the primary is controlled
 * @param definition the definition applied; not blank
 * @since 0.1.0
 */
public record PrimaryControl(boolean controlled, String definition) {
  /** Validates every component. */
  public PrimaryControl {
    requireNonNull(definition, "definition");
    if (definition.isBlank()) {
      throw new InvalidClinicalInputException("primary control definition", "\"\"", "non-blank");
    }
  }

  @Override
  public String toString() {
    return (controlled ? "controlled" : "uncontrolled") + " (" + definition + ")";
  }
}
