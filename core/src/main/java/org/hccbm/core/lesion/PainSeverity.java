package org.hccbm.core.lesion;

/**
 * The severity of pain from a long-bone lesion, as Mirels grades it. A pain-free lesion is recorded
 * as {@link #MILD}, the lowest Mirels grade.
 *
 * @since 0.1.0
 */
public enum PainSeverity {
  /** Mild. */
  MILD,
  /** Moderate. */
  MODERATE,
  /** Functional: severe, aggravated by use of the limb. */
  FUNCTIONAL
}
