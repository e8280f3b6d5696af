package org.hccbm.models.liver;

import org.hccbm.core.result.Category;
import org.hccbm.core.result.Renderer;

/**
 * ALBI grade (Johnson 2015) with the modified-ALBI split of grade 2 at −2.270 (liver §2.2–2.3).
 * Grades come from the unrounded score.
 *
 * <pre>
 * Grade 1    ALBI ≤ −2.60
 * Grade 2a   −2.60 &lt; ALBI ≤ −2.270   (mALBI; cut-off [S], U-4)
 * Grade 2b   −2.270 &lt; ALBI ≤ −1.39
 * Grade 3    ALBI &gt; −1.39
 * </pre>
 *
 * @since 0.1.0
 */
public enum AlbiGrade implements Category {
  /** Grade 1: ALBI ≤ −2.60. */
  GRADE_1(1),
  /** Grade 2, mALBI 2a: −2.60 &lt; ALBI ≤ −2.270. */
  GRADE_2A(2),
  /** Grade 2, mALBI 2b: −2.270 &lt; ALBI ≤ −1.39. */
  GRADE_2B(2),
  /** Grade 3: ALBI &gt; −1.39. */
  GRADE_3(3);

  private final int grade;

  AlbiGrade(int grade) {
    this.grade = grade;
  }

  /**
   * Returns the grade of an unrounded ALBI score.
   *
   * @param albi the unrounded score
   * @return the grade
   */
  public static AlbiGrade forScore(double albi) {
    if (albi <= -2.60) {
      return GRADE_1;
    }
    if (albi <= -2.270) {
      return GRADE_2A;
    }
    return albi <= -1.39 ? GRADE_2B : GRADE_3;
  }

  /**
   * Returns the ALBI grade, 1..3 (2 for both mALBI sub-grades).
   *
   * @return the grade
   */
  public int albiGrade() {
    return grade;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label() {
    return Renderer.english().categoryLabel(this);
  }

  @Override
  public String meaning() {
    return Renderer.english().categoryMeaning(this);
  }
}
