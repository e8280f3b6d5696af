package org.hccbm.core.result;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.hccbm.core.InvalidClinicalInputException;

/**
 * Something a clinician should know before relying on a result, as a stable code with typed
 * arguments; its words come from {@link Renderer} (bundle key {@code caveat.<code>}).
 *
 * @param kind what the caveat is about
 * @param code the caveat's stable code, e.g. {@code childPugh.albuminVariant}; documented in
 *     docs/models.md
 * @param args the values the wording refers to, in the order of its placeholders
 * @since 0.1.0
 */
public record Caveat(CaveatKind kind, String code, List<Value> args) {
  /**
   * The code of a caveat worded by its source (results stored before every caveat was coded); its
   * one argument is the text. Read back from stored JSON only.
   */
  public static final String NOTE = "note";

  /** Validates and copies every component. */
  public Caveat {
    requireNonNull(kind, "kind");
    requireNonNull(code, "code");
    args = List.copyOf(args);
    if (!VALID_CODES.containsKey(code) && !checkedCode(code)) {
      throw new InvalidClinicalInputException(
          "caveat code", "\"" + code + "\"", "dot-separated lower camel case");
    }
  }

  /**
   * Codes already found valid: models build caveats of a few hundred constant codes on every
   * evaluation, and a lookup of a string (its hash is kept in it) costs less than reading it. Only
   * valid codes are kept, at most {@link #MAX_VALID_CODES} of them (codes read back from stored
   * results may be many).
   */
  private static final ConcurrentHashMap<String, Boolean> VALID_CODES = new ConcurrentHashMap<>();

  private static final int MAX_VALID_CODES = 4096;

  /** Checks a code not yet known valid, keeping it when valid and there is room. */
  static boolean checkedCode(String code) {
    if (!isDottedCode(code)) {
      return false;
    }
    if (VALID_CODES.size() < MAX_VALID_CODES) {
      VALID_CODES.put(code, Boolean.TRUE);
    }
    return true;
  }

  /**
   * Whether every dot-separated part of a code is lower camel case ({@link ItemCode}), in one pass
   * without a substring: caveats are built on every evaluation.
   */
  static boolean isDottedCode(String code) {
    boolean partStart = true;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (partStart) {
        if (c < 'a' || c > 'z') {
          return false;
        }
        partStart = false;
      } else if (c == '.') {
        partStart = true;
      } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return !partStart;
  }

  /**
   * Returns a coded caveat.
   *
   * @param kind the kind
   * @param code the code
   * @param args the arguments
   * @return the caveat
   * @since 0.3.0
   */
  public static Caveat coded(CaveatKind kind, String code, Value... args) {
    return new Caveat(kind, code, List.of(args));
  }

  /**
   * Returns the caveat in English.
   *
   * @return the text
   */
  public String text() {
    return Renderer.english().caveat(this);
  }

  @Override
  public String toString() {
    return kind + ": " + text();
  }
}
