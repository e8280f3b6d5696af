package org.hccbm.models.treatment;

/**
 * The kinds of precondition an intervention can declare (planner-safety §0–§3).
 *
 * @since 0.2.0
 */
public enum Gate {
  /** INR and platelets (PS-1). */
  HAEMOSTASIS,
  /** Antithrombotic therapy (PS-2). */
  ANTITHROMBOTICS,
  /** Child–Pugh and MELD (PS-3, PS-22, PS-23). */
  LIVER_FUNCTION,
  /** Creatinine clearance and dialysis (PS-8, PS-11). */
  RENAL_FUNCTION,
  /** Albumin-corrected calcium (PS-7, PS-10). */
  CALCIUM,
  /** Radiotherapy to the same or an adjacent segment (PS-5). */
  PRIOR_RADIOTHERAPY,
  /** Performance status. */
  PERFORMANCE_STATUS,
  /** Expected survival (PS-4, PS-14). */
  EXPECTED_SURVIVAL,
  /** BCLC stage and portal-vein invasion (PS-23). */
  TUMOUR_STAGE
}
