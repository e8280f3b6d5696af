package org.hccbm.models.bone;

/**
 * Visceral metastases as Tomita grades them.
 *
 * @since 0.1.0
 */
public enum VisceralStatus {
  /** None: 0. */
  NONE,
  /** Treatable: 2. */
  TREATABLE,
  /** Untreatable: 4. */
  UNTREATABLE,
  /** Present, treatability not recorded: 2 or 4 (an open item). */
  PRESENT_TREATABILITY_UNKNOWN
}
