package org.hccbm.models.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.history.RadiotherapyCourse;
import org.hccbm.core.history.TreatmentHistory;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.EsccGrade;
import org.hccbm.core.lesion.PainCharacter;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.neuro.FrankelGrade;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.Value;
import org.hccbm.core.tumour.ExtraskeletalMetastasis;
import org.hccbm.core.tumour.MetastasisPattern;
import org.hccbm.core.tumour.MetastasisSite;
import org.hccbm.models.Models;
import org.hccbm.models.bone.Uka;
import org.hccbm.models.treatment.PlanItem.Kind;
import org.junit.jupiter.api.Test;

/**
 * The planner's plain reads give what the generic ones gave: observation comparisons as the
 * records' equality, the hand-written equality and hash of the wording types as the generated
 * record methods, prior radiotherapy found once per lesion in a plan (PS-5), the firmest RT verdict
 * (PS-28), disseminated metastases (R-UKA-01) and the Uka rule applied.
 */
class PlannerPlainReadsTest {
  private static PlanContext context(Patient p) {
    List<Models.Evaluation> evaluations = Models.evaluate(p);
    SurvivalPolicy policy = SurvivalPolicies.HCC_SPECIFIC_FIRST;
    List<SurvivalEstimate> estimates = policy.all(evaluations);
    return new PlanContext(p, evaluations, policy.estimate(evaluations, estimates), estimates);
  }

  @Test
  void observedComparisons_areTheRecordsEquality() {
    List<Observed<Boolean>> booleans =
        List.of(
            Observed.of(true), Observed.of(false), Observed.unknown(), Observed.notAssessable("x"));
    for (Observed<Boolean> o : booleans) {
      assertThat(PlanContext.isTrue(o)).as("%s", o).isEqualTo(o.equals(Observed.of(true)));
      assertThat(PlanContext.isFalse(o)).as("%s", o).isEqualTo(o.equals(Observed.of(false)));
    }
    assertThat(PlanContext.isTrue(Observed.of(true))).isTrue();
    assertThat(PlanContext.isFalse(Observed.of(false))).isTrue();
    List<Observed<FrankelGrade>> grades = new ArrayList<>();
    for (FrankelGrade g : FrankelGrade.values()) {
      grades.add(Observed.of(g));
    }
    grades.add(Observed.unknown());
    grades.add(Observed.notAssessable("x"));
    for (Observed<FrankelGrade> o : grades) {
      for (FrankelGrade g : FrankelGrade.values()) {
        assertThat(PlanContext.is(o, g)).as("%s %s", o, g).isEqualTo(o.equals(Observed.of(g)));
      }
    }
    assertThat(PlanContext.is(Observed.of(FrankelGrade.A), FrankelGrade.A)).isTrue();
  }

  @Test
  void ps5_anyCourse_onlyWhenKnownAndNotEmpty() {
    RadiotherapyCourse course =
        new RadiotherapyCourse(SpinalLevel.T10, 8, 1, Optional.of(LocalDate.of(2026, 1, 5)));
    assertThat(PlanContext.anyCourse(Observed.unknown())).isFalse();
    assertThat(PlanContext.anyCourse(Observed.of(List.of()))).isFalse();
    assertThat(PlanContext.anyCourse(Observed.of(List.of(course)))).isTrue();
  }

  @Test
  void ps5_priorRadiotherapy_isFoundOncePerLesionInAPlan_andAnewOutsideOne() {
    Patient p =
        Patient.builder("rt")
            .boneLesions(
                List.of(
                    BoneLesion.at("L4", SpinalLevel.L4).build(),
                    BoneLesion.at("T2", SpinalLevel.T2).build()))
            .history(ConstructedPatients.p3b().history())
            .build();
    PlanContext c = context(p);
    Emission plan = new Emission.Collected(c, PlannerInvariantsTest.INFO);
    BoneLesion near = c.lesions().get(0);
    BoneLesion far = c.lesions().get(1);
    Observed<List<RadiotherapyCourse>> first = plan.priorRadiotherapy(near);
    assertThat(first).isEqualTo(c.priorRadiotherapy(near));
    assertThat(PlanContext.anyCourse(first)).isTrue();
    assertThat(plan.priorRadiotherapy(near)).isSameAs(first);
    assertThat(Emission.priorRadiotherapy(c, plan, near)).isSameAs(first);
    Observed<List<RadiotherapyCourse>> other = plan.priorRadiotherapy(far);
    assertThat(other).isEqualTo(Observed.of(List.of())).isEqualTo(c.priorRadiotherapy(far));
    assertThat(plan.priorRadiotherapy(near)).isSameAs(first);
    // an equal lesion that is not the plan's own object is looked up anew, with the same answer
    BoneLesion copy = BoneLesion.at("L4", SpinalLevel.L4).build();
    assertThat(plan.priorRadiotherapy(copy)).isEqualTo(first).isNotSameAs(first);
    TreatmentRule.Emitter notAPlan =
        new TreatmentRule.Emitter() {
          @Override
          public void add(Domain domain, Kind kind, Wording text, Fact... facts) {}

          @Override
          public Kind verdict(
              Domain domain,
              Preconditions pre,
              Optional<BoneLesion> lesion,
              Wording option,
              List<GateCheck> criteria,
              Fact... facts) {
            return Kind.OPTION;
          }

          @Override
          public void dependent(
              Domain domain,
              Kind kind,
              org.hccbm.models.Subject subject,
              List<Intervention> parents,
              Wording text,
              Fact... facts) {}
        };
    assertThat(Emission.priorRadiotherapy(c, notAPlan, near)).isEqualTo(first);
    // the gate reads the plan's courses as it reads the context's
    assertThat(Gates.PRIOR_RADIOTHERAPY.check(plan, Optional.of(near)))
        .isEqualTo(Gates.PRIOR_RADIOTHERAPY.check(c, Optional.of(near)));
    assertThat(Gates.PRIOR_RADIOTHERAPY.check(plan, Optional.of(near)).outcome())
        .isEqualTo(GateCheck.Outcome.CAUTION);
    assertThat(Gates.PRIOR_RADIOTHERAPY.check(plan, Optional.of(far)).outcome())
        .isEqualTo(GateCheck.Outcome.PASS);
    assertThat(Gates.PRIOR_RADIOTHERAPY.check(c, Optional.empty()).outcome())
        .isEqualTo(GateCheck.Outcome.PASS);
    assertThat(Gates.PRIOR_RADIOTHERAPY.check(plan, Optional.empty()).outcome())
        .isEqualTo(GateCheck.Outcome.PASS);
  }

  @Test
  void wordingTypes_equalAndHashAsTheGeneratedRecordMethods() {
    Wording w = Wording.of("k", PlanArg.id("T10"), PlanArg.unknown());
    assertThat(w)
        .isEqualTo(w)
        .isEqualTo(Wording.of("k", PlanArg.id("T10"), PlanArg.unknown()))
        .isNotEqualTo(Wording.of("j", PlanArg.id("T10"), PlanArg.unknown()))
        .isNotEqualTo(Wording.of("k", PlanArg.id("T11"), PlanArg.unknown()))
        .isNotEqualTo(PlanArg.id("k"))
        .isNotEqualTo(null);
    assertThat(w.hashCode()).isEqualTo(31 * "k".hashCode() + w.args().hashCode());

    Fact f = Fact.about("lesion", PlanArg.id("T10"), Wording.of("x"));
    assertThat(f)
        .isEqualTo(f)
        .isEqualTo(Fact.about("lesion", PlanArg.id("T10"), Wording.of("x")))
        .isNotEqualTo(Fact.about("lesions", PlanArg.id("T10"), Wording.of("x")))
        .isNotEqualTo(Fact.about("lesion", PlanArg.id("T11"), Wording.of("x")))
        .isNotEqualTo(Fact.about("lesion", PlanArg.id("T10"), Wording.of("y")))
        .isNotEqualTo(null);
    assertThat(f.hashCode())
        .isEqualTo(
            31 * (31 * "lesion".hashCode() + f.about().hashCode()) + Wording.of("x").hashCode());

    PlanArg.Id id = new PlanArg.Id("T10");
    assertThat(id)
        .isEqualTo(id)
        .isEqualTo(new PlanArg.Id("T10"))
        .isNotEqualTo(new PlanArg.Id("T1"));
    assertThat(id.hashCode()).isEqualTo("T10".hashCode());

    PlanArg.Join join = new PlanArg.Join("comma", List.of(id));
    assertThat(join)
        .isEqualTo(join)
        .isEqualTo(new PlanArg.Join("comma", List.of(new PlanArg.Id("T10"))))
        .isNotEqualTo(new PlanArg.Join("and", List.of(id)))
        .isNotEqualTo(new PlanArg.Join("comma", List.of()));
    assertThat(join.hashCode()).isEqualTo(31 * "comma".hashCode() + List.of(id).hashCode());

    PlanArg.Category category = new PlanArg.Category("SinsCategory", "STABLE");
    assertThat(category)
        .isEqualTo(category)
        .isEqualTo(new PlanArg.Category("SinsCategory", "STABLE"))
        .isNotEqualTo(new PlanArg.Category("MirelsRecommendation", "STABLE"))
        .isNotEqualTo(new PlanArg.Category("SinsCategory", "UNSTABLE"))
        .isNotEqualTo(new PlanArg.Meaning("SinsCategory", "STABLE"));
    assertThat(category.hashCode()).isEqualTo(31 * "SinsCategory".hashCode() + "STABLE".hashCode());

    PlanArg.Meaning meaning = new PlanArg.Meaning("HccSmGpaGroup", "LOW");
    assertThat(meaning)
        .isEqualTo(meaning)
        .isEqualTo(new PlanArg.Meaning("HccSmGpaGroup", "LOW"))
        .isNotEqualTo(new PlanArg.Meaning("Other", "LOW"))
        .isNotEqualTo(new PlanArg.Meaning("HccSmGpaGroup", "HIGH"));
    assertThat(meaning.hashCode()).isEqualTo(31 * "HccSmGpaGroup".hashCode() + "LOW".hashCode());

    PlanArg.Points points = new PlanArg.Points("sins", 9);
    assertThat(points)
        .isEqualTo(points)
        .isEqualTo(new PlanArg.Points("sins", 9))
        .isNotEqualTo(new PlanArg.Points("mirels", 9))
        .isNotEqualTo(new PlanArg.Points("sins", 8))
        .isNotEqualTo(new PlanArg.Points("sins", 9.5));
    // Double.compare, as a record compares a double: NaN equals NaN, 0.0 is not -0.0
    assertThat(new PlanArg.Points("x", Double.NaN)).isEqualTo(new PlanArg.Points("x", Double.NaN));
    assertThat(new PlanArg.Points("x", 0.0)).isNotEqualTo(new PlanArg.Points("x", -0.0));
    assertThat(points.hashCode()).isEqualTo(31 * "sins".hashCode() + Double.hashCode(9));

    PlanArg.Val val = new PlanArg.Val(Value.of(true));
    assertThat(val)
        .isEqualTo(val)
        .isEqualTo(new PlanArg.Val(Value.of(true)))
        .isNotEqualTo(new PlanArg.Val(Value.of(false)));
    assertThat(val.hashCode()).isEqualTo(Value.of(true).hashCode());

    LocalDate day = LocalDate.of(2026, 5, 1);
    PlanArg.Date date = new PlanArg.Date(day);
    assertThat(date)
        .isEqualTo(date)
        .isEqualTo(new PlanArg.Date(LocalDate.of(2026, 5, 1)))
        .isNotEqualTo(new PlanArg.Date(day.plusDays(1)));
    assertThat(date.hashCode()).isEqualTo(day.hashCode());

    assertThat(new PlanArg.Unknown())
        .isEqualTo(new PlanArg.Unknown())
        .isNotEqualTo(id)
        .isNotEqualTo(null);
    assertThat(new PlanArg.Unknown().hashCode()).isZero();
  }

  @Test
  void estimateKey_equalsAndHashAsTheGeneratedRecordMethods() {
    List<org.hccbm.core.result.Category> cats =
        List.of(org.hccbm.models.bone.SinsCategory.values()[0]);
    SurvivalPolicies.EstimateKey key = new SurvivalPolicies.EstimateKey("sins", cats);
    assertThat(key)
        .isEqualTo(key)
        .isEqualTo(new SurvivalPolicies.EstimateKey("sins", List.copyOf(cats)))
        .isNotEqualTo(new SurvivalPolicies.EstimateKey("tokuhashi", cats))
        .isNotEqualTo(new SurvivalPolicies.EstimateKey("sins", List.of()))
        .isNotEqualTo("sins")
        .isNotEqualTo(null);
    assertThat(key.hashCode()).isEqualTo(31 * "sins".hashCode() + cats.hashCode());
  }

  @Test
  void rRt02_withZoledronicAcid_readsThePainfulLesions_notTheLesionBefore() {
    // T4 compresses the cord (an RT verdict), is pain-free and was irradiated; L4 is painful and
    // was not: RT with zoledronic acid is held to L4 and names no re-irradiation
    RadiotherapyCourse t4Course =
        new RadiotherapyCourse(SpinalLevel.T4, 8, 1, Optional.of(LocalDate.of(2025, 1, 5)));
    Patient p =
        Patient.builder("za")
            .boneLesions(
                List.of(
                    BoneLesion.at("T4", SpinalLevel.T4)
                        .escc(EsccGrade.GRADE_2)
                        .painCharacter(PainCharacter.NONE)
                        .build(),
                    BoneLesion.at("L4", SpinalLevel.L4)
                        .painCharacter(PainCharacter.MECHANICAL)
                        .build()))
            .history(TreatmentHistory.unknown().withRadiotherapy(List.of(t4Course)))
            .build();
    List<String> keys = new ArrayList<>();
    for (PlanItem item : TreatmentPlanner.DEFAULT.plan(p).items()) {
      keys(item.wording(), keys);
    }
    assertThat(keys).contains("rt.withZoledronicAcid", "rt.reirradiationCord");
    assertThat(keys).doesNotContain("rt.withZoledronicAcidReirradiation");
  }

  private static void keys(PlanArg arg, List<String> out) {
    if (arg instanceof Wording w) {
      out.add(w.key());
      for (PlanArg a : w.args()) {
        keys(a, out);
      }
    } else if (arg instanceof PlanArg.Join j) {
      for (PlanArg a : j.items()) {
        keys(a, out);
      }
    }
  }

  @Test
  void ps28_firmestRtVerdict_optionThenCautionThenNeedsInformation() {
    assertThat(RadiotherapyRules.firmest(List.of())).isEmpty();
    assertThat(RadiotherapyRules.firmest(List.of(Kind.RULED_OUT))).isEmpty();
    assertThat(RadiotherapyRules.firmest(List.of(Kind.NEEDS_INFORMATION)))
        .contains(Kind.NEEDS_INFORMATION);
    assertThat(RadiotherapyRules.firmest(List.of(Kind.NEEDS_INFORMATION, Kind.CAUTION)))
        .contains(Kind.CAUTION);
    assertThat(RadiotherapyRules.firmest(List.of(Kind.CAUTION, Kind.NEEDS_INFORMATION)))
        .contains(Kind.CAUTION);
    assertThat(RadiotherapyRules.firmest(List.of(Kind.RULED_OUT, Kind.CAUTION, Kind.OPTION)))
        .contains(Kind.OPTION);
    assertThat(RadiotherapyRules.firmest(List.of(Kind.OPTION, Kind.RULED_OUT)))
        .contains(Kind.OPTION);
  }

  @Test
  void rUka01_disseminated_onlyAKnownDisseminatedMetastasis() {
    ExtraskeletalMetastasis nodular = metastasis(Observed.of(MetastasisPattern.NODULAR));
    ExtraskeletalMetastasis disseminated = metastasis(Observed.of(MetastasisPattern.DISSEMINATED));
    ExtraskeletalMetastasis unknown = metastasis(Observed.unknown());
    assertThat(PrimaryRules.disseminated(Observed.unknown())).isFalse();
    assertThat(PrimaryRules.disseminated(Observed.of(List.of()))).isFalse();
    assertThat(PrimaryRules.disseminated(Observed.of(List.of(nodular, unknown)))).isFalse();
    assertThat(PrimaryRules.disseminated(Observed.of(List.of(nodular, disseminated)))).isTrue();
    assertThat(PrimaryRules.disseminated(Observed.of(List.of(disseminated)))).isTrue();
  }

  private static ExtraskeletalMetastasis metastasis(Observed<MetastasisPattern> pattern) {
    return new ExtraskeletalMetastasis(
        MetastasisSite.LUNG, pattern, Observed.of(false), Observed.of(false));
  }

  @Test
  void rUka01_notMet_namesTheRuleAppliedOfACompleteResult() {
    int named = 0;
    for (Patient p : ConstructedPatients.all()) {
      PlanContext c = context(p);
      ModelResult uka = c.patientResult(Uka.INSTANCE.info());
      for (PlanItem item : TreatmentPlanner.DEFAULT.plan(p).items()) {
        if (!item.wording().key().startsWith("primary.ukaNotMet")) {
          continue;
        }
        assertThat(item.rule().id()).isEqualTo("R-UKA-01");
        if (uka.isComplete()) {
          Complete x = uka.asComplete();
          named++;
          assertThat(item.wording())
              .isEqualTo(
                  Wording.of(
                      "primary.ukaNotMetBecause",
                      new PlanArg.Val(Value.of(x.item("ruleApplied").band()))));
        } else {
          assertThat(item.wording()).isEqualTo(Wording.of("primary.ukaNotMet"));
        }
      }
    }
    assertThat(named).isPositive();
  }
}
