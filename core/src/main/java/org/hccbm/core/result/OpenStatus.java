package org.hccbm.core.result;

/**
 * Why an item is open.
 *
 * @since 0.3.0
 */
public enum OpenStatus {
  /** The input was not recorded. */
  UNKNOWN,
  /** The input cannot be assessed; the open item carries the reason. */
  NOT_ASSESSABLE,
  /**
   * The input is the output of another model that is itself bounded (e.g. Child–Pugh class B or C).
   */
  NOT_DETERMINED,
  /**
   * The input is known on another scale and its conversion to the model's scale is ambiguous (ECOG
   * 1 is KPS 70 or 80); the open item's reason names the input.
   */
  AMBIGUOUS,
  /**
   * Part of the input is known and part is not (e.g. "2 nodules, sizes not measured"); the open
   * item's reason says which.
   */
  PARTLY_KNOWN
}
