package org.hccbm.core.lesion;

/**
 * The radiographic character of a bone lesion. HCC bone metastases are mostly osteolytic.
 *
 * @since 0.1.0
 */
public enum LesionMorphology {
  /** Osteolytic. */
  LYTIC,
  /** Mixed lytic and blastic. */
  MIXED,
  /** Osteoblastic (sclerotic). */
  BLASTIC
}
