package org.hccbm.models.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hccbm.core.patient.Patient;
import org.hccbm.models.LabFreshness;
import org.hccbm.models.Models;
import org.hccbm.models.VariantSelection;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 6: {@code assess} evaluates the models once and plans from them; its evaluations
 * and plan are those of {@code Models.evaluate} followed by {@code plan(patient, evaluations)}, for
 * every constructed patient, with default and chosen variants and with a lab window.
 */
class PlannerAssessTest {
  private static final List<Patient> PATIENTS =
      List.of(
          ConstructedPatients.p1(),
          ConstructedPatients.p2(),
          ConstructedPatients.p3(),
          ConstructedPatients.p11(),
          ConstructedPatients.p5(),
          ConstructedPatients.p6(),
          ConstructedPatients.p7(),
          ConstructedPatients.p8(),
          ConstructedPatients.p9(),
          ConstructedPatients.p10(),
          Patient.builder("empty").build());

  private static void sameAsTwoSteps(VariantSelection variants, int window) {
    for (Patient p : PATIENTS) {
      TreatmentPlanner.Assessment a = TreatmentPlanner.DEFAULT.assess(p, variants, window);
      List<Models.Evaluation> evaluations = Models.evaluate(p, variants, window);
      assertThat(a.evaluations()).as(p.id()).isEqualTo(evaluations);
      assertThat(a.plan()).as(p.id()).isEqualTo(TreatmentPlanner.DEFAULT.plan(p, evaluations));
      assertThat(a.plan().render())
          .isEqualTo(TreatmentPlanner.DEFAULT.plan(p, evaluations).render());
    }
  }

  @Test
  void assess_isEvaluateThenPlan_defaultVariants() {
    sameAsTwoSteps(VariantSelection.defaults(), LabFreshness.DEFAULT_WINDOW_DAYS);
  }

  @Test
  void assess_isEvaluateThenPlan_chosenVariantAndShortLabWindow() {
    sameAsTwoSteps(VariantSelection.defaults().with("albi", "coefficient-0.0852"), 0);
  }

  @Test
  void assess_planIsForThePatient() {
    TreatmentPlanner.Assessment a =
        TreatmentPlanner.DEFAULT.assess(
            ConstructedPatients.p1(),
            VariantSelection.defaults(),
            LabFreshness.DEFAULT_WINDOW_DAYS);
    assertThat(a.plan().patientId()).isEqualTo(ConstructedPatients.p1().id());
    assertThat(a.evaluations()).isNotEmpty();
  }
}
