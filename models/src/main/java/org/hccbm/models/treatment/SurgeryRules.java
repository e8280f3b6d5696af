package org.hccbm.models.treatment;

import static org.hccbm.models.treatment.Domain.GENERAL;
import static org.hccbm.models.treatment.Domain.SURGERY_AND_INTERVENTION;
import static org.hccbm.models.treatment.GateCheck.Outcome.CAUTION;
import static org.hccbm.models.treatment.GateCheck.Outcome.FAIL;
import static org.hccbm.models.treatment.GateCheck.Outcome.UNKNOWN;
import static org.hccbm.models.treatment.PlanItem.Kind.NEEDS_INFORMATION;
import static org.hccbm.models.treatment.PlanItem.Kind.OPTION;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.EsccGrade;
import org.hccbm.core.lesion.LesionMorphology;
import org.hccbm.core.lesion.LongBoneRegion;
import org.hccbm.core.lesion.LongBoneSite;
import org.hccbm.core.lesion.PainCharacter;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.lesion.VertebralCollapse;
import org.hccbm.models.Models;
import org.hccbm.models.Subject;
import org.hccbm.models.bone.Mirels;
import org.hccbm.models.bone.MirelsRecommendation;
import org.hccbm.models.bone.Sins;
import org.hccbm.models.bone.SinsCategory;

/**
 * Surgery and intervention rules (liver §12–§13; bone §4–§5; planner-safety §1, §5, §8c): SINS
 * consultation, spinal surgery, fixation or arthroplasty by Mirels, vertebral augmentation,
 * embolisation — each behind its preconditions.
 *
 * @since 0.1.0
 */
final class SurgeryRules {
  /** Open surgery: haemostasis, antithrombotics, liver function, expected survival ≥ 3 months. */
  public static final Preconditions OPEN_SURGERY_GATES =
      Preconditions.of(
          Intervention.OPEN_SURGERY,
          Gates.haemostasis(false),
          Gates.ANTITHROMBOTICS,
          Gates.liverForProcedure(false),
          Gates.survivalAtLeast(3));

  /** Minimally invasive surgery: as open surgery (R-SX-01: from 3 months). */
  public static final Preconditions MINIMALLY_INVASIVE_GATES =
      Preconditions.of(
          Intervention.MINIMALLY_INVASIVE_SURGERY,
          Gates.haemostasis(false),
          Gates.ANTITHROMBOTICS,
          Gates.liverForProcedure(false),
          Gates.survivalAtLeast(3));

  /** Fixation or arthroplasty: as open surgery. */
  public static final Preconditions FIXATION_GATES =
      Preconditions.of(
          Intervention.FIXATION_OR_ARTHROPLASTY,
          Gates.haemostasis(false),
          Gates.ANTITHROMBOTICS,
          Gates.liverForProcedure(false),
          Gates.survivalAtLeast(3));

  /** Vertebral augmentation: haemostasis (uncorrectable coagulopathy absolute), antithrombotics. */
  public static final Preconditions AUGMENTATION_GATES =
      Preconditions.of(
          Intervention.VERTEBRAL_AUGMENTATION, Gates.haemostasis(true), Gates.ANTITHROMBOTICS);

  /** Embolisation: haemostasis, antithrombotics, liver function ([M] for embolisation). */
  public static final Preconditions EMBOLISATION_GATES =
      Preconditions.of(
          Intervention.EMBOLISATION,
          Gates.haemostasis(false),
          Gates.ANTITHROMBOTICS,
          Gates.liverForProcedure(true));

  private static final List<Intervention> SURGERY =
      List.of(
          Intervention.OPEN_SURGERY,
          Intervention.MINIMALLY_INVASIVE_SURGERY,
          Intervention.FIXATION_OR_ARTHROPLASTY);

  /** SINS 7–18 → surgical consultation (bone §4.2), read from the SINS category. */
  public static final TreatmentRule SINS_CONSULTATION =
      TreatmentRule.of(
          RuleInfo.of("R-SX-SINS", RuleSources.FISHER_2010, "", Provenance.V2),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              for (Models.Evaluation e : c.perLesion(Sins.INSTANCE)) {
                List<SinsCategory> cats = e.result().possibleCategories(SinsCategory.class);
                PlanArg summary = PlanValues.result(e.result());
                Fact fact = Fact.about("sinsOf", PlanArg.id(e.subject()), summary);
                if (allConsultation(cats)) {
                  out.add(
                      SURGERY_AND_INTERVENTION,
                      OPTION,
                      Wording.of("surgery.sinsConsultation", PlanArg.id(e.subject())),
                      fact);
                } else if (cats.size() > 1 && anyConsultation(cats)) {
                  out.add(
                      SURGERY_AND_INTERVENTION,
                      NEEDS_INFORMATION,
                      Wording.of("surgery.sinsOpen", PlanArg.id(e.subject()), summary),
                      fact);
                }
              }
            }
          });

  /**
   * R-SX-01/02 for spinal lesions without cord compression that need a surgeon (SINS 7–18): open
   * surgery from 6 months of expected survival, minimally invasive from 3 (PS-34 approach).
   */
  public static final TreatmentRule SPINAL_SURGERY =
      TreatmentRule.of(
          RuleInfo.of(
              "R-SX-01/02", RuleSources.REVIEW + "; " + RuleSources.DEA_2020, "", Provenance.V),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              List<BoneLesion> surgical = Emission.surgicalLesions(c, out);
              for (BoneLesion l : surgical) {
                if (!l.site().isSpinal() || compressed(l)) {
                  continue;
                }
                out.verdict(
                    SURGERY_AND_INTERVENTION,
                    MINIMALLY_INVASIVE_GATES,
                    Optional.of(l),
                    Wording.of("surgery.minimallyInvasive", PlanArg.id(l.id())),
                    List.of());
                out.verdict(
                    SURGERY_AND_INTERVENTION,
                    OPEN_SURGERY_GATES,
                    Optional.of(l),
                    Wording.of("surgery.open", PlanArg.id(l.id()), approach(l)),
                    List.of(Gates.check(Gates.survivalAtLeast(6), c, out, Optional.of(l))));
              }
              if (!surgical.isEmpty()) {
                out.dependent(
                    GENERAL,
                    PlanItem.Kind.CAUTION,
                    PlanItem.PATIENT,
                    SURGERY,
                    Wording.of("surgery.performanceFirst"),
                    Gates.performanceStatus(c));
              }
            }
          });

  /**
   * Mirels ≥ 9 fixation, 8 judgement, ≤ 7 RT and observation, read from the Mirels category;
   * R-RT-11; PS-21 and PS-34 wording (arthroplasty or endoprosthesis at the hip).
   */
  public static final TreatmentRule MIRELS =
      TreatmentRule.of(
          RuleInfo.of(
              "R-SX-MIRELS",
              RuleSources.MIRELS_1989 + "; " + RuleSources.ESMO_2020 + "; " + RuleSources.REVIEW,
              "[III, B]",
              Provenance.V2,
              Provenance.M),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              for (Models.Evaluation e : c.perLesion(Mirels.INSTANCE)) {
                Optional<BoneLesion> lesion = lesion(c, e.subject());
                if (lesion.isEmpty()) {
                  continue;
                }
                PlanArg summary = PlanValues.result(e.result());
                Fact fact = Fact.about("mirelsOf", PlanArg.id(e.subject()), summary);
                List<MirelsRecommendation> cats =
                    e.result().possibleCategories(MirelsRecommendation.class);
                List<GateCheck> criteria = new ArrayList<>();
                if (cats.size() == 1 && cats.get(0).needsJudgement()) {
                  criteria.add(
                      GateCheck.criterion(CAUTION, Wording.of("surgery.mirels8Judgement")));
                } else if (cats.size() == 1 && !cats.get(0).surgeonAsked()) {
                  criteria.add(GateCheck.criterion(FAIL, Wording.of("surgery.mirelsLowRisk")));
                } else if (cats.size() != 1) {
                  criteria.add(
                      GateCheck.criterion(UNKNOWN, Wording.of("surgery.mirelsOpen", summary)));
                }
                out.verdict(
                    SURGERY_AND_INTERVENTION,
                    FIXATION_GATES,
                    lesion,
                    Wording.of(
                        "surgery.prophylactic",
                        longBoneProcedure(lesion.get()),
                        PlanArg.id(e.subject())),
                    criteria,
                    fact);
              }
            }
          });

  /** Vertebroplasty/kyphoplasty and its contraindications (CIRSE 2017; PS-34). */
  public static final TreatmentRule AUGMENTATION =
      TreatmentRule.of(
          RuleInfo.of(
              "R-SX-VA",
              RuleSources.CIRSE_2017 + "; " + RuleSources.NOMS + "; " + RuleSources.REVIEW,
              "",
              Provenance.V,
              Provenance.M),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              for (BoneLesion l : c.lesions()) {
                boolean candidate =
                    l.site().isSpinal()
                        && (PlanContext.is(l.painCharacter(), PainCharacter.MECHANICAL)
                            || PlanContext.is(l.collapse(), VertebralCollapse.UNDER_HALF)
                            || PlanContext.is(l.collapse(), VertebralCollapse.OVER_HALF));
                if (!candidate) {
                  continue;
                }
                Fact fact =
                    Fact.about(
                        "lesion",
                        PlanArg.id(l.id()),
                        Wording.of(
                            "surgery.lesionFindings",
                            PlanValues.observedCode(l.escc()),
                            PlanValues.observedCode(l.collapse()),
                            PlanValues.observedCode(l.morphology())));
                List<GateCheck> criteria = new ArrayList<>();
                EsccGrade escc = PlanContext.valueOrNull(l.escc());
                if ((escc != null && escc != EsccGrade.GRADE_0)
                    || PlanContext.isTrue(c.neurologicalDeficit())) {
                  criteria.add(
                      GateCheck.criterion(FAIL, Wording.of("surgery.augmentationEpidural")));
                } else if (!l.escc().isKnown()) {
                  criteria.add(
                      GateCheck.criterion(UNKNOWN, Wording.of("surgery.augmentationEsccUnknown")));
                }
                if (PlanContext.is(l.collapse(), VertebralCollapse.OVER_HALF)
                    || PlanContext.is(l.morphology(), LesionMorphology.BLASTIC)) {
                  criteria.add(
                      GateCheck.criterion(CAUTION, Wording.of("surgery.augmentationRelative")));
                }
                out.verdict(
                    SURGERY_AND_INTERVENTION,
                    AUGMENTATION_GATES,
                    Optional.of(l),
                    Wording.of("surgery.augmentation", PlanArg.id(l.id())),
                    criteria,
                    fact);
              }
            }
          });

  /**
   * Embolisation: pre-operative for hypervascular HCC lesions (a dependent of the operation);
   * transarterial embolisation added to RT for pain (PS-33), each behind its gates.
   */
  public static final TreatmentRule EMBOLISATION =
      TreatmentRule.of(
          RuleInfo.of("R-SX-EMB", RuleSources.REVIEW, "", Provenance.S),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              for (BoneLesion l : Emission.surgicalLesions(c, out)) {
                List<GateCheck> checks =
                    EMBOLISATION_GATES.check(c, out, Optional.of(l), List.of());
                out.dependent(
                    SURGERY_AND_INTERVENTION,
                    Preconditions.verdict(checks),
                    Subject.lesion(l.id()),
                    SURGERY,
                    Preconditions.text(
                        Wording.of("surgery.preoperativeEmbolisation", PlanArg.id(l.id())),
                        checks));
              }
              if (!Emission.painfulLesions(c, out).isEmpty()) {
                out.verdict(
                    SURGERY_AND_INTERVENTION,
                    EMBOLISATION_GATES,
                    Optional.empty(),
                    Wording.of("surgery.embolisationWithRt"),
                    List.of());
              }
            }
          });

  /** Every surgery and intervention rule, in order. */
  public static final List<TreatmentRule> ALL =
      List.of(SINS_CONSULTATION, SPINAL_SURGERY, MIRELS, AUGMENTATION, EMBOLISATION);

  private SurgeryRules() {}

  static boolean compressed(BoneLesion l) {
    EsccGrade escc = PlanContext.valueOrNull(l.escc());
    return escc != null && escc.cordCompressed();
  }

  /** The first lesion with an id, or empty. */
  private static Optional<BoneLesion> lesion(PlanContext c, String id) {
    for (BoneLesion l : c.lesions()) {
      if (l.id().equals(id)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** Whether there are SINS categories and every one warrants a surgical consultation. */
  static boolean allConsultation(List<SinsCategory> cats) {
    if (cats.isEmpty()) {
      return false;
    }
    for (int i = 0; i < cats.size(); i++) {
      if (!cats.get(i).warrantsSurgicalConsultation()) {
        return false;
      }
    }
    return true;
  }

  /** Whether one of the SINS categories warrants a surgical consultation. */
  static boolean anyConsultation(List<SinsCategory> cats) {
    for (int i = 0; i < cats.size(); i++) {
      if (cats.get(i).warrantsSurgicalConsultation()) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of the SINS categories is unstable. */
  static boolean anyUnstable(List<SinsCategory> cats) {
    for (int i = 0; i < cats.size(); i++) {
      if (cats.get(i).unstable()) {
        return true;
      }
    }
    return false;
  }

  /** Whether there are Mirels categories and every one asks for a surgeon. */
  static boolean allSurgeonAsked(List<MirelsRecommendation> cats) {
    if (cats.isEmpty()) {
      return false;
    }
    for (int i = 0; i < cats.size(); i++) {
      if (!cats.get(i).surgeonAsked()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the lesions a surgeon is asked about: spinal lesions whose SINS category warrants a
   * consultation or with cord compression (ESCC 2–3), and long-bone lesions whose Mirels category
   * is fixation or judgement.
   */
  static List<BoneLesion> surgicalLesions(PlanContext c) {
    List<BoneLesion> out = new ArrayList<>();
    for (BoneLesion l : c.lesions()) {
      List<SinsCategory> sins = c.categories(Sins.INSTANCE, l, SinsCategory.class);
      List<MirelsRecommendation> mirels =
          c.categories(Mirels.INSTANCE, l, MirelsRecommendation.class);
      boolean spinal = l.site().isSpinal() && (compressed(l) || allConsultation(sins));
      boolean longBone = allSurgeonAsked(mirels);
      if (spinal || longBone) {
        out.add(l);
      }
    }
    return out;
  }

  /** PS-34: the spinal approach by region (cervical: ventral or combined). */
  static Wording approach(BoneLesion l) {
    boolean cervical =
        l.site() instanceof SpinalLevel s && s.region() == SpinalLevel.Region.CERVICAL;
    return Wording.of(cervical ? "surgery.approach.cervical" : "surgery.approach.thoracolumbar");
  }

  /** PS-21 and PS-34: hip lesions get arthroplasty or endoprosthesis, other long bones nailing. */
  static Wording longBoneProcedure(BoneLesion l) {
    return Wording.of(
        l.site() instanceof LongBoneSite s
                && (s.region() == LongBoneRegion.FEMORAL_NECK
                    || s.region() == LongBoneRegion.FEMORAL_HEAD)
            ? "surgery.hipArthroplasty"
            : "surgery.longBoneFixation");
  }
}
