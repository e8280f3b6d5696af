package org.hccbm.core.lesion;

/**
 * Posterolateral involvement: fracture of, or replacement with tumour of, the facet, pedicle or
 * costovertebral joint.
 *
 * @since 0.1.0
 */
public enum PosterolateralInvolvement {
  /** None. */
  NONE,
  /** Unilateral. */
  UNILATERAL,
  /** Bilateral. */
  BILATERAL
}
