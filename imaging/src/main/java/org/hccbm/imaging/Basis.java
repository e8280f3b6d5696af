package org.hccbm.imaging;

/**
 * What a sensitivity and specificity were counted over. Figures of different bases are never
 * combined (imaging §3.9).
 *
 * @since 0.1.0
 */
public enum Basis {
  /** Per patient: does this patient have bone metastasis. */
  PATIENT,
  /** Per lesion: is this lesion a metastasis (lesions cluster within patients). */
  LESION,
  /** Per skeletal region. */
  REGION
}
