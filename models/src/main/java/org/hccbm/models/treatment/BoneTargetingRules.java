package org.hccbm.models.treatment;

import static org.hccbm.models.treatment.Domain.BONE_TARGETING_AGENTS;
import static org.hccbm.models.treatment.GateCheck.Outcome.CAUTION;
import static org.hccbm.models.treatment.GateCheck.Outcome.FAIL;
import static org.hccbm.models.treatment.GateCheck.Outcome.UNKNOWN;
import static org.hccbm.models.treatment.PlanItem.Kind.DOSE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.Decimals;
import org.hccbm.core.Observed;
import org.hccbm.core.performance.Ecog;

/**
 * Bone-targeting-agent rules (liver §11; planner-safety §3): R-BTA-01 and R-BTA-03…R-BTA-10, with
 * the preconditions of zoledronic acid, denosumab and supplements.
 *
 * @since 0.1.0
 */
// Transitional: not yet converted to coded wording (issue 13, docs/decisions/0020); its items
// go through the deprecated legacy adapters.
@SuppressWarnings("deprecation")
public final class BoneTargetingRules {
  private static final List<Intervention> BTA =
      List.of(Intervention.ZOLEDRONIC_ACID, Intervention.DENOSUMAB);

  /** PS-8, PS-11: renal function before zoledronic acid (label; Aapro 2008 table). */
  static final Preconditions.Check RENAL_FOR_ZOLEDRONIC_ACID =
      Gates.check(
          Gate.RENAL_FUNCTION,
          (c, l) -> {
            if (c.patient().onDialysis().equals(Observed.of(true))) {
              return GateCheck.of(
                  Gate.RENAL_FUNCTION,
                  FAIL,
                  "on haemodialysis — prefer denosumab",
                  Fact.legacy("dialysis", "yes"));
            }
            List<String> missing = new ArrayList<>();
            Optional<Double> crcl = CockcroftGault.clearance(c.patient(), missing);
            if (crcl.isEmpty()) {
              return GateCheck.of(
                  Gate.RENAL_FUNCTION,
                  UNKNOWN,
                  "creatinine clearance (" + String.join(", ", missing) + " unknown)",
                  Fact.legacy("missing", String.join(", ", missing)));
            }
            Fact fact = clearance(crcl.get());
            return ZoledronicAcidDose.milligrams(crcl.get()).isPresent()
                ? GateCheck.pass(Gate.RENAL_FUNCTION, fact)
                : GateCheck.of(
                    Gate.RENAL_FUNCTION,
                    FAIL,
                    "creatinine clearance < 30 mL/min — prefer " + "denosumab",
                    fact);
          });

  /**
   * PS-8: denosumab with CrCl &lt; 30 mL/min or dialysis carries the label's severe-hypocalcaemia
   * warning, never "no renal adjustment" alone.
   */
  static final Preconditions.Check RENAL_FOR_DENOSUMAB =
      Gates.check(
          Gate.RENAL_FUNCTION,
          (c, l) -> {
            List<String> missing = new ArrayList<>();
            Optional<Double> crcl = CockcroftGault.clearance(c.patient(), missing);
            boolean dialysis = c.patient().onDialysis().equals(Observed.of(true));
            Fact fact =
                crcl.map(BoneTargetingRules::clearance)
                    .orElse(
                        Fact.legacy(
                            "creatinine " + "clearance",
                            "unknown (" + String.join(", ", missing) + ")"));
            if (dialysis || crcl.map(x -> x < 30).orElse(false)) {
              return GateCheck.of(
                  Gate.RENAL_FUNCTION,
                  CAUTION,
                  (dialysis ? "on dialysis" : "creatinine clearance < 30 mL/min")
                      + ": the 120 mg label warns of severe "
                      + "symptomatic hypocalcaemia, fatal cases reported, with the risk highest at CrCl "
                      + "< 30 mL/min or on dialysis and with inadequate calcium supplementation — check and "
                      + "correct calcium, magnesium and 25-OH vitamin D before the first dose, "
                      + (c.correctedCalcium()
                              .map(cc -> cc.hypercalcaemiaOfMalignancy())
                              .orElse(false)
                          ? "monitor calcium closely once the hypercalcaemia resolves (no supplements while "
                              + "it lasts)"
                          : "give calcium in the first 1–2 weeks")
                      + " [M: clinical judgement], nephrology input (the 60 mg products carry severe "
                      + "hypocalcaemia in advanced CKD as a boxed warning)",
                  fact);
            }
            if (crcl.isEmpty()) {
              return GateCheck.of(
                  Gate.RENAL_FUNCTION,
                  UNKNOWN,
                  "creatinine clearance (severe "
                      + "hypocalcaemia risk highest below 30 mL/min or on dialysis)",
                  fact);
            }
            return GateCheck.pass(Gate.RENAL_FUNCTION, fact);
          });

  /**
   * PS-7, PS-10: albumin-corrected calcium before a BTA: hypocalcaemia corrected first (a
   * contraindication in the denosumab 120 mg label); hypercalcaemia of malignancy treated first.
   */
  static final Preconditions.Check CALCIUM_FOR_BTA =
      Gates.check(
          Gate.CALCIUM,
          (c, l) -> {
            Optional<CorrectedCalcium> cc = c.correctedCalcium();
            if (cc.isEmpty()) {
              return GateCheck.of(
                  Gate.CALCIUM,
                  UNKNOWN,
                  "albumin-corrected calcium (calcium and " + "albumin)",
                  Fact.legacy("albumin-corrected calcium", "unknown"));
            }
            Fact fact = Fact.legacy("albumin-corrected calcium", cc.get().toString());
            if (cc.get().low()) {
              return GateCheck.of(
                  Gate.CALCIUM,
                  CAUTION,
                  "correct the hypocalcaemia before the first dose "
                      + "(pre-existing hypocalcaemia is a contraindication in the denosumab 120 mg label; "
                      + "maintenance supplements are not a correction)",
                  fact);
            }
            if (cc.get().hypercalcaemiaOfMalignancy()) {
              return GateCheck.of(
                  Gate.CALCIUM,
                  CAUTION,
                  "hypercalcaemia of malignancy is treated first "
                      + "(see Urgent); the routine SRE schedule and dental review do not delay it",
                  fact);
            }
            return GateCheck.pass(Gate.CALCIUM, fact);
          });

  /** R-BTA-07: no calcium or vitamin D supplements when hypercalcaemic. */
  static final Preconditions.Check CALCIUM_FOR_SUPPLEMENTS =
      Gates.check(
          Gate.CALCIUM,
          (c, l) -> {
            Optional<CorrectedCalcium> cc = c.correctedCalcium();
            if (cc.isEmpty()) {
              return GateCheck.of(
                  Gate.CALCIUM,
                  UNKNOWN,
                  "albumin-corrected calcium (calcium and " + "albumin)",
                  Fact.legacy("albumin-corrected calcium", "unknown"));
            }
            Fact fact = Fact.legacy("albumin-corrected calcium", cc.get().toString());
            if (cc.get().high()) {
              return GateCheck.of(
                  Gate.CALCIUM,
                  FAIL,
                  "hypercalcaemic (above 10.5 mg/dL [M: clinical " + "judgement])",
                  fact);
            }
            if (cc.get().low()) {
              return GateCheck.of(
                  Gate.CALCIUM,
                  CAUTION,
                  "hypocalcaemia (below 8.5 mg/dL [M: clinical "
                      + "judgement]) needs "
                      + "correction first; maintenance doses are not a correction",
                  fact);
            }
            return GateCheck.pass(Gate.CALCIUM, fact);
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
          new RuleInfo(
              "R-BTA-05",
              "Start a BTA at diagnosis of bone metastasis when life expectancy is ≥ 3 months (R-BTA-01); "
                  + "zoledronic acid 4 mg IV over ≥ 15 min every 3–4 weeks (12-weekly accepted), dose reduced "
                  + "by creatinine clearance; not recommended below 30 mL/min or on haemodialysis",
              RuleSources.ESMO_2020 + "; " + RuleSources.ZA_LABEL,
              "[I, B]",
              "[V]/[S]"),
          (c, out) -> {
            out.verdict(
                BONE_TARGETING_AGENTS,
                ZOLEDRONIC_ACID_GATES,
                Optional.empty(),
                "Zoledronic acid from diagnosis of bone metastasis (HCC counts as 'other solid "
                    + "tumour')",
                List.of());
            Optional<Double> crcl = CockcroftGault.clearance(c.patient(), new ArrayList<>());
            crcl.flatMap(ZoledronicAcidDose::milligrams)
                .ifPresent(
                    dose -> {
                      out.dependent(
                          BONE_TARGETING_AGENTS,
                          DOSE,
                          PlanItem.PATIENT,
                          List.of(Intervention.ZOLEDRONIC_ACID),
                          "Zoledronic acid "
                              + Decimals.shown(dose)
                              + " mg IV over ≥ 15 min every 3–4 weeks (12-weekly is an accepted alternative)",
                          clearance(crcl.get()));
                      out.dependent(
                          BONE_TARGETING_AGENTS,
                          PlanItem.Kind.CAUTION,
                          PlanItem.PATIENT,
                          List.of(Intervention.ZOLEDRONIC_ACID),
                          "Cockcroft–Gault in cirrhosis: a falsely low "
                              + "creatinine makes it overestimate GFR (by about half across studies; markedly in "
                              + "Child–Pugh C) — consider a measured GFR or creatinine clearance before dosing; "
                              + "use dry weight with ascites or oedema [M: clinical judgement] ("
                              + RuleSources.CG_CIRRHOSIS
                              + ")",
                          clearance(crcl.get()));
                    });
          });

  /**
   * R-BTA-04: denosumab 120 mg SC every 4 weeks; the CKD warning when CrCl &lt; 30 (PS-8); the
   * Cockcroft–Gault caveat whenever its renal reading rests on an estimated clearance (PS-11).
   */
  public static final TreatmentRule DENOSUMAB =
      TreatmentRule.of(
          new RuleInfo(
              "R-BTA-04",
              "Denosumab 120 mg SC every 4 weeks; no renal dose adjustment, but severe hypocalcaemia risk "
                  + "highest with CrCl < 30 mL/min or dialysis",
              RuleSources.XGEVA_LABEL,
              "",
              "[V]; schedule [M]"),
          (c, out) -> {
            out.verdict(
                BONE_TARGETING_AGENTS,
                DENOSUMAB_GATES,
                Optional.empty(),
                "Denosumab from " + "diagnosis of bone metastasis",
                List.of());
            Optional<Double> crcl = CockcroftGault.clearance(c.patient(), new ArrayList<>());
            boolean ckd =
                c.patient().onDialysis().equals(Observed.of(true))
                    || crcl.map(x -> x < 30).orElse(false);
            out.dependent(
                BONE_TARGETING_AGENTS,
                DOSE,
                PlanItem.PATIENT,
                List.of(Intervention.DENOSUMAB),
                "Denosumab 120 mg SC every 4 weeks"
                    + (ckd
                        ? " — no dose change for renal function, but see the severe-hypocalcaemia warning "
                            + "(CrCl < 30 mL/min or dialysis)"
                        : crcl.isPresent() ? " (no renal dose adjustment)" : ""));
            if (crcl.isPresent() && !c.patient().onDialysis().equals(Observed.of(true))) {
              // PS-11: the renal verdict above rests on an estimate that is biased upwards here.
              out.dependent(
                  BONE_TARGETING_AGENTS,
                  PlanItem.Kind.CAUTION,
                  PlanItem.PATIENT,
                  List.of(Intervention.DENOSUMAB),
                  "Denosumab's renal reading rests on a "
                      + "Cockcroft–Gault estimate, which overestimates renal function in cirrhosis "
                      + "(sarcopenia and a falsely low creatinine; by about half across studies, markedly "
                      + "in Child–Pugh C): a true clearance below 30 mL/min carries the label's "
                      + "severe-hypocalcaemia risk — consider a measured GFR or creatinine clearance ("
                      + RuleSources.CG_CIRRHOSIS
                      + ")",
                  clearance(crcl.get()));
            }
          });

  /** R-BTA-06: creatinine before each zoledronic acid dose. */
  public static final TreatmentRule RENAL_MONITORING =
      TreatmentRule.of(
          new RuleInfo(
              "R-BTA-06",
              "Measure creatinine before each zoledronic acid dose; withhold for a rise ≥ 0.5 mg/dL "
                  + "(baseline < 1.4) or ≥ 1.0 mg/dL (baseline ≥ 1.4)",
              RuleSources.ZA_LABEL,
              "",
              "[S]/[M]"),
          (c, out) -> {
            Optional<Double> scr = c.patient().labs().creatinine().known().map(x -> x.inMgPerDl());
            String threshold =
                scr.map(
                        s ->
                            s < 1.4
                                ? "≥ 0.5 mg/dL (baseline < 1.4 mg/dL)"
                                : "≥ 1.0 mg/dL (baseline ≥ 1.4 mg/dL)")
                    .orElse(
                        "≥ 0.5 mg/dL if the baseline is " + "< 1.4 mg/dL, ≥ 1.0 mg/dL otherwise");
            out.dependent(
                BONE_TARGETING_AGENTS,
                PlanItem.Kind.CAUTION,
                PlanItem.PATIENT,
                List.of(Intervention.ZOLEDRONIC_ACID),
                "Zoledronic acid: measure creatinine before "
                    + "each dose; withhold if it rises "
                    + threshold
                    + ", resume when back within 10 % of "
                    + "baseline",
                Fact.legacy(
                    "baseline creatinine",
                    scr.map(s -> Decimals.shown(s) + " mg/dL").orElse("unknown")));
          });

  /** R-BTA-07 and R-BTA-10: calcium, vitamin D and albumin-corrected calcium. */
  public static final TreatmentRule CALCIUM =
      TreatmentRule.of(
          new RuleInfo(
              "R-BTA-07",
              "Correct hypocalcaemia before starting; calcium ≥ 500 mg/day and vitamin D ≥ 400 IU/day "
                  + "unless hypercalcaemic; use albumin-corrected calcium (R-BTA-10)",
              RuleSources.BROWN_2021
                  + "; "
                  + RuleSources.PAYNE_1973
                  + "; "
                  + RuleSources.STATPEARLS,
              "",
              "[S]/[M]"),
          (c, out) -> {
            out.verdict(
                BONE_TARGETING_AGENTS,
                SUPPLEMENT_GATES,
                Optional.empty(),
                "Calcium ≥ 500 mg "
                    + "and vitamin D ≥ 400 IU daily with a bone-targeting agent; monitor calcium, "
                    + "especially with denosumab and CrCl < 30 mL/min",
                List.of());
            c.correctedCalcium()
                .filter(cc -> cc.high() && !cc.hypercalcaemiaOfMalignancy())
                .ifPresent(
                    cc ->
                        out.add(
                            BONE_TARGETING_AGENTS,
                            PlanItem.Kind.CAUTION,
                            "Mild "
                                + "hypercalcaemia (10.5–12 mg/dL): recheck and look for the cause before a "
                                + "bone-targeting agent",
                            Fact.legacy("albumin-corrected calcium", cc.toString())));
          });

  /** R-BTA-08: dental review before starting. */
  public static final TreatmentRule DENTAL =
      TreatmentRule.of(
          new RuleInfo(
              "R-BTA-08",
              "Dental examination and preventive dentistry before a BTA; avoid invasive dental procedures "
                  + "during therapy",
              RuleSources.BROWN_2021,
              "",
              "[S]/[M]"),
          (c, out) -> {
            boolean hcm =
                c.correctedCalcium()
                    .map(CorrectedCalcium::hypercalcaemiaOfMalignancy)
                    .orElse(false);
            out.dependent(
                BONE_TARGETING_AGENTS,
                PlanItem.Kind.CAUTION,
                PlanItem.PATIENT,
                BTA,
                "Dental review before the first routine dose (osteonecrosis of the jaw); avoid "
                    + "invasive dental procedures during therapy"
                    + (hcm
                        ? "; it does not delay " + "treatment of hypercalcaemia of malignancy"
                        : ""));
          });

  /** R-BTA-09 and PS-35: duration; spacing or stopping when performance status falls. */
  public static final TreatmentRule DURATION =
      TreatmentRule.of(
          new RuleInfo(
              "R-BTA-09",
              "Continue until performance status declines substantially; consider stopping or spacing "
                  + "when the prognosis worsens and bone-resorption markers fall (breast-cancer experience; no "
                  + "HCC-specific criteria exist); denosumab withdrawal carries a rebound-fracture risk",
              RuleSources.NHS_HIGHLAND + "; " + RuleSources.ESMO_2020 + "; " + RuleSources.REVIEW,
              "",
              "[S]/[M]"),
          (c, out) -> {
            List<Ecog> ecog = c.ecog();
            Fact ps = Fact.legacy("performance status", c.patient().performanceStatus().toString());
            if (ecog.stream().allMatch(e -> e.grade() >= 3)) {
              out.dependent(
                  BONE_TARGETING_AGENTS,
                  PlanItem.Kind.CAUTION,
                  PlanItem.PATIENT,
                  BTA,
                  "Performance status has fallen (ECOG 3–4): consider spacing (12-weekly zoledronic "
                      + "acid) or stopping the bone-targeting agent",
                  ps);
            }
            out.dependent(
                BONE_TARGETING_AGENTS,
                PlanItem.Kind.CAUTION,
                PlanItem.PATIENT,
                BTA,
                "Duration: continue until performance status declines substantially; consider "
                    + "stopping or spacing when the prognosis worsens and bone-resorption markers fall "
                    + "(from breast-cancer experience — no HCC-specific criteria exist); stopping "
                    + "denosumab carries a rebound-fracture risk",
                ps);
          });

  /** Every bone-targeting-agent rule, in order. */
  public static final List<TreatmentRule> ALL =
      List.of(ZOLEDRONIC_ACID, DENOSUMAB, RENAL_MONITORING, CALCIUM, DENTAL, DURATION);

  private BoneTargetingRules() {}

  private static Fact clearance(double crcl) {
    return Fact.legacy(
        "creatinine clearance (Cockcroft–Gault, actual weight)",
        Decimals.shown(Math.round(crcl * 10) / 10.0) + " mL/min");
  }
}
