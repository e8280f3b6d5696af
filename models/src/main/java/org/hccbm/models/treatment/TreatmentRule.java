package org.hccbm.models.treatment;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.models.Subject;

/**
 * A small named rule: its identity and what it adds to a plan for a patient.
 *
 * @since 0.1.0
 */
public interface TreatmentRule {
  /**
   * Returns the rule's identity, source and evidence.
   *
   * @return the rule
   */
  RuleInfo info();

  /**
   * Applies the rule.
   *
   * @param context what the rule reads
   * @return what it adds (possibly nothing)
   */
  List<PlanItem> apply(PlanContext context);

  /** What a rule body writes to. */
  interface Emitter {
    /**
     * Adds a note about the whole patient.
     *
     * @param domain the domain
     * @param kind the kind
     * @param text the wording
     * @param facts the facts read
     */
    void add(Domain domain, PlanItem.Kind kind, Wording text, Fact... facts);

    /**
     * Adds an intervention's verdict for a subject, decided by its preconditions and the rule's own
     * criteria.
     *
     * @param domain the domain
     * @param pre the intervention's preconditions
     * @param lesion the lesion, or empty for the whole patient
     * @param option the option, coded
     * @param criteria the rule's own criteria
     * @param facts the facts read
     * @return the verdict's kind
     */
    @CanIgnoreReturnValue // the verdict is added to the plan; its kind is for rules that need it
    PlanItem.Kind verdict(
        Domain domain,
        Preconditions pre,
        Optional<BoneLesion> lesion,
        Wording option,
        List<GateCheck> criteria,
        Fact... facts);

    /**
     * Adds an item that belongs to an intervention (dose, monitoring, caution) or depends on others
     * (post-operative RT after surgery).
     *
     * @param domain the domain
     * @param kind the kind
     * @param subject the subject
     * @param parents the interventions it depends on
     * @param text the wording
     * @param facts the facts read
     */
    void dependent(
        Domain domain,
        PlanItem.Kind kind,
        Subject subject,
        List<Intervention> parents,
        Wording text,
        Fact... facts);
  }

  /**
   * A rule body. The library's own rules implement it as anonymous classes, not lambdas: a lambda's
   * body is a method of its own behind the generated class's {@code run}, so the JIT compiled each
   * small body twice (once inlined into {@code run}, once by itself); a class's {@code run} is the
   * body, compiled once.
   */
  @FunctionalInterface
  interface Body {
    /**
     * Runs the rule.
     *
     * @param context what it reads
     * @param out where it writes
     */
    void run(PlanContext context, Emitter out);
  }

  /**
   * Returns a rule from its identity and body.
   *
   * @param info the identity
   * @param body the body
   * @return the rule
   */
  static TreatmentRule of(RuleInfo info, Body body) {
    return new BodyRule(info, body);
  }
}
