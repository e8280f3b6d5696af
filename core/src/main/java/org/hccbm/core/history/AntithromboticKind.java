package org.hccbm.core.history;

/**
 * Whether a patient takes antithrombotic therapy, and which kind (planner-safety PS-2).
 *
 * @since 0.2.0
 */
public enum AntithromboticKind {
  /** No antiplatelet or anticoagulant therapy. */
  NONE,
  /** An antiplatelet agent (e.g. aspirin, a P2Y12 inhibitor). */
  ANTIPLATELET,
  /** An anticoagulant (e.g. a vitamin K antagonist, a direct oral anticoagulant, heparin). */
  ANTICOAGULANT
}
