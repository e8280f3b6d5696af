package org.hccbm.models.treatment;

import static org.hccbm.models.treatment.Domain.SYMPTOMS;
import static org.hccbm.models.treatment.PlanItem.Kind.CAUTION;
import static org.hccbm.models.treatment.PlanItem.Kind.OPTION;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.lesion.PainSeverity;

/**
 * Analgesia: the WHO ladder with the cirrhosis cautions (liver spec §14).
 *
 * @since 0.1.0
 */
public final class SymptomRules {
  /** R-PAIN-01: the WHO analgesic ladder. */
  public static final TreatmentRule WHO_LADDER = TreatmentRule.of(new RuleInfo("R-PAIN-01",
      "WHO ladder: non-opioid for mild pain, weak opioid for mild–moderate, strong opioid for "
      + "moderate–severe, ± adjuvants; by mouth, by the clock, by the ladder",
      RuleSources.WHO_1986, "", "[V]"), (c, out) -> {
        if (c.painfulLesions().isEmpty()) {
          return;
        }
        Optional<PainSeverity> worst = c.lesions().stream().flatMap(l -> l.painSeverity().known()
            .stream()).max(Comparator.naturalOrder());
        Fact fact = new Fact("worst recorded pain severity", worst.map(Object::toString)
            .orElse("not graded"));
        String step = worst.map(p -> switch (p) {
          case MILD -> "step 1: non-opioid ± adjuvant";
          case MODERATE -> "step 2: weak opioid ± non-opioid ± adjuvant";
          case FUNCTIONAL -> "step 3: strong opioid ± non-opioid ± adjuvant";
        }).orElse("the step matching the pain intensity");
        out.add(SYMPTOMS, OPTION, "Analgesia by the WHO ladder, " + step + "; by mouth, by the "
            + "clock, moving up rather than across", fact);
      });

  /** R-PAIN-02: cirrhosis cautions. */
  public static final TreatmentRule CIRRHOSIS_CAUTIONS = TreatmentRule.of(new RuleInfo("R-PAIN-02",
      "Liver failure lowers tolerance to opioids; avoid NSAIDs in cirrhosis; paracetamol at a "
      + "reduced maximum; opioids at lower doses and longer intervals", RuleSources.LONGO_2014,
      "", "[V] (opioid tolerance); [M] (the rest)"), (c, out) -> {
        if (c.painfulLesions().isEmpty()) {
          return;
        }
        Fact liver = new Fact("Child–Pugh", c.result("child-pugh").map(SurgeryRules::summary)
            .orElse("unknown"));
        out.add(SYMPTOMS, CAUTION, "With cirrhosis or reduced liver function: avoid NSAIDs (renal "
            + "failure, bleeding); paracetamol at most 2–3 g/day; opioids at lower doses and "
            + "longer intervals, watching for hepatic encephalopathy", liver);
      });

  /** Every symptom rule, in order. */
  public static final List<TreatmentRule> ALL = List.of(WHO_LADDER, CIRRHOSIS_CAUTIONS);

  private SymptomRules() {}
}
