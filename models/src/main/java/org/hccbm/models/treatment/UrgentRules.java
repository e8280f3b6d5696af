package org.hccbm.models.treatment;

import static org.hccbm.models.treatment.Domain.URGENT;
import static org.hccbm.models.treatment.PlanItem.Kind.CAUTION;
import static org.hccbm.models.treatment.PlanItem.Kind.NEEDS_INFORMATION;
import static org.hccbm.models.treatment.PlanItem.Kind.OPTION;

import java.util.List;
import java.util.Optional;
import org.hccbm.core.Decimals;
import org.hccbm.core.Observed;
import org.hccbm.models.bone.Sins;
import org.hccbm.models.bone.SinsCategory;

/**
 * Emergencies stated at the top of the plan: hypercalcaemia of malignancy (PS-7) and spinal
 * precautions (PS-27).
 *
 * @since 0.2.0
 */
// Transitional: not yet converted to coded wording (issue 13, docs/decisions/0020); its items
// go through the deprecated legacy adapters.
@SuppressWarnings("deprecation")
public final class UrgentRules {
  /** PS-11: beside every choice between the agents that reads an estimated clearance. */
  private static final String CG_CAVEAT =
      "; the clearance is a Cockcroft–Gault estimate, which "
          + "overestimates renal function in cirrhosis — consider a measured GFR or creatinine "
          + "clearance ("
          + RuleSources.CG_CIRRHOSIS
          + ")";

  /** PS-7: hypercalcaemia of malignancy, albumin-corrected calcium ≥ 12 mg/dL (3.0 mmol/L). */
  public static final TreatmentRule HYPERCALCAEMIA =
      TreatmentRule.of(
          new RuleInfo(
              "R-HCM-01",
              "Albumin-corrected calcium ≥ 12 mg/dL (3.0 mmol/L) is hypercalcaemia of malignancy, severe "
                  + "above 14 mg/dL (3.5 mmol/L): IV isotonic fluids, then IV bisphosphonate or denosumab",
              RuleSources.ZA_HCM_LABEL
                  + "; "
                  + RuleSources.ENDOCRINE_2023
                  + "; "
                  + RuleSources.DENOSUMAB_LABEL,
              "",
              "[V]; [M] (stop calcium/vitamin D/thiazides, PTH/PTHrP, "
                  + "denosumab in renal failure)"),
          (c, out) -> {
            Optional<CorrectedCalcium> cc = c.correctedCalcium();
            if (cc.isEmpty() || !cc.get().hypercalcaemiaOfMalignancy()) {
              return;
            }
            Fact fact = Fact.legacy("albumin-corrected calcium", cc.get().toString());
            out.add(
                URGENT,
                OPTION,
                "Hypercalcaemia of malignancy"
                    + (cc.get().severe() ? " (severe)" : "")
                    + ": treat now — IV isotonic fluids, then an IV bisphosphonate or denosumab "
                    + "(Endocrine Society 2023 suggests denosumab over an IV bisphosphonate"
                    + (cc.get().severe() ? "; calcitonin with either when severe" : "")
                    + "; denosumab if "
                    + "refractory or recurrent after a bisphosphonate)",
                fact);
            String za =
                "Zoledronic acid for hypercalcaemia of malignancy: 4 mg as a single infusion "
                    + "over ≥ 15 min, retreatment no sooner than 7 days (the HCM dose, not the SRE table)";
            List<String> missing = new java.util.ArrayList<>();
            Optional<Double> crcl = CockcroftGault.clearance(c.patient(), missing);
            boolean renalFailure =
                c.patient().onDialysis().equals(Observed.of(true))
                    || crcl.map(x -> x < 30).orElse(false);
            if (renalFailure) {
              out.add(
                  URGENT,
                  CAUTION,
                  za
                      + " — first: "
                      + (crcl.isPresent() && !c.patient().onDialysis().equals(Observed.of(true))
                          ? "creatinine clearance " + Decimals.shown(crcl.get()) + " mL/min < 30"
                          : "on dialysis")
                      + ": weigh the renal "
                      + "risk (the label asks for it in renal impairment); denosumab is the agent in renal "
                      + "failure [M: clinical judgement]"
                      + (crcl.isPresent() ? CG_CAVEAT : ""),
                  fact);
            } else if (crcl.isEmpty()) {
              out.add(
                  URGENT,
                  NEEDS_INFORMATION,
                  za
                      + " — needs: renal function first (creatinine "
                      + "clearance: "
                      + String.join(", ", missing)
                      + " unknown)",
                  fact);
            } else {
              out.add(
                  URGENT,
                  OPTION,
                  za
                      + "; creatinine clearance "
                      + Decimals.shown(crcl.get())
                      + " mL/min"
                      + CG_CAVEAT,
                  fact);
            }
            out.add(
                URGENT,
                OPTION,
                "Stop calcium and vitamin D supplements and thiazides; check PTH "
                    + "and PTHrP; denosumab is the agent in renal failure [M: clinical judgement]",
                fact);
          });

  /**
   * PS-27: suspected or confirmed MSCC with neurological symptoms or signs, or an unstable spine
   * (SINS unstable) → immobilise without delay, expert advice within 24 h.
   */
  public static final TreatmentRule SPINAL_PRECAUTIONS =
      TreatmentRule.of(
          new RuleInfo(
              "R-SPINE-01",
              "MSCC with neurological symptoms or signs, or signs of spinal instability: "
                  + "immobilise to minimise spinal weight bearing without delay; expert advice within 24 h",
              RuleSources.NICE_NG234_BMJ,
              "",
              "[V]; method [M]"),
          (c, out) -> {
            boolean msccWithSigns =
                CordCompressionRules.compressedOrSuspected(c)
                    && c.neurologicalDeficit().equals(Observed.of(true));
            List<String> unstable =
                c.perLesion(Sins.INSTANCE).stream()
                    .filter(
                        e ->
                            e.result()
                                .possibleCategories(SinsCategory.class)
                                .equals(List.of(SinsCategory.UNSTABLE)))
                    .map(e -> e.subject())
                    .toList();
            if (!msccWithSigns && unstable.isEmpty()) {
              return;
            }
            out.add(
                URGENT,
                OPTION,
                "Spinal precautions now: immobilise to minimise spinal weight "
                    + "bearing, with expert advice within 24 h to keep it short (NICE NG234); flat bed rest "
                    + "with log-rolling or a brace as the spinal team advises [M: clinical judgement]",
                Fact.legacy(
                    "reason",
                    (msccWithSigns ? "cord compression with neurological signs" : "")
                        + (msccWithSigns && !unstable.isEmpty() ? "; " : "")
                        + (unstable.isEmpty()
                            ? ""
                            : "SINS unstable at " + String.join(", ", unstable))));
          });

  /** Every urgent rule, in order. */
  public static final List<TreatmentRule> ALL = List.of(HYPERCALCAEMIA, SPINAL_PRECAUTIONS);

  private UrgentRules() {}
}
