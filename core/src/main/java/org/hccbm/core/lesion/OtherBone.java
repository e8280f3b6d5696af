package org.hccbm.core.lesion;

/**
 * Bones that are neither a spinal level nor a long bone. The sacrum as a whole is here for a lesion
 * whose level was not recorded; a known sacral level is a {@link SpinalLevel} (S1–S5).
 *
 * @since 0.1.0
 */
public enum OtherBone implements SkeletalSite {
  /** Skull. */
  SKULL,
  /** Mandible. */
  MANDIBLE,
  /** Sternum. */
  STERNUM,
  /** A rib. */
  RIB,
  /** Clavicle. */
  CLAVICLE,
  /** Scapula. */
  SCAPULA,
  /** Pelvis (ilium, ischium or pubis). */
  PELVIS,
  /** Acetabulum. */
  ACETABULUM,
  /** Sacrum, level not recorded. */
  SACRUM,
  /** A bone of the hand or foot. */
  HAND_OR_FOOT;

  @Override
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  @Override
  public String toString() {
    return label();
  }
}
