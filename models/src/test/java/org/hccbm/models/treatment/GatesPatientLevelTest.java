package org.hccbm.models.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.patient.Patient;
import org.hccbm.models.Models;
import org.junit.jupiter.api.Test;

/**
 * A plan checks a patient-level gate ({@link Gates#patientCheck}) once and shares the check between
 * every intervention and subject that declares it: that is only right when the gate never reads the
 * lesion, which these tests hold every shared gate to, on the constructed patients of §9.
 */
class GatesPatientLevelTest {
  private static List<Patient> patients() {
    return ConstructedPatients.all();
  }

  private static PlanContext context(Patient p) {
    List<Models.Evaluation> evaluations = Models.evaluate(p);
    SurvivalPolicy policy = SurvivalPolicies.HCC_SPECIFIC_FIRST;
    List<SurvivalEstimate> estimates = policy.all(evaluations);
    return new PlanContext(p, evaluations, policy.estimate(evaluations, estimates), estimates);
  }

  private static List<Preconditions.Check> allChecks() {
    List<Preconditions.Check> out = new ArrayList<>();
    for (Preconditions p : TreatmentPlanner.PRECONDITIONS) {
      for (Preconditions.Check c : p.checks()) {
        if (!out.contains(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** An emission of no rule's items, to check gates within one plan. */
  private static Emission plan(PlanContext context) {
    return new Emission.Collected(context, PlannerInvariantsTest.INFO);
  }

  @Test
  void everySharedGate_findsForEachLesionWhatItFindsForThePatient() {
    int shared = 0;
    int compared = 0;
    for (Patient p : patients()) {
      PlanContext c = context(p);
      for (Preconditions.Check check : allChecks()) {
        Emission plan = plan(c);
        GateCheck forPatient = check.check(plan, Optional.empty());
        if (c.lesions().isEmpty()
            || check.check(plan, Optional.of(c.lesions().get(0))) != forPatient) {
          continue; // not shared within a plan: checked for each subject
        }
        shared++;
        assertThat(forPatient).isEqualTo(check.check(c, Optional.empty()));
        for (BoneLesion l : c.lesions()) {
          compared++;
          assertThat(check.check(c, Optional.of(l)))
              .as("%s for %s of %s", check.gate(), l.id(), p.id())
              .isEqualTo(forPatient);
        }
      }
    }
    assertThat(shared).isGreaterThan(100);
    assertThat(compared).isGreaterThan(shared);
  }

  @Test
  void ps5_priorRadiotherapy_isCheckedForEachLesion() {
    Patient p = ConstructedPatients.p6();
    PlanContext c = context(p);
    assertThat(c.lesions()).isNotEmpty();
    Emission plan = plan(c);
    BoneLesion l = c.lesions().get(0);
    assertThat(Gates.PRIOR_RADIOTHERAPY.check(plan, Optional.of(l)))
        .isEqualTo(Gates.PRIOR_RADIOTHERAPY.check(c, Optional.of(l)))
        .isNotEqualTo(Gates.PRIOR_RADIOTHERAPY.check(plan, Optional.empty()));
  }

  @Test
  void sharedGates_areOneInstancePerSourceThreshold() {
    assertThat(Gates.haemostasis(false)).isSameAs(Gates.haemostasis(false));
    assertThat(Gates.haemostasis(true))
        .isSameAs(Gates.haemostasis(true))
        .isNotSameAs(Gates.haemostasis(false));
    assertThat(Gates.liverForProcedure(true))
        .isSameAs(Gates.liverForProcedure(true))
        .isNotSameAs(Gates.liverForProcedure(false));
    assertThat(Gates.survivalAtLeast(3))
        .isSameAs(Gates.survivalAtLeast(3))
        .isNotSameAs(Gates.survivalAtLeast(6));
    assertThat(Gates.survivalAtLeast(6)).isSameAs(Gates.survivalAtLeast(6));
    assertThat(Gates.survivalAtLeast(12)).isNotSameAs(Gates.survivalAtLeast(12));
  }
}
