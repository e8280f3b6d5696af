package org.hccbm.models.bone;

/**
 * Whether intrahepatic spread of HCC counts as a visceral (organ) metastasis in scores written for
 * all primaries (bone §13, open question 6). The papers were not written with a liver primary in
 * mind; the library's default does not count it, and the alternative is an option.
 *
 * @since 0.1.0
 */
public enum VisceralPolicy {
  /** Only extrahepatic visceral metastases count (the default). */
  EXTRAHEPATIC_ONLY,
  /**
   * Intrahepatic spread (two or more viable intrahepatic nodules) also counts as a liver
   * metastasis.
   */
  INTRAHEPATIC_SPREAD_COUNTS
}
