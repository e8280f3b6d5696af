package org.hccbm.core.performance;

import org.hccbm.core.InvalidClinicalInputException;

/**
 * ECOG (WHO, Zubrod) performance status, grades 0–5 (Oken MM, et al. Am J Clin Oncol
 * 1982;5:649–655).
 *
 * @since 0.1.0
 */
public enum Ecog {
  /** 0: fully active, able to carry on all pre-disease performance without restriction. */
  FULLY_ACTIVE(0),
  /** 1: restricted in strenuous activity, ambulatory, able to do light or sedentary work. */
  RESTRICTED_STRENUOUS(1),
  /** 2: ambulatory and capable of all self-care, unable to work; up over 50 % of waking hours. */
  AMBULATORY_SELF_CARE(2),
  /** 3: capable of only limited self-care; in bed or chair over 50 % of waking hours. */
  LIMITED_SELF_CARE(3),
  /** 4: completely disabled, no self-care, totally confined to bed or chair. */
  BEDBOUND(4),
  /** 5: dead. */
  DEAD(5);

  private final int grade;

  Ecog(int grade) {
    this.grade = grade;
  }

  /**
   * Returns the grade.
   *
   * @param grade 0..5
   * @return the grade
   * @throws InvalidClinicalInputException if outside 0..5
   */
  public static Ecog of(int grade) {
    if (grade < 0 || grade > 5) {
      throw new InvalidClinicalInputException("ECOG performance status", grade, "0..5");
    }
    return values()[grade];
  }

  /**
   * Returns the numeric grade, 0..5.
   *
   * @return the grade
   */
  public int grade() {
    return grade;
  }

  @Override
  public String toString() {
    return "ECOG " + grade();
  }
}
