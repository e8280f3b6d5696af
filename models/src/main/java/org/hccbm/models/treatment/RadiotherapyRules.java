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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.history.RadiotherapyCourse;
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
// Transitional: not yet converted to coded wording (issue 13, docs/decisions/0020); its items
// go through the deprecated legacy adapters.
@SuppressWarnings("deprecation")
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
          new RuleInfo(
              "R-RT-02",
              "8 Gy × 1, 20 Gy/5, 24 Gy/6 and 30 Gy/10 are equivalent for pain relief (R-RT-01/02); "
                  + "re-irradiation > 1 month after EBRT, spine 8/1, 20/5, 24/6, 20/8 (R-RT-04); MSCC without "
                  + "surgery: 8/1, 16/2, 20/5 or 30/10 with dexamethasone (R-RT-06/07)",
              RuleSources.ASTRO_2017 + "; " + RuleSources.ASTRO_2024 + "; " + RuleSources.ESMO_2020,
              "strong; [I, A]",
              "[V]"),
          (c, out) -> {
            if (!c.patient().boneLesions().isKnown()) {
              out.add(
                  RADIOTHERAPY,
                  NEEDS_INFORMATION,
                  "Radiotherapy: bone lesions and their pain " + "are not recorded");
              return;
            }
            Map<String, PlanItem.Kind> rtKinds = new HashMap<>();
            for (BoneLesion l : c.lesions()) {
              boolean compressed = l.escc().known().map(EsccGrade::cordCompressed).orElse(false);
              Observed<Boolean> painful = PlanContext.painful(l);
              if (!compressed && !painful.equals(Observed.of(true))) {
                continue;
              }
              Observed<List<RadiotherapyCourse>> prior = c.priorRadiotherapy(l);
              boolean reirradiation = prior.known().map(p -> !p.isEmpty()).orElse(false);
              String what =
                  compressed
                      ? "RT for cord compression at "
                          + l.id()
                          + " if not a "
                          + "surgical candidate: 8 Gy/1, 16 Gy/2, 20 Gy/5 or 30 Gy/10 with dexamethasone "
                          + "(assess stability and surgery first)"
                      : "External-beam RT to "
                          + l.id()
                          + " for pain: 8 Gy × 1, 20 Gy/5, 24 Gy/6 or "
                          + "30 Gy/10 relieve pain equally; a single fraction means more retreatment";
              if (reirradiation) {
                // PS-5: never the first-course schedules (no second 30 Gy/10 to the same segment).
                String again =
                    (compressed
                            ? "for cord compression at "
                                + l.id()
                                + " if not a "
                                + "surgical candidate, with dexamethasone"
                            : "to " + l.id() + " for pain")
                        + " — a re-irradiation schedule, not a first course (the schedules and the "
                        + "cumulative dose follow)";
                rtKinds.put(
                    l.id(),
                    out.verdict(
                        RADIOTHERAPY,
                        REIRRADIATION_GATES,
                        Optional.of(l),
                        "Re-irradiation " + again,
                        List.of(interval(c, prior.known().get()))));
              } else {
                rtKinds.put(
                    l.id(), out.verdict(RADIOTHERAPY, EBRT_GATES, Optional.of(l), what, List.of()));
              }
              if (!compressed) {
                complexity(c, l, out);
              }
            }
            // RT with zoledronic acid needs both: the planner holds it to zoledronic acid's verdict
            // (its parent); here it is held to the painful lesions' RT verdicts (an option only
            // while RT to one of them is; dropped when RT is ruled out for all of them).
            Optional<PlanItem.Kind> withZa =
                firmest(
                    c.painfulLesions().stream()
                        .flatMap(l -> Optional.ofNullable(rtKinds.get(l.id())).stream())
                        .toList());
            if (withZa.isPresent()) {
              // PS-5: a painful lesion in a previously irradiated segment would be re-irradiated
              List<String> irradiated =
                  c.painfulLesions().stream()
                      .filter(
                          l -> c.priorRadiotherapy(l).known().map(p -> !p.isEmpty()).orElse(false))
                      .map(BoneLesion::id)
                      .toList();
              PlanItem.Kind kind = withZa.get();
              out.dependent(
                  RADIOTHERAPY,
                  kind,
                  PlanItem.PATIENT,
                  List.of(Intervention.ZOLEDRONIC_ACID),
                  "RT with zoledronic acid for a painful lesion: in one phase II "
                      + "study of 60 patients with gastrointestinal cancers (25 HCC) the pain score fell "
                      + "from 6.7 to 2.8 at 1 month and 2.1 at 3 months (pain response 95 % and 96 %) — a "
                      + "single study (seed review)"
                      + (irradiated.isEmpty()
                          ? ""
                          : "; at "
                              + String.join(", ", irradiated)
                              + " the RT would be a re-irradiation (prior course "
                              + "in its item)")
                      + (kind == OPTION
                          ? ""
                          : " — not yet an option: RT to the painful lesion"
                              + (kind == PlanItem.Kind.CAUTION
                                  ? " has cautions to meet first"
                                  : " needs information first")));
            }
            Fact survival = Fact.legacy("expected survival", c.survival().summary());
            if (c.survival().atLeast(3).equals(Optional.of(false))) {
              out.dependent(
                  RADIOTHERAPY,
                  OPTION,
                  PlanItem.PATIENT,
                  List.of(Intervention.EBRT, Intervention.REIRRADIATION),
                  "Prefer a single 8 Gy fraction: limited life " + "expectancy",
                  survival);
            }
            if (c.survival().atLeast(6).equals(Optional.of(true))) {
              out.dependent(
                  RADIOTHERAPY,
                  OPTION,
                  PlanItem.PATIENT,
                  List.of(Intervention.EBRT),
                  "HCC dose–response: with expected survival ≥ 6 months a higher-dose multi-fraction "
                      + "schedule may be offered beside 8 Gy × 1 (seed review: pain control 5.0 vs 1.8 "
                      + "months; more retreatment after low dose for expansile soft-tissue lesions)",
                  survival);
            }
          });

  /**
   * The firmest of some verdicts (option, then caution, then needs information), or empty when
   * there is none or every one is ruled out (PS-28).
   */
  static Optional<PlanItem.Kind> firmest(List<PlanItem.Kind> kinds) {
    for (PlanItem.Kind k : List.of(OPTION, PlanItem.Kind.CAUTION, NEEDS_INFORMATION)) {
      if (kinds.contains(k)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** PS-17: complicated vs uncomplicated, and the sequence for a complicated long-bone lesion. */
  private static void complexity(PlanContext c, BoneLesion l, TreatmentRule.Emitter out) {
    List<String> yes = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    finding(l.pathologicalFracture(), "pathological fracture", yes, unknown);
    finding(l.softTissueMass(), "soft-tissue mass", yes, unknown);
    if (l.site().isSpinal()) {
      l.escc()
          .known()
          .ifPresentOrElse(
              g -> {
                if (g != EsccGrade.GRADE_0) {
                  yes.add("ESCC " + g.code());
                }
              },
              () -> unknown.add("ESCC grade"));
      l.painCharacter()
          .known()
          .ifPresentOrElse(
              p -> {
                if (p == org.hccbm.core.lesion.PainCharacter.MECHANICAL) {
                  yes.add("mechanical pain");
                }
              },
              () -> unknown.add("pain character"));
      List<SinsCategory> sins = c.categories(Sins.INSTANCE, l, SinsCategory.class);
      if (!sins.isEmpty() && sins.stream().allMatch(SinsCategory::warrantsSurgicalConsultation)) {
        yes.add("SINS ≥ 7");
      } else if (sins.size() != 1) {
        unknown.add("SINS");
      }
    } else if (l.site() instanceof org.hccbm.core.lesion.LongBoneSite) {
      List<MirelsRecommendation> mirels =
          c.categories(Mirels.INSTANCE, l, MirelsRecommendation.class);
      if (mirels.size() == 1 && mirels.get(0).fixationRecommended()) {
        yes.add("impending fracture (Mirels ≥ 9)");
      } else if (mirels.size() == 1 && mirels.get(0).needsJudgement()) {
        unknown.add("fracture risk (Mirels 8: judgement)");
      } else if (mirels.size() != 1) {
        unknown.add("Mirels");
      }
    }
    List<Intervention> rt = List.of(Intervention.EBRT, Intervention.REIRRADIATION);
    Fact fact =
        Fact.legacy(
            "lesion " + l.id(),
            yes.isEmpty() ? "no complicating finding recorded" : String.join(", ", yes));
    if (!yes.isEmpty()) {
      boolean longBone = l.site() instanceof org.hccbm.core.lesion.LongBoneSite;
      out.dependent(
          RADIOTHERAPY,
          PlanItem.Kind.CAUTION,
          Subject.lesion(l.id()),
          rt,
          "Complicated lesion "
              + l.id()
              + " ("
              + String.join(", ", yes)
              + ")"
              + (longBone
                  ? ": stabilisation first, then "
                      + "post-operative RT; RT alone only if surgery is declined or not possible"
                  : ": not the uncomplicated case for a single 8 Gy; the schedule is for the team"),
          fact);
    } else if (!unknown.isEmpty()) {
      out.dependent(
          RADIOTHERAPY,
          NEEDS_INFORMATION,
          Subject.lesion(l.id()),
          rt,
          "Single 8 Gy is recommended for "
              + "an uncomplicated painful metastasis; whether "
              + l.id()
              + " is uncomplicated needs: "
              + String.join(", ", unknown),
          fact);
    } else {
      out.dependent(
          RADIOTHERAPY,
          OPTION,
          Subject.lesion(l.id()),
          rt,
          "Single 8 Gy is recommended for a painful "
              + "uncomplicated metastasis ("
              + l.id()
              + "; ESMO [I, A])",
          fact);
    }
  }

  private static void finding(
      Observed<Boolean> value, String name, List<String> yes, List<String> unknown) {
    if (value.equals(Observed.of(true))) {
      yes.add(name);
    } else if (!value.isKnown()) {
      unknown.add(name);
    }
  }

  /** R-RT-04: re-irradiation more than 1 month after the end of the previous course. */
  private static GateCheck interval(PlanContext c, List<RadiotherapyCourse> courses) {
    Optional<LocalDate> now = c.patient().assessmentDate();
    for (RadiotherapyCourse course : courses) {
      Optional<LocalDate> end = course.completed();
      Fact fact = Fact.legacy("previous RT", course.toString());
      if (end.isEmpty() || now.isEmpty()) {
        return GateCheck.criterion(
            UNKNOWN,
            "the date the previous course ended and the "
                + "assessment date (re-irradiation more than 1 month after EBRT)",
            fact);
      }
      if (!end.get().plusMonths(1).isBefore(now.get())) {
        return GateCheck.criterion(
            FAIL, "less than 1 month since the previous course (" + course + ")", fact);
      }
    }
    return GateCheck.criterion(
        GateCheck.Outcome.PASS,
        "",
        Fact.legacy(
            "previous RT", String.join("; ", courses.stream().map(Object::toString).toList())));
  }

  /** R-RT-03: single-fraction RT and long-term toxicity, stated once. */
  public static final TreatmentRule SINGLE_FRACTION_SAFETY =
      TreatmentRule.of(
          new RuleInfo(
              "R-RT-03",
              "Single-fraction RT does not produce unacceptable long-term toxicity; evidence on "
                  + "pathological-fracture risk is equivocal",
              RuleSources.ASTRO_2017,
              "",
              "[V]"),
          (c, out) ->
              out.dependent(
                  GENERAL,
                  PlanItem.Kind.CAUTION,
                  PlanItem.PATIENT,
                  ANY_RT,
                  "Single-fraction RT "
                      + "carries no unacceptable long-term toxicity; whether it changes pathological-fracture "
                      + "risk is unsettled"));

  /**
   * R-RT-09: RT to improve quality of life when life expectancy is at least 4 weeks; EBRT for
   * localised moderate–severe pain (NRS ≥ 4).
   */
  public static final TreatmentRule QUALITY_OF_LIFE =
      TreatmentRule.of(
          new RuleInfo(
              "R-RT-09",
              "Life expectancy ≥ 4 weeks: RT is conditionally recommended to improve quality of life; "
                  + "EBRT is the treatment of choice for localised moderate–severe bone pain",
              RuleSources.ASTRO_2024 + "; " + RuleSources.ESMO_2020,
              "conditional; [I, A]",
              "[V]"),
          (c, out) -> {
            List<Intervention> rt = List.of(Intervention.EBRT, Intervention.REIRRADIATION);
            Fact survival = Fact.legacy("expected survival", c.survival().summary());
            if (c.survival().atLeast(3).equals(Optional.of(true))) {
              out.dependent(
                  RADIOTHERAPY,
                  OPTION,
                  PlanItem.PATIENT,
                  rt,
                  "Palliative RT to improve " + "quality of life (life expectancy ≥ 4 weeks)",
                  survival);
            } else {
              out.dependent(
                  RADIOTHERAPY,
                  NEEDS_INFORMATION,
                  PlanItem.PATIENT,
                  rt,
                  "Palliative RT to "
                      + "improve quality of life is conditionally recommended if life expectancy is at "
                      + "least 4 weeks; the survival bands start at 3 months, so judge the 4 weeks "
                      + "clinically",
                  survival);
            }
            List<String> moderateOrWorse =
                c.lesions().stream()
                    .filter(
                        l ->
                            l.painIntensity()
                                .known()
                                .map(p -> p.band().compareTo(PainIntensity.Band.MODERATE) >= 0)
                                .orElse(false))
                    .map(BoneLesion::id)
                    .toList();
            if (!moderateOrWorse.isEmpty()) {
              out.dependent(
                  RADIOTHERAPY,
                  OPTION,
                  PlanItem.PATIENT,
                  rt,
                  "External-beam RT is the "
                      + "treatment of choice for localised moderate–severe bone pain (ESMO [I, A])",
                  Fact.legacy("NRS ≥ 4", String.join(", ", moderateOrWorse)));
            }
          });

  /**
   * R-RT-05 and PS-18: SBRT for a symptomatic spinal lesion with good performance status, no
   * neurological signs, low-grade ESCC and a segment not unstable; SINS 7–12 calls for a surgical
   * consultation first, not a contraindication.
   */
  public static final TreatmentRule SBRT =
      TreatmentRule.of(
          new RuleInfo(
              "R-RT-05",
              "SBRT is conditionally recommended over conventional RT for symptomatic bone metastases with "
                  + "good performance status and no surgical indication or neurological signs; SINS 7–12 "
                  + "needs the spine surgeon's judgement of stability first; SINS ≥ 13 and ESCC 2–3 surgery "
                  + "first (HCC is radioresistant, NOMS)",
              RuleSources.ASTRO_2024
                  + "; "
                  + RuleSources.FISHER_2010
                  + "; "
                  + RuleSources.BILSKY_2006,
              "conditional",
              "[V]"),
          (c, out) -> {
            boolean any = false;
            for (BoneLesion l : c.lesions()) {
              if (!l.site().isSpinal()) {
                continue;
              }
              Observed<Boolean> painful = PlanContext.painful(l);
              if (painful.equals(Observed.of(false))) {
                out.add(
                    RADIOTHERAPY,
                    PlanItem.Kind.CAUTION,
                    "SBRT for a painless spinal lesion only "
                        + "on an oligometastatic indication stated by the team",
                    Fact.legacy("painless", l.id()));
                continue;
              }
              List<GateCheck> criteria = new ArrayList<>();
              if (!painful.isKnown()) {
                criteria.add(
                    GateCheck.criterion(
                        UNKNOWN, "whether " + l.id() + " is symptomatic " + "(pain)"));
              }
              Observed<Boolean> deficit = c.neurologicalDeficit();
              if (deficit.equals(Observed.of(true))) {
                criteria.add(GateCheck.criterion(FAIL, "neurological deficit"));
              } else if (!deficit.isKnown()) {
                criteria.add(GateCheck.criterion(UNKNOWN, "neurological status (Frankel)"));
              }
              Optional<EsccGrade> escc = l.escc().known();
              if (escc.map(EsccGrade::cordCompressed).orElse(false)) {
                criteria.add(
                    GateCheck.criterion(
                        FAIL, "high-grade ESCC " + escc.get().code() + ": surgery first (NOMS)"));
              } else if (escc.isEmpty()) {
                criteria.add(GateCheck.criterion(UNKNOWN, "ESCC grade of " + l.id()));
              }
              List<SinsCategory> sins = c.categories(Sins.INSTANCE, l, SinsCategory.class);
              if (sins.size() == 1 && sins.get(0).unstable()) {
                criteria.add(
                    GateCheck.criterion(FAIL, "unstable segment (SINS 13–18): surgery " + "first"));
              } else if (sins.isEmpty() || sins.stream().anyMatch(SinsCategory::unstable)) {
                criteria.add(
                    GateCheck.criterion(
                        UNKNOWN, "SINS of " + l.id() + " (unstable → " + "surgery first)"));
              } else if (sins.stream().anyMatch(SinsCategory::warrantsSurgicalConsultation)) {
                criteria.add(
                    GateCheck.criterion(
                        CAUTION,
                        "SINS 7–12: spine surgeon's consultation; "
                            + "SBRT once the segment is judged stable"));
              }
              out.verdict(
                  RADIOTHERAPY,
                  SBRT_GATES,
                  Optional.of(l),
                  "SBRT/SRS to "
                      + l.id()
                      + " (radioresistant HCC; NOMS: low-grade epidural disease → SRS)",
                  criteria,
                  Fact.legacy("lesion " + l.id(), l.escc() + ", pain " + l.painCharacter()));
              if (escc.filter(g -> g == EsccGrade.GRADE_1B || g == EsccGrade.GRADE_1C)
                  .isPresent()) {
                out.dependent(
                    RADIOTHERAPY,
                    PlanItem.Kind.CAUTION,
                    Subject.lesion(l.id()),
                    List.of(Intervention.SBRT),
                    "ESCC "
                        + escc.get().code()
                        + " at "
                        + l.id()
                        + ": tumour near the cord or cauda — "
                        + "the dose constraint limits coverage [M: clinical judgement]");
              }
              any = true;
            }
            if (any) {
              out.dependent(
                  RADIOTHERAPY,
                  PlanItem.Kind.CAUTION,
                  PlanItem.PATIENT,
                  List.of(Intervention.SBRT),
                  "Every SBRT course: vertebral compression-fracture risk "
                      + "after SBRT (lytic tumour, baseline fracture, spinal misalignment or deformity, "
                      + "≥ 20 Gy per fraction; HCC primary a risk factor — "
                      + RuleSources.SAHGAL_2013
                      + "); MRI-based planning [M: clinical judgement]");
            }
          });

  /** R-RT-08: post-operative RT, only while the operation is an option. */
  public static final TreatmentRule POSTOPERATIVE =
      TreatmentRule.of(
          new RuleInfo(
              "R-RT-08",
              "Post-operative RT after fixation of a long-bone metastasis or spinal decompression or "
                  + "stabilisation",
              RuleSources.ESMO_2020 + "; " + RuleSources.ASTRO_2024,
              "[III, B]",
              "[V]"),
          (c, out) -> {
            boolean operated =
                c.patient()
                    .history()
                    .surgery()
                    .known()
                    .map(
                        list ->
                            list.stream()
                                .anyMatch(
                                    s ->
                                        switch (s.kind()) {
                                          case FIXATION, DECOMPRESSION, STABILISATION -> true;
                                          default -> false;
                                        }))
                    .orElse(false);
            if (operated) {
              out.add(RADIOTHERAPY, OPTION, "After the recorded operation: post-operative RT");
            }
            for (BoneLesion l : SurgeryRules.surgicalLesions(c)) {
              String prior =
                  c.priorRadiotherapy(l)
                      .known()
                      .filter(p -> !p.isEmpty())
                      .map(
                          p ->
                              " — previously irradiated ("
                                  + String.join("; ", p.stream().map(Object::toString).toList())
                                  + "): re-irradiation, cumulative dose to be "
                                  + "planned")
                      .orElse("");
              out.dependent(
                  RADIOTHERAPY,
                  OPTION,
                  Subject.lesion(l.id()),
                  List.of(Intervention.OPEN_SURGERY, Intervention.FIXATION_OR_ARTHROPLASTY),
                  "If "
                      + l.id()
                      + " is operated: "
                      + "post-operative RT (ASTRO 2024: strong)"
                      + prior);
            }
          });

  /** R-RT-10 and PS-20: pain flare prophylaxis. */
  public static final TreatmentRule PAIN_FLARE =
      TreatmentRule.of(
          new RuleInfo(
              "R-RT-10",
              "Pain flare after RT: dexamethasone prophylaxis; antiemetic prophylaxis only for "
                  + "moderate-emetic-risk fields (upper abdomen, craniospinal)",
              RuleSources.ESMO_2020 + "; " + RuleSources.MASCC_2023,
              "[II, B]",
              "[V]; thoraco-lumbar fields [M]"),
          (c, out) ->
              out.dependent(
                  RADIOTHERAPY,
                  PlanItem.Kind.CAUTION,
                  PlanItem.PATIENT,
                  ANY_RT,
                  "Pain flare "
                      + "after RT: dexamethasone prophylaxis (ESMO [II, B]) with the steroid-safety measures; "
                      + "a 5-HT3 antiemetic as prophylaxis only for fields that include the upper abdomen or "
                      + "craniospinal fields (a thoraco-lumbar spine field counts only when it irradiates the "
                      + "upper abdomen [M: clinical judgement]); other fields: rescue only"));

  /** Every radiotherapy rule, in order. */
  public static final List<TreatmentRule> ALL =
      List.of(LESION_RT, SBRT, POSTOPERATIVE, QUALITY_OF_LIFE, PAIN_FLARE, SINGLE_FRACTION_SAFETY);

  private RadiotherapyRules() {}
}
