package org.hccbm.models.treatment;

/**
 * The domains a plan groups its options by.
 *
 * @since 0.1.0
 */
public enum Domain {
  /** Emergencies that come before every other decision (since 0.2.0). */
  URGENT("Urgent — before anything else"),
  /** Bone-targeting agents: zoledronic acid, denosumab, calcium and vitamin D, dental care. */
  BONE_TARGETING_AGENTS("Bone-targeting agents"),
  /** Palliative radiotherapy, re-irradiation, SBRT. */
  RADIOTHERAPY("Radiotherapy"),
  /** Surgery and intervention: stabilisation, fixation, augmentation, embolisation. */
  SURGERY_AND_INTERVENTION("Surgery and intervention"),
  /** Metastatic spinal cord compression. */
  CORD_COMPRESSION("Spinal cord compression"),
  /** The primary HCC, other metastases and systemic therapy. */
  PRIMARY_AND_OTHER_METASTASES("Primary HCC and other metastases"),
  /** Symptom control: analgesia. */
  SYMPTOMS("Symptom control"),
  /** The multidisciplinary team. */
  TEAM("Multidisciplinary team"),
  /** Cautions that apply to every option, stated once (since 0.2.0). */
  GENERAL("For every option");

  private final String label;

  Domain(String label) {
    this.label = label;
  }

  /**
   * Returns the heading a plan prints.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
