package org.hccbm.core.tumour;

import org.hccbm.core.InvalidClinicalInputException;

/**
 * Portal vein invasion by the Japanese Vp grade (Liver Cancer Study Group of Japan), as used by Uka
 * 2007.
 *
 * @since 0.1.0
 */
public enum PortalVeinInvasion {
  /** Vp0: no portal vein invasion. */
  VP0(0),
  /** Vp1: invasion of (not proximal to) the third-order branches. */
  VP1(1),
  /** Vp2: invasion of the second-order branches. */
  VP2(2),
  /** Vp3: invasion of the first-order branches. */
  VP3(3),
  /** Vp4: invasion of the main trunk or the contralateral branch. */
  VP4(4);

  private final int grade;

  PortalVeinInvasion(int grade) {
    this.grade = grade;
  }

  /**
   * Returns the grade.
   *
   * @param grade 0..4
   * @return the grade
   * @throws InvalidClinicalInputException if outside 0..4
   */
  public static PortalVeinInvasion of(int grade) {
    if (grade < 0 || grade > 4) {
      throw new InvalidClinicalInputException("portal vein invasion (Vp) grade", grade, "0..4");
    }
    return values()[grade];
  }

  /**
   * Returns the numeric grade, 0..4.
   *
   * @return the grade
   */
  public int grade() {
    return grade;
  }

  @Override
  public String toString() {
    return "Vp" + grade();
  }
}
