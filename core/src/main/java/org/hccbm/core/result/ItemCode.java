package org.hccbm.core.result;

import static java.util.Objects.requireNonNull;

import org.hccbm.core.InvalidClinicalInputException;

/**
 * The stable code of a result item (e.g. {@code bilirubin}, {@code ecog}, {@code escc}), separate
 * from the label a reader sees. Codes are API: they are listed in docs/models.md, and changing one
 * is a breaking change.
 *
 * @param value the code: a lower-case letter, then letters and digits (lower camel case)
 * @since 0.3.0
 */
public record ItemCode(String value) {
  /** Validates the code. */
  public ItemCode {
    requireNonNull(value, "value");
    if (!isLowerCamel(value)) {
      throw new InvalidClinicalInputException(
          "item code", "\"" + value + "\"", "lower camel case ([a-z][A-Za-z0-9]*)");
    }
  }

  /**
   * Returns whether a string is lower camel case ([a-z][A-Za-z0-9]*), without a regular expression:
   * codes are checked on every evaluation.
   */
  static boolean isLowerCamel(String s) {
    if (s.isEmpty() || s.charAt(0) < 'a' || s.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a code.
   *
   * @param value the code
   * @return the code
   */
  public static ItemCode of(String value) {
    return new ItemCode(value);
  }

  /**
   * Returns the code derived from a label by lower camel case ("Hepatic encephalopathy" becomes
   * {@code hepaticEncephalopathy}); used by items whose model still names them by label.
   *
   * @param label the label
   * @return the code
   */
  public static ItemCode fromLabel(String label) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      boolean ascii = c < 128 && Character.isLetterOrDigit(c);
      if (!ascii) {
        upper = out.length() > 0;
        continue;
      }
      if (out.length() == 0) {
        if (!Character.isLetter(c)) {
          out.append('n');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
      }
      upper = false;
    }
    return new ItemCode(out.length() == 0 ? "item" : out.toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
