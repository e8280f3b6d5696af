package org.hccbm.core.result;

/**
 * A category a model assigns (a class, grade, stage or risk group), with what it meant in the
 * model's derivation cohort. Implemented by each model's category enum.
 *
 * @since 0.1.0
 */
public interface Category {
  /**
   * Returns a stable code, e.g. "B" or "GRADE_2".
   *
   * @return the code
   */
  String code();

  /**
   * Returns the label a clinician reads, e.g. "Child–Pugh class B".
   *
   * @return the label
   */
  String label();

  /**
   * Returns what the category meant in the derivation cohort (e.g. "median survival 13.6 months");
   * historical group figures, not a prediction for one patient.
   *
   * @return the meaning, or "" when the source gives none
   */
  String meaning();
}
