package org.hccbm.models.treatment;

/**
 * The interventions a plan decides on, each with one verdict per subject (the patient or a lesion).
 * Each declares its preconditions once, as a {@link Preconditions} beside its rules; {@link
 * TreatmentPlanner#preconditions()} lists them all.
 *
 * @since 0.2.0
 */
public enum Intervention {
  /** Open surgery: decompression, stabilisation, excision (spine or other bone). */
  OPEN_SURGERY,
  /** Minimally invasive surgery. */
  MINIMALLY_INVASIVE_SURGERY,
  /** Prophylactic fixation or arthroplasty / endoprosthesis of a long bone. */
  FIXATION_OR_ARTHROPLASTY,
  /** Vertebroplasty or kyphoplasty. */
  VERTEBRAL_AUGMENTATION,
  /** Pre-operative or palliative transarterial embolisation. */
  EMBOLISATION,
  /** Stereotactic body radiotherapy or radiosurgery. */
  SBRT,
  /** Conventional external-beam radiotherapy. */
  EBRT,
  /** Re-irradiation of a previously irradiated site. */
  REIRRADIATION,
  /** Zoledronic acid. */
  ZOLEDRONIC_ACID,
  /** Denosumab. */
  DENOSUMAB,
  /** Calcium and vitamin D supplements. */
  CALCIUM_AND_VITAMIN_D,
  /** Systemic anticancer therapy for HCC. */
  SYSTEMIC_THERAPY,
  /** Locoregional liver therapy: TACE, TARE, ablation. */
  LOCOREGIONAL_LIVER_THERAPY,
  /** Dexamethasone. */
  DEXAMETHASONE,
  /** Opioid analgesia. */
  OPIOIDS;

  /**
   * Returns the label a plan prints.
   *
   * @return the label
   */
  public String label() {
    return PlanRenderer.english().render(PlanArg.of(this));
  }
}
