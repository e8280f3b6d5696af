package org.hccbm.core.result;

/**
 * A three-valued answer to a question about a result whose inputs may be unknown: known true, known
 * false, or unknown because the completions of the unknown inputs disagree.
 *
 * @since 0.2.0
 */
public enum Truth {
  /** True for every completion of the unknown inputs. */
  KNOWN_TRUE,
  /** False for every completion of the unknown inputs. */
  KNOWN_FALSE,
  /** True for some completions and false for others, or not answerable (no total). */
  UNKNOWN;

  /**
   * Returns the known answer for a plain boolean.
   *
   * @param value the value
   * @return {@link #KNOWN_TRUE} or {@link #KNOWN_FALSE}
   */
  public static Truth of(boolean value) {
    return value ? KNOWN_TRUE : KNOWN_FALSE;
  }

  /**
   * Returns whether the answer is known to be true.
   *
   * @return true only for {@link #KNOWN_TRUE}
   */
  public boolean isKnownTrue() {
    return this == KNOWN_TRUE;
  }

  /**
   * Returns whether the answer is known to be false.
   *
   * @return true only for {@link #KNOWN_FALSE}
   */
  public boolean isKnownFalse() {
    return this == KNOWN_FALSE;
  }
}
