package org.hccbm.core.evidence;

/**
 * Whether a model has been checked against worked examples.
 *
 * @since 0.1.0
 */
public enum ModelStatus {
  /**
   * Not yet shown to reproduce at least two published or independently computed worked examples.
   */
  DRAFT,
  /** Reproduces at least two published or independently computed worked examples. */
  VERIFIED
}
