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
  OPEN_SURGERY("open surgery"),
  /** Minimally invasive surgery. */
  MINIMALLY_INVASIVE_SURGERY("minimally invasive surgery"),
  /** Prophylactic fixation or arthroplasty / endoprosthesis of a long bone. */
  FIXATION_OR_ARTHROPLASTY("fixation or arthroplasty"),
  /** Vertebroplasty or kyphoplasty. */
  VERTEBRAL_AUGMENTATION("vertebral augmentation"),
  /** Pre-operative or palliative transarterial embolisation. */
  EMBOLISATION("embolisation"),
  /** Stereotactic body radiotherapy or radiosurgery. */
  SBRT("SBRT/SRS"),
  /** Conventional external-beam radiotherapy. */
  EBRT("external-beam RT"),
  /** Re-irradiation of a previously irradiated site. */
  REIRRADIATION("re-irradiation"),
  /** Zoledronic acid. */
  ZOLEDRONIC_ACID("zoledronic acid"),
  /** Denosumab. */
  DENOSUMAB("denosumab"),
  /** Calcium and vitamin D supplements. */
  CALCIUM_AND_VITAMIN_D("calcium and vitamin D"),
  /** Systemic anticancer therapy for HCC. */
  SYSTEMIC_THERAPY("systemic therapy"),
  /** Locoregional liver therapy: TACE, TARE, ablation. */
  LOCOREGIONAL_LIVER_THERAPY("locoregional liver therapy"),
  /** Dexamethasone. */
  DEXAMETHASONE("dexamethasone"),
  /** Opioid analgesia. */
  OPIOIDS("opioid analgesia");

  private final String label;

  Intervention(String label) {
    this.label = label;
  }

  /**
   * Returns the label a plan prints.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
