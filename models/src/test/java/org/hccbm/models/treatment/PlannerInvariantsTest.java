package org.hccbm.models.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hccbm.core.patient.Patient;
import org.hccbm.models.Models;
import org.hccbm.models.Subject;
import org.hccbm.models.SurvivalBand;
import org.hccbm.models.treatment.PlanItem.Kind;
import org.junit.jupiter.api.Test;

/** The planner's own invariants (PS-28) and the survival policy's liver cap (PS-12). */
class PlannerInvariantsTest {
  static final RuleInfo INFO =
      new RuleInfo(
          "R-TEST", Wording.text("test"), "test", "", Set.of(Provenance.M), Wording.text("[M]"));
  static final Preconditions NONE = Preconditions.of(Intervention.SBRT);

  @Test
  void ps28_aSecondVerdictForTheSameInterventionAndSubject_isRefused() {
    TreatmentRule twice =
        TreatmentRule.of(
            INFO,
            (c, out) -> {
              out.verdict(
                  Domain.RADIOTHERAPY, NONE, Optional.empty(), Wording.text("a"), List.of());
              out.verdict(
                  Domain.RADIOTHERAPY, NONE, Optional.empty(), Wording.text("b"), List.of());
            });
    assertThatThrownBy(
            () -> TreatmentPlanner.withRules(List.of(twice)).plan(Patient.builder("x").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("two verdicts for SBRT|patient: R-TEST and R-TEST");
  }

  @Test
  void ps28_dependentsStandOnlyWithAParentThatIsNotRuledOut() {
    TreatmentRule rule =
        TreatmentRule.of(
            INFO,
            (c, out) -> {
              out.verdict(
                  Domain.RADIOTHERAPY,
                  NONE,
                  Optional.empty(),
                  Wording.text("ruled out"),
                  List.of(GateCheck.criterion(GateCheck.Outcome.FAIL, Wording.text("no"))));
              out.verdict(
                  Domain.RADIOTHERAPY,
                  Preconditions.of(Intervention.EBRT),
                  Optional.empty(),
                  Wording.text("caution"),
                  List.of(
                      GateCheck.criterion(GateCheck.Outcome.CAUTION, Wording.text("first this"))));
              out.dependent(
                  Domain.RADIOTHERAPY,
                  Kind.DOSE,
                  PlanItem.PATIENT,
                  List.of(Intervention.SBRT),
                  Wording.text("orphan"));
              out.dependent(
                  Domain.RADIOTHERAPY,
                  Kind.DOSE,
                  PlanItem.PATIENT,
                  List.of(Intervention.SBRT, Intervention.EBRT),
                  Wording.text("kept by its second parent"));
              out.dependent(
                  Domain.RADIOTHERAPY,
                  Kind.DOSE,
                  Subject.lesion("L1"),
                  List.of(Intervention.EBRT),
                  Wording.text("kept by a patient-level parent"));
              out.dependent(
                  Domain.RADIOTHERAPY,
                  Kind.DOSE,
                  PlanItem.PATIENT,
                  List.of(Intervention.DENOSUMAB),
                  Wording.text("no parent at all"));
            });
    List<String> texts =
        TreatmentPlanner.withRules(List.of(rule))
            .plan(Patient.builder("x").build())
            .items()
            .stream()
            .map(PlanItem::text)
            .toList();
    // grouped by decision (PS-29): the lesion item of the EBRT decision follows its verdict
    assertThat(texts)
        .containsExactly(
            "ruled out — ruled out: no",
            "caution — first: first this",
            "kept by a patient-level parent",
            "kept by its second parent");
  }

  @Test
  void ps28_aLesionDependentNeedsItsOwnLesionsParent() {
    TreatmentRule rule =
        TreatmentRule.of(
            INFO,
            (c, out) -> {
              out.dependent(
                  Domain.RADIOTHERAPY,
                  Kind.DOSE,
                  Subject.lesion("L2"),
                  List.of(Intervention.EBRT),
                  Wording.text("L2 dose"));
            });
    TreatmentRule parent =
        TreatmentRule.of(
            new RuleInfo("R-TEST-2", Wording.text("t"), "t", "", Set.of(), Wording.text("[t]")),
            (c, out) -> {
              for (var l : c.lesions()) {
                out.verdict(
                    Domain.RADIOTHERAPY,
                    Preconditions.of(Intervention.EBRT),
                    Optional.of(l),
                    Wording.text("EBRT " + l.id()),
                    List.of());
              }
            });
    Patient p =
        Patient.builder("x")
            .boneLesions(
                List.of(
                    org.hccbm.core.lesion.BoneLesion.at("L1", org.hccbm.core.lesion.SpinalLevel.L1)
                        .build()))
            .build();
    assertThat(TreatmentPlanner.withRules(List.of(parent, rule)).plan(p).items())
        .extracting(PlanItem::text)
        .containsExactly("EBRT L1");
  }

  @Test
  void ps12_anHccSpecificScoreThatDisagreesWithTheLiverCap_isKeptAndSaysSo() {
    List<Models.Evaluation> p1 = new ArrayList<>(Models.evaluate(ConstructedPatients.p1()));
    Models.Evaluation lowGpa =
        Models.evaluate(ConstructedPatients.p3()).stream()
            .filter(e -> e.model().id().equals("hcc-sm-gpa"))
            .findFirst()
            .orElseThrow();
    p1.replaceAll(e -> e.model().id().equals("hcc-sm-gpa") ? lowGpa : e);
    SurvivalEstimate used = SurvivalPolicies.HCC_SPECIFIC_FIRST.estimate(p1);
    assertThat(used.modelId()).isEqualTo("hcc-sm-gpa");
    assertThat(used.bands()).containsExactly(SurvivalBand.AT_LEAST_6_MONTHS);
    assertThat(used.basisText())
        .contains("kept although Child–Pugh C and BCLC D would cap it below " + "6 months");
  }

  @Test
  void ps14_noModelComputable_asksForTheEstimate() {
    TreatmentPlan p = TreatmentPlanner.DEFAULT.plan(Patient.builder("x").build());
    assertThat(p.survival().modelId()).isEqualTo("none");
  }
}
