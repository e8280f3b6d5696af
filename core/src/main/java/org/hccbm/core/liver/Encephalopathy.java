package org.hccbm.core.liver;

import org.hccbm.core.InvalidClinicalInputException;

/**
 * Hepatic encephalopathy by West Haven grade, 0 (none) to 4 (coma).
 *
 * @since 0.1.0
 */
public enum Encephalopathy {
  /** Grade 0: none. */
  NONE,
  /** Grade 1. */
  GRADE_1,
  /** Grade 2. */
  GRADE_2,
  /** Grade 3. */
  GRADE_3,
  /** Grade 4 (coma). */
  GRADE_4;

  /**
   * Returns the grade.
   *
   * @param grade 0..4
   * @return the grade
   * @throws InvalidClinicalInputException if outside 0..4
   */
  public static Encephalopathy of(int grade) {
    if (grade < 0 || grade > 4) {
      throw new InvalidClinicalInputException("hepatic encephalopathy grade", grade, "0..4");
    }
    return values()[grade];
  }

  /** Returns the West Haven grade, 0..4. @return the grade */
  public int grade() {
    return ordinal();
  }

  @Override
  public String toString() {
    return this == NONE ? "none" : "grade " + grade();
  }
}
