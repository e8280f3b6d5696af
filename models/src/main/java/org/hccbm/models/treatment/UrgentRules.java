package org.hccbm.models.treatment;

import static org.hccbm.models.treatment.Domain.URGENT;
import static org.hccbm.models.treatment.PlanItem.Kind.CAUTION;
import static org.hccbm.models.treatment.PlanItem.Kind.NEEDS_INFORMATION;
import static org.hccbm.models.treatment.PlanItem.Kind.OPTION;

import java.util.List;
import java.util.Optional;
import org.hccbm.models.Models;
import org.hccbm.models.bone.Sins;
import org.hccbm.models.bone.SinsCategory;

/**
 * Emergencies stated at the top of the plan: hypercalcaemia of malignancy (PS-7) and spinal
 * precautions (PS-27).
 *
 * @since 0.2.0
 */
public final class UrgentRules {
  /** PS-7: hypercalcaemia of malignancy, albumin-corrected calcium ≥ 12 mg/dL (3.0 mmol/L). */
  public static final TreatmentRule HYPERCALCAEMIA =
      TreatmentRule.of(
          RuleInfo.of(
              "R-HCM-01",
              RuleSources.ZA_HCM_LABEL
                  + "; "
                  + RuleSources.ENDOCRINE_2023
                  + "; "
                  + RuleSources.DENOSUMAB_LABEL,
              "",
              Provenance.V,
              Provenance.M),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              Optional<CorrectedCalcium> cc = c.correctedCalcium();
              if (cc.isEmpty() || !cc.get().hypercalcaemiaOfMalignancy()) {
                return;
              }
              Fact fact = Fact.of("correctedCalcium", PlanValues.calcium(cc.get()));
              out.add(
                  URGENT,
                  OPTION,
                  Wording.of(cc.get().severe() ? "urgent.hcmSevere" : "urgent.hcm"),
                  fact);
              Wording za = Wording.of("urgent.za");
              List<String> missing = new java.util.ArrayList<>();
              Optional<Double> crcl = CockcroftGault.clearance(c.patient(), missing);
              boolean dialysis = PlanContext.isTrue(c.patient().onDialysis());
              boolean renalFailure = dialysis || (crcl.isPresent() && crcl.get() < 30);
              if (renalFailure) {
                out.add(
                    URGENT,
                    CAUTION,
                    Wording.of(
                        "urgent.zaRenalFailure",
                        za,
                        crcl.isPresent() && !dialysis
                            ? Wording.of(
                                "urgent.crclBelow30", PlanArg.quantity(crcl.get(), "mL/min"))
                            : Wording.of("urgent.onDialysis"),
                        crcl.isPresent() ? Wording.of("urgent.cgCaveat") : Wording.NONE),
                    fact);
              } else if (crcl.isEmpty()) {
                out.add(
                    URGENT,
                    NEEDS_INFORMATION,
                    Wording.of("urgent.zaNeedsRenal", za, PlanValues.missingInputs(missing)),
                    fact);
              } else {
                out.add(
                    URGENT,
                    OPTION,
                    Wording.of(
                        "urgent.zaWithClearance",
                        za,
                        PlanArg.quantity(crcl.get(), "mL/min"),
                        Wording.of("urgent.cgCaveat")),
                    fact);
              }
              out.add(URGENT, OPTION, Wording.of("urgent.stopCalcium"), fact);
            }
          });

  /**
   * PS-27: suspected or confirmed MSCC with neurological symptoms or signs, or an unstable spine
   * (SINS unstable) → immobilise without delay, expert advice within 24 h.
   */
  public static final TreatmentRule SPINAL_PRECAUTIONS =
      TreatmentRule.of(
          RuleInfo.of("R-SPINE-01", RuleSources.NICE_NG234_BMJ, "", Provenance.V, Provenance.M),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              boolean msccWithSigns =
                  CordCompressionRules.compressedOrSuspected(c)
                      && PlanContext.isTrue(c.neurologicalDeficit());
              List<PlanArg> unstable = new java.util.ArrayList<>();
              for (Models.Evaluation e : c.perLesion(Sins.INSTANCE)) {
                if (e.result()
                    .possibleCategories(SinsCategory.class)
                    .equals(List.of(SinsCategory.UNSTABLE))) {
                  unstable.add(PlanArg.id(e.subject()));
                }
              }
              if (!msccWithSigns && unstable.isEmpty()) {
                return;
              }
              out.add(
                  URGENT,
                  OPTION,
                  Wording.of("urgent.spinalPrecautions"),
                  Fact.of(
                      "reason",
                      unstable.isEmpty()
                          ? Wording.of("urgent.reasonMscc")
                          : Wording.of(
                              msccWithSigns ? "urgent.reasonMsccAndSins" : "urgent.reasonSins",
                              PlanArg.join("comma", unstable))));
            }
          });

  /** Every urgent rule, in order. */
  public static final List<TreatmentRule> ALL = List.of(HYPERCALCAEMIA, SPINAL_PRECAUTIONS);

  private UrgentRules() {}
}
