package org.hccbm.core.lesion;

/**
 * The long bones, each with its limb (Mirels scores upper limb 1, lower limb 2).
 *
 * @since 0.1.0
 */
public enum LongBone {
  /** Humerus. */
  HUMERUS(Limb.UPPER),
  /** Radius. */
  RADIUS(Limb.UPPER),
  /** Ulna. */
  ULNA(Limb.UPPER),
  /** Femur. */
  FEMUR(Limb.LOWER),
  /** Tibia. */
  TIBIA(Limb.LOWER),
  /** Fibula. */
  FIBULA(Limb.LOWER);

  /** Upper or lower limb. */
  public enum Limb {
    /** Upper limb. */
    UPPER,
    /** Lower limb. */
    LOWER
  }

  private final Limb limb;

  LongBone(Limb limb) {
    this.limb = limb;
  }

  /**
   * Returns the limb.
   *
   * @return the limb
   */
  public Limb limb() {
    return limb;
  }

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
