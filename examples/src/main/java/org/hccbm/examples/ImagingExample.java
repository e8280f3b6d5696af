package org.hccbm.examples;

import org.hccbm.core.evidence.Probability;
import org.hccbm.imaging.PostTest;
import org.hccbm.imaging.PostTestCalculator;
import org.hccbm.imaging.TestResult;
import org.hccbm.imaging.evidence.ImagingEvidence;

/** The README's imaging example: a positive whole-body MRI at a 10 % pre-test probability. */
public final class ImagingExample {
  private ImagingExample() {}

  /**
   * Prints the post-test probability with its interval.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /**
   * Returns what {@link #main} prints.
   *
   * @return the text
   */
  public static String run() {
    PostTest post =
        PostTestCalculator.postTest(
            ImagingEvidence.WU_WBMRI_PATIENT, TestResult.POSITIVE, Probability.of(0.10));
    return post.render();
  }
}
