package org.hccbm.models.bone;

/**
 * The primary-site groups of the revised Tokuhashi score (2005), with their points.
 *
 * @since 0.1.0
 */
public enum TokuhashiPrimary {
  /** Lung, osteosarcoma, stomach, bladder, oesophagus, pancreas: 0. */
  LUNG_STOMACH_BLADDER_OESOPHAGUS_PANCREAS_OSTEOSARCOMA(
      0, "lung, osteosarcoma, stomach, bladder, oesophagus, pancreas"),
  /** Liver, gallbladder, unidentified: 1 (HCC). */
  LIVER_GALLBLADDER_UNIDENTIFIED(1, "liver, gallbladder, unidentified"),
  /** Others: 2. */
  OTHERS(2, "others"),
  /** Kidney, uterus: 3. */
  KIDNEY_UTERUS(3, "kidney, uterus"),
  /** Rectum: 4. */
  RECTUM(4, "rectum"),
  /** Thyroid, breast, prostate, carcinoid tumour: 5. */
  THYROID_BREAST_PROSTATE_CARCINOID(5, "thyroid, breast, prostate, carcinoid tumour");

  private final int points;
  private final String label;

  TokuhashiPrimary(int points, String label) {
    this.points = points;
    this.label = label;
  }

  /**
   * Returns the points.
   *
   * @return 0..5
   */
  public int points() {
    return points;
  }

  @Override
  public String toString() {
    return label;
  }
}
