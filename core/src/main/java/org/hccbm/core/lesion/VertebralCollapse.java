package org.hccbm.core.lesion;

/**
 * Vertebral body collapse, in the categories SINS uses.
 *
 * @since 0.1.0
 */
public enum VertebralCollapse {
  /** No collapse, and no more than half of the body involved. */
  NONE,
  /** No collapse, with more than half of the vertebral body involved. */
  NONE_WITH_OVER_HALF_INVOLVED,
  /** Collapse of less than half the body height. */
  UNDER_HALF,
  /** Collapse of more than half the body height. */
  OVER_HALF;

  /**
   * Returns the category of a measured collapse. SINS prints "&gt; 50 %" and "&lt; 50 %" only; the
   * library reads "&gt; 50 %" as strict, so a collapse of exactly 50 % is {@link #UNDER_HALF} (not
   * more than half), documented in docs/models.md.
   *
   * @param percent the loss of vertebral body height, 0..100 %
   * @param overHalfBodyInvolved whether more than half of the body is involved (used only without
   *     collapse)
   * @return the category
   * @throws org.hccbm.core.InvalidClinicalInputException if outside [0, 100] or NaN
   */
  public static VertebralCollapse ofPercent(double percent, boolean overHalfBodyInvolved) {
    if (!(percent >= 0 && percent <= 100)) {
      throw new org.hccbm.core.InvalidClinicalInputException(
          "vertebral collapse", percent + " %", "0..100 %");
    }
    if (percent == 0) {
      return overHalfBodyInvolved ? NONE_WITH_OVER_HALF_INVOLVED : NONE;
    }
    return percent > 50 ? OVER_HALF : UNDER_HALF;
  }
}
