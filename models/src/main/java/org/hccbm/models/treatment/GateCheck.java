package org.hccbm.models.treatment;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What one precondition found for one intervention and subject.
 *
 * @param gate the gate, or empty for a criterion of the rule itself
 * @param outcome pass, unknown, caution or fail
 * @param reason why, with the values; the missing input for unknown; {@link Wording#NONE} for a
 *     pass (coded since 0.3.0: its text is {@link PlanRenderer}'s rendering)
 * @param facts the facts read
 * @since 0.2.0
 */
public record GateCheck(
    java.util.Optional<Gate> gate, Outcome outcome, Wording reason, List<Fact> facts) {
  /** The outcome of a check. */
  public enum Outcome {
    /** Known to pass. */
    PASS,
    /** Known, and must first be addressed. */
    CAUTION,
    /** Not known: the input is named in the reason. */
    UNKNOWN,
    /** Known to fail. */
    FAIL
  }

  /** Validates and copies every component. */
  public GateCheck {
    requireNonNull(gate, "gate");
    requireNonNull(outcome, "outcome");
    requireNonNull(reason, "reason");
    facts = List.copyOf(facts);
  }

  static GateCheck pass(Gate gate, Fact... facts) {
    return new GateCheck(present(gate), Outcome.PASS, Wording.NONE, List.of(facts));
  }

  static GateCheck of(Gate gate, Outcome outcome, Wording reason, Fact... facts) {
    return new GateCheck(present(gate), outcome, reason, List.of(facts));
  }

  /** Each gate's {@code Optional}, built once: every plan checks every gate. */
  private static final java.util.Optional<?>[] PRESENT = presentByGate();

  @SuppressWarnings("EnumOrdinal") // indexed by the gate's position
  private static java.util.Optional<?>[] presentByGate() {
    java.util.Optional<?>[] present = new java.util.Optional<?>[Gate.values().length];
    for (Gate g : Gate.values()) {
      present[g.ordinal()] = java.util.Optional.of(g);
    }
    return present;
  }

  @SuppressWarnings({"unchecked", "EnumOrdinal"}) // PRESENT holds an Optional<Gate> per gate
  private static java.util.Optional<Gate> present(Gate gate) {
    return (java.util.Optional<Gate>) PRESENT[gate.ordinal()];
  }

  /** A criterion of the rule itself (e.g. a Patchell exclusion), not a shared gate. */
  static GateCheck criterion(Outcome outcome, Wording reason, Fact... facts) {
    return new GateCheck(java.util.Optional.empty(), outcome, reason, List.of(facts));
  }
}
