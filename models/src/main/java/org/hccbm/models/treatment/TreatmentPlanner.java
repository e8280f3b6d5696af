package org.hccbm.models.treatment;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hccbm.core.patient.Patient;
import org.hccbm.models.Models;

/**
 * Turns a patient and its scores into a {@link TreatmentPlan}: every model is evaluated, the
 * survival policy picks the expected survival, and every rule adds what it finds. Rules that need
 * an unknown fact say so in the plan; missing facts never enable or disable an option silently.
 *
 * <pre>{@code
 * TreatmentPlan plan = TreatmentPlanner.DEFAULT.plan(patient);
 * System.out.print(plan.render());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TreatmentPlanner {
  /** Every rule the library ships, by domain. */
  public static final List<TreatmentRule> RULES = concat(BoneTargetingRules.ALL,
      RadiotherapyRules.ALL, SurgeryRules.ALL, CordCompressionRules.ALL, PrimaryRules.ALL,
      SymptomRules.ALL, TeamRules.ALL);

  /** The planner with the default survival policy and every rule. */
  public static final TreatmentPlanner DEFAULT = new TreatmentPlanner(
      SurvivalPolicies.HCC_SPECIFIC_FIRST, RULES);

  private final SurvivalPolicy policy;
  private final List<TreatmentRule> rules;

  private TreatmentPlanner(SurvivalPolicy policy, List<TreatmentRule> rules) {
    this.policy = requireNonNull(policy, "policy");
    this.rules = List.copyOf(rules);
  }

  /**
   * Returns a planner with another survival policy.
   *
   * @param policy the policy
   * @return the planner
   */
  public TreatmentPlanner withSurvivalPolicy(SurvivalPolicy policy) {
    return new TreatmentPlanner(policy, rules);
  }

  /**
   * Returns the plan for a patient.
   *
   * @param patient the patient
   * @return the plan
   */
  public TreatmentPlan plan(Patient patient) {
    return plan(patient, Models.evaluate(patient));
  }

  /**
   * Returns the plan for a patient whose models were already evaluated.
   *
   * @param patient the patient
   * @param evaluations every model's result for the patient
   * @return the plan
   */
  public TreatmentPlan plan(Patient patient, List<Models.Evaluation> evaluations) {
    SurvivalEstimate survival = policy.estimate(evaluations);
    PlanContext context = new PlanContext(patient, evaluations, survival);
    Map<String, PlanItem> items = new LinkedHashMap<>();
    for (TreatmentRule rule : rules) {
      for (PlanItem item : rule.apply(context)) {
        items.putIfAbsent(item.domain() + "|" + item.kind() + "|" + item.text(), item);
      }
    }
    return new TreatmentPlan(patient.id(), policy.name(), survival, policy.all(evaluations),
        new ArrayList<>(items.values()));
  }

  @SafeVarargs
  private static List<TreatmentRule> concat(List<TreatmentRule>... lists) {
    List<TreatmentRule> all = new ArrayList<>();
    for (List<TreatmentRule> l : lists) {
      all.addAll(l);
    }
    return List.copyOf(all);
  }
}
