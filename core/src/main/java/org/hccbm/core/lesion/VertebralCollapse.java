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
  OVER_HALF
}
