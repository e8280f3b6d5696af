package org.hccbm.core.lesion;

import static java.util.Objects.requireNonNull;

import org.hccbm.core.InvalidClinicalInputException;

/**
 * A region of a long bone, e.g. the peritrochanteric femur.
 *
 * @param bone the long bone
 * @param region the region; peritrochanteric, femoral neck and femoral head only on the femur
 * @since 0.1.0
 */
public record LongBoneSite(LongBone bone, LongBoneRegion region) implements SkeletalSite {
  /** Validates every component. */
  public LongBoneSite {
    requireNonNull(bone, "bone");
    requireNonNull(region, "region");
    if (region.femurOnly() && bone != LongBone.FEMUR) {
      throw new InvalidClinicalInputException(region + " region", bone, "on the femur");
    }
  }

  /**
   * Returns the site.
   *
   * @param bone the long bone
   * @param region the region
   * @return the site
   * @throws InvalidClinicalInputException if a hip region on a bone other than the femur
   */
  public static LongBoneSite of(LongBone bone, LongBoneRegion region) {
    return new LongBoneSite(bone, region);
  }

  @Override
  public String label() {
    return bone + ", " + region;
  }

  @Override
  public String toString() {
    return label();
  }
}
