package org.hccbm.models.bone;

/**
 * Metastases to the major internal organs (lungs, liver, kidneys, brain) as Tokuhashi grades them.
 *
 * @since 0.1.0
 */
public enum OrganMetastases {
  /** None: 2 points. */
  NONE,
  /** Removable: 1 point. */
  REMOVABLE,
  /** Unremovable: 0 points. */
  UNREMOVABLE,
  /** Present, but whether removable is not known: 0 or 1 point (an open item). */
  PRESENT_REMOVABILITY_UNKNOWN
}
