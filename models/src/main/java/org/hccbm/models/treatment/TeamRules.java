package org.hccbm.models.treatment;

import static org.hccbm.models.treatment.Domain.TEAM;
import static org.hccbm.models.treatment.PlanItem.Kind.NEEDS_INFORMATION;
import static org.hccbm.models.treatment.PlanItem.Kind.TEAM_MEMBER;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.lesion.BoneLesion;
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
final class TeamRules {
  /** The core members' wording keys (R-MDT-01). */
  private static final List<String> CORE_MEMBERS =
      List.of(
          "team.oncologistHepatologist",
          "team.radiologist",
          "team.radiationOncologist",
          "team.orthopaedicOrSpineSurgeon",
          "team.palliativeCare",
          "team.pathologist");

  /** The extended members' wording keys (R-MDT-02). */
  private static final List<String> EXTENDED_MEMBERS =
      List.of(
          "team.rehabilitation",
          "team.physiotherapy",
          "team.nurse",
          "team.pharmacist",
          "team.socialWorker",
          "team.nuclearMedicine");

  /** R-MDT-01: the core members. */
  public static final TreatmentRule CORE =
      TreatmentRule.of(
          RuleInfo.of("R-MDT-01", RuleSources.MDT, "", Provenance.V, Provenance.M),
          (c, out) -> {
            for (String member : CORE_MEMBERS) {
              out.add(TEAM, TEAM_MEMBER, Wording.of(member));
            }
          });

  /** R-MDT-02 and triggers: members the case needs. */
  public static final TreatmentRule TRIGGERED =
      TreatmentRule.of(
          RuleInfo.of("R-MDT-02", RuleSources.MDT, "", Provenance.V, Provenance.M),
          (c, out) -> {
            if (!c.survival().atLeast(3).equals(Optional.of(false))) {
              out.add(TEAM, TEAM_MEMBER, Wording.of("team.dentist"));
            }
            if (c.cordCompression().equals(Observed.of(true))
                || c.neurologicalDeficit().equals(Observed.of(true))) {
              out.add(
                  TEAM,
                  TEAM_MEMBER,
                  Wording.of("team.neurology"),
                  Fact.of("frankel", PlanValues.observedCode(c.patient().frankel())));
              out.add(TEAM, TEAM_MEMBER, Wording.of("team.msccCoordinator"));
            }
            if (c.perLesion(Sins.INSTANCE).stream().anyMatch(e -> consultation(e.result()))) {
              out.add(TEAM, TEAM_MEMBER, Wording.of("team.spineSurgeon"));
            }
            if (c.perLesion(Mirels.INSTANCE).stream().anyMatch(e -> orthopaedic(e.result()))) {
              out.add(TEAM, TEAM_MEMBER, Wording.of("team.orthopaedicSurgeon"));
            }
            if (!Emission.surgicalLesions(c, out).isEmpty()
                || !Emission.painfulLesions(c, out).isEmpty()) {
              out.add(TEAM, TEAM_MEMBER, Wording.of("team.interventionalRadiologist"));
            }
            out.add(TEAM, TEAM_MEMBER, Wording.of("team.hepatobiliary"));
            for (String member : EXTENDED_MEMBERS) {
              out.add(TEAM, TEAM_MEMBER, Wording.of("team.extended", Wording.of(member)));
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
                  Wording.of(bclcD ? "team.palliativeBclcD" : "team.palliativeGpaHigh"));
            }
          });

  /** R-MDT-04: the inputs an MDT decision should record. */
  public static final TreatmentRule RECORD =
      TreatmentRule.of(
          RuleInfo.of("R-MDT-04", RuleSources.MDT, "", Provenance.POLICY),
          (c, out) -> {
            List<PlanArg> missing = new ArrayList<>();
            if (!c.patient().performanceStatus().isKnown()) {
              missing.add(Wording.of("team.record.performanceStatus"));
            }
            if (c.result(ChildPugh.INSTANCE)
                .map(r -> !r.<Boolean>fold(x -> true, x -> false, x -> false))
                .orElse(true)) {
              missing.add(Wording.of("team.record.childPugh"));
            }
            if (!c.patient().primary().control().isKnown()) {
              missing.add(Wording.of("team.record.intrahepaticControl"));
            }
            if (!c.patient().frankel().isKnown()) {
              missing.add(Wording.of("team.record.frankel"));
            }
            if (c.survival().bands().size() > 1) {
              missing.add(Wording.of("team.record.survival"));
            }
            List<String> crcl = new ArrayList<>();
            if (CockcroftGault.clearance(c.patient(), crcl).isEmpty()) {
              missing.add(Wording.of("team.record.renal", PlanValues.missingInputs(crcl)));
            }
            if (!c.patient().antithromboticTherapy().isKnown()) {
              missing.add(Wording.of("team.record.antithrombotic"));
            }
            boolean painUnknown = false;
            for (BoneLesion l : Emission.painfulLesions(c, out)) {
              painUnknown |= !l.painIntensity().isKnown();
            }
            if (painUnknown) {
              missing.add(Wording.of("team.record.painIntensity"));
            }
            if (!missing.isEmpty()) {
              out.add(
                  TEAM,
                  NEEDS_INFORMATION,
                  Wording.of("team.record", PlanArg.join("semicolon", missing)));
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
