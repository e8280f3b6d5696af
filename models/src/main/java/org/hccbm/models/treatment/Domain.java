package org.hccbm.models.treatment;

/**
 * The domains a plan groups its options by.
 *
 * @since 0.1.0
 */
public enum Domain {
  /** Emergencies that come before every other decision (since 0.2.0). */
  URGENT,
  /** Bone-targeting agents: zoledronic acid, denosumab, calcium and vitamin D, dental care. */
  BONE_TARGETING_AGENTS,
  /** Palliative radiotherapy, re-irradiation, SBRT. */
  RADIOTHERAPY,
  /** Surgery and intervention: stabilisation, fixation, augmentation, embolisation. */
  SURGERY_AND_INTERVENTION,
  /** Metastatic spinal cord compression. */
  CORD_COMPRESSION,
  /** The primary HCC, other metastases and systemic therapy. */
  PRIMARY_AND_OTHER_METASTASES,
  /** Symptom control: analgesia. */
  SYMPTOMS,
  /** The multidisciplinary team. */
  TEAM,
  /** Cautions that apply to every option, stated once (since 0.2.0). */
  GENERAL;

  /**
   * Returns the heading a plan prints.
   *
   * @return the label
   */
  public String label() {
    return PlanRenderer.english().render(PlanArg.of(this));
  }
}
