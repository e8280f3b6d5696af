package org.hccbm.models.treatment;

import static org.hccbm.models.treatment.Domain.SURGERY_AND_INTERVENTION;
import static org.hccbm.models.treatment.PlanItem.Kind.CAUTION;
import static org.hccbm.models.treatment.PlanItem.Kind.NEEDS_INFORMATION;
import static org.hccbm.models.treatment.PlanItem.Kind.OPTION;
import static org.hccbm.models.treatment.PlanItem.Kind.RULED_OUT;

import java.util.List;
import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.LesionMorphology;
import org.hccbm.core.lesion.PainCharacter;
import org.hccbm.core.lesion.VertebralCollapse;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ModelResult;
import org.hccbm.models.Models;
import org.hccbm.models.bone.MirelsRecommendation;

/**
 * Surgery and intervention rules (liver spec §12–§13; bone spec §4–§5): SINS ≥ 7, Mirels,
 * R-SX-01/02/03, vertebral augmentation, embolisation.
 *
 * @since 0.1.0
 */
public final class SurgeryRules {
  /** SINS ≥ 7 → surgical consultation (bone spec §4.2). */
  public static final TreatmentRule SINS_CONSULTATION = TreatmentRule.of(new RuleInfo("R-SX-SINS",
      "SINS 7–18 (potentially unstable or unstable) warrants surgical consultation",
      RuleSources.FISHER_2010, "", "[V2]"), (c, out) -> {
        for (Models.Evaluation e : c.perLesion("sins")) {
          Fact fact = new Fact("SINS of " + e.subject(), summary(e.result()));
          if (e.result() instanceof Complete r && r.totalValue() >= 7) {
            out.add(SURGERY_AND_INTERVENTION, OPTION, "Surgical consultation for spinal stability "
                + "of " + e.subject(), fact);
          } else if (e.result() instanceof Bounded b && b.totalRange().max() >= 7
              && b.totalRange().min() < 7) {
            out.add(SURGERY_AND_INTERVENTION, NEEDS_INFORMATION, "Spinal stability of "
                + e.subject() + ": SINS " + b.totalRange().min() + "–" + b.totalRange().max()
                + " crosses 7 (surgical consultation from 7); decided by " + b.decidingItems(),
                fact);
          } else if (e.result() instanceof Bounded b && b.totalRange().min() >= 7) {
            out.add(SURGERY_AND_INTERVENTION, OPTION, "Surgical consultation for spinal stability "
                + "of " + e.subject(), fact);
          }
        }
      });

  /** Mirels ≥ 9 fixation, 8 judgement, ≤ 7 RT and observation; R-RT-11. */
  public static final TreatmentRule MIRELS = TreatmentRule.of(new RuleInfo("R-SX-MIRELS",
      "Mirels ≥ 9: prophylactic fixation; 8: clinical judgement; ≤ 7: radiotherapy and "
      + "observation; prophylactic surgery is preferred to fixation after fracture (R-RT-11)",
      RuleSources.MIRELS_1989 + "; " + RuleSources.ESMO_2020, "[III, B]", "[V2]"), (c, out) -> {
        for (Models.Evaluation e : c.perLesion("mirels")) {
          Fact fact = new Fact("Mirels of " + e.subject(), summary(e.result()));
          List<?> cats = PlanContext.categories(e.result());
          if (cats.size() == 1) {
            MirelsRecommendation r = (MirelsRecommendation) cats.get(0);
            switch (r) {
              case PROPHYLACTIC_FIXATION -> out.add(SURGERY_AND_INTERVENTION, OPTION,
                  "Prophylactic fixation of " + e.subject() + " (impending fracture; preferred to "
                  + "fixing it after it breaks)", fact);
              case CLINICAL_JUDGEMENT -> out.add(SURGERY_AND_INTERVENTION, OPTION,
                  "Orthopaedic judgement on prophylactic fixation of " + e.subject(), fact);
              case RADIOTHERAPY_AND_OBSERVATION -> out.add(SURGERY_AND_INTERVENTION, RULED_OUT,
                  "Prophylactic fixation of " + e.subject() + ": low fracture risk — radiotherapy "
                  + "and observation", fact);
            }
          } else if (cats.size() > 1) {
            out.add(SURGERY_AND_INTERVENTION, NEEDS_INFORMATION, "Fracture risk of "
                + e.subject() + " undetermined: " + summary(e.result()), fact);
          }
        }
      });

  /** R-SX-01/02/03: surgery by expected survival; performance status first. */
  public static final TreatmentRule BY_SURVIVAL = TreatmentRule.of(new RuleInfo("R-SX-01/02",
      "Expected survival ≥ 3 months: minimally invasive surgery may be considered; ≥ 6 months: "
      + "open surgery; performance status takes priority over expected survival (R-SX-03)",
      RuleSources.REVIEW + "; " + RuleSources.DEA_2020, "", "threshold [V]; source of the rule "
      + "not found (U-18)"), (c, out) -> {
        if (!surgicalIndication(c)) {
          return;
        }
        Fact survival = new Fact("expected survival", c.survival().summary());
        Optional<Boolean> three = c.survival().atLeast(3);
        Optional<Boolean> six = c.survival().atLeast(6);
        if (three.equals(Optional.of(false))) {
          out.add(SURGERY_AND_INTERVENTION, RULED_OUT, "Surgery: expected survival < 3 months",
              survival);
        } else if (three.isEmpty()) {
          out.add(SURGERY_AND_INTERVENTION, NEEDS_INFORMATION, "Surgery depends on expected "
              + "survival: < 3 months none; ≥ 3 months minimally invasive; ≥ 6 months open "
              + "surgery — the estimate straddles these", survival);
        } else {
          out.add(SURGERY_AND_INTERVENTION, OPTION, "Minimally invasive surgery may be considered "
              + "(expected survival ≥ 3 months)", survival);
          if (six.equals(Optional.of(true))) {
            out.add(SURGERY_AND_INTERVENTION, OPTION, "Open surgery (decompression, stabilisation "
                + "or excision) may be considered (expected survival ≥ 6 months)", survival);
          } else if (six.isEmpty()) {
            out.add(SURGERY_AND_INTERVENTION, NEEDS_INFORMATION, "Open surgery needs expected "
                + "survival ≥ 6 months; the estimate straddles 6 months", survival);
          } else {
            out.add(SURGERY_AND_INTERVENTION, RULED_OUT, "Open surgery: expected survival "
                + "< 6 months", survival);
          }
        }
        out.add(SURGERY_AND_INTERVENTION, CAUTION, "Performance status takes priority over "
            + "expected survival when weighing surgery (quality of life after surgery was "
            + "independent of survival once baseline PS was controlled for)",
            new Fact("performance status", c.patient().performanceStatus().toString()));
      });

  /** Vertebroplasty/kyphoplasty and its contraindications (CIRSE 2017). */
  public static final TreatmentRule AUGMENTATION = TreatmentRule.of(new RuleInfo("R-SX-VA",
      "Vertebroplasty/kyphoplasty for axial pain from a vertebral fracture without gross "
      + "instability; not for pain from root or cord compression or epidural extension; severe "
      + "collapse and blastic lesions are relative contraindications", RuleSources.CIRSE_2017
      + "; " + RuleSources.NOMS, "", "[M]"), (c, out) -> {
        for (BoneLesion l : c.lesions()) {
          boolean candidate = l.site().isSpinal() && (l.painCharacter()
              .equals(Observed.of(PainCharacter.MECHANICAL)) || l.collapse().known()
              .map(v -> v == VertebralCollapse.UNDER_HALF || v == VertebralCollapse.OVER_HALF)
              .orElse(false));
          if (!candidate) {
            continue;
          }
          Fact fact = new Fact("lesion " + l.id(), l.escc() + ", collapse "
              + l.collapse() + ", " + l.morphology());
          if (l.escc().known().map(g -> g.ordinal() >= 1).orElse(false)
              || c.neurologicalDeficit().equals(Observed.of(true))) {
            out.add(SURGERY_AND_INTERVENTION, RULED_OUT, "Vertebral augmentation of " + l.id()
                + ": epidural extension or neurological deficit (not for pain from root or cord "
                + "compression)", fact);
          } else if (!l.escc().isKnown()) {
            out.add(SURGERY_AND_INTERVENTION, NEEDS_INFORMATION, "Vertebral augmentation of "
                + l.id() + ": exclude epidural extension first (ESCC grade unknown; HCC "
                + "metastases often have a soft-tissue mass)", fact);
          } else {
            out.add(SURGERY_AND_INTERVENTION, OPTION, "Vertebroplasty or kyphoplasty of " + l.id()
                + " for axial pain from the vertebral lesion", fact);
            if (l.collapse().equals(Observed.of(VertebralCollapse.OVER_HALF))
                || l.morphology().equals(Observed.of(LesionMorphology.BLASTIC))) {
              out.add(SURGERY_AND_INTERVENTION, CAUTION, "Relative contraindication for " + l.id()
                  + ": severe collapse or blastic lesion", fact);
            }
          }
        }
      });

  /** Embolisation: pre-operative for hypervascular HCC lesions; TAE for pain. */
  public static final TreatmentRule EMBOLISATION = TreatmentRule.of(new RuleInfo("R-SX-EMB",
      "HCC bone metastases are hypervascular: pre-operative embolisation before surgery; "
      + "transarterial embolisation for pain", RuleSources.REVIEW, "", "[S]"), (c, out) -> {
        if (surgicalIndication(c)) {
          out.add(SURGERY_AND_INTERVENTION, OPTION, "Pre-operative embolisation of the "
              + "hypervascular lesion before any surgery (less blood loss)");
        }
        if (!c.painfulLesions().isEmpty()) {
          out.add(SURGERY_AND_INTERVENTION, OPTION, "Transarterial embolisation for pain from "
              + "the hypervascular bone metastases");
        }
      });

  /** Every surgery and intervention rule, in order. */
  public static final List<TreatmentRule> ALL = List.of(SINS_CONSULTATION, MIRELS, BY_SURVIVAL,
      AUGMENTATION, EMBOLISATION);

  private SurgeryRules() {}

  /** Whether any surgical option is indicated: SINS ≥ 7, Mirels ≥ 8, or cord compression. */
  static boolean surgicalIndication(PlanContext c) {
    boolean sins = c.perLesion("sins").stream().anyMatch(e -> min(e.result()) >= 7);
    boolean mirels = c.perLesion("mirels").stream().anyMatch(e -> min(e.result()) >= 8);
    return sins || mirels || c.cordCompression().equals(Observed.of(true));
  }

  private static double min(ModelResult r) {
    return r instanceof Complete c ? c.totalValue()
        : r instanceof Bounded b ? b.totalRange().min() : -1;
  }

  static String summary(ModelResult r) {
    if (r instanceof Complete c) {
      String category = c.category().map(x -> x.label()).orElse("");
      return c.total().map(t -> org.hccbm.core.Decimals.shown(t.value())
          + (category.isEmpty() ? "" : " (" + category + ")")).orElse(category);
    }
    if (r instanceof Bounded b) {
      String range = b.totals().map(t -> org.hccbm.core.Decimals.shown(t.min()) + "–"
          + org.hccbm.core.Decimals.shown(t.max()) + " ").orElse("");
      return range + "(reachable: " + b.reachableCategories().stream().map(x -> x.label())
          .toList() + "; open: " + b.openItems().stream().map(o -> o.item()).toList() + ")";
    }
    return "not applicable";
  }
}
