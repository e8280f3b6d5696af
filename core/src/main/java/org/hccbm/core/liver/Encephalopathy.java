package org.hccbm.core.liver;

import org.hccbm.core.InvalidClinicalInputException;

/**
 * Hepatic encephalopathy by West Haven grade, 0 (none) to 4 (coma).
 *
 * @since 0.1.0
 */
public enum Encephalopathy {
  /** Grade 0: none. */
  NONE(0),
  /** Grade 1. */
  GRADE_1(1),
  /** Grade 2. */
  GRADE_2(2),
  /** Grade 3. */
  GRADE_3(3),
  /** Grade 4 (coma). */
  GRADE_4(4);

  private final int grade;

  Encephalopathy(int grade) {
    this.grade = grade;
  }

  /**
   * Returns the grade.
   *
   * @param grade 0..4
   * @return the grade
   * @throws InvalidClinicalInputException if outside 0..4
   */
  public static Encephalopathy of(int grade) {
    for (Encephalopathy e : values()) {
      if (e.grade == grade) {
        return e;
      }
    }
    throw new InvalidClinicalInputException("hepatic encephalopathy grade", grade, "0..4");
  }

  /**
   * Returns the West Haven grade, 0..4.
   *
   * @return the grade
   */
  public int grade() {
    return grade;
  }

  @Override
  public String toString() {
    return this == NONE ? "none" : "grade " + grade();
  }
}
