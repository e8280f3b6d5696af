package org.hccbm.models.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hccbm.core.patient.Patient;
import org.hccbm.models.Models;
import org.junit.jupiter.api.Test;

/**
 * The planner computes the prognostic estimates once and hands them to the policy (issue 13, point
 * 6): the estimate must be the one the policy gives from the evaluations alone.
 */
class SurvivalPolicyOnceTest {
  @Test
  void defaultPolicyGivesTheSameEstimateFromItsOwnEstimates() {
    for (Patient p : List.of(TreatmentPlanTest.h1(), Patient.builder("x").build())) {
      List<Models.Evaluation> evaluations = Models.evaluate(p);
      SurvivalPolicy policy = SurvivalPolicies.HCC_SPECIFIC_FIRST;
      assertThat(policy.estimate(evaluations, policy.all(evaluations)))
          .isEqualTo(policy.estimate(evaluations));
      assertThat(TreatmentPlanner.DEFAULT.plan(p).survival())
          .isEqualTo(policy.estimate(evaluations));
    }
    // H-1's estimate is a known one, not "no prognostic model gives an estimate"
    assertThat(
            SurvivalPolicies.HCC_SPECIFIC_FIRST
                .estimate(Models.evaluate(TreatmentPlanTest.h1()))
                .bands())
        .hasSizeLessThan(3);
  }

  @Test
  void aPolicyThatOnlyEstimatesFromEvaluationsIsAskedThat() {
    SurvivalEstimate marker = SurvivalEstimate.unknown(Wording.text("marker"));
    SurvivalPolicy own =
        new SurvivalPolicy() {
          @Override
          public String name() {
            return "own";
          }

          @Override
          public SurvivalEstimate estimate(List<Models.Evaluation> evaluations) {
            return marker;
          }

          @Override
          public List<SurvivalEstimate> all(List<Models.Evaluation> evaluations) {
            return List.of();
          }
        };
    assertThat(own.estimate(List.of(), SurvivalPolicies.HCC_SPECIFIC_FIRST.all(List.of())))
        .isSameAs(marker);
    // a caller's policy without a code of its own is held and shown by its name
    assertThat(own.code()).isEqualTo("own");
    TreatmentPlan plan =
        TreatmentPlanner.DEFAULT.withSurvivalPolicy(own).plan(TreatmentPlanTest.h1());
    assertThat(plan.policy()).isEqualTo("own");
    assertThat(plan.render()).contains("Policy: own");
    assertThat(TreatmentPlanner.DEFAULT.plan(TreatmentPlanTest.h1()).policy())
        .isEqualTo("hccSpecificFirst");
    assertThat(TreatmentPlanner.DEFAULT.plan(TreatmentPlanTest.h1()).render())
        .contains("Policy: HCC-specific first");
  }
}
