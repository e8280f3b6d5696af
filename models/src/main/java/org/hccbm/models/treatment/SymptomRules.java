package org.hccbm.models.treatment;

import static org.hccbm.models.treatment.Domain.SYMPTOMS;
import static org.hccbm.models.treatment.PlanItem.Kind.CAUTION;
import static org.hccbm.models.treatment.PlanItem.Kind.NEEDS_INFORMATION;
import static org.hccbm.models.treatment.PlanItem.Kind.OPTION;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.PainIntensity;
import org.hccbm.models.liver.ChildPugh;

/**
 * Analgesia: the WHO ladder by pain intensity (NRS), with the cirrhosis cautions (liver §14;
 * planner-safety PS-25).
 *
 * @since 0.1.0
 */
// Transitional: not yet converted to coded wording (issue 13, docs/decisions/0020); its items
// go through the deprecated legacy adapters.
@SuppressWarnings("deprecation")
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
          new RuleInfo(
              "R-PAIN-01",
              "WHO ladder: non-opioid for mild pain, weak opioid for mild–moderate, strong opioid for "
                  + "moderate–severe, ± adjuvants; by mouth, by the clock, by the ladder; the step from pain "
                  + "intensity (NRS)",
              RuleSources.WHO_1986 + "; " + RuleSources.NRS,
              "",
              "[V]"),
          (c, out) -> {
            List<BoneLesion> painful = c.painfulLesions();
            if (painful.isEmpty()) {
              return;
            }
            Optional<PainIntensity> worst =
                painful.stream()
                    .flatMap(l -> l.painIntensity().known().stream())
                    .max(Comparator.comparingInt(PainIntensity::nrs));
            if (worst.isEmpty()) {
              out.add(
                  SYMPTOMS,
                  NEEDS_INFORMATION,
                  "Analgesia by the WHO ladder: the step follows pain "
                      + "intensity — record it on the 0–10 numeric rating scale for "
                      + String.join(", ", painful.stream().map(BoneLesion::id).toList())
                      + " (the Mirels pain item grades "
                      + "pain on loading, not intensity)");
              return;
            }
            Fact fact = Fact.legacy("worst pain intensity", worst.get().toString());
            switch (worst.get().band()) {
              case NONE -> {}
              case MILD ->
                  out.add(
                      SYMPTOMS,
                      OPTION,
                      "Analgesia, WHO step 1: non-opioid ± adjuvant; by " + "mouth, by the clock",
                      fact);
              case MODERATE ->
                  out.verdict(
                      SYMPTOMS,
                      OPIOID_GATES,
                      Optional.empty(),
                      "Analgesia, WHO "
                          + "step 2: a weak opioid (or a low-dose strong opioid) ± non-opioid ± adjuvant; by "
                          + "mouth, by the clock; with cirrhosis a low-dose strong opioid rather than codeine "
                          + "or tramadol (see the cirrhosis caution)",
                      List.of(),
                      fact);
              case SEVERE ->
                  out.verdict(
                      SYMPTOMS,
                      OPIOID_GATES,
                      Optional.empty(),
                      "Analgesia, WHO "
                          + "step 3: a strong opioid ± non-opioid ± adjuvant; by mouth, by the clock",
                      List.of(),
                      fact);
            }
          });

  /** R-PAIN-02 and PS-25: cirrhosis cautions. */
  public static final TreatmentRule CIRRHOSIS_CAUTIONS =
      TreatmentRule.of(
          new RuleInfo(
              "R-PAIN-02",
              "Liver failure lowers tolerance to opioids; avoid NSAIDs in cirrhosis; paracetamol at a "
                  + "reduced maximum; opioids sparingly, low dose, longer intervals, immediate- rather than "
                  + "controlled-release, always with a laxative",
              RuleSources.LONGO_2014 + "; " + RuleSources.CIRRHOSIS_ANALGESIA,
              "",
              "[V]; codeine and tramadol [M]"),
          (c, out) -> {
            if (c.painfulLesions().isEmpty()) {
              return;
            }
            Fact liver =
                Fact.legacy(
                    "Child–Pugh",
                    c.result(ChildPugh.INSTANCE).map(SurgeryRules::summary).orElse("unknown"));
            out.add(
                SYMPTOMS,
                CAUTION,
                "With cirrhosis or reduced liver function: avoid NSAIDs (renal "
                    + "failure, bleeding); paracetamol at most 2–3 g/day",
                liver);
            out.dependent(
                SYMPTOMS,
                CAUTION,
                PlanItem.PATIENT,
                List.of(Intervention.OPIOIDS),
                "Opioids in cirrhosis: sparingly, at low dose and longer intervals, immediate- rather "
                    + "than controlled-release, always with a laxative (e.g. lactulose) to prevent "
                    + "constipation and encephalopathy; avoid codeine and tramadol [M: clinical judgement]",
                liver);
          });

  /** Every symptom rule, in order. */
  public static final List<TreatmentRule> ALL = List.of(WHO_LADDER, CIRRHOSIS_CAUTIONS);

  private SymptomRules() {}
}
