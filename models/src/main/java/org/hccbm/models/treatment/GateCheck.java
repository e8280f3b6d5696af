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
    return new GateCheck(java.util.Optional.of(gate), Outcome.PASS, Wording.NONE, List.of(facts));
  }

  static GateCheck of(Gate gate, Outcome outcome, Wording reason, Fact... facts) {
    return new GateCheck(java.util.Optional.of(gate), outcome, reason, List.of(facts));
  }

  /** A criterion of the rule itself (e.g. a Patchell exclusion), not a shared gate. */
  static GateCheck criterion(Outcome outcome, Wording reason, Fact... facts) {
    return new GateCheck(java.util.Optional.empty(), outcome, reason, List.of(facts));
  }
}
