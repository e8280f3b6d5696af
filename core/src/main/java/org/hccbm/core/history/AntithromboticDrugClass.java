package org.hccbm.core.history;

/**
 * The drug class of an antithrombotic, as peri-procedural guidance groups them (SIR 2019: the
 * interruption plan depends on the class), each with the kind it belongs to.
 *
 * @since 0.2.0
 */
public enum AntithromboticDrugClass {
  /** Aspirin. */
  ASPIRIN(AntithromboticKind.ANTIPLATELET, "aspirin"),
  /** A P2Y12 inhibitor (clopidogrel, prasugrel, ticagrelor). */
  P2Y12_INHIBITOR(AntithromboticKind.ANTIPLATELET, "P2Y12 inhibitor"),
  /** Another antiplatelet agent. */
  OTHER_ANTIPLATELET(AntithromboticKind.ANTIPLATELET, "antiplatelet agent"),
  /** A vitamin K antagonist (warfarin, phenprocoumon, acenocoumarol). */
  VITAMIN_K_ANTAGONIST(AntithromboticKind.ANTICOAGULANT, "vitamin K antagonist"),
  /** A direct oral anticoagulant (apixaban, rivaroxaban, edoxaban, dabigatran). */
  DIRECT_ORAL_ANTICOAGULANT(AntithromboticKind.ANTICOAGULANT, "direct oral anticoagulant"),
  /** Low-molecular-weight or unfractionated heparin. */
  HEPARIN(AntithromboticKind.ANTICOAGULANT, "heparin"),
  /** Another anticoagulant. */
  OTHER_ANTICOAGULANT(AntithromboticKind.ANTICOAGULANT, "anticoagulant");

  private final AntithromboticKind kind;
  private final String label;

  AntithromboticDrugClass(AntithromboticKind kind, String label) {
    this.kind = kind;
    this.label = label;
  }

  /**
   * Returns the kind the class belongs to.
   *
   * @return antiplatelet or anticoagulant
   */
  public AntithromboticKind kind() {
    return kind;
  }

  /**
   * Returns a label a clinician reads, e.g. "direct oral anticoagulant".
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
