package org.hccbm.imaging;

/**
 * Whom an accuracy figure was measured in.
 *
 * @since 0.1.0
 */
public enum Population {
  /** Bone metastasis from any primary cancer (not HCC-specific). */
  ALL_PRIMARIES,
  /** Patients with hepatocellular carcinoma. */
  HCC,
  /** Patients with lung cancer. */
  LUNG_CANCER
}
