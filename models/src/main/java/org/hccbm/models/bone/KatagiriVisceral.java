package org.hccbm.models.bone;

/**
 * Visceral metastases as the new Katagiri score grades them.
 *
 * @since 0.1.0
 */
public enum KatagiriVisceral {
  /** None: 0. */
  NONE,
  /** Nodular visceral or brain metastases: 1. */
  NODULAR,
  /** Disseminated (pleural, peritoneal or leptomeningeal): 2. */
  DISSEMINATED,
  /** Present, pattern not recorded: 1 or 2 (an open item). */
  PRESENT_PATTERN_UNKNOWN
}
