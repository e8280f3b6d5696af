package org.hccbm.models.treatment;

import static org.hccbm.models.treatment.Domain.BONE_TARGETING_AGENTS;
import static org.hccbm.models.treatment.GateCheck.Outcome.CAUTION;
import static org.hccbm.models.treatment.GateCheck.Outcome.FAIL;
import static org.hccbm.models.treatment.GateCheck.Outcome.UNKNOWN;
import static org.hccbm.models.treatment.PlanItem.Kind.DOSE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.performance.Ecog;

/**
 * Bone-targeting-agent rules (liver §11; planner-safety §3): R-BTA-01 and R-BTA-03…R-BTA-10, with
 * the preconditions of zoledronic acid, denosumab and supplements.
 *
 * @since 0.1.0
 */
public final class BoneTargetingRules {
  private static final List<Intervention> BTA =
      List.of(Intervention.ZOLEDRONIC_ACID, Intervention.DENOSUMAB);

  /** PS-8, PS-11: renal function before zoledronic acid (label; Aapro 2008 table). */
  static final Preconditions.Check RENAL_FOR_ZOLEDRONIC_ACID =
      Gates.patientCheck(
          Gate.RENAL_FUNCTION,
          new Gates.Body() {
            @Override
            public GateCheck check(PlanContext c, Optional<BoneLesion> l) {
              if (PlanContext.isTrue(c.patient().onDialysis())) {
                return GateCheck.of(
                    Gate.RENAL_FUNCTION,
                    FAIL,
                    Wording.of("bta.haemodialysis"),
                    Fact.of("dialysis", Wording.of("word.yes")));
              }
              List<String> missing = new ArrayList<>();
              Optional<Double> crcl = CockcroftGault.clearance(c.patient(), missing);
              if (crcl.isEmpty()) {
                return GateCheck.of(
                    Gate.RENAL_FUNCTION,
                    UNKNOWN,
                    Wording.of("bta.crclUnknown", PlanValues.missingInputs(missing)),
                    Fact.of("missing", PlanValues.missingInputs(missing)));
              }
              Fact fact = clearance(crcl.get());
              return ZoledronicAcidDose.milligrams(crcl.get()).isPresent()
                  ? GateCheck.pass(Gate.RENAL_FUNCTION, fact)
                  : GateCheck.of(
                      Gate.RENAL_FUNCTION,
                      FAIL,
                      Wording.of("bta.crclBelow30PreferDenosumab"),
                      fact);
            }
          });

  /**
   * PS-8: denosumab with CrCl &lt; 30 mL/min or dialysis carries the label's severe-hypocalcaemia
   * warning, never "no renal adjustment" alone.
   */
  static final Preconditions.Check RENAL_FOR_DENOSUMAB =
      Gates.patientCheck(
          Gate.RENAL_FUNCTION,
          new Gates.Body() {
            @Override
            public GateCheck check(PlanContext c, Optional<BoneLesion> l) {
              List<String> missing = new ArrayList<>();
              Optional<Double> crcl = CockcroftGault.clearance(c.patient(), missing);
              boolean dialysis = PlanContext.isTrue(c.patient().onDialysis());
              Fact fact =
                  crcl.isPresent()
                      ? clearance(crcl.get())
                      : Fact.of(
                          "creatinineClearance",
                          Wording.of("bta.unknownBecause", PlanValues.missingInputs(missing)));
              if (dialysis || (crcl.isPresent() && crcl.get() < 30)) {
                boolean hcm =
                    c.correctedCalcium().isPresent()
                        && c.correctedCalcium().get().hypercalcaemiaOfMalignancy();
                return GateCheck.of(
                    Gate.RENAL_FUNCTION,
                    CAUTION,
                    Wording.of(
                        "bta.denosumabHypocalcaemia",
                        Wording.of(dialysis ? "urgent.onDialysis" : "bta.crclBelow30"),
                        Wording.of(hcm ? "bta.monitorCalcium" : "bta.giveCalcium")),
                    fact);
              }
              if (crcl.isEmpty()) {
                return GateCheck.of(
                    Gate.RENAL_FUNCTION, UNKNOWN, Wording.of("bta.denosumabCrclUnknown"), fact);
              }
              return GateCheck.pass(Gate.RENAL_FUNCTION, fact);
            }
          });

  /**
   * PS-7, PS-10: albumin-corrected calcium before a BTA: hypocalcaemia corrected first (a
   * contraindication in the denosumab 120 mg label); hypercalcaemia of malignancy treated first.
   */
  static final Preconditions.Check CALCIUM_FOR_BTA =
      Gates.patientCheck(
          Gate.CALCIUM,
          new Gates.Body() {
            @Override
            public GateCheck check(PlanContext c, Optional<BoneLesion> l) {
              Optional<CorrectedCalcium> cc = c.correctedCalcium();
              if (cc.isEmpty()) {
                return GateCheck.of(
                    Gate.CALCIUM,
                    UNKNOWN,
                    Wording.of("bta.calciumUnknown"),
                    Fact.of("correctedCalcium", PlanArg.unknown()));
              }
              Fact fact = Fact.of("correctedCalcium", PlanValues.calcium(cc.get()));
              if (cc.get().low()) {
                return GateCheck.of(
                    Gate.CALCIUM, CAUTION, Wording.of("bta.correctHypocalcaemia"), fact);
              }
              if (cc.get().hypercalcaemiaOfMalignancy()) {
                return GateCheck.of(Gate.CALCIUM, CAUTION, Wording.of("bta.hcmFirst"), fact);
              }
              return GateCheck.pass(Gate.CALCIUM, fact);
            }
          });

  /** R-BTA-07: no calcium or vitamin D supplements when hypercalcaemic. */
  static final Preconditions.Check CALCIUM_FOR_SUPPLEMENTS =
      Gates.patientCheck(
          Gate.CALCIUM,
          new Gates.Body() {
            @Override
            public GateCheck check(PlanContext c, Optional<BoneLesion> l) {
              Optional<CorrectedCalcium> cc = c.correctedCalcium();
              if (cc.isEmpty()) {
                return GateCheck.of(
                    Gate.CALCIUM,
                    UNKNOWN,
                    Wording.of("bta.calciumUnknown"),
                    Fact.of("correctedCalcium", PlanArg.unknown()));
              }
              Fact fact = Fact.of("correctedCalcium", PlanValues.calcium(cc.get()));
              if (cc.get().high()) {
                return GateCheck.of(Gate.CALCIUM, FAIL, Wording.of("bta.hypercalcaemic"), fact);
              }
              if (cc.get().low()) {
                return GateCheck.of(Gate.CALCIUM, CAUTION, Wording.of("bta.hypocalcaemic"), fact);
              }
              return GateCheck.pass(Gate.CALCIUM, fact);
            }
          });

  /** Zoledronic acid: expected survival, renal function, calcium. */
  public static final Preconditions ZOLEDRONIC_ACID_GATES =
      Preconditions.of(
          Intervention.ZOLEDRONIC_ACID,
          Gates.survivalAtLeast(3),
          RENAL_FOR_ZOLEDRONIC_ACID,
          CALCIUM_FOR_BTA);

  /** Denosumab: expected survival, renal function (hypocalcaemia warning), calcium. */
  public static final Preconditions DENOSUMAB_GATES =
      Preconditions.of(
          Intervention.DENOSUMAB, Gates.survivalAtLeast(3), RENAL_FOR_DENOSUMAB, CALCIUM_FOR_BTA);

  /** Calcium and vitamin D: expected survival (with a BTA), calcium. */
  public static final Preconditions SUPPLEMENT_GATES =
      Preconditions.of(
          Intervention.CALCIUM_AND_VITAMIN_D, Gates.survivalAtLeast(3), CALCIUM_FOR_SUPPLEMENTS);

  /** R-BTA-01, R-BTA-03, R-BTA-05: zoledronic acid, dose by Cockcroft–Gault clearance. */
  public static final TreatmentRule ZOLEDRONIC_ACID =
      TreatmentRule.of(
          RuleInfo.of(
              "R-BTA-05",
              RuleSources.ESMO_2020 + "; " + RuleSources.ZA_LABEL,
              "[I, B]",
              Provenance.V,
              Provenance.S),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              out.verdict(
                  BONE_TARGETING_AGENTS,
                  ZOLEDRONIC_ACID_GATES,
                  Optional.empty(),
                  Wording.of("bta.zoledronicAcid"),
                  List.of());
              Optional<Double> crcl = CockcroftGault.clearance(c.patient(), new ArrayList<>());
              Optional<Double> dose =
                  crcl.isPresent() ? ZoledronicAcidDose.milligrams(crcl.get()) : Optional.empty();
              if (dose.isPresent()) {
                out.dependent(
                    BONE_TARGETING_AGENTS,
                    DOSE,
                    PlanItem.PATIENT,
                    List.of(Intervention.ZOLEDRONIC_ACID),
                    Wording.of("bta.zoledronicAcidDose", PlanArg.quantity(dose.get(), "mg")),
                    clearance(crcl.get()));
                out.dependent(
                    BONE_TARGETING_AGENTS,
                    PlanItem.Kind.CAUTION,
                    PlanItem.PATIENT,
                    List.of(Intervention.ZOLEDRONIC_ACID),
                    Wording.of("bta.cgCirrhosis"),
                    clearance(crcl.get()));
              }
            }
          });

  /**
   * R-BTA-04: denosumab 120 mg SC every 4 weeks; the CKD warning when CrCl &lt; 30 (PS-8); the
   * Cockcroft–Gault caveat whenever its renal reading rests on an estimated clearance (PS-11).
   */
  public static final TreatmentRule DENOSUMAB =
      TreatmentRule.of(
          RuleInfo.of("R-BTA-04", RuleSources.XGEVA_LABEL, "", Provenance.V, Provenance.M),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              out.verdict(
                  BONE_TARGETING_AGENTS,
                  DENOSUMAB_GATES,
                  Optional.empty(),
                  Wording.of("bta.denosumab"),
                  List.of());
              Optional<Double> crcl = CockcroftGault.clearance(c.patient(), new ArrayList<>());
              boolean ckd =
                  PlanContext.isTrue(c.patient().onDialysis())
                      || (crcl.isPresent() && crcl.get() < 30);
              out.dependent(
                  BONE_TARGETING_AGENTS,
                  DOSE,
                  PlanItem.PATIENT,
                  List.of(Intervention.DENOSUMAB),
                  Wording.of(
                      ckd
                          ? "bta.denosumabDoseCkd"
                          : crcl.isPresent()
                              ? "bta.denosumabDoseNoAdjustment"
                              : "bta.denosumabDose"));
              if (crcl.isPresent() && !PlanContext.isTrue(c.patient().onDialysis())) {
                // PS-11: the renal verdict above rests on an estimate that is biased upwards here.
                out.dependent(
                    BONE_TARGETING_AGENTS,
                    PlanItem.Kind.CAUTION,
                    PlanItem.PATIENT,
                    List.of(Intervention.DENOSUMAB),
                    Wording.of("bta.denosumabCg"),
                    clearance(crcl.get()));
              }
            }
          });

  /** R-BTA-06: creatinine before each zoledronic acid dose. */
  public static final TreatmentRule RENAL_MONITORING =
      TreatmentRule.of(
          RuleInfo.of("R-BTA-06", RuleSources.ZA_LABEL, "", Provenance.S, Provenance.M),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              Optional<Double> scr =
                  c.patient().labs().creatinine().known().map(x -> x.inMgPerDl());
              Wording threshold =
                  Wording.of(
                      scr.isEmpty()
                          ? "bta.creatinineRise.eitherBaseline"
                          : scr.get() < 1.4
                              ? "bta.creatinineRise.lowBaseline"
                              : "bta.creatinineRise.highBaseline");
              out.dependent(
                  BONE_TARGETING_AGENTS,
                  PlanItem.Kind.CAUTION,
                  PlanItem.PATIENT,
                  List.of(Intervention.ZOLEDRONIC_ACID),
                  Wording.of("bta.creatinineMonitoring", threshold),
                  Fact.of(
                      "baselineCreatinine",
                      scr.isPresent() ? PlanArg.quantity(scr.get(), "mg/dL") : PlanArg.unknown()));
            }
          });

  /** R-BTA-07 and R-BTA-10: calcium, vitamin D and albumin-corrected calcium. */
  public static final TreatmentRule CALCIUM =
      TreatmentRule.of(
          RuleInfo.of(
              "R-BTA-07",
              RuleSources.BROWN_2021
                  + "; "
                  + RuleSources.PAYNE_1973
                  + "; "
                  + RuleSources.STATPEARLS,
              "",
              Provenance.S,
              Provenance.M),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              out.verdict(
                  BONE_TARGETING_AGENTS,
                  SUPPLEMENT_GATES,
                  Optional.empty(),
                  Wording.of("bta.supplements"),
                  List.of());
              Optional<CorrectedCalcium> calcium = c.correctedCalcium();
              if (calcium.isPresent()
                  && calcium.get().high()
                  && !calcium.get().hypercalcaemiaOfMalignancy()) {
                out.add(
                    BONE_TARGETING_AGENTS,
                    PlanItem.Kind.CAUTION,
                    Wording.of("bta.mildHypercalcaemia"),
                    Fact.of("correctedCalcium", PlanValues.calcium(calcium.get())));
              }
            }
          });

  /** R-BTA-08: dental review before starting. */
  public static final TreatmentRule DENTAL =
      TreatmentRule.of(
          RuleInfo.of("R-BTA-08", RuleSources.BROWN_2021, "", Provenance.S, Provenance.M),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              Optional<CorrectedCalcium> calcium = c.correctedCalcium();
              boolean hcm = calcium.isPresent() && calcium.get().hypercalcaemiaOfMalignancy();
              out.dependent(
                  BONE_TARGETING_AGENTS,
                  PlanItem.Kind.CAUTION,
                  PlanItem.PATIENT,
                  BTA,
                  Wording.of(hcm ? "bta.dentalHcm" : "bta.dental"));
            }
          });

  /** R-BTA-09 and PS-35: duration; spacing or stopping when performance status falls. */
  public static final TreatmentRule DURATION =
      TreatmentRule.of(
          RuleInfo.of(
              "R-BTA-09",
              RuleSources.NHS_HIGHLAND + "; " + RuleSources.ESMO_2020 + "; " + RuleSources.REVIEW,
              "",
              Provenance.S,
              Provenance.M),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              List<Ecog> ecog = c.ecog();
              Fact ps = Gates.performanceStatus(c);
              boolean fallen = true;
              for (Ecog e : ecog) {
                fallen &= e.grade() >= 3;
              }
              if (fallen) {
                out.dependent(
                    BONE_TARGETING_AGENTS,
                    PlanItem.Kind.CAUTION,
                    PlanItem.PATIENT,
                    BTA,
                    Wording.of("bta.performanceFallen"),
                    ps);
              }
              out.dependent(
                  BONE_TARGETING_AGENTS,
                  PlanItem.Kind.CAUTION,
                  PlanItem.PATIENT,
                  BTA,
                  Wording.of("bta.duration"),
                  ps);
            }
          });

  /** Every bone-targeting-agent rule, in order. */
  public static final List<TreatmentRule> ALL =
      List.of(ZOLEDRONIC_ACID, DENOSUMAB, RENAL_MONITORING, CALCIUM, DENTAL, DURATION);

  private BoneTargetingRules() {}

  private static Fact clearance(double crcl) {
    return Fact.of(
        "creatinineClearanceCg", PlanArg.quantity(Math.round(crcl * 10) / 10.0, "mL/min"));
  }
}
