package org.hccbm.models.bone;

/**
 * The primary-tumour groups of the van der Linden score.
 *
 * @since 0.1.0
 */
public enum VanDerLindenPrimary {
  /** Breast: 3. */
  BREAST,
  /** Prostate: 2. */
  PROSTATE,
  /** Lung: 1. */
  LUNG,
  /** Other, including HCC: 0. */
  OTHER
}
