package org.hccbm.core.lesion;

import java.util.Arrays;
import org.hccbm.core.InvalidClinicalInputException;

/**
 * Epidural spinal cord compression (Bilsky) grade, kept as its printed code: "1a", "1b" and "1c"
 * are distinct grades, never the number 1 (Bilsky MH, et al. J Neurosurg Spine 2010;13:324–328).
 *
 * @since 0.1.0
 */
public enum EsccGrade {
  /** 0: bone-only disease. */
  GRADE_0("0"),
  /** 1a: epidural impingement without deformation of the thecal sac. */
  GRADE_1A("1a"),
  /** 1b: deformation of the thecal sac without spinal cord abutment. */
  GRADE_1B("1b"),
  /** 1c: deformation of the thecal sac with cord abutment, without compression. */
  GRADE_1C("1c"),
  /** 2: spinal cord compression with CSF visible around the cord. */
  GRADE_2("2"),
  /** 3: spinal cord compression without CSF visible around the cord. */
  GRADE_3("3");

  private final String code;

  EsccGrade(String code) {
    this.code = code;
  }

  /**
   * Returns the grade with a printed code.
   *
   * @param code one of "0", "1a", "1b", "1c", "2", "3"
   * @return the grade
   * @throws InvalidClinicalInputException for any other code
   */
  public static EsccGrade parse(String code) {
    EsccGrade g = BY_CODE.get(code);
    if (g == null) {
      throw new InvalidClinicalInputException(
          "ESCC grade", "\"" + code + "\"", "one of 0, 1a, 1b, 1c, 2, 3");
    }
    return g;
  }

  /** Each grade by its printed code. */
  private static final java.util.Map<String, EsccGrade> BY_CODE =
      Arrays.stream(values())
          .collect(java.util.stream.Collectors.toUnmodifiableMap(g -> g.code, g -> g));

  /**
   * Returns the printed code, e.g. "1b".
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns whether the spinal cord is compressed (grade 2 or 3).
   *
   * @return true if compressed
   */
  public boolean cordCompressed() {
    return this == GRADE_2 || this == GRADE_3;
  }

  @Override
  public String toString() {
    return "ESCC " + code;
  }
}
