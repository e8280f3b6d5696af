package org.hccbm.core.result;

import static java.util.Objects.requireNonNull;

/**
 * Something a clinician should know before relying on a result.
 *
 * @param kind what the caveat is about
 * @param text the caveat, in plain words
 * @since 0.1.0
 */
public record Caveat(CaveatKind kind, String text) {
  /** Validates every component. */
  public Caveat {
    requireNonNull(kind, "kind");
    requireNonNull(text, "text");
  }

  /**
   * Returns a caveat.
   *
   * @param kind the kind
   * @param text the text
   * @return the caveat
   */
  public static Caveat of(CaveatKind kind, String text) {
    return new Caveat(kind, text);
  }

  @Override
  public String toString() {
    return kind + ": " + text;
  }
}
