package org.hccbm.models.treatment;

import static org.hccbm.models.treatment.Domain.PRIMARY_AND_OTHER_METASTASES;
import static org.hccbm.models.treatment.GateCheck.Outcome.FAIL;
import static org.hccbm.models.treatment.GateCheck.Outcome.UNKNOWN;
import static org.hccbm.models.treatment.PlanItem.Kind.NEEDS_INFORMATION;
import static org.hccbm.models.treatment.PlanItem.Kind.OPTION;
import static org.hccbm.models.treatment.PlanItem.Kind.RULED_OUT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.lab.Afp;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.Renderer;
import org.hccbm.core.result.Value;
import org.hccbm.core.tumour.ExtraskeletalMetastasis;
import org.hccbm.core.tumour.MetastasisPattern;
import org.hccbm.models.bone.Uka;
import org.hccbm.models.bone.UkaEligibility;
import org.hccbm.models.liver.BclcStage;

/**
 * The primary HCC and other metastases (seed review; liver §10; planner-safety §6): systemic
 * therapy by Child–Pugh and ECOG, locoregional liver therapy outside BCLC D and Child–Pugh C, Uka
 * only for its selected profile.
 *
 * @since 0.1.0
 */
final class PrimaryRules {
  /** Systemic therapy: Child–Pugh (A; B7 selected; B8–9 trial or BSC; C no) and ECOG 0–1. */
  public static final Preconditions SYSTEMIC_GATES =
      Preconditions.of(
          Intervention.SYSTEMIC_THERAPY, Gates.LIVER_FOR_SYSTEMIC, Gates.PERFORMANCE_FOR_SYSTEMIC);

  /**
   * Locoregional liver therapy: BCLC stage, Child–Pugh, Vp4 for TACE; and, as a catheter or needle
   * procedure, haemostasis, antithrombotics and liver function (PS-1 to PS-3).
   */
  public static final Preconditions LOCOREGIONAL_GATES =
      Preconditions.of(
          Intervention.LOCOREGIONAL_LIVER_THERAPY,
          Gates.STAGE_FOR_LOCOREGIONAL,
          Gates.haemostasis(false),
          Gates.ANTITHROMBOTICS,
          Gates.liverForProcedure(true));

  /** R-PRIM-01: control of the intrahepatic HCC, locoregionally when stage and liver allow. */
  public static final TreatmentRule INTRAHEPATIC_CONTROL =
      TreatmentRule.of(
          RuleInfo.of(
              "R-PRIM-01",
              RuleSources.REVIEW + "; " + RuleSources.TACE_CI,
              "",
              Provenance.S,
              Provenance.M),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              Observed<Boolean> controlled =
                  c.patient().primary().control().map(x -> x.controlled());
              Fact fact =
                  Fact.of(
                      "primaryControlled",
                      PlanValues.observed(
                          controlled, x -> Wording.of(x ? "word.true" : "word.false")));
              if (PlanContext.isTrue(controlled)) {
                out.add(
                    PRIMARY_AND_OTHER_METASTASES, OPTION, Wording.of("primary.surveillance"), fact);
                return;
              }
              List<GateCheck> criteria =
                  controlled.isKnown()
                      ? List.of()
                      : List.of(
                          GateCheck.criterion(UNKNOWN, Wording.of("primary.controlledUnknown")));
              out.verdict(
                  PRIMARY_AND_OTHER_METASTASES,
                  LOCOREGIONAL_GATES,
                  Optional.empty(),
                  Wording.of("primary.locoregional"),
                  criteria,
                  fact);
            }
          });

  /**
   * R-UKA-01 and PS-24: local treatment of extrahepatic metastases for survival only for the
   * selected profile (Uka eligible) with ECOG 0–1 and limited extrahepatic disease.
   */
  public static final TreatmentRule UKA =
      TreatmentRule.of(
          RuleInfo.of("R-UKA-01", RuleSources.UKA_2007, "", Provenance.S, Provenance.M),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              ModelResult r = c.patientResult(Uka.INSTANCE.info());
              if (r == null) {
                return;
              }
              List<UkaEligibility> cats = r.possibleCategories(UkaEligibility.class);
              Fact fact = Fact.of("ukaCriteria", PlanValues.result(r));
              List<Ecog> ecog = c.ecog();
              boolean disseminated = disseminated(c.patient().extraskeletalMetastases());
              if (cats.equals(List.of(UkaEligibility.NOT_ELIGIBLE))) {
                out.add(PRIMARY_AND_OTHER_METASTASES, RULED_OUT, ukaNotMet(r), fact);
              } else if (disseminated || Gates.allAtLeast2(ecog)) {
                out.add(
                    PRIMARY_AND_OTHER_METASTASES,
                    RULED_OUT,
                    Wording.of(
                        disseminated ? "primary.ukaOutsideDisseminated" : "primary.ukaOutsideEcog"),
                    fact);
              } else if (cats.size() > 1) {
                out.add(
                    PRIMARY_AND_OTHER_METASTASES,
                    NEEDS_INFORMATION,
                    Wording.of("primary.ukaDependsOn", deciding(r)),
                    fact);
              } else if (!Gates.allAtMost1(ecog)) {
                out.add(
                    PRIMARY_AND_OTHER_METASTASES,
                    NEEDS_INFORMATION,
                    Wording.of("primary.ukaNeedsEcog"),
                    fact);
              } else if (cats.equals(List.of(UkaEligibility.ELIGIBLE))) {
                out.add(PRIMARY_AND_OTHER_METASTASES, OPTION, Wording.of("primary.ukaLocal"), fact);
              }
            }
          });

  /**
   * R-SYS-01 and PS-22: systemic therapy for advanced HCC by Child–Pugh and ECOG; named agents as
   * information; varices before bevacizumab; jaw osteonecrosis with a BTA and an anti-angiogenic.
   */
  public static final TreatmentRule SYSTEMIC =
      TreatmentRule.of(
          RuleInfo.of(
              "R-SYS-01",
              RuleSources.AASLD_2023 + "; " + RuleSources.REVIEW + "; " + RuleSources.AAOMS_2022,
              "",
              Provenance.V,
              Provenance.M),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              List<BclcStage> stages = c.bclcStages();
              Fact fact =
                  Fact.of(
                      "bclc2022",
                      stages.isEmpty() ? PlanArg.unknown() : PlanValues.bracketed(stages));
              List<GateCheck> criteria = new ArrayList<>();
              if (stages.equals(List.of(BclcStage.D))) {
                criteria.add(GateCheck.criterion(FAIL, Wording.of("primary.bclcDTerminal")));
              }
              out.verdict(
                  PRIMARY_AND_OTHER_METASTASES,
                  SYSTEMIC_GATES,
                  Optional.empty(),
                  Wording.of("primary.systemic"),
                  criteria,
                  fact);
              List<Intervention> sys = List.of(Intervention.SYSTEMIC_THERAPY);
              // the laboratory AFP, else the one recorded with the primary
              Afp afp = PlanContext.valueOrNull(c.patient().labs().afp());
              if (afp == null) {
                afp = PlanContext.valueOrNull(c.patient().primary().afp());
              }
              if (afp != null && afp.inNgPerMl() >= 400) {
                out.dependent(
                    PRIMARY_AND_OTHER_METASTASES,
                    PlanItem.Kind.CAUTION,
                    PlanItem.PATIENT,
                    sys,
                    Wording.of("primary.afpRamucirumab"),
                    Fact.of("afp", PlanArg.quantity(afp.inNgPerMl(), "ng/mL")));
              }
              out.dependent(
                  PRIMARY_AND_OTHER_METASTASES,
                  PlanItem.Kind.CAUTION,
                  PlanItem.PATIENT,
                  sys,
                  Wording.of("primary.endoscopy"));
              out.dependent(
                  PRIMARY_AND_OTHER_METASTASES,
                  PlanItem.Kind.CAUTION,
                  PlanItem.PATIENT,
                  sys,
                  Wording.of("primary.jawOsteonecrosis"));
            }
          });

  /** PS-15: the BCLC stage's survival figure is not a bone-metastasis prognosis. */
  public static final TreatmentRule BCLC_FIGURE =
      TreatmentRule.of(
          RuleInfo.of("R-BCLC-01", RuleSources.REVIEW, "", Provenance.S),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              List<BclcStage> stages = c.bclcStages();
              if (stages.size() == 1
                  && (stages.get(0) == BclcStage.C
                      || stages.get(0) == BclcStage.B
                      || stages.get(0) == BclcStage.A)) {
                out.add(
                    PRIMARY_AND_OTHER_METASTASES,
                    PlanItem.Kind.CAUTION,
                    Wording.of(
                        "primary.bclcFigure",
                        PlanArg.of(stages.get(0)),
                        PlanArg.meaning(stages.get(0))),
                    Fact.of("bclc2022", PlanArg.of(stages.get(0))));
              }
            }
          });

  /** Every primary-and-metastases rule, in order. */
  public static final List<TreatmentRule> ALL =
      List.of(INTRAHEPATIC_CONTROL, SYSTEMIC, UKA, BCLC_FIGURE);

  private PrimaryRules() {}

  /** Whether a recorded extraskeletal metastasis is known to be disseminated (R-UKA-01). */
  static boolean disseminated(Observed<List<ExtraskeletalMetastasis>> metastases) {
    List<ExtraskeletalMetastasis> list = PlanContext.valueOrNull(metastases);
    if (list == null) {
      return false;
    }
    for (ExtraskeletalMetastasis m : list) {
      if (PlanContext.is(m.pattern(), MetastasisPattern.DISSEMINATED)) {
        return true;
      }
    }
    return false;
  }

  /** R-UKA-01 not met: the rule applied when the result is complete (a cold path). */
  private static Wording ukaNotMet(ModelResult r) {
    if (!r.isComplete()) {
      return Wording.of("primary.ukaNotMet");
    }
    Complete x = r.asComplete();
    // the item labelled "Rule applied" is the criteria's ruleApplied item: found by its code, not
    // by rendering every item's label
    for (ItemScore i : x.items()) {
      if (i.code().value().equals("ruleApplied")) {
        return Wording.of("primary.ukaNotMetBecause", new PlanArg.Val(Value.of(i.band())));
      }
    }
    return Wording.of(
        "primary.ukaNotMetBecause", new PlanArg.Val(Value.of(x.item("ruleApplied").band())));
  }

  /** The items that decide an open Uka result, e.g. "Portal-vein invasion, TNM T stage". */
  private static PlanArg deciding(ModelResult r) {
    List<PlanArg> out = new ArrayList<>();
    for (ItemCode code : r.isBounded() ? r.asBounded().deciding() : List.<ItemCode>of()) {
      out.add(new PlanArg.Val(new Value.Coded(Renderer.ITEM, code.value())));
    }
    return PlanArg.join("comma", out);
  }
}
