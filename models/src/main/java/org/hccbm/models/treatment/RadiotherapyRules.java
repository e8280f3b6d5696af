package org.hccbm.models.treatment;

import static org.hccbm.models.treatment.Domain.GENERAL;
import static org.hccbm.models.treatment.Domain.RADIOTHERAPY;
import static org.hccbm.models.treatment.GateCheck.Outcome.CAUTION;
import static org.hccbm.models.treatment.GateCheck.Outcome.FAIL;
import static org.hccbm.models.treatment.GateCheck.Outcome.UNKNOWN;
import static org.hccbm.models.treatment.PlanItem.Kind.NEEDS_INFORMATION;
import static org.hccbm.models.treatment.PlanItem.Kind.OPTION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.history.RadiotherapyCourse;
import org.hccbm.core.history.SurgeryRecord;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.EsccGrade;
import org.hccbm.core.lesion.PainIntensity;
import org.hccbm.models.Subject;
import org.hccbm.models.bone.Mirels;
import org.hccbm.models.bone.MirelsRecommendation;
import org.hccbm.models.bone.Sins;
import org.hccbm.models.bone.SinsCategory;

/**
 * Palliative radiotherapy rules (liver §12; planner-safety §2, §5): one RT verdict per painful or
 * compressing lesion (EBRT, or re-irradiation when the segment or an adjacent one was irradiated),
 * SBRT per symptomatic spinal lesion, post-operative RT, pain flare.
 *
 * @since 0.1.0
 */
final class RadiotherapyRules {
  private static final List<Intervention> ANY_RT =
      List.of(Intervention.EBRT, Intervention.REIRRADIATION, Intervention.SBRT);

  /** EBRT: prior RT to the same or an adjacent segment (PS-5). */
  public static final Preconditions EBRT_GATES =
      Preconditions.of(Intervention.EBRT, Gates.PRIOR_RADIOTHERAPY);

  /** Re-irradiation: the prior course shown with the cumulative-dose caution (PS-5). */
  public static final Preconditions REIRRADIATION_GATES =
      Preconditions.of(Intervention.REIRRADIATION, Gates.PRIOR_RADIOTHERAPY);

  /** SBRT: good performance status, prior RT (PS-5, PS-18). */
  public static final Preconditions SBRT_GATES =
      Preconditions.of(Intervention.SBRT, Gates.GOOD_PERFORMANCE_STATUS, Gates.PRIOR_RADIOTHERAPY);

  /**
   * R-RT-01/02, R-RT-04, R-RT-06/07: one RT verdict per painful or compressing lesion; a previously
   * irradiated segment makes it re-irradiation, allowed more than 1 month after EBRT.
   */
  public static final TreatmentRule LESION_RT =
      TreatmentRule.of(
          RuleInfo.of(
              "R-RT-02",
              RuleSources.ASTRO_2017 + "; " + RuleSources.ASTRO_2024 + "; " + RuleSources.ESMO_2020,
              "strong; [I, A]",
              Provenance.V),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              if (!c.patient().boneLesions().isKnown()) {
                out.add(RADIOTHERAPY, NEEDS_INFORMATION, Wording.of("rt.lesionsNotRecorded"));
                return;
              }
              // RT with zoledronic acid needs both: the planner holds it to zoledronic acid's
              // verdict (its parent); here it is held to the painful lesions' RT verdicts (an
              // option only while RT to one of them is; dropped when RT is ruled out for all of
              // them). The painful lesions are a subsequence of the lesions, in their order.
              List<BoneLesion> painfulLesions = Emission.painfulLesions(c, out);
              int nextPainful = 0;
              List<PlanItem.Kind> painfulKinds = new ArrayList<>(painfulLesions.size());
              // PS-5: a painful lesion in a previously irradiated segment would be re-irradiated
              List<PlanArg> irradiated = new ArrayList<>();
              for (BoneLesion l : c.lesions()) {
                boolean inPainful =
                    nextPainful < painfulLesions.size()
                        && isSame(painfulLesions.get(nextPainful), l);
                if (inPainful) {
                  nextPainful++;
                  if (PlanContext.anyCourse(Emission.priorRadiotherapy(c, out, l))) {
                    irradiated.add(PlanArg.id(l.id()));
                  }
                }
                boolean compressed = SurgeryRules.compressed(l);
                Observed<Boolean> painful = PlanContext.painful(l);
                if (!compressed && !PlanContext.isTrue(painful)) {
                  continue;
                }
                Observed<List<RadiotherapyCourse>> prior = Emission.priorRadiotherapy(c, out, l);
                boolean reirradiation = PlanContext.anyCourse(prior);
                PlanArg id = PlanArg.id(l.id());
                Wording what =
                    Wording.of(compressed ? "rt.cordCompression" : "rt.externalBeam", id);
                PlanItem.Kind kind;
                if (reirradiation) {
                  // PS-5: never the first-course schedules (no second 30 Gy/10 to the same
                  // segment).
                  kind =
                      out.verdict(
                          RADIOTHERAPY,
                          REIRRADIATION_GATES,
                          Optional.of(l),
                          Wording.of(
                              compressed ? "rt.reirradiationCord" : "rt.reirradiationPain", id),
                          List.of(interval(c, prior.known().get())));
                } else {
                  kind = out.verdict(RADIOTHERAPY, EBRT_GATES, Optional.of(l), what, List.of());
                }
                if (inPainful) {
                  painfulKinds.add(kind);
                }
                if (!compressed) {
                  complexity(c, l, out);
                }
              }
              Optional<PlanItem.Kind> withZa = firmest(painfulKinds);
              if (withZa.isPresent()) {
                PlanItem.Kind kind = withZa.get();
                out.dependent(
                    RADIOTHERAPY,
                    kind,
                    PlanItem.PATIENT,
                    List.of(Intervention.ZOLEDRONIC_ACID),
                    Wording.of(
                        "rt.withZoledronicAcid",
                        irradiated.isEmpty()
                            ? Wording.NONE
                            : Wording.of(
                                "rt.withZoledronicAcidReirradiation",
                                PlanArg.join("comma", irradiated)),
                        kind == OPTION
                            ? Wording.NONE
                            : Wording.of(
                                kind == PlanItem.Kind.CAUTION
                                    ? "rt.notYetCautions"
                                    : "rt.notYetNeedsInformation")));
              }
              Fact survival = Fact.of("expectedSurvival", PlanValues.survival(c.survival()));
              if (c.survival().atLeast(3).equals(Optional.of(false))) {
                out.dependent(
                    RADIOTHERAPY,
                    OPTION,
                    PlanItem.PATIENT,
                    List.of(Intervention.EBRT, Intervention.REIRRADIATION),
                    Wording.of("rt.preferSingleFraction"),
                    survival);
              }
              if (c.survival().atLeast(6).equals(Optional.of(true))) {
                out.dependent(
                    RADIOTHERAPY,
                    OPTION,
                    PlanItem.PATIENT,
                    List.of(Intervention.EBRT),
                    Wording.of("rt.doseResponse"),
                    survival);
              }
            }
          });

  /** Whether two lesions are the same object (the plan's painful lesions are its lesions). */
  @SuppressWarnings("ReferenceEquality") // the same lesion objects; ids are unique in a patient
  private static boolean isSame(BoneLesion a, BoneLesion b) {
    return a == b;
  }

  /**
   * The firmest of some verdicts (option, then caution, then needs information), or empty when
   * there is none or every one is ruled out (PS-28).
   */
  static Optional<PlanItem.Kind> firmest(List<PlanItem.Kind> kinds) {
    boolean caution = false;
    boolean needs = false;
    for (int i = 0; i < kinds.size(); i++) {
      PlanItem.Kind k = kinds.get(i);
      if (k == OPTION) {
        return Optional.of(OPTION);
      }
      caution |= k == PlanItem.Kind.CAUTION;
      needs |= k == NEEDS_INFORMATION;
    }
    return caution
        ? Optional.of(PlanItem.Kind.CAUTION)
        : needs ? Optional.of(NEEDS_INFORMATION) : Optional.empty();
  }

  /** PS-17: complicated vs uncomplicated, and the sequence for a complicated long-bone lesion. */
  private static void complexity(PlanContext c, BoneLesion l, TreatmentRule.Emitter out) {
    List<PlanArg> yes = new ArrayList<>();
    List<PlanArg> unknown = new ArrayList<>();
    finding(l.pathologicalFracture(), "rt.finding.pathologicalFracture", yes, unknown);
    finding(l.softTissueMass(), "rt.finding.softTissueMass", yes, unknown);
    if (l.site().isSpinal()) {
      Optional<EsccGrade> escc = l.escc().known();
      if (escc.isEmpty()) {
        unknown.add(Wording.of("rt.finding.esccGrade"));
      } else if (escc.get() != EsccGrade.GRADE_0) {
        yes.add(Wording.of("rt.finding.escc", PlanArg.id(escc.get().code())));
      }
      Optional<org.hccbm.core.lesion.PainCharacter> pain = l.painCharacter().known();
      if (pain.isEmpty()) {
        unknown.add(Wording.of("rt.finding.painCharacter"));
      } else if (pain.get() == org.hccbm.core.lesion.PainCharacter.MECHANICAL) {
        yes.add(Wording.of("rt.finding.mechanicalPain"));
      }
      List<SinsCategory> sins = c.categories(Sins.INSTANCE, l, SinsCategory.class);
      if (SurgeryRules.allConsultation(sins)) {
        yes.add(Wording.of("rt.finding.sins7"));
      } else if (sins.size() != 1) {
        unknown.add(Wording.of("rt.finding.sins"));
      }
    } else if (l.site() instanceof org.hccbm.core.lesion.LongBoneSite) {
      List<MirelsRecommendation> mirels =
          c.categories(Mirels.INSTANCE, l, MirelsRecommendation.class);
      if (mirels.size() == 1 && mirels.get(0).fixationRecommended()) {
        yes.add(Wording.of("rt.finding.impendingFracture"));
      } else if (mirels.size() == 1 && mirels.get(0).needsJudgement()) {
        unknown.add(Wording.of("rt.finding.mirels8"));
      } else if (mirels.size() != 1) {
        unknown.add(Wording.of("rt.finding.mirels"));
      }
    }
    List<Intervention> rt = List.of(Intervention.EBRT, Intervention.REIRRADIATION);
    PlanArg id = PlanArg.id(l.id());
    Fact fact =
        Fact.about(
            "lesion",
            id,
            yes.isEmpty() ? Wording.of("rt.noComplicatingFinding") : PlanArg.join("comma", yes));
    if (!yes.isEmpty()) {
      boolean longBone = l.site() instanceof org.hccbm.core.lesion.LongBoneSite;
      out.dependent(
          RADIOTHERAPY,
          PlanItem.Kind.CAUTION,
          Subject.lesion(l.id()),
          rt,
          Wording.of(
              longBone ? "rt.complicatedLongBone" : "rt.complicated",
              id,
              PlanArg.join("comma", yes)),
          fact);
    } else if (!unknown.isEmpty()) {
      out.dependent(
          RADIOTHERAPY,
          NEEDS_INFORMATION,
          Subject.lesion(l.id()),
          rt,
          Wording.of("rt.uncomplicatedNeeds", id, PlanArg.join("comma", unknown)),
          fact);
    } else {
      out.dependent(
          RADIOTHERAPY,
          OPTION,
          Subject.lesion(l.id()),
          rt,
          Wording.of("rt.singleFraction", id),
          fact);
    }
  }

  private static void finding(
      Observed<Boolean> value, String key, List<PlanArg> yes, List<PlanArg> unknown) {
    if (PlanContext.isTrue(value)) {
      yes.add(Wording.of(key));
    } else if (!value.isKnown()) {
      unknown.add(Wording.of(key));
    }
  }

  /** R-RT-04: re-irradiation more than 1 month after the end of the previous course. */
  private static GateCheck interval(PlanContext c, List<RadiotherapyCourse> courses) {
    Optional<LocalDate> now = c.patient().assessmentDate();
    for (RadiotherapyCourse course : courses) {
      Optional<LocalDate> end = course.completed();
      PlanArg shown = PlanValues.course(course);
      Fact fact = Fact.of("previousRt", shown);
      if (end.isEmpty() || now.isEmpty()) {
        // name only the date(s) not recorded
        String key =
            end.isEmpty()
                ? now.isEmpty() ? "rt.intervalUnknown" : "rt.intervalUnknownEnd"
                : "rt.intervalUnknownAssessmentDate";
        return GateCheck.criterion(UNKNOWN, Wording.of(key), fact);
      }
      if (!end.get().plusMonths(1).isBefore(now.get())) {
        return GateCheck.criterion(FAIL, Wording.of("rt.intervalTooShort", shown), fact);
      }
    }
    return GateCheck.criterion(
        GateCheck.Outcome.PASS, Wording.NONE, Fact.of("previousRt", Gates.courses(courses)));
  }

  /** R-RT-03: single-fraction RT and long-term toxicity, stated once. */
  public static final TreatmentRule SINGLE_FRACTION_SAFETY =
      TreatmentRule.of(
          RuleInfo.of("R-RT-03", RuleSources.ASTRO_2017, "", Provenance.V),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              out.dependent(
                  GENERAL,
                  PlanItem.Kind.CAUTION,
                  PlanItem.PATIENT,
                  ANY_RT,
                  Wording.of("rt.singleFractionSafety"));
            }
          });

  /**
   * R-RT-09: RT to improve quality of life when life expectancy is at least 4 weeks; EBRT for
   * localised moderate–severe pain (NRS ≥ 4).
   */
  public static final TreatmentRule QUALITY_OF_LIFE =
      TreatmentRule.of(
          RuleInfo.of(
              "R-RT-09",
              RuleSources.ASTRO_2024 + "; " + RuleSources.ESMO_2020,
              "conditional; [I, A]",
              Provenance.V),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              List<Intervention> rt = List.of(Intervention.EBRT, Intervention.REIRRADIATION);
              Fact survival = Fact.of("expectedSurvival", PlanValues.survival(c.survival()));
              if (c.survival().atLeast(3).equals(Optional.of(true))) {
                out.dependent(
                    RADIOTHERAPY,
                    OPTION,
                    PlanItem.PATIENT,
                    rt,
                    Wording.of("rt.qualityOfLife"),
                    survival);
              } else {
                out.dependent(
                    RADIOTHERAPY,
                    NEEDS_INFORMATION,
                    PlanItem.PATIENT,
                    rt,
                    Wording.of("rt.qualityOfLifeJudge"),
                    survival);
              }
              List<PlanArg> moderateOrWorse = new ArrayList<>();
              for (BoneLesion l : c.lesions()) {
                PainIntensity nrs = PlanContext.valueOrNull(l.painIntensity());
                if (nrs != null && nrs.band().compareTo(PainIntensity.Band.MODERATE) >= 0) {
                  moderateOrWorse.add(PlanArg.id(l.id()));
                }
              }
              if (!moderateOrWorse.isEmpty()) {
                out.dependent(
                    RADIOTHERAPY,
                    OPTION,
                    PlanItem.PATIENT,
                    rt,
                    Wording.of("rt.ebrtOfChoice"),
                    Fact.of("nrsAtLeast4", PlanArg.join("comma", moderateOrWorse)));
              }
            }
          });

  /**
   * R-RT-05 and PS-18: SBRT for a symptomatic spinal lesion with good performance status, no
   * neurological signs, low-grade ESCC and a segment not unstable; SINS 7–12 calls for a surgical
   * consultation first, not a contraindication.
   */
  public static final TreatmentRule SBRT =
      TreatmentRule.of(
          RuleInfo.of(
              "R-RT-05",
              RuleSources.ASTRO_2024
                  + "; "
                  + RuleSources.FISHER_2010
                  + "; "
                  + RuleSources.BILSKY_2006,
              "conditional",
              Provenance.V),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              boolean any = false;
              for (BoneLesion l : c.lesions()) {
                if (!l.site().isSpinal()) {
                  continue;
                }
                Observed<Boolean> painful = PlanContext.painful(l);
                if (PlanContext.isFalse(painful)) {
                  out.add(
                      RADIOTHERAPY,
                      PlanItem.Kind.CAUTION,
                      Wording.of("rt.sbrtPainless"),
                      Fact.of("painless", PlanArg.id(l.id())));
                  continue;
                }
                List<GateCheck> criteria = new ArrayList<>();
                if (!painful.isKnown()) {
                  criteria.add(
                      GateCheck.criterion(
                          UNKNOWN, Wording.of("rt.sbrtSymptomatic", PlanArg.id(l.id()))));
                }
                Observed<Boolean> deficit = c.neurologicalDeficit();
                if (PlanContext.isTrue(deficit)) {
                  criteria.add(GateCheck.criterion(FAIL, Wording.of("rt.sbrtDeficit")));
                } else if (!deficit.isKnown()) {
                  criteria.add(GateCheck.criterion(UNKNOWN, Wording.of("rt.sbrtNeuroUnknown")));
                }
                EsccGrade escc = PlanContext.valueOrNull(l.escc());
                if (escc != null && escc.cordCompressed()) {
                  criteria.add(
                      GateCheck.criterion(
                          FAIL, Wording.of("rt.sbrtHighGradeEscc", PlanArg.id(escc.code()))));
                } else if (escc == null) {
                  criteria.add(
                      GateCheck.criterion(
                          UNKNOWN, Wording.of("rt.sbrtEsccUnknown", PlanArg.id(l.id()))));
                }
                List<SinsCategory> sins = c.categories(Sins.INSTANCE, l, SinsCategory.class);
                if (sins.size() == 1 && sins.get(0).unstable()) {
                  criteria.add(GateCheck.criterion(FAIL, Wording.of("rt.sbrtUnstable")));
                } else if (sins.isEmpty() || SurgeryRules.anyUnstable(sins)) {
                  criteria.add(
                      GateCheck.criterion(
                          UNKNOWN, Wording.of("rt.sbrtSinsUnknown", PlanArg.id(l.id()))));
                } else if (SurgeryRules.anyConsultation(sins)) {
                  criteria.add(GateCheck.criterion(CAUTION, Wording.of("rt.sbrtSinsConsultation")));
                }
                out.verdict(
                    RADIOTHERAPY,
                    SBRT_GATES,
                    Optional.of(l),
                    Wording.of("rt.sbrt", PlanArg.id(l.id())),
                    criteria,
                    Fact.about(
                        "lesion",
                        PlanArg.id(l.id()),
                        Wording.of(
                            "rt.sbrtLesionFindings",
                            PlanValues.observedCode(l.escc()),
                            PlanValues.observedCode(l.painCharacter()))));
                if (escc == EsccGrade.GRADE_1B || escc == EsccGrade.GRADE_1C) {
                  out.dependent(
                      RADIOTHERAPY,
                      PlanItem.Kind.CAUTION,
                      Subject.lesion(l.id()),
                      List.of(Intervention.SBRT),
                      Wording.of("rt.sbrtNearCord", PlanArg.id(escc.code()), PlanArg.id(l.id())));
                }
                any = true;
              }
              if (any) {
                out.dependent(
                    RADIOTHERAPY,
                    PlanItem.Kind.CAUTION,
                    PlanItem.PATIENT,
                    List.of(Intervention.SBRT),
                    Wording.of("rt.sbrtFractureRisk"));
              }
            }
          });

  /** R-RT-08: post-operative RT, only while the operation is an option. */
  public static final TreatmentRule POSTOPERATIVE =
      TreatmentRule.of(
          RuleInfo.of(
              "R-RT-08",
              RuleSources.ESMO_2020 + "; " + RuleSources.ASTRO_2024,
              "[III, B]",
              Provenance.V),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              if (operated(c)) {
                out.add(RADIOTHERAPY, OPTION, Wording.of("rt.afterRecordedOperation"));
              }
              for (BoneLesion l : Emission.surgicalLesions(c, out)) {
                Observed<List<RadiotherapyCourse>> prior = Emission.priorRadiotherapy(c, out, l);
                out.dependent(
                    RADIOTHERAPY,
                    OPTION,
                    Subject.lesion(l.id()),
                    List.of(Intervention.OPEN_SURGERY, Intervention.FIXATION_OR_ARTHROPLASTY),
                    PlanContext.anyCourse(prior)
                        ? Wording.of(
                            "rt.postoperativeReirradiation",
                            PlanArg.id(l.id()),
                            Gates.courses(prior.known().get()))
                        : Wording.of("rt.postoperative", PlanArg.id(l.id())));
              }
            }
          });

  /** Whether a fixation, decompression or stabilisation is recorded. */
  private static boolean operated(PlanContext c) {
    List<SurgeryRecord> list = PlanContext.valueOrNull(c.patient().history().surgery());
    if (list == null) {
      return false;
    }
    for (SurgeryRecord s : list) {
      switch (s.kind()) {
        case FIXATION, DECOMPRESSION, STABILISATION -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }

  /** R-RT-10 and PS-20: pain flare prophylaxis. */
  public static final TreatmentRule PAIN_FLARE =
      TreatmentRule.of(
          RuleInfo.of(
              "R-RT-10",
              RuleSources.ESMO_2020 + "; " + RuleSources.MASCC_2023,
              "[II, B]",
              Provenance.V,
              Provenance.M),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              out.dependent(
                  RADIOTHERAPY,
                  PlanItem.Kind.CAUTION,
                  PlanItem.PATIENT,
                  ANY_RT,
                  Wording.of("rt.painFlare"));
            }
          });

  /** Every radiotherapy rule, in order. */
  public static final List<TreatmentRule> ALL =
      List.of(LESION_RT, SBRT, POSTOPERATIVE, QUALITY_OF_LIFE, PAIN_FLARE, SINGLE_FRACTION_SAFETY);

  private RadiotherapyRules() {}
}
