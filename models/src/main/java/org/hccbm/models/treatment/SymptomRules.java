package org.hccbm.models.treatment;

import static org.hccbm.models.treatment.Domain.SYMPTOMS;
import static org.hccbm.models.treatment.PlanItem.Kind.CAUTION;
import static org.hccbm.models.treatment.PlanItem.Kind.NEEDS_INFORMATION;
import static org.hccbm.models.treatment.PlanItem.Kind.OPTION;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.PainIntensity;
import org.hccbm.core.result.ModelResult;
import org.hccbm.models.liver.ChildPugh;

/**
 * Analgesia: the WHO ladder by pain intensity (NRS), with the cirrhosis cautions (liver §14;
 * planner-safety PS-25).
 *
 * @since 0.1.0
 */
final class SymptomRules {
  /** Opioids: no precondition withholds them; the cirrhosis cautions are attached. */
  public static final Preconditions OPIOID_GATES = Preconditions.of(Intervention.OPIOIDS);

  /**
   * R-PAIN-01: the WHO analgesic ladder, the step from the worst pain intensity on the 0–10 NRS
   * (1–3 mild, 4–6 moderate, 7–10 severe) — never from the Mirels pain item, which grades pain on
   * loading the limb.
   */
  public static final TreatmentRule WHO_LADDER =
      TreatmentRule.of(
          RuleInfo.of("R-PAIN-01", RuleSources.WHO_1986 + "; " + RuleSources.NRS, "", Provenance.V),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              List<BoneLesion> painful = Emission.painfulLesions(c, out);
              if (painful.isEmpty()) {
                return;
              }
              PainIntensity worst = null;
              List<PlanArg> ids = new ArrayList<>(painful.size());
              for (BoneLesion l : painful) {
                ids.add(PlanArg.id(l.id()));
                Optional<PainIntensity> pain = l.painIntensity().known();
                if (pain.isPresent() && (worst == null || pain.get().nrs() > worst.nrs())) {
                  worst = pain.get();
                }
              }
              if (worst == null) {
                out.add(
                    SYMPTOMS,
                    NEEDS_INFORMATION,
                    Wording.of("pain.recordIntensity", PlanArg.join("comma", ids)));
                return;
              }
              Fact fact =
                  Fact.of(
                      "worstPainIntensity",
                      Wording.of(
                          "pain.nrs",
                          PlanArg.quantity(worst.nrs(), "{score}"),
                          PlanArg.of(worst.band())));
              switch (worst.band()) {
                case NONE -> {}
                case MILD -> out.add(SYMPTOMS, OPTION, Wording.of("pain.step1"), fact);
                case MODERATE ->
                    out.verdict(
                        SYMPTOMS,
                        OPIOID_GATES,
                        Optional.empty(),
                        Wording.of("pain.step2"),
                        List.of(),
                        fact);
                case SEVERE ->
                    out.verdict(
                        SYMPTOMS,
                        OPIOID_GATES,
                        Optional.empty(),
                        Wording.of("pain.step3"),
                        List.of(),
                        fact);
              }
            }
          });

  /** R-PAIN-02 and PS-25: cirrhosis cautions. */
  public static final TreatmentRule CIRRHOSIS_CAUTIONS =
      TreatmentRule.of(
          RuleInfo.of(
              "R-PAIN-02",
              RuleSources.LONGO_2014 + "; " + RuleSources.CIRRHOSIS_ANALGESIA,
              "",
              Provenance.V,
              Provenance.M),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              if (Emission.painfulLesions(c, out).isEmpty()) {
                return;
              }
              Optional<ModelResult> childPugh = c.result(ChildPugh.INSTANCE);
              Fact liver =
                  Fact.of(
                      "childPugh",
                      childPugh.isPresent()
                          ? PlanValues.result(childPugh.get())
                          : PlanArg.unknown());
              out.add(SYMPTOMS, CAUTION, Wording.of("pain.cirrhosisNsaids"), liver);
              out.dependent(
                  SYMPTOMS,
                  CAUTION,
                  PlanItem.PATIENT,
                  List.of(Intervention.OPIOIDS),
                  Wording.of("pain.cirrhosisOpioids"),
                  liver);
            }
          });

  /** Every symptom rule, in order. */
  public static final List<TreatmentRule> ALL = List.of(WHO_LADDER, CIRRHOSIS_CAUTIONS);

  private SymptomRules() {}
}
