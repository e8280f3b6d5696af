package org.hccbm.core.lesion;

/**
 * Imaging modalities used to detect bone metastasis.
 *
 * @since 0.1.0
 */
public enum Modality {
  /** Plain radiography. */
  RADIOGRAPHY("plain radiography"),
  /** Computed tomography. */
  CT("CT"),
  /** Magnetic resonance imaging (regional). */
  MRI("MRI"),
  /** Whole-body MRI. */
  WHOLE_BODY_MRI("whole-body MRI"),
  /** Planar bone scintigraphy (Tc-99m diphosphonate). */
  BONE_SCINTIGRAPHY("bone scintigraphy"),
  /** Bone SPECT/CT. */
  SPECT_CT("SPECT/CT"),
  /** 18F-FDG PET (with or without CT, as the source pooled it). */
  FDG_PET("FDG PET"),
  /** 18F-FDG PET/CT. */
  FDG_PET_CT("FDG PET/CT"),
  /** 11C-acetate PET/CT. */
  ACETATE_PET_CT("11C-acetate PET/CT"),
  /** Dual-tracer (11C-acetate and 18F-FDG) PET/CT. */
  DUAL_TRACER_PET_CT("dual-tracer PET/CT"),
  /** 18F-sodium fluoride PET or PET/CT. */
  NAF_PET_CT("18F-NaF PET/CT");

  private final String label;

  Modality(String label) {
    this.label = label;
  }

  /**
   * Returns the modality's usual name.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
