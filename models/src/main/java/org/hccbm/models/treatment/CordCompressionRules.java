package org.hccbm.models.treatment;

import static org.hccbm.models.treatment.Domain.CORD_COMPRESSION;
import static org.hccbm.models.treatment.PlanItem.Kind.CAUTION;
import static org.hccbm.models.treatment.PlanItem.Kind.DOSE;
import static org.hccbm.models.treatment.PlanItem.Kind.NEEDS_INFORMATION;
import static org.hccbm.models.treatment.PlanItem.Kind.OPTION;
import static org.hccbm.models.treatment.PlanItem.Kind.RULED_OUT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.EsccGrade;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.neuro.FrankelGrade;

/**
 * Metastatic spinal cord compression rules (liver spec §12–§13; bone spec §8): dexamethasone,
 * urgent pathway, Patchell criteria, NOMS, RT for non-surgical candidates.
 *
 * <p>Cord compression is an ESCC grade of 2 or 3 on any spinal lesion; a neurological deficit
 * (Frankel A–D) with a spinal lesion whose ESCC grade is unknown makes it suspected.
 *
 * @since 0.1.0
 */
public final class CordCompressionRules {
  /**
   * R-STER-01/02: dexamethasone 16 mg at once, then 16 mg/day, then taper — for neurological
   * symptoms or signs of MSCC (a Frankel grade A–D with compression confirmed or not excluded).
   */
  public static final TreatmentRule DEXAMETHASONE = TreatmentRule.of(new RuleInfo("R-STER-01",
      "Neurological symptoms or signs of MSCC: dexamethasone 16 mg as soon as possible, then "
      + "16 mg/day until surgery or RT; taper over about 5–7 days afterwards (R-STER-02)",
      RuleSources.NICE_NG234, "", "[S]"), (c, out) -> {
        if (!compressedOrSuspected(c) || !c.neurologicalDeficit().equals(Observed.of(true))) {
          return;
        }
        out.add(CORD_COMPRESSION, DOSE, "Dexamethasone 16 mg orally (or IV) at once, then 16 mg "
            + "daily while awaiting surgery or RT; stop if cord compression is excluded", facts(c));
        out.add(CORD_COMPRESSION, CAUTION, "After surgery or from the start of RT, taper "
            + "dexamethasone over about 5–7 days; re-escalate if neurology worsens", facts(c));
        out.add(CORD_COMPRESSION, CAUTION, "The Patchell trial's 100 mg IV bolus then 24 mg every "
            + "6 h was a trial protocol, not a guideline dose (R-STER-04, [M])", facts(c));
      });

  /**
   * R-STER-03: no neurological symptoms or signs — corticosteroids are not given routinely. With
   * cord compression on imaging this meets ASTRO 2024's "RT plus dexamethasone" for MSCC (R-RT-07),
   * so the plan states both and leaves the choice to the team.
   */
  public static final TreatmentRule NO_ROUTINE_STEROIDS = TreatmentRule.of(new RuleInfo(
      "R-STER-03", "No neurological signs: do not routinely give corticosteroids, except for "
      + "severe pain", RuleSources.NICE_NG234, "", "[S]"), (c, out) -> {
        if (!c.cordCompression().equals(Observed.of(true))) {
          return;
        }
        if (c.neurologicalDeficit().equals(Observed.of(false))) {
          out.add(CORD_COMPRESSION, CAUTION, "Cord compression on imaging without neurological "
              + "signs: NICE does not give dexamethasone routinely (except for severe pain), while "
              + "ASTRO 2024 pairs RT for MSCC with dexamethasone (R-RT-07) — a decision for the "
              + "team", facts(c));
        } else if (!c.neurologicalDeficit().isKnown()) {
          out.add(CORD_COMPRESSION, NEEDS_INFORMATION, "Dexamethasone depends on neurological "
              + "symptoms or signs of cord compression: record the Frankel grade", facts(c));
        }
      });

  /** R-MDT-03: urgent MRI and the MSCC pathway. */
  public static final TreatmentRule URGENT_PATHWAY = TreatmentRule.of(new RuleInfo("R-MDT-03",
      "Cord compression pathway: named MSCC lead, urgent MRI, spinal surgery and RT",
      RuleSources.NICE_NG234, "", "[V]"), (c, out) -> {
        if (compressedOrSuspected(c)) {
          out.add(CORD_COMPRESSION, OPTION, "Urgent whole-spine MRI and referral to the MSCC "
              + "coordinator, spinal surgery and radiotherapy the same day", facts(c));
        } else if (c.neurologicalDeficit().isKnown() == false && !spinal(c).isEmpty()
            && spinal(c).stream().anyMatch(l -> !l.escc().isKnown())) {
          out.add(CORD_COMPRESSION, NEEDS_INFORMATION, "Cord compression not excluded: ESCC grade "
              + "and neurological status unknown for a spinal lesion");
        }
      });

  /** R-MSCC-01: Patchell criteria for decompressive surgery plus RT. */
  public static final TreatmentRule PATCHELL = TreatmentRule.of(new RuleInfo("R-MSCC-01",
      "Decompressive surgery plus post-operative RT when all Patchell criteria hold: MSCC on MRI, "
      + "≥ 1 neurological sign or symptom (pain counts), a single area of compression, expected "
      + "survival ≥ 3 months, no total paraplegia > 48 h, not a radiosensitive tumour (HCC is not)",
      RuleSources.PATCHELL_2005, "randomised trial", "[V]"), (c, out) -> {
        if (!c.cordCompression().equals(Observed.of(true))) {
          return;
        }
        List<BoneLesion> compressed = spinal(c).stream().filter(l -> l.escc().known()
            .map(EsccGrade::cordCompressed).orElse(false)).toList();
        List<String> against = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        if (!contiguous(compressed)) {
          against.add("compression at more than one area");
        }
        boolean sign = c.neurologicalDeficit().equals(Observed.of(true))
            || compressed.stream().anyMatch(l -> l.painCharacter().known()
                .map(p -> p != org.hccbm.core.lesion.PainCharacter.NONE).orElse(false));
        if (!sign) {
          unknown.add("a neurological sign or symptom (pain counts)");
        }
        Optional<Boolean> three = c.survival().atLeast(3);
        if (three.equals(Optional.of(false))) {
          against.add("expected survival < 3 months");
        } else if (three.isEmpty()) {
          unknown.add("expected survival ≥ 3 months");
        }
        if (c.patient().frankel().equals(Observed.of(FrankelGrade.A))) {
          unknown.add("whether complete paraplegia has lasted more than 48 h");
        }
        Fact[] facts = facts(c);
        if (!against.isEmpty()) {
          out.add(CORD_COMPRESSION, RULED_OUT, "Decompressive surgery plus RT (Patchell): "
              + String.join("; ", against), facts);
        } else if (!unknown.isEmpty()) {
          out.add(CORD_COMPRESSION, NEEDS_INFORMATION, "Decompressive surgery plus RT (Patchell) "
              + "would need: " + String.join("; ", unknown), facts);
        } else {
          out.add(CORD_COMPRESSION, OPTION, "Direct decompressive surgery within 24 h, then RT "
              + "30 Gy in 10 fractions (Patchell criteria met; medical fitness for surgery to be "
              + "confirmed)", facts);
        }
      });

  /** NOMS: HCC is radioresistant; the ESCC grade decides separation surgery or SBRT. */
  public static final TreatmentRule NOMS = TreatmentRule.of(new RuleInfo("R-NOMS-01",
      "Radioresistant histology (HCC): high-grade ESCC (2–3) → separation surgery then SRS; "
      + "low-grade ESCC (0–1b; 1c by policy) → SRS; instability is judged separately (SINS)",
      RuleSources.NOMS, "", "[V1]/[R]"), (c, out) -> {
        for (BoneLesion l : spinal(c)) {
          if (l.escc().known().isEmpty()) {
            continue;
          }
          EsccGrade g = l.escc().known().get();
          Fact fact = new Fact("lesion " + l.id(), g + (g == EsccGrade.GRADE_1C
              ? " (1c read as low grade, per Bilsky 2010; sources disagree)" : ""));
          if (g.cordCompressed()) {
            out.add(CORD_COMPRESSION, OPTION, "NOMS for " + l.id() + ": high-grade compression in "
                + "a radioresistant tumour — separation surgery then stereotactic radiosurgery, if "
                + "systemic status allows", fact);
          } else {
            out.add(CORD_COMPRESSION, OPTION, "NOMS for " + l.id() + ": low-grade epidural disease "
                + "in a radioresistant tumour — stereotactic radiosurgery", fact);
          }
        }
      });

  /** R-RT-06/07: RT with dexamethasone when not a surgical candidate. */
  public static final TreatmentRule RT_IF_NOT_SURGICAL = TreatmentRule.of(new RuleInfo("R-RT-06",
      "MSCC, not a surgical candidate: 8 Gy/1, 16 Gy/2, 20 Gy/5 or 30 Gy/10, with dexamethasone "
      + "(R-RT-07); evaluate stability and surgery before RT", RuleSources.ASTRO_2024, "",
      "[V]"), (c, out) -> {
        if (c.cordCompression().equals(Observed.of(true))) {
          out.add(CORD_COMPRESSION, OPTION, "If not a surgical candidate: RT 8 Gy/1, 16 Gy/2, "
              + "20 Gy/5 or 30 Gy/10 with dexamethasone (assess stability and surgery first)",
              facts(c));
        }
      });

  /** Every cord-compression rule, in order. */
  public static final List<TreatmentRule> ALL = List.of(DEXAMETHASONE, NO_ROUTINE_STEROIDS,
      URGENT_PATHWAY, PATCHELL, NOMS, RT_IF_NOT_SURGICAL);

  private CordCompressionRules() {}

  static List<BoneLesion> spinal(PlanContext c) {
    return c.lesions().stream().filter(l -> l.site().isSpinal()).toList();
  }

  static boolean compressedOrSuspected(PlanContext c) {
    return c.cordCompression().equals(Observed.of(true))
        || (c.neurologicalDeficit().equals(Observed.of(true)) && !spinal(c).isEmpty()
            && !c.cordCompression().equals(Observed.of(false)));
  }

  private static Fact[] facts(PlanContext c) {
    return new Fact[] {new Fact("cord compression (ESCC 2–3)", c.cordCompression().toString()),
        new Fact("Frankel grade", c.patient().frankel().toString())};
  }

  /** Whether the compressed levels form one area (one level or contiguous levels). */
  static boolean contiguous(List<BoneLesion> lesions) {
    List<Integer> levels = lesions.stream().map(l -> ((SpinalLevel) l.site()).ordinal())
        .distinct().sorted().toList();
    for (int i = 1; i < levels.size(); i++) {
      if (levels.get(i) - levels.get(i - 1) > 1) {
        return false;
      }
    }
    return true;
  }
}
