package org.hccbm.models.treatment;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.lesion.BoneLesion;

/**
 * The preconditions of one intervention, declared once beside its rules (planner-safety §0): an
 * item is an option only when every gate is known to pass; an unknown gate makes it "needs
 * information" naming the missing input; a failed gate rules it out or turns it into a caution with
 * the values.
 *
 * @since 0.2.0
 */
public final class Preconditions {
  /** One gate: its kind and how it is checked for a subject. */
  interface Check {
    /** Returns the gate kind. */
    Gate gate();

    /** Checks the gate for the patient, and the lesion when the subject is one. */
    GateCheck check(PlanContext context, Optional<BoneLesion> lesion);

    /** As {@link #check(PlanContext, Optional)}, sharing a patient-level check within a plan. */
    GateCheck check(Emission plan, Optional<BoneLesion> lesion);
  }

  private final Intervention intervention;
  private final Optional<Intervention> present;
  private final List<Check> checks;

  private Preconditions(Intervention intervention, List<Check> checks) {
    this.intervention = requireNonNull(intervention, "intervention");
    this.present = Optional.of(intervention);
    this.checks = List.copyOf(checks);
  }

  /** Returns the intervention as a verdict item holds it (made once). */
  Optional<Intervention> presentIntervention() {
    return present;
  }

  static Preconditions of(Intervention intervention, Check... checks) {
    return new Preconditions(intervention, List.of(checks));
  }

  /**
   * Returns the intervention.
   *
   * @return the intervention
   */
  public Intervention intervention() {
    return intervention;
  }

  /** Returns the checks, in the order they are made (tests of the gates). */
  List<Check> checks() {
    return checks;
  }

  /**
   * Returns the gate kinds, in the order they are checked.
   *
   * @return the gates
   */
  public List<Gate> gates() {
    return checks.stream().map(Check::gate).toList();
  }

  /** Checks every gate, then the rule's own criteria. */
  List<GateCheck> check(
      PlanContext context, Optional<BoneLesion> lesion, List<GateCheck> criteria) {
    List<GateCheck> all = new ArrayList<>(checks.size() + criteria.size());
    for (Check c : checks) {
      all.add(c.check(context, lesion));
    }
    all.addAll(criteria);
    return all;
  }

  /** Checks every gate within a plan, then the rule's own criteria. */
  List<GateCheck> check(Emission plan, Optional<BoneLesion> lesion, List<GateCheck> criteria) {
    int n = checks.size();
    GateCheck[] all = new GateCheck[n + criteria.size()];
    for (int i = 0; i < n; i++) {
      all[i] = checks.get(i).check(plan, lesion);
    }
    for (int i = 0; i < criteria.size(); i++) {
      all[n + i] = criteria.get(i);
    }
    return Arrays.asList(all);
  }

  /** Checks every gate for a rule body, within its plan when it runs in one. */
  List<GateCheck> check(
      PlanContext context,
      TreatmentRule.Emitter out,
      Optional<BoneLesion> lesion,
      List<GateCheck> criteria) {
    return out instanceof Emission plan
        ? check(plan, lesion, criteria)
        : check(context, lesion, criteria);
  }

  /** Returns the verdict the checks give: fail, else unknown, else caution, else option. */
  static PlanItem.Kind verdict(List<GateCheck> checks) {
    if (has(checks, GateCheck.Outcome.FAIL)) {
      return PlanItem.Kind.RULED_OUT;
    }
    if (has(checks, GateCheck.Outcome.UNKNOWN)) {
      return PlanItem.Kind.NEEDS_INFORMATION;
    }
    return has(checks, GateCheck.Outcome.CAUTION) ? PlanItem.Kind.CAUTION : PlanItem.Kind.OPTION;
  }

  /** Returns the wording of a verdict item: the option, then the reasons that decided it. */
  static Wording text(Wording option, List<GateCheck> checks) {
    return text(option, checks, verdict(checks));
  }

  /** As {@link #text(Wording, List)}, for checks whose verdict is known. */
  static Wording text(Wording option, List<GateCheck> checks, PlanItem.Kind verdict) {
    return switch (verdict) {
      case RULED_OUT ->
          Wording.of("verdict.ruledOut", option, reasons(checks, GateCheck.Outcome.FAIL));
      case NEEDS_INFORMATION ->
          has(checks, GateCheck.Outcome.CAUTION)
              ? Wording.of(
                  "verdict.needsAndFirst",
                  option,
                  reasons(checks, GateCheck.Outcome.UNKNOWN),
                  reasons(checks, GateCheck.Outcome.CAUTION))
              : Wording.of("verdict.needs", option, reasons(checks, GateCheck.Outcome.UNKNOWN));
      case CAUTION ->
          Wording.of("verdict.first", option, reasons(checks, GateCheck.Outcome.CAUTION));
      default -> option;
    };
  }

  private static boolean has(List<GateCheck> checks, GateCheck.Outcome outcome) {
    for (int i = 0; i < checks.size(); i++) {
      if (checks.get(i).outcome() == outcome) {
        return true;
      }
    }
    return false;
  }

  /** The distinct reasons of one outcome, in order, joined by "; ". */
  private static PlanArg reasons(List<GateCheck> checks, GateCheck.Outcome outcome) {
    Wording[] reasons = new Wording[checks.size()];
    int n = 0;
    for (int i = 0; i < checks.size(); i++) {
      GateCheck c = checks.get(i);
      if (c.outcome() == outcome && !contains(reasons, n, c.reason())) {
        reasons[n++] = c.reason();
      }
    }
    return PlanArg.join(
        "semicolon",
        n == 1
            ? List.of(reasons[0])
            : n == 2 ? List.of(reasons[0], reasons[1]) : List.of(Arrays.copyOf(reasons, n)));
  }

  /** Whether the first {@code n} reasons hold one equal to {@code r}, by identity first. */
  @SuppressWarnings("ReferenceEquality") // identity is a fast path before equals, not instead
  private static boolean contains(Wording[] reasons, int n, Wording r) {
    for (int i = 0; i < n; i++) {
      if (reasons[i] == r || reasons[i].equals(r)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return intervention + " " + gates();
  }
}
