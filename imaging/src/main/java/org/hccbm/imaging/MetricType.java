package org.hccbm.imaging;

/**
 * What a source actually reports.
 *
 * @since 0.1.0
 */
public enum MetricType {
  /** A sensitivity and specificity pair: usable for likelihood ratios and post-test probability. */
  SE_SP,
  /** Sensitivity (detection rate) only. */
  SE_ONLY,
  /** Accuracy only (prevalence-dependent). */
  ACCURACY_ONLY
}
