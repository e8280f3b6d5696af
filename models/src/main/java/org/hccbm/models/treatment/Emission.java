package org.hccbm.models.treatment;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.history.RadiotherapyCourse;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.models.Subject;
import org.jspecify.annotations.Nullable;

/**
 * Where a rule body's items go: {@link TreatmentRule#apply} collects one rule's items into a list;
 * the planner runs every rule into one emission of its own, so that the rules of a plan share the
 * patient-level gate checks ({@link Gates#patientCheck}), which depend on the context alone.
 */
abstract class Emission implements TreatmentRule.Emitter {
  /** What the rules read. */
  final PlanContext context;

  /** The rule whose body is running; null before the first. */
  private @Nullable RuleInfo rule;

  /** The patient-level gate checks made so far in this plan, by {@link Gates#patientCheck} slot. */
  private @Nullable GateCheck[] patientChecks = new GateCheck[Gates.patientSlots()];

  Emission(PlanContext context, @Nullable RuleInfo rule) {
    this.context = context;
    this.rule = rule;
  }

  /** Sets the rule whose body runs next. */
  final void rule(RuleInfo next) {
    rule = next;
  }

  /** Returns the rule whose body is running. */
  private RuleInfo rule() {
    return requireNonNull(rule, "rule");
  }

  /** Takes one item. */
  abstract void accept(PlanItem item);

  /** Returns a patient-level gate's check, made once per emission. */
  final GateCheck patientCheck(int slot, Gates.Body body) {
    if (slot >= patientChecks.length) {
      patientChecks = Arrays.copyOf(patientChecks, slot + 1);
    }
    GateCheck done = patientChecks[slot];
    if (done == null) {
      done = body.check(context, Optional.empty());
      patientChecks[slot] = done;
    }
    return done;
  }

  private @Nullable List<BoneLesion> surgicalLesions;
  private @Nullable List<BoneLesion> painfulLesions;

  /** {@link SurgeryRules#surgicalLesions(PlanContext)}, found once per emission. */
  static List<BoneLesion> surgicalLesions(PlanContext c, TreatmentRule.Emitter out) {
    if (!(out instanceof Emission plan)) {
      return SurgeryRules.surgicalLesions(c);
    }
    List<BoneLesion> found = plan.surgicalLesions;
    if (found == null) {
      found = SurgeryRules.surgicalLesions(plan.context);
      plan.surgicalLesions = found;
    }
    return found;
  }

  /** {@link PlanContext#painfulLesions()}, found once per emission. */
  static List<BoneLesion> painfulLesions(PlanContext c, TreatmentRule.Emitter out) {
    if (!(out instanceof Emission plan)) {
      return c.painfulLesions();
    }
    List<BoneLesion> found = plan.painfulLesions;
    if (found == null) {
      found = plan.context.painfulLesions();
      plan.painfulLesions = found;
    }
    return found;
  }

  /** The lesions whose prior radiotherapy was found in this emission, and what was found. */
  private @Nullable List<BoneLesion> priorRtLesions;

  private @Nullable List<Observed<List<RadiotherapyCourse>>> priorRt;

  /**
   * {@link PlanContext#priorRadiotherapy(BoneLesion)}, found once per lesion and emission (the RT
   * rules, their gate and the cord-compression rule all read it).
   */
  static Observed<List<RadiotherapyCourse>> priorRadiotherapy(
      PlanContext c, TreatmentRule.Emitter out, BoneLesion lesion) {
    return out instanceof Emission plan
        ? plan.priorRadiotherapy(lesion)
        : c.priorRadiotherapy(lesion);
  }

  /** As {@link #priorRadiotherapy(PlanContext, TreatmentRule.Emitter, BoneLesion)}. */
  @SuppressWarnings("ReferenceEquality") // the plan's own lesion objects; another is looked up anew
  final Observed<List<RadiotherapyCourse>> priorRadiotherapy(BoneLesion lesion) {
    List<BoneLesion> lesions = priorRtLesions;
    List<Observed<List<RadiotherapyCourse>>> found = priorRt;
    if (lesions == null || found == null) {
      lesions = new ArrayList<>(4);
      found = new ArrayList<>(4);
      priorRtLesions = lesions;
      priorRt = found;
    }
    for (int i = 0; i < lesions.size(); i++) {
      if (lesions.get(i) == lesion) {
        return found.get(i);
      }
    }
    Observed<List<RadiotherapyCourse>> prior = context.priorRadiotherapy(lesion);
    lesions.add(lesion);
    found.add(prior);
    return prior;
  }

  @Override
  public final void add(Domain domain, PlanItem.Kind kind, Wording text, Fact... facts) {
    accept(new PlanItem(domain, kind, text, rule(), List.of(facts)));
  }

  @Override
  public final PlanItem.Kind verdict(
      Domain domain,
      Preconditions pre,
      Optional<BoneLesion> lesion,
      Wording option,
      List<GateCheck> criteria,
      Fact... facts) {
    List<GateCheck> checks = pre.check(this, lesion, criteria);
    PlanItem.Kind kind = Preconditions.verdict(checks);
    accept(
        new PlanItem(
            domain,
            kind,
            Preconditions.text(option, checks, kind),
            rule(),
            facts(facts, checks),
            pre.presentIntervention(),
            lesion.isPresent() ? Subject.lesion(lesion.get().id()) : PlanItem.PATIENT,
            List.of()));
    return kind;
  }

  /** The rule's own facts, then every distinct fact of the checks not already among them. */
  private static List<Fact> facts(Fact[] own, List<GateCheck> checks) {
    List<Fact> all = new ArrayList<>(own.length + 2 * checks.size());
    for (Fact f : own) {
      all.add(f);
    }
    for (int i = 0; i < checks.size(); i++) {
      List<Fact> found = checks.get(i).facts();
      for (int j = 0; j < found.size(); j++) {
        Fact f = found.get(j);
        if (!contains(all, f)) {
          all.add(f);
        }
      }
    }
    return Lists.copy(all);
  }

  /** {@link List#contains}, by identity first (checks shared in a plan share their facts). */
  @SuppressWarnings("ReferenceEquality") // identity is a fast path before equals, not instead
  private static boolean contains(List<Fact> facts, Fact f) {
    for (int i = 0; i < facts.size(); i++) {
      Fact g = facts.get(i);
      if (g == f || g.equals(f)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public final void dependent(
      Domain domain,
      PlanItem.Kind kind,
      Subject subject,
      List<Intervention> parents,
      Wording text,
      Fact... facts) {
    accept(
        new PlanItem(
            domain, kind, text, rule(), List.of(facts), Optional.empty(), subject, parents));
  }

  /** One rule's items, in order. */
  static final class Collected extends Emission {
    private final List<PlanItem> items = new ArrayList<>();

    Collected(PlanContext context, RuleInfo rule) {
      super(context, rule);
    }

    @Override
    void accept(PlanItem item) {
      items.add(item);
    }

    List<PlanItem> items() {
      return List.copyOf(items);
    }
  }
}
