package org.hccbm.models.bone;

/**
 * The growth class of a primary tumour, as Tomita and Katagiri grade it. HCC is rapid in both (bone
 * §0.3).
 *
 * @since 0.1.0
 */
public enum TumourGrowth {
  /** Slow growth (e.g. hormone-dependent breast and prostate, thyroid). */
  SLOW,
  /** Moderate growth (e.g. kidney, uterus). */
  MODERATE,
  /** Rapid growth (e.g. lung, liver, stomach, colon, unknown primary). */
  RAPID
}
