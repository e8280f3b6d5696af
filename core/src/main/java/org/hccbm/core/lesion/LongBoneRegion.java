package org.hccbm.core.lesion;

/**
 * The region of a long bone a lesion occupies.
 *
 * @since 0.1.0
 */
public enum LongBoneRegion {
  /** Proximal metaphysis or epiphysis. */
  PROXIMAL,
  /** Shaft (diaphysis). */
  DIAPHYSIS,
  /** Distal metaphysis or epiphysis. */
  DISTAL,
  /** Peritrochanteric (trochanteric) region of the femur; Mirels site 3. */
  PERITROCHANTERIC,
  /**
   * Femoral neck; Mirels counts it with the peritrochanteric region (site 3).
   *
   * @since 0.2.0
   */
  FEMORAL_NECK,
  /**
   * Femoral head.
   *
   * @since 0.2.0
   */
  FEMORAL_HEAD;

  /**
   * Returns whether the region exists only on the femur.
   *
   * @return true for the hip regions
   */
  public boolean femurOnly() {
    return this == PERITROCHANTERIC || this == FEMORAL_NECK || this == FEMORAL_HEAD;
  }

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
