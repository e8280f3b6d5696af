package org.hccbm.models.treatment;

import java.util.ArrayList;
import java.util.List;

/**
 * A small named rule: its identity and what it adds to a plan for a patient.
 *
 * @since 0.1.0
 */
public interface TreatmentRule {
  /** Returns the rule's identity, source and evidence. @return the rule */
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
     * Adds an item.
     *
     * @param domain the domain
     * @param kind the kind
     * @param text the text
     * @param facts the facts read
     */
    void add(Domain domain, PlanItem.Kind kind, String text, Fact... facts);
  }

  /** A rule body. */
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
    return new TreatmentRule() {
      @Override
      public RuleInfo info() {
        return info;
      }

      @Override
      public List<PlanItem> apply(PlanContext context) {
        List<PlanItem> items = new ArrayList<>();
        body.run(context, (domain, kind, text, facts) ->
            items.add(new PlanItem(domain, kind, text, info, List.of(facts))));
        return List.copyOf(items);
      }

      @Override
      public String toString() {
        return info.toString();
      }
    };
  }
}
