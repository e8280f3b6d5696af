package org.hccbm.core.lesion;

import java.util.Arrays;
import org.hccbm.core.InvalidClinicalInputException;

/**
 * Every spinal level from the occiput to the coccyx, each its own value (31 in all).
 *
 * @since 0.1.0
 */
public enum SpinalLevel implements SkeletalSite {
  /** Occiput (occipito-cervical junction). */
  OCCIPUT,
  C1,
  C2,
  C3,
  C4,
  C5,
  C6,
  C7,
  T1,
  T2,
  T3,
  T4,
  T5,
  T6,
  T7,
  T8,
  T9,
  T10,
  T11,
  T12,
  L1,
  L2,
  L3,
  L4,
  L5,
  S1,
  S2,
  S3,
  S4,
  S5,
  /** Coccyx. */
  COCCYX;

  /** The regions of the spine. */
  public enum Region {
    /** Occiput and C1–C7. */
    CERVICAL,
    /** T1–T12. */
    THORACIC,
    /** L1–L5. */
    LUMBAR,
    /** S1–S5. */
    SACRAL,
    /** Coccyx. */
    COCCYGEAL
  }

  private static final String CONSTRAINT =
      "one of Occiput, C1..C7, T1..T12, L1..L5, S1..S5, Coccyx";

  /**
   * Returns the level for a label such as "T12", "c2", "Occiput" or "Coccyx".
   *
   * @param label the label, case-insensitive
   * @return the level
   * @throws InvalidClinicalInputException if no such level exists (e.g. "T13")
   */
  public static SpinalLevel parse(String label) {
    String key = label.trim().toUpperCase(java.util.Locale.ROOT);
    SpinalLevel level = BY_NAME.get(key);
    if (level == null) {
      throw new InvalidClinicalInputException("spinal level", "\"" + label + "\"", CONSTRAINT);
    }
    return level;
  }

  /** Each level by its constant's name. */
  private static final java.util.Map<String, SpinalLevel> BY_NAME =
      Arrays.stream(values())
          .collect(java.util.stream.Collectors.toUnmodifiableMap(SpinalLevel::name, l -> l));

  /**
   * Returns the region of the spine.
   *
   * @return the region
   */
  public Region region() {
    if (compareTo(C7) <= 0) {
      return Region.CERVICAL;
    }
    if (compareTo(T12) <= 0) {
      return Region.THORACIC;
    }
    if (compareTo(L5) <= 0) {
      return Region.LUMBAR;
    }
    return compareTo(S5) <= 0 ? Region.SACRAL : Region.COCCYGEAL;
  }

  @Override
  public String label() {
    return switch (this) {
      case OCCIPUT -> "Occiput";
      case COCCYX -> "Coccyx";
      default -> name();
    };
  }

  @Override
  public String toString() {
    return label();
  }
}
