package org.hccbm.core.lesion;

/**
 * Where in the skeleton a lesion lies: a spinal level, a region of a long bone, or another bone.
 *
 * @since 0.1.0
 */
public sealed interface SkeletalSite permits SpinalLevel, LongBoneSite, OtherBone {
  /**
   * Returns whether the site is a spinal level (occiput to coccyx).
   *
   * @return true for the spine
   */
  default boolean isSpinal() {
    return this instanceof SpinalLevel;
  }

  /**
   * Returns a label a clinician reads, e.g. "T12" or "femur, peritrochanteric".
   *
   * @return the label
   */
  String label();
}
