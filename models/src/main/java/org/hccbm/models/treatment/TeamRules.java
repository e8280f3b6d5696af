package org.hccbm.models.treatment;

import static org.hccbm.models.treatment.Domain.TEAM;
import static org.hccbm.models.treatment.PlanItem.Kind.NEEDS_INFORMATION;
import static org.hccbm.models.treatment.PlanItem.Kind.TEAM_MEMBER;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.result.ModelResult;
import org.hccbm.models.bone.HccSmGpa;
import org.hccbm.models.bone.HccSmGpaGroup;
import org.hccbm.models.bone.Mirels;
import org.hccbm.models.bone.MirelsRecommendation;
import org.hccbm.models.bone.Sins;
import org.hccbm.models.bone.SinsCategory;
import org.hccbm.models.liver.ChildPugh;

/**
 * The multidisciplinary team (liver §15): core members always, others on their triggers.
 *
 * @since 0.1.0
 */
// Transitional: not yet converted to coded wording (issue 13, docs/decisions/0020); its items
// go through the deprecated legacy adapters.
@SuppressWarnings("deprecation")
final class TeamRules {
  /** R-MDT-01: the core members. */
  public static final TreatmentRule CORE =
      TreatmentRule.of(
          new RuleInfo(
              "R-MDT-01",
              "Core "
                  + "members: treating oncologist and hepatologist, radiologist, radiation oncologist, "
                  + "orthopaedic/spine surgeon, palliative care, pathologist",
              RuleSources.MDT,
              "",
              "[V] (generic list); [M] (hepatology for HCC)"),
          (c, out) -> {
            for (String member :
                List.of(
                    "medical oncologist / hepatologist",
                    "radiologist",
                    "radiation oncologist",
                    "orthopaedic or spine surgeon",
                    "palliative care",
                    "pathologist")) {
              out.add(TEAM, TEAM_MEMBER, member);
            }
          });

  /** R-MDT-02 and triggers: members the case needs. */
  public static final TreatmentRule TRIGGERED =
      TreatmentRule.of(
          new RuleInfo(
              "R-MDT-02",
              "Extended members on their triggers: dentist before a BTA; neurologist or neurosurgeon for "
                  + "cord compression or a neurological deficit; spine surgeon for SINS ≥ 7; orthopaedic "
                  + "surgeon for Mirels ≥ 8; interventional radiologist for embolisation; hepatobiliary "
                  + "surgeon and interventional radiologist for the HCC",
              RuleSources.MDT,
              "",
              "[V]/[M]"),
          (c, out) -> {
            if (!c.survival().atLeast(3).equals(Optional.of(false))) {
              out.add(TEAM, TEAM_MEMBER, "dentist (before a bone-targeting agent)");
            }
            if (c.cordCompression().equals(Observed.of(true))
                || c.neurologicalDeficit().equals(Observed.of(true))) {
              out.add(
                  TEAM,
                  TEAM_MEMBER,
                  "neurologist / neurosurgeon (cord compression or " + "neurological deficit)",
                  Fact.legacy("Frankel", c.patient().frankel().toString()));
              out.add(TEAM, TEAM_MEMBER, "MSCC coordinator (cord compression pathway)");
            }
            if (c.perLesion(Sins.INSTANCE).stream().anyMatch(e -> consultation(e.result()))) {
              out.add(TEAM, TEAM_MEMBER, "spine surgeon (SINS ≥ 7)");
            }
            if (c.perLesion(Mirels.INSTANCE).stream().anyMatch(e -> orthopaedic(e.result()))) {
              out.add(TEAM, TEAM_MEMBER, "orthopaedic surgeon (Mirels ≥ 8)");
            }
            if (!SurgeryRules.surgicalLesions(c).isEmpty() || !c.painfulLesions().isEmpty()) {
              out.add(TEAM, TEAM_MEMBER, "interventional radiologist (embolisation)");
            }
            out.add(
                TEAM,
                TEAM_MEMBER,
                "hepatobiliary surgeon / interventional radiologist for the " + "intrahepatic HCC");
            for (String member :
                List.of(
                    "rehabilitation physician",
                    "physiotherapist and " + "occupational therapist",
                    "nurse",
                    "pharmacist",
                    "medical social worker",
                    "nuclear medicine")) {
              out.add(TEAM, TEAM_MEMBER, member + " (extended team, R-MDT-02)");
            }
            boolean bclcD = c.bclcStages().equals(List.of(org.hccbm.models.liver.BclcStage.D));
            boolean gpaHigh =
                c.result(HccSmGpa.INSTANCE)
                    .map(
                        r ->
                            r.possibleCategories(HccSmGpaGroup.class)
                                .equals(List.of(HccSmGpaGroup.HIGH)))
                    .orElse(false);
            if (bclcD || gpaHigh) {
              out.add(
                  TEAM,
                  TEAM_MEMBER,
                  "palliative care for advance-care planning ("
                      + (bclcD
                          ? "BCLC D: AASLD 2023; AASLD 2022 palliative guidance"
                          : "high-risk HCC-SM GPA [M: clinical judgement]")
                      + ")");
            }
          });

  /** R-MDT-04: the inputs an MDT decision should record. */
  public static final TreatmentRule RECORD =
      TreatmentRule.of(
          new RuleInfo(
              "R-MDT-04",
              "MDT decisions should record ECOG/KPS, Child–Pugh/ALBI, BCLC, intrahepatic control, "
                  + "SINS/neurological status, expected survival and renal function; the planner's gates add "
                  + "antithrombotic therapy and pain intensity",
              RuleSources.MDT,
              "",
              "[policy]"),
          (c, out) -> {
            List<String> missing = new ArrayList<>();
            if (!c.patient().performanceStatus().isKnown()) {
              missing.add("performance status");
            }
            if (c.result(ChildPugh.INSTANCE)
                .map(r -> !r.<Boolean>fold(x -> true, x -> false, x -> false))
                .orElse(true)) {
              missing.add("complete Child–Pugh items");
            }
            if (!c.patient().primary().control().isKnown()) {
              missing.add("intrahepatic control");
            }
            if (!c.patient().frankel().isKnown()) {
              missing.add("neurological status (Frankel)");
            }
            if (c.survival().bands().size() > 1) {
              missing.add("inputs that would settle the expected survival");
            }
            List<String> crcl = new ArrayList<>();
            if (CockcroftGault.clearance(c.patient(), crcl).isEmpty()) {
              missing.add("renal function (" + String.join(", ", crcl) + ")");
            }
            if (!c.patient().antithromboticTherapy().isKnown()) {
              missing.add("antithrombotic therapy (before any procedure)");
            }
            if (c.painfulLesions().stream().anyMatch(l -> !l.painIntensity().isKnown())) {
              missing.add("pain intensity (NRS 0–10) of the painful lesions");
            }
            if (!missing.isEmpty()) {
              out.add(
                  TEAM, NEEDS_INFORMATION, "Record before the MDT: " + String.join("; ", missing));
            }
          });

  /** Every team rule, in order. */
  public static final List<TreatmentRule> ALL = List.of(CORE, TRIGGERED, RECORD);

  private TeamRules() {}

  /** Whether every category the SINS result allows warrants a surgical consultation. */
  private static boolean consultation(ModelResult r) {
    List<SinsCategory> cats = r.possibleCategories(SinsCategory.class);
    return !cats.isEmpty() && cats.stream().allMatch(SinsCategory::warrantsSurgicalConsultation);
  }

  /** Whether every category the Mirels result allows asks for an orthopaedic surgeon. */
  private static boolean orthopaedic(ModelResult r) {
    List<MirelsRecommendation> cats = r.possibleCategories(MirelsRecommendation.class);
    return !cats.isEmpty() && cats.stream().allMatch(MirelsRecommendation::surgeonAsked);
  }
}
