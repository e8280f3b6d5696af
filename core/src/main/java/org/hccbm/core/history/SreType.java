package org.hccbm.core.history;

/**
 * Skeletal-related events.
 *
 * @since 0.1.0
 */
public enum SreType {
  /** Pathological fracture. */
  PATHOLOGICAL_FRACTURE,
  /** Spinal cord compression. */
  SPINAL_CORD_COMPRESSION,
  /** Radiotherapy to bone. */
  RADIATION_TO_BONE,
  /** Surgery to bone. */
  SURGERY_TO_BONE,
  /** Hypercalcaemia of malignancy. */
  HYPERCALCAEMIA
}
