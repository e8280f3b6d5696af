package org.hccbm.imaging;

/**
 * The result of an imaging test.
 *
 * @since 0.1.0
 */
public enum TestResult {
  /** Positive for bone metastasis. */
  POSITIVE,
  /** Negative for bone metastasis. */
  NEGATIVE
}
