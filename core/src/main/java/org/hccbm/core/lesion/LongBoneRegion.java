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
  PERITROCHANTERIC;

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
