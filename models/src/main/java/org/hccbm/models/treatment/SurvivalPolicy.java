package org.hccbm.models.treatment;

import java.util.List;
import org.hccbm.models.Models;

/**
 * A named, replaceable policy that turns the prognostic models' results into the expected survival
 * the treatment rules use.
 *
 * @since 0.1.0
 */
public interface SurvivalPolicy {
  /**
   * Returns the policy's name, shown in the plan.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the policy's stable code, which a plan holds ({@link TreatmentPlan#policy()}) and a
   * renderer words by the plan bundle's {@code policy.<code>} key, or shows as given when the
   * bundle has none. A code is API: the library's default policy is {@code hccSpecificFirst}. By
   * default, {@link #name()}, so that a caller's own policy is shown by its name.
   *
   * @return the code
   * @since 0.4.0
   */
  default String code() {
    return name();
  }

  /**
   * Returns the estimate the plan uses.
   *
   * @param evaluations every model's result for the patient
   * @return the estimate
   */
  SurvivalEstimate estimate(List<Models.Evaluation> evaluations);

  /**
   * Returns the estimate the plan uses, given {@link #all} of the same evaluations, which the
   * planner computes anyway: a policy that chooses among them overrides this so that they are not
   * computed twice. By default, {@link #estimate(List)}.
   *
   * @param evaluations every model's result for the patient
   * @param all {@link #all} of these evaluations
   * @return the estimate, the same as {@link #estimate(List)}
   * @since 0.2.0
   */
  default SurvivalEstimate estimate(
      List<Models.Evaluation> evaluations, List<SurvivalEstimate> all) {
    return estimate(evaluations);
  }

  /**
   * Returns every estimate the prognostic models give, for the plan to show beside the one used.
   *
   * @param evaluations every model's result for the patient
   * @return the estimates, in catalogue order
   */
  List<SurvivalEstimate> all(List<Models.Evaluation> evaluations);
}
