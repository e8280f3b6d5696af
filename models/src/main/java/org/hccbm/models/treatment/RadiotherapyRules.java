package org.hccbm.models.treatment;

import static org.hccbm.models.treatment.Domain.RADIOTHERAPY;
import static org.hccbm.models.treatment.PlanItem.Kind.CAUTION;
import static org.hccbm.models.treatment.PlanItem.Kind.NEEDS_INFORMATION;
import static org.hccbm.models.treatment.PlanItem.Kind.OPTION;
import static org.hccbm.models.treatment.PlanItem.Kind.RULED_OUT;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.history.RadiotherapyCourse;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.PainSeverity;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.result.Complete;

/**
 * Palliative radiotherapy rules (liver spec §12): R-RT-01/02, R-RT-03, R-RT-04, R-RT-05, R-RT-08,
 * R-RT-09, R-RT-10.
 *
 * @since 0.1.0
 */
public final class RadiotherapyRules {
  /** R-RT-01/02: single 8 Gy vs multi-fraction for painful bone metastases. */
  public static final TreatmentRule PAINFUL_METASTASES = TreatmentRule.of(new RuleInfo("R-RT-02",
      "8 Gy × 1, 20 Gy/5, 24 Gy/6 and 30 Gy/10 are equivalent for pain relief; single 8 Gy is "
      + "particularly suitable for limited life expectancy and for uncomplicated metastases",
      RuleSources.ASTRO_2017 + "; " + RuleSources.ESMO_2020, "strong; [I, A]", "[V]"), (c, out) -> {
        List<BoneLesion> painful = c.painfulLesions();
        if (painful.isEmpty()) {
          if (c.patient().boneLesions().isKnown()) {
            return;
          }
          out.add(RADIOTHERAPY, NEEDS_INFORMATION, "Radiotherapy for pain: bone lesions and their "
              + "pain are not recorded");
          return;
        }
        Fact lesions = new Fact("painful lesions", String.join(", ",
            painful.stream().map(BoneLesion::id).toList()));
        Fact survival = new Fact("expected survival", c.survival().summary());
        out.add(RADIOTHERAPY, OPTION, "External-beam RT for painful bone metastases: 8 Gy × 1, "
            + "20 Gy/5, 24 Gy/6 or 30 Gy/10 relieve pain equally; single fraction means more "
            + "retreatment", lesions);
        if (c.survival().atLeast(3).equals(Optional.of(false))) {
          out.add(RADIOTHERAPY, OPTION, "Prefer a single 8 Gy fraction: limited life expectancy",
              survival);
        }
        boolean complicated = painful.stream().anyMatch(l -> l.pathologicalFracture()
            .equals(Observed.of(true)) || l.softTissueMass().equals(Observed.of(true))
            || l.escc().known().map(g -> g.ordinal() >= 1).orElse(false));
        if (!complicated) {
          out.add(RADIOTHERAPY, OPTION, "Single 8 Gy is recommended for painful uncomplicated "
              + "bone metastases (ESMO [I, A])", lesions);
        } else if (c.survival().atLeast(6).equals(Optional.of(true))) {
          out.add(RADIOTHERAPY, OPTION, "Complicated metastasis (fracture, soft-tissue mass or "
              + "epidural extension) with expected survival ≥ 6 months: a multi-fraction schedule "
              + "may be discussed", lesions, survival);
        }
      });

  /** R-RT-03: single-fraction RT and long-term toxicity. */
  public static final TreatmentRule SINGLE_FRACTION_SAFETY = TreatmentRule.of(new RuleInfo(
      "R-RT-03", "Single-fraction RT does not produce unacceptable long-term toxicity; evidence on "
      + "pathological-fracture risk is equivocal", RuleSources.ASTRO_2017, "", "[V]"), (c, out) -> {
        if (!c.painfulLesions().isEmpty()) {
          out.add(RADIOTHERAPY, CAUTION, "Single-fraction RT carries no unacceptable long-term "
              + "toxicity; whether it changes pathological-fracture risk is unsettled");
        }
      });

  /**
   * R-RT-09: RT to improve quality of life when life expectancy is at least 4 weeks; EBRT for
   * localised moderate–severe pain. The survival bands start at 3 months, so below that the plan
   * asks for a clinical judgement of the 4 weeks rather than guessing it.
   */
  public static final TreatmentRule QUALITY_OF_LIFE = TreatmentRule.of(new RuleInfo("R-RT-09",
      "Life expectancy ≥ 4 weeks: RT is conditionally recommended to improve quality of life; "
      + "EBRT is the treatment of choice for localised moderate–severe bone pain",
      RuleSources.ASTRO_2024 + "; " + RuleSources.ESMO_2020, "conditional; [I, A]", "[V]"),
      (c, out) -> {
        List<BoneLesion> painful = c.painfulLesions();
        if (painful.isEmpty()) {
          return;
        }
        Fact survival = new Fact("expected survival", c.survival().summary());
        if (c.survival().atLeast(3).equals(Optional.of(true))) {
          out.add(RADIOTHERAPY, OPTION, "Palliative RT to improve quality of life (life "
              + "expectancy ≥ 4 weeks)", survival);
        } else {
          out.add(RADIOTHERAPY, NEEDS_INFORMATION, "Palliative RT to improve quality of life is "
              + "conditionally recommended if life expectancy is at least 4 weeks; the survival "
              + "bands start at 3 months, so judge the 4 weeks clinically", survival);
        }
        List<String> moderateOrWorse = painful.stream().filter(l -> l.painSeverity().known()
            .map(p -> p != PainSeverity.MILD).orElse(false)).map(BoneLesion::id).toList();
        if (!moderateOrWorse.isEmpty()) {
          out.add(RADIOTHERAPY, OPTION, "External-beam RT is the treatment of choice for localised "
              + "moderate–severe bone pain (ESMO [I, A])", new Fact("moderate or functional pain",
              String.join(", ", moderateOrWorse)));
        }
      });

  /** R-RT-04: re-irradiation more than 1 month after EBRT. */
  public static final TreatmentRule REIRRADIATION = TreatmentRule.of(new RuleInfo("R-RT-04",
      "Consider re-irradiation for persistent or recurrent pain > 1 month after EBRT; spine 8/1, "
      + "20/5, 24/6, 20/8; non-spine 8/1, 20/5, 24/6", RuleSources.ASTRO_2017 + "; "
      + RuleSources.ASTRO_2024, "", "[V]"), (c, out) -> {
        List<RadiotherapyCourse> courses = c.patient().history().radiotherapy().known()
            .orElse(List.of());
        for (RadiotherapyCourse course : courses) {
          boolean painful = c.painfulLesions().stream().anyMatch(l -> l.site().equals(course.site()));
          if (!painful) {
            continue;
          }
          Fact fact = new Fact("previous RT", course.toString());
          Optional<LocalDate> end = course.completed();
          Optional<LocalDate> now = c.patient().assessmentDate();
          if (end.isEmpty() || now.isEmpty()) {
            out.add(RADIOTHERAPY, NEEDS_INFORMATION, "Re-irradiation of " + course.site().label()
                + ": needs the date the previous course ended and the assessment date (allowed "
                + "more than 1 month after EBRT)", fact);
          } else if (ChronoUnit.DAYS.between(end.get(), now.get()) > 0
              && end.get().plusMonths(1).isBefore(now.get())) {
            String regimens = course.site().isSpinal() ? "8 Gy/1, 20 Gy/5, 24 Gy/6 or 20 Gy/8"
                : "8 Gy/1, 20 Gy/5 or 24 Gy/6";
            out.add(RADIOTHERAPY, OPTION, "Re-irradiation of " + course.site().label() + " for "
                + "persistent or recurrent pain (" + regimens + "), within normal-tissue "
                + "constraints", fact);
          } else {
            out.add(RADIOTHERAPY, RULED_OUT, "Re-irradiation of " + course.site().label()
                + ": less than 1 month since the previous course", fact);
          }
        }
      });

  /** R-RT-05: SBRT for selected spinal lesions. */
  public static final TreatmentRule SBRT = TreatmentRule.of(new RuleInfo("R-RT-05",
      "SBRT is conditionally recommended over conventional RT for patients with good performance "
      + "status, no surgical indication and no neurological symptoms or signs (HCC is "
      + "radioresistant to conventional RT, NOMS)", RuleSources.ASTRO_2024 + "; "
      + RuleSources.NOMS, "conditional", "[V]"), (c, out) -> {
        List<BoneLesion> spinal = c.lesions().stream().filter(l -> l.site().isSpinal()).toList();
        if (spinal.isEmpty()) {
          return;
        }
        List<String> against = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<Ecog> ecog = c.ecog();
        if (ecog.stream().allMatch(e -> e.grade() >= 2)) {
          against.add("performance status not good (ECOG ≥ 2)");
        } else if (!ecog.stream().allMatch(e -> e.grade() <= 1)) {
          unknown.add("performance status");
        }
        Observed<Boolean> deficit = c.neurologicalDeficit();
        if (deficit.equals(Observed.of(true))) {
          against.add("neurological deficit");
        } else if (!deficit.isKnown()) {
          unknown.add("neurological status (Frankel)");
        }
        boolean surgical = c.perLesion("sins").stream().anyMatch(e -> e.result() instanceof Complete
            r && r.totalValue() >= 7) || c.cordCompression().equals(Observed.of(true));
        if (surgical) {
          against.add("surgical indication (SINS ≥ 7 or cord compression)");
        }
        Fact fact = new Fact("spinal lesions", String.join(", ", spinal.stream().map(BoneLesion::id)
            .toList()));
        if (!against.isEmpty()) {
          out.add(RADIOTHERAPY, RULED_OUT, "SBRT: " + String.join("; ", against), fact);
        } else if (!unknown.isEmpty()) {
          out.add(RADIOTHERAPY, NEEDS_INFORMATION, "SBRT for the spinal lesion(s) would need "
              + "good performance status, no surgical indication and no neurological signs: "
              + String.join(", ", unknown) + " unknown", fact);
        } else {
          out.add(RADIOTHERAPY, OPTION, "SBRT for the spinal lesion(s): good performance status, "
              + "no surgical indication, no neurological signs (durable control of a "
              + "radioresistant histology)", fact);
        }
      });

  /** R-RT-08: post-operative RT. */
  public static final TreatmentRule POSTOPERATIVE = TreatmentRule.of(new RuleInfo("R-RT-08",
      "Post-operative RT after fixation of a long-bone metastasis or spinal decompression or "
      + "stabilisation", RuleSources.ESMO_2020 + "; " + RuleSources.ASTRO_2024, "[III, B]", "[V]"),
      (c, out) -> {
        boolean operated = c.patient().history().surgery().known().map(list -> list.stream()
            .anyMatch(s -> switch (s.kind()) {
              case FIXATION, DECOMPRESSION, STABILISATION -> true;
              default -> false;
            })).orElse(false);
        boolean surgicalOption = SurgeryRules.surgicalIndication(c);
        if (operated || surgicalOption) {
          out.add(RADIOTHERAPY, OPTION, (operated ? "After the recorded operation: "
              : "If fixation, decompression or stabilisation is done: ") + "post-operative RT");
        }
      });

  /** R-RT-10: pain flare. */
  public static final TreatmentRule PAIN_FLARE = TreatmentRule.of(new RuleInfo("R-RT-10",
      "Pain flare after RT: prophylactic antiemetics and dexamethasone", RuleSources.ESMO_2020,
      "[II, B]", "[V]"), (c, out) -> {
        if (!c.painfulLesions().isEmpty()) {
          out.add(RADIOTHERAPY, CAUTION, "Pain flare after RT: prophylactic antiemetic and "
              + "dexamethasone");
        }
      });

  /** Every radiotherapy rule, in order. */
  public static final List<TreatmentRule> ALL = List.of(PAINFUL_METASTASES,
      SINGLE_FRACTION_SAFETY, REIRRADIATION, SBRT, POSTOPERATIVE, QUALITY_OF_LIFE, PAIN_FLARE);

  private RadiotherapyRules() {}
}
