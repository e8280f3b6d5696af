package org.hccbm.models.bone;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;
import org.hccbm.core.lesion.LongBone;
import org.hccbm.core.lesion.LongBoneRegion;
import org.hccbm.core.lesion.LongBoneSite;
import org.hccbm.core.lesion.OtherBone;
import org.hccbm.core.lesion.SkeletalSite;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.result.Value;

/**
 * A lesion's site as a coded value in a result (the Mirels site input, the site a model names when
 * it does not apply): a spinal level is {@code SpinalLevel}/{@code T7}, another bone {@code
 * OtherBone}/{@code RIB}, a long-bone site {@code LongBoneSite} with the code {@code
 * <LongBone>.<LongBoneRegion>}, e.g. {@code FEMUR.PERITROCHANTERIC}. The bundle's {@code value.*}
 * entries word each as the site's label.
 */
final class Sites {
  private Sites() {}

  /** The type of a long-bone site as a coded value. */
  static final String LONG_BONE_SITE = "LongBoneSite";

  // Every long-bone site as a coded value, made once; a region that does not exist on a bone (the
  // hip regions are the femur's only) has no entry.
  private static final Map<LongBone, Map<LongBoneRegion, Value.Coded>> LONG_BONE = longBone();

  private static Map<LongBone, Map<LongBoneRegion, Value.Coded>> longBone() {
    Map<LongBone, Map<LongBoneRegion, Value.Coded>> all = new EnumMap<>(LongBone.class);
    for (LongBone b : LongBone.values()) {
      Map<LongBoneRegion, Value.Coded> regions = new EnumMap<>(LongBoneRegion.class);
      for (LongBoneRegion r : LongBoneRegion.values()) {
        if (!r.femurOnly() || b == LongBone.FEMUR) {
          regions.put(r, new Value.Coded(LONG_BONE_SITE, b.name() + "." + r.name()));
        }
      }
      all.put(b, regions);
    }
    return all;
  }

  /**
   * Returns a site as a coded value.
   *
   * @param site the site
   * @return the value
   */
  static Value value(SkeletalSite site) {
    if (site instanceof LongBoneSite l) {
      return requireNonNull(
          requireNonNull(LONG_BONE.get(l.bone()), "bone").get(l.region()), "region");
    }
    if (site instanceof SpinalLevel s) {
      return Value.of(s);
    }
    return Value.of((OtherBone) site);
  }
}
