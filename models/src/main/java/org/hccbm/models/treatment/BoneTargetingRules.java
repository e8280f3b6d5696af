package org.hccbm.models.treatment;

import static org.hccbm.models.treatment.Domain.BONE_TARGETING_AGENTS;
import static org.hccbm.models.treatment.PlanItem.Kind.CAUTION;
import static org.hccbm.models.treatment.PlanItem.Kind.DOSE;
import static org.hccbm.models.treatment.PlanItem.Kind.NEEDS_INFORMATION;
import static org.hccbm.models.treatment.PlanItem.Kind.OPTION;
import static org.hccbm.models.treatment.PlanItem.Kind.RULED_OUT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.Decimals;
import org.hccbm.core.Observed;
import org.hccbm.core.performance.Ecog;

/**
 * Bone-targeting-agent rules (liver spec §11): R-BTA-01 and R-BTA-03…R-BTA-10.
 *
 * @since 0.1.0
 */
public final class BoneTargetingRules {
  /** R-BTA-01: start a BTA with life expectancy ≥ 3 months and bone metastases [I, B]. */
  public static final TreatmentRule INITIATION = TreatmentRule.of(new RuleInfo("R-BTA-01",
      "Start zoledronic acid or denosumab at diagnosis of bone metastasis when life expectancy is "
      + "≥ 3 months (HCC counts as 'other solid tumour')", RuleSources.ESMO_2020, "[I, B]", "[V]"),
      (c, out) -> {
        Fact survival = new Fact("expected survival", c.survival().summary());
        Optional<Boolean> atLeast3 = c.survival().atLeast(3);
        if (atLeast3.isEmpty()) {
          out.add(BONE_TARGETING_AGENTS, NEEDS_INFORMATION, "Bone-targeting agent: start if "
              + "expected survival is ≥ 3 months; not indicated below 3 months — the survival "
              + "estimate straddles 3 months", survival);
        } else if (atLeast3.get()) {
          out.add(BONE_TARGETING_AGENTS, OPTION, "Start a bone-targeting agent (zoledronic acid "
              + "or denosumab) now, at diagnosis of bone metastasis", survival);
        } else {
          out.add(BONE_TARGETING_AGENTS, RULED_OUT, "Bone-targeting agent: expected survival "
              + "< 3 months", survival);
        }
      });

  /** R-BTA-03 and R-BTA-05: zoledronic acid dose by Cockcroft–Gault clearance. */
  public static final TreatmentRule ZOLEDRONIC_ACID_DOSE = TreatmentRule.of(new RuleInfo(
      "R-BTA-05", "Zoledronic acid 4 mg IV over ≥ 15 min every 3–4 weeks (12-weekly accepted), "
      + "dose reduced by creatinine clearance; not recommended below 30 mL/min or on haemodialysis",
      RuleSources.ZA_LABEL, "", "[V]/[S]"), (c, out) -> {
        if (c.survival().atLeast(3).equals(Optional.of(false))) {
          return;
        }
        if (c.patient().onDialysis().equals(Observed.of(true))) {
          out.add(BONE_TARGETING_AGENTS, RULED_OUT, "Zoledronic acid: on haemodialysis — prefer "
              + "denosumab", new Fact("dialysis", "yes"));
          return;
        }
        List<String> missing = new ArrayList<>();
        Optional<Double> crcl = CockcroftGault.clearance(c.patient(), missing);
        if (crcl.isEmpty()) {
          out.add(BONE_TARGETING_AGENTS, NEEDS_INFORMATION, "Zoledronic acid dose needs the "
              + "creatinine clearance: " + String.join(", ", missing) + " unknown",
              new Fact("missing", String.join(", ", missing)));
          return;
        }
        Fact clearance = new Fact("creatinine clearance (Cockcroft–Gault, actual weight)",
            Decimals.shown(Math.round(crcl.get() * 10) / 10.0) + " mL/min");
        Optional<Double> dose = ZoledronicAcidDose.milligrams(crcl.get());
        if (dose.isPresent()) {
          out.add(BONE_TARGETING_AGENTS, DOSE, "Zoledronic acid " + Decimals.shown(dose.get())
              + " mg IV over ≥ 15 min every 3–4 weeks (12-weekly is an accepted alternative)",
              clearance);
        } else {
          out.add(BONE_TARGETING_AGENTS, RULED_OUT, "Zoledronic acid: creatinine clearance "
              + "< 30 mL/min — prefer denosumab", clearance);
        }
      });

  /** R-BTA-04: denosumab 120 mg SC every 4 weeks, no renal adjustment. */
  public static final TreatmentRule DENOSUMAB_DOSE = TreatmentRule.of(new RuleInfo("R-BTA-04",
      "Denosumab 120 mg SC every 4 weeks; no renal dose adjustment", RuleSources.DENOSUMAB_LABEL,
      "", "[M]"), (c, out) -> {
        if (!c.survival().atLeast(3).equals(Optional.of(false))) {
          out.add(BONE_TARGETING_AGENTS, DOSE, "Denosumab 120 mg SC every 4 weeks (no renal "
              + "adjustment)");
        }
      });

  /** R-BTA-06: creatinine before each zoledronic acid dose. */
  public static final TreatmentRule RENAL_MONITORING = TreatmentRule.of(new RuleInfo("R-BTA-06",
      "Measure creatinine before each zoledronic acid dose; withhold for a rise ≥ 0.5 mg/dL "
      + "(baseline < 1.4) or ≥ 1.0 mg/dL (baseline ≥ 1.4)", RuleSources.ZA_LABEL, "", "[S]/[M]"),
      (c, out) -> {
        if (c.survival().atLeast(3).equals(Optional.of(false))) {
          return;
        }
        Optional<Double> scr = c.patient().labs().creatinine().known().map(x -> x.inMgPerDl());
        String threshold = scr.map(s -> s < 1.4 ? "≥ 0.5 mg/dL (baseline < 1.4 mg/dL)"
            : "≥ 1.0 mg/dL (baseline ≥ 1.4 mg/dL)").orElse("≥ 0.5 mg/dL if the baseline is "
            + "< 1.4 mg/dL, ≥ 1.0 mg/dL otherwise");
        out.add(BONE_TARGETING_AGENTS, CAUTION, "Zoledronic acid: measure creatinine before each "
            + "dose; withhold if it rises " + threshold + ", resume when back within 10 % of "
            + "baseline", new Fact("baseline creatinine", scr.map(s -> Decimals.shown(s) + " mg/dL")
            .orElse("unknown")));
      });

  /** R-BTA-07 and R-BTA-10: calcium, vitamin D and albumin-corrected calcium. */
  public static final TreatmentRule CALCIUM = TreatmentRule.of(new RuleInfo("R-BTA-07",
      "Correct hypocalcaemia before starting; calcium ≥ 500 mg/day and vitamin D ≥ 400 IU/day "
      + "unless hypercalcaemic; use albumin-corrected calcium (R-BTA-10)",
      RuleSources.BROWN_2021 + "; " + RuleSources.PAYNE_1973, "", "[S]/[M]"), (c, out) -> {
        if (c.survival().atLeast(3).equals(Optional.of(false))) {
          return;
        }
        var calcium = c.patient().labs().calcium().known();
        var albumin = c.patient().labs().albumin().known();
        if (calcium.isEmpty() || albumin.isEmpty()) {
          out.add(BONE_TARGETING_AGENTS, NEEDS_INFORMATION, "Calcium and vitamin D: measure "
              + "albumin-corrected calcium before starting (" + (calcium.isEmpty() ? "calcium"
              : "albumin") + " unknown); correct hypocalcaemia first, do not supplement if "
              + "hypercalcaemic");
          return;
        }
        CorrectedCalcium cc = CorrectedCalcium.of(calcium.get(), albumin.get());
        Fact fact = new Fact("albumin-corrected calcium", cc.toString());
        if (cc.low()) {
          out.add(BONE_TARGETING_AGENTS, CAUTION, "Hypocalcaemia: correct it before starting a "
              + "bone-targeting agent (reference limit 8.5 mg/dL [M])", fact);
        }
        if (cc.high()) {
          out.add(BONE_TARGETING_AGENTS, CAUTION, "Hypercalcaemia: do not give calcium or "
              + "vitamin D supplements (reference limit 10.5 mg/dL [M])", fact);
        } else {
          out.add(BONE_TARGETING_AGENTS, OPTION, "Calcium ≥ 500 mg and vitamin D ≥ 400 IU daily; "
              + "monitor calcium, especially with denosumab and CrCl < 30 mL/min", fact);
        }
      });

  /** R-BTA-08: dental review before starting. */
  public static final TreatmentRule DENTAL = TreatmentRule.of(new RuleInfo("R-BTA-08",
      "Dental examination and preventive dentistry before a BTA; avoid invasive dental procedures "
      + "during therapy", RuleSources.BROWN_2021, "", "[S]/[M]"), (c, out) -> {
        if (!c.survival().atLeast(3).equals(Optional.of(false))) {
          out.add(BONE_TARGETING_AGENTS, CAUTION, "Dental review before the first dose "
              + "(osteonecrosis of the jaw); avoid invasive dental procedures during therapy");
        }
      });

  /** R-BTA-09: duration; spacing or stopping when performance status falls. */
  public static final TreatmentRule DURATION = TreatmentRule.of(new RuleInfo("R-BTA-09",
      "Continue while clinically appropriate; individualise de-escalation; denosumab withdrawal "
      + "carries a rebound-fracture risk", RuleSources.NHS_HIGHLAND + "; " + RuleSources.ESMO_2020,
      "", "[S]/[M]"), (c, out) -> {
        if (c.survival().atLeast(3).equals(Optional.of(false))) {
          return;
        }
        List<Ecog> ecog = c.ecog();
        Fact ps = new Fact("performance status", c.patient().performanceStatus().toString());
        if (ecog.stream().allMatch(e -> e.grade() >= 3)) {
          out.add(BONE_TARGETING_AGENTS, CAUTION, "Performance status has fallen (ECOG 3–4): "
              + "consider spacing (12-weekly zoledronic acid) or stopping the bone-targeting "
              + "agent", ps);
        }
        out.add(BONE_TARGETING_AGENTS, CAUTION, "Duration: continue while clinically "
            + "appropriate; stopping denosumab carries a rebound-fracture risk", ps);
      });

  /** Every bone-targeting-agent rule, in order. */
  public static final List<TreatmentRule> ALL = List.of(INITIATION, ZOLEDRONIC_ACID_DOSE,
      DENOSUMAB_DOSE, RENAL_MONITORING, CALCIUM, DENTAL, DURATION);

  private BoneTargetingRules() {}
}
