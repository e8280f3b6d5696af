package org.hccbm.core.history;

/**
 * Bone-targeting agents.
 *
 * @since 0.1.0
 */
public enum BoneTargetingAgent {
  /** Zoledronic acid. */
  ZOLEDRONIC_ACID,
  /** Denosumab. */
  DENOSUMAB,
  /** Pamidronate. */
  PAMIDRONATE,
  /** Another bisphosphonate. */
  OTHER_BISPHOSPHONATE
}
