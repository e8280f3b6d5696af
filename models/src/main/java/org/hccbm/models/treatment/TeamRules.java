package org.hccbm.models.treatment;

import static org.hccbm.models.treatment.Domain.TEAM;
import static org.hccbm.models.treatment.PlanItem.Kind.NEEDS_INFORMATION;
import static org.hccbm.models.treatment.PlanItem.Kind.TEAM_MEMBER;

import java.util.ArrayList;
import java.util.List;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.result.ModelResult;
import org.hccbm.models.Models;
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
  /** The core members' wordings (R-MDT-01), made once: every plan names them. */
  private static final Wording[] CORE_MEMBERS =
      wordings(
          "team.oncologistHepatologist",
          "team.radiologist",
          "team.radiationOncologist",
          "team.orthopaedicOrSpineSurgeon",
          "team.palliativeCare",
          "team.pathologist");

  /** The extended members' wordings (R-MDT-02), made once: every plan names them. */
  private static final Wording[] EXTENDED_MEMBERS =
      extended(
          wordings(
              "team.rehabilitation",
              "team.physiotherapy",
              "team.nurse",
              "team.pharmacist",
              "team.socialWorker",
              "team.nuclearMedicine"));

  private static final Wording DENTIST = Wording.of("team.dentist");
  private static final Wording NEUROLOGY = Wording.of("team.neurology");
  private static final Wording MSCC_COORDINATOR = Wording.of("team.msccCoordinator");
  private static final Wording SPINE_SURGEON = Wording.of("team.spineSurgeon");
  private static final Wording ORTHOPAEDIC_SURGEON = Wording.of("team.orthopaedicSurgeon");
  private static final Wording INTERVENTIONAL_RADIOLOGIST =
      Wording.of("team.interventionalRadiologist");
  private static final Wording HEPATOBILIARY = Wording.of("team.hepatobiliary");

  /** R-MDT-01: the core members. */
  public static final TreatmentRule CORE =
      TreatmentRule.of(
          RuleInfo.of("R-MDT-01", RuleSources.MDT, "", Provenance.V, Provenance.M),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              for (Wording member : CORE_MEMBERS) {
                out.add(TEAM, TEAM_MEMBER, member);
              }
            }
          });

  /** R-MDT-02 and triggers: members the case needs. */
  public static final TreatmentRule TRIGGERED =
      TreatmentRule.of(
          RuleInfo.of("R-MDT-02", RuleSources.MDT, "", Provenance.V, Provenance.M),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              if (!Boolean.FALSE.equals(c.survival().atLeast(3).orElse(null))) {
                out.add(TEAM, TEAM_MEMBER, DENTIST);
              }
              if (PlanContext.isTrue(c.cordCompression())
                  || PlanContext.isTrue(c.neurologicalDeficit())) {
                out.add(
                    TEAM,
                    TEAM_MEMBER,
                    NEUROLOGY,
                    Fact.of("frankel", PlanValues.observedCode(c.patient().frankel())));
                out.add(TEAM, TEAM_MEMBER, MSCC_COORDINATOR);
              }
              if (anyConsultation(c)) {
                out.add(TEAM, TEAM_MEMBER, SPINE_SURGEON);
              }
              if (anyOrthopaedic(c)) {
                out.add(TEAM, TEAM_MEMBER, ORTHOPAEDIC_SURGEON);
              }
              if (!Emission.surgicalLesions(c, out).isEmpty()
                  || !Emission.painfulLesions(c, out).isEmpty()) {
                out.add(TEAM, TEAM_MEMBER, INTERVENTIONAL_RADIOLOGIST);
              }
              out.add(TEAM, TEAM_MEMBER, HEPATOBILIARY);
              for (Wording member : EXTENDED_MEMBERS) {
                out.add(TEAM, TEAM_MEMBER, member);
              }
              boolean bclcD = c.bclcStages().equals(List.of(org.hccbm.models.liver.BclcStage.D));
              ModelResult gpa = c.patientResult(HccSmGpa.INSTANCE.info());
              boolean gpaHigh =
                  gpa != null
                      && gpa.possibleCategories(HccSmGpaGroup.class)
                          .equals(List.of(HccSmGpaGroup.HIGH));
              if (bclcD || gpaHigh) {
                out.add(
                    TEAM,
                    TEAM_MEMBER,
                    Wording.of(bclcD ? "team.palliativeBclcD" : "team.palliativeGpaHigh"));
              }
            }
          });

  /** R-MDT-04: the inputs an MDT decision should record. */
  public static final TreatmentRule RECORD =
      TreatmentRule.of(
          RuleInfo.of("R-MDT-04", RuleSources.MDT, "", Provenance.POLICY),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              List<PlanArg> missing = new ArrayList<>();
              if (!c.patient().performanceStatus().isKnown()) {
                missing.add(Wording.of("team.record.performanceStatus"));
              }
              ModelResult childPugh = c.patientResult(ChildPugh.INSTANCE.info());
              if (childPugh == null || !childPugh.isComplete()) {
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
            }
          });

  /** Every team rule, in order. */
  public static final List<TreatmentRule> ALL = List.of(CORE, TRIGGERED, RECORD);

  private TeamRules() {}

  private static Wording[] wordings(String... keys) {
    Wording[] out = new Wording[keys.length];
    for (int i = 0; i < keys.length; i++) {
      out[i] = Wording.of(keys[i]);
    }
    return out;
  }

  private static Wording[] extended(Wording[] members) {
    Wording[] out = new Wording[members.length];
    for (int i = 0; i < members.length; i++) {
      out[i] = Wording.of("team.extended", members[i]);
    }
    return out;
  }

  /**
   * Whether a lesion's SINS result warrants a surgical consultation in every category it allows.
   */
  private static boolean anyConsultation(PlanContext c) {
    for (Models.Evaluation e : c.perLesion(Sins.INSTANCE)) {
      if (consultation(e.result())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a lesion's Mirels result asks for an orthopaedic surgeon in every category it allows.
   */
  private static boolean anyOrthopaedic(PlanContext c) {
    for (Models.Evaluation e : c.perLesion(Mirels.INSTANCE)) {
      if (orthopaedic(e.result())) {
        return true;
      }
    }
    return false;
  }

  /** Whether every category the SINS result allows warrants a surgical consultation. */
  private static boolean consultation(ModelResult r) {
    return SurgeryRules.allConsultation(r.possibleCategories(SinsCategory.class));
  }

  /** Whether every category the Mirels result allows asks for an orthopaedic surgeon. */
  private static boolean orthopaedic(ModelResult r) {
    return SurgeryRules.allSurgeonAsked(r.possibleCategories(MirelsRecommendation.class));
  }
}
