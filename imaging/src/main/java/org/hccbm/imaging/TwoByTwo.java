package org.hccbm.imaging;

import org.hccbm.core.InvalidClinicalInputException;

/**
 * A single study's 2×2 table, oriented as the imaging §3.1: rows test +/−, columns disease +/−.
 *
 * <pre>
 *            Disease +   Disease −
 * Test +     TP          FP
 * Test −     FN          TN
 * </pre>
 *
 * @param tp true positives, ≥ 0
 * @param fp false positives, ≥ 0
 * @param fn false negatives, ≥ 0
 * @param tn true negatives, ≥ 0; any counts up to {@link Integer#MAX_VALUE} each (sums are computed
 *     in long or double arithmetic, so they cannot overflow)
 * @since 0.1.0
 */
public record TwoByTwo(int tp, int fp, int fn, int tn) {
  /** Validates the counts. */
  public TwoByTwo {
    if (tp < 0 || fp < 0 || fn < 0 || tn < 0) {
      throw new InvalidClinicalInputException(
          "2×2 counts", "TP " + tp + ", FP " + fp + ", FN " + fn + ", TN " + tn, "all >= 0");
    }
    // Sums in long: two int counts near Integer.MAX_VALUE would overflow an int sum.
    if ((long) tp + fn == 0 || (long) fp + tn == 0) {
      throw new InvalidClinicalInputException(
          "2×2 counts",
          "TP " + tp + ", FP " + fp + ", FN " + fn + ", TN " + tn,
          "at least one diseased and one non-diseased subject");
    }
  }

  /**
   * Returns TP / (TP + FN).
   *
   * @return the sensitivity
   */
  public double sensitivity() {
    return tp / ((double) tp + fn);
  }

  /**
   * Returns TN / (TN + FP).
   *
   * @return the specificity
   */
  public double specificity() {
    return tn / ((double) tn + fp);
  }

  /**
   * Returns whether any cell is zero.
   *
   * @return true with a zero cell
   */
  public boolean hasZeroCell() {
    return tp == 0 || fp == 0 || fn == 0 || tn == 0;
  }

  /**
   * Returns the table with 0.5 added to every cell (Haldane), as doubles.
   *
   * @return the cells
   */
  double[] haldane() {
    return new double[] {tp + 0.5, fp + 0.5, fn + 0.5, tn + 0.5};
  }

  @Override
  public String toString() {
    return "TP " + tp + ", FP " + fp + ", FN " + fn + ", TN " + tn;
  }
}
