package org.hccbm.models.treatment;

import java.util.List;

/**
 * A rule made by {@link TreatmentRule#of}: its identity and its body. The planner runs the body
 * into its own {@link Emission}; {@link #apply} collects one run's items.
 */
final class BodyRule implements TreatmentRule {
  private final RuleInfo info;
  private final Body body;

  BodyRule(RuleInfo info, Body body) {
    this.info = info;
    this.body = body;
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public List<PlanItem> apply(PlanContext context) {
    Emission.Collected out = new Emission.Collected(context, info);
    body.run(context, out);
    return out.items();
  }

  /** Runs the body into an emission, as this rule. */
  void run(Emission out) {
    out.rule(info);
    body.run(out.context, out);
  }

  @Override
  public String toString() {
    return info.toString();
  }
}
