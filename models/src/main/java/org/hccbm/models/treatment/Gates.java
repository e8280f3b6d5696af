package org.hccbm.models.treatment;

import static org.hccbm.models.treatment.GateCheck.Outcome.CAUTION;
import static org.hccbm.models.treatment.GateCheck.Outcome.FAIL;
import static org.hccbm.models.treatment.GateCheck.Outcome.UNKNOWN;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.hccbm.core.Observed;
import org.hccbm.core.history.AntithromboticTherapy;
import org.hccbm.core.history.RadiotherapyCourse;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.result.TotalRange;
import org.hccbm.core.tumour.PortalVeinInvasion;
import org.hccbm.models.liver.BclcStage;
import org.hccbm.models.liver.ChildPughClass;

/**
 * The gates interventions declare (planner-safety §1–§3, §6), each a small check with its source in
 * the reason it prints. Thresholds are the sources' own; none is invented.
 */
final class Gates {
  /** SIR 2019 high-bleeding-risk INR threshold (INR ≤ 1.5–1.8; the lower end is used). */
  static final double INR_LIMIT = 1.5;

  /** SIR 2019: platelet transfusion if below 50 × 10⁹/L. */
  static final double PLATELET_LIMIT = 50;

  /**
   * Hickman 2019: MELD 12–19 optimise first; &gt; 20 prohibitive (20 itself in the higher band).
   */
  static final double MELD_RAISED = 12;

  /** Child–Pugh B7: systemic therapy for selected patients only (AASLD 2023 [M]). */
  private static final int CHILD_PUGH_B7_POINTS = 7;

  /** TACE is contraindicated from Child–Pugh B8 (World J Hepatol 2015, Table 1). */
  private static final int TACE_CHILD_PUGH_LIMIT = 8;

  /** Hickman 2019: the prohibitive MELD band, 20 included (the safer reading, PS-3). */
  static final double MELD_PROHIBITIVE = 20;

  private Gates() {}

  /** A gate checked for each subject: its body reads the lesion. */
  static Preconditions.Check check(Gate gate, Body body) {
    return new BodyCheck(gate, body, PER_SUBJECT);
  }

  /**
   * A gate about the whole patient: its body never reads the lesion, so a plan checks it once and
   * every intervention and subject that declares it shares the check ({@code GatesPatientLevelTest}
   * holds each such gate to that).
   */
  static Preconditions.Check patientCheck(Gate gate, Body body) {
    return new BodyCheck(gate, body, PATIENT_SLOTS.getAndIncrement());
  }

  /** The slot of a gate checked for each subject (it has no slot in an emission). */
  private static final int PER_SUBJECT = -1;

  /**
   * A gate's body as a check; a patient-level gate ({@code slot >= 0}) is checked once per plan
   * through its slot in the emission.
   */
  private record BodyCheck(Gate gate, Body body, int slot) implements Preconditions.Check {
    @Override
    public GateCheck check(PlanContext context, Optional<BoneLesion> lesion) {
      return body.check(context, lesion);
    }

    @Override
    public GateCheck check(Emission plan, Optional<BoneLesion> lesion) {
      return slot == PER_SUBJECT ? body.check(plan.context, lesion) : plan.patientCheck(slot, body);
    }
  }

  /** Checks one gate for a rule body, within its plan when it runs in one. */
  static GateCheck check(
      Preconditions.Check gate,
      PlanContext context,
      TreatmentRule.Emitter out,
      Optional<BoneLesion> lesion) {
    return out instanceof Emission plan ? gate.check(plan, lesion) : gate.check(context, lesion);
  }

  /** The number of patient-level gates made so far (each has its slot in an emission). */
  private static final AtomicInteger PATIENT_SLOTS = new AtomicInteger();

  /** Returns the number of patient-level gates made so far. */
  static int patientSlots() {
    return PATIENT_SLOTS.get();
  }

  /** A gate body (anonymous classes, not lambdas, as {@link TreatmentRule.Body} says why). */
  @FunctionalInterface
  interface Body {
    GateCheck check(PlanContext context, Optional<BoneLesion> lesion);
  }

  /** PS-1 for a procedure other than augmentation ({@link #haemostasis(boolean)}). */
  static Preconditions.Check haemostasis(boolean augmentation) {
    return augmentation ? HAEMOSTASIS_FOR_AUGMENTATION : HAEMOSTASIS;
  }

  private static final Preconditions.Check HAEMOSTASIS = newHaemostasis(false);
  private static final Preconditions.Check HAEMOSTASIS_FOR_AUGMENTATION = newHaemostasis(true);

  /** PS-1: INR and platelets known; INR &gt; 1.5 or platelets &lt; 50 × 10⁹/L → correct first. */
  private static Preconditions.Check newHaemostasis(boolean augmentation) {
    return patientCheck(
        Gate.HAEMOSTASIS,
        new Gates.Body() {
          @Override
          public GateCheck check(PlanContext c, Optional<BoneLesion> l) {
            Optional<Double> inr = c.inr();
            Optional<Double> plt = c.platelets();
            Fact facts =
                Fact.of(
                    "inrPlatelets",
                    Wording.of(
                        "pair",
                        inr.isPresent() ? PlanArg.quantity(inr.get(), INR_UNIT) : PlanArg.unknown(),
                        plt.isPresent()
                            ? PlanArg.quantity(plt.get(), PLATELET_UNIT)
                            : PlanArg.unknown()));
            List<PlanArg> missing = new ArrayList<>(2);
            if (inr.isEmpty()) {
              missing.add(Wording.of("input.inr"));
            }
            if (plt.isEmpty()) {
              missing.add(Wording.of("input.plateletCount"));
            }
            List<PlanArg> abnormal = new ArrayList<>(2);
            if (inr.isPresent() && inr.get() > INR_LIMIT) {
              abnormal.add(
                  Wording.of("gate.haemostasis.inrHigh", PlanArg.quantity(inr.get(), INR_UNIT)));
            }
            if (plt.isPresent() && plt.get() < PLATELET_LIMIT) {
              abnormal.add(
                  Wording.of(
                      "gate.haemostasis.plateletsLow", PlanArg.quantity(plt.get(), PLATELET_UNIT)));
            }
            if (!missing.isEmpty()) {
              // Both values are needed: one abnormal value never hides the other being unknown.
              return GateCheck.of(
                  Gate.HAEMOSTASIS,
                  UNKNOWN,
                  abnormal.isEmpty()
                      ? Wording.of("gate.haemostasis.unknown", PlanArg.join("and", missing))
                      : Wording.of(
                          "gate.haemostasis.unknownAlready",
                          PlanArg.join("and", missing),
                          PlanArg.join("comma", abnormal)),
                  facts);
            }
            if (!abnormal.isEmpty()) {
              return GateCheck.of(
                  Gate.HAEMOSTASIS,
                  CAUTION,
                  Wording.of(
                      augmentation
                          ? "gate.haemostasis.correctAugmentation"
                          : "gate.haemostasis.correct",
                      PlanArg.join("comma", abnormal)),
                  facts);
            }
            return GateCheck.pass(Gate.HAEMOSTASIS, facts);
          }
        });
  }

  /** The unit of a platelet count (UCUM). */
  static final String PLATELET_UNIT = "10*9/L";

  /** The INR's unit (UCUM: a ratio without dimension). */
  static final String INR_UNIT = "{INR}";

  /** PS-2: antithrombotic therapy recorded; any → a peri-procedural plan for its class. */
  static final Preconditions.Check ANTITHROMBOTICS =
      patientCheck(
          Gate.ANTITHROMBOTICS,
          new Gates.Body() {
            @Override
            public GateCheck check(PlanContext c, Optional<BoneLesion> l) {
              Observed<AntithromboticTherapy> t = c.patient().antithromboticTherapy();
              Fact fact =
                  Fact.of(
                      "antithromboticTherapy", PlanValues.observed(t, PlanValues::antithrombotics));
              if (t.known().isEmpty()) {
                return GateCheck.of(
                    Gate.ANTITHROMBOTICS,
                    UNKNOWN,
                    Wording.of("gate.antithrombotics.unknown"),
                    fact);
              }
              if (t.known().get().any()) {
                return GateCheck.of(
                    Gate.ANTITHROMBOTICS,
                    CAUTION,
                    Wording.of(
                        "gate.antithrombotics.plan", PlanValues.antithrombotics(t.known().get())),
                    fact);
              }
              return GateCheck.pass(Gate.ANTITHROMBOTICS, fact);
            }
          });

  /**
   * PS-3: liver function before surgery under anaesthesia, fixation, embolisation (Hickman 2019 for
   * elective surgery; [M] for embolisation): Child–Pugh C or MELD ≥ 20 prohibitive; B or MELD 12–19
   * raised risk; Child–Pugh not determined → needs information.
   */
  static Preconditions.Check liverForProcedure(boolean extrapolated) {
    return extrapolated ? LIVER_FOR_PROCEDURE_EXTRAPOLATED : LIVER_FOR_PROCEDURE;
  }

  private static final Preconditions.Check LIVER_FOR_PROCEDURE = newLiverForProcedure(false);
  private static final Preconditions.Check LIVER_FOR_PROCEDURE_EXTRAPOLATED =
      newLiverForProcedure(true);

  private static Preconditions.Check newLiverForProcedure(boolean extrapolated) {
    return patientCheck(
        Gate.LIVER_FUNCTION,
        new Gates.Body() {
          @Override
          public GateCheck check(PlanContext c, Optional<BoneLesion> l) {
            List<ChildPughClass> classes = c.childPughClasses();
            Optional<TotalRange> meld = c.meldRange();
            Fact fact =
                Fact.of(
                    "childPughMeld",
                    Wording.of(
                        "pair",
                        PlanValues.oneOrOneOf(classes),
                        meld.isPresent()
                            ? PlanValues.range(PlanValues.MELD, meld.get())
                            : PlanArg.unknown()));
            Wording tag = extrapolated ? Wording.of("gate.liver.electiveSource") : Wording.NONE;
            boolean prohibitive =
                classes.equals(List.of(ChildPughClass.C))
                    || (meld.isPresent() && meld.get().min() >= MELD_PROHIBITIVE);
            if (prohibitive) {
              return GateCheck.of(
                  Gate.LIVER_FUNCTION, CAUTION, Wording.of("gate.liver.prohibitive", tag), fact);
            }
            if (classes.size() > 1) {
              return GateCheck.of(
                  Gate.LIVER_FUNCTION, UNKNOWN, Wording.of("gate.liver.unknownClass"), fact);
            }
            if (meld.isPresent() && meld.get().max() >= MELD_PROHIBITIVE) {
              // the lowest possible MELD is below 20 but an unknown could raise it to 20 or more
              return GateCheck.of(
                  Gate.LIVER_FUNCTION, UNKNOWN, Wording.of("gate.liver.meldCouldBe20"), fact);
            }
            boolean raised =
                classes.equals(List.of(ChildPughClass.B))
                    || (meld.isPresent() && meld.get().min() >= MELD_RAISED);
            if (!raised && meld.isPresent() && meld.get().max() >= MELD_RAISED) {
              return GateCheck.of(
                  Gate.LIVER_FUNCTION, UNKNOWN, Wording.of("gate.liver.meldCouldBe12"), fact);
            }
            if (raised) {
              return GateCheck.of(
                  Gate.LIVER_FUNCTION, CAUTION, Wording.of("gate.liver.raised", tag), fact);
            }
            return GateCheck.pass(Gate.LIVER_FUNCTION, fact);
          }
        });
  }

  /**
   * PS-4 and PS-14: expected survival of at least some months. A cohort median is not a hard
   * cut-off: when the estimate straddles the threshold or another model disagrees, the item becomes
   * a caution to discuss rather than a ruled-out item.
   */
  static Preconditions.Check survivalAtLeast(int months) {
    return months == 3 ? SURVIVAL_3 : months == 6 ? SURVIVAL_6 : newSurvivalAtLeast(months);
  }

  private static final Preconditions.Check SURVIVAL_3 = newSurvivalAtLeast(3);
  private static final Preconditions.Check SURVIVAL_6 = newSurvivalAtLeast(6);

  private static Preconditions.Check newSurvivalAtLeast(int months) {
    return patientCheck(
        Gate.EXPECTED_SURVIVAL,
        new Gates.Body() {
          @Override
          public GateCheck check(PlanContext c, Optional<BoneLesion> l) {
            SurvivalEstimate e = c.survival();
            Wording summary = PlanValues.survival(e);
            Fact fact = Fact.of("expectedSurvival", summary);
            if (e.modelId().equals("none")) {
              return GateCheck.of(
                  Gate.EXPECTED_SURVIVAL,
                  UNKNOWN,
                  Wording.of("gate.survival.noModel", PlanValues.months(months)),
                  fact);
            }
            Optional<Boolean> at = e.atLeast(months);
            if (at.equals(Optional.of(true))) {
              return GateCheck.pass(Gate.EXPECTED_SURVIVAL, fact);
            }
            List<PlanArg> disagree = new ArrayList<>();
            for (SurvivalEstimate o : c.otherEstimates()) {
              if (!o.atLeast(months).equals(Optional.of(false))) {
                disagree.add(PlanValues.survival(o));
              }
            }
            if (at.isEmpty() || !disagree.isEmpty()) {
              return GateCheck.of(
                  Gate.EXPECTED_SURVIVAL,
                  CAUTION,
                  disagree.isEmpty()
                      ? Wording.of("gate.survival.uncertain", PlanValues.months(months), summary)
                      : Wording.of(
                          "gate.survival.uncertainBut",
                          PlanValues.months(months),
                          summary,
                          PlanArg.join("comma", disagree)),
                  fact);
            }
            return GateCheck.of(
                Gate.EXPECTED_SURVIVAL,
                FAIL,
                Wording.of("gate.survival.below", PlanValues.months(months), summary),
                fact);
          }
        });
  }

  /**
   * PS-5: radiotherapy to the same or an adjacent segment makes any RT item a re-irradiation; an
   * unrecorded RT history is asked for.
   */
  static final Preconditions.Check PRIOR_RADIOTHERAPY =
      new Preconditions.Check() {
        @Override
        public Gate gate() {
          return Gate.PRIOR_RADIOTHERAPY;
        }

        @Override
        public GateCheck check(PlanContext context, Optional<BoneLesion> lesion) {
          return lesion.isEmpty()
              ? GateCheck.pass(Gate.PRIOR_RADIOTHERAPY)
              : priorRadiotherapy(lesion.get(), context.priorRadiotherapy(lesion.get()));
        }

        @Override
        public GateCheck check(Emission plan, Optional<BoneLesion> lesion) {
          // the lesion's prior courses as the plan found them once
          return lesion.isEmpty()
              ? GateCheck.pass(Gate.PRIOR_RADIOTHERAPY)
              : priorRadiotherapy(lesion.get(), plan.priorRadiotherapy(lesion.get()));
        }
      };

  /** PS-5 for a lesion, from its prior courses to the same or an adjacent segment. */
  private static GateCheck priorRadiotherapy(
      BoneLesion lesion, Observed<List<RadiotherapyCourse>> prior) {
    PlanArg id = PlanArg.id(lesion.id());
    if (prior.known().isEmpty()) {
      return GateCheck.of(
          Gate.PRIOR_RADIOTHERAPY,
          UNKNOWN,
          Wording.of("gate.priorRt.unknown", id),
          Fact.of("previousRt", PlanArg.unknown()));
    }
    if (prior.known().get().isEmpty()) {
      return GateCheck.pass(
          Gate.PRIOR_RADIOTHERAPY, Fact.about("previousRtNear", id, Wording.of("word.none")));
    }
    PlanArg courses = courses(prior.known().get());
    return GateCheck.of(
        Gate.PRIOR_RADIOTHERAPY,
        CAUTION,
        Wording.of(lesion.site().isSpinal() ? "gate.priorRt.spine" : "gate.priorRt.other", courses),
        Fact.about("previousRtNear", id, courses));
  }

  /** Radiotherapy courses, joined by "; ". */
  static PlanArg courses(List<RadiotherapyCourse> courses) {
    List<PlanArg> out = new ArrayList<>(courses.size());
    for (RadiotherapyCourse r : courses) {
      out.add(PlanValues.course(r));
    }
    return PlanArg.join("semicolon", out);
  }

  /** The patient's performance status as recorded. */
  static Fact performanceStatus(PlanContext c) {
    return Fact.of(
        "performanceStatus",
        PlanValues.observed(c.patient().performanceStatus(), PlanValues::performanceStatus));
  }

  static boolean allAtMost1(List<Ecog> ecog) {
    for (Ecog e : ecog) {
      if (e.grade() > 1) {
        return false;
      }
    }
    return true;
  }

  static boolean allAtLeast2(List<Ecog> ecog) {
    for (Ecog e : ecog) {
      if (e.grade() < 2) {
        return false;
      }
    }
    return true;
  }

  /** Performance status ECOG 0–1 (SBRT, ASTRO 2024: good performance status). */
  static final Preconditions.Check GOOD_PERFORMANCE_STATUS =
      ecogAtMost1("gate.performance.notGood", "gate.performance.unknown");

  /**
   * PS-22: systemic therapy by Child–Pugh: A option; B7 selected patients; B8–9 clinical trial or
   * best supportive care; C no (AASLD 2023 frames first line for Child–Pugh A; [M] for B, so B7 and
   * B8–9 are cautions worded as clinical judgement).
   */
  static final Preconditions.Check LIVER_FOR_SYSTEMIC =
      patientCheck(
          Gate.LIVER_FUNCTION,
          new Gates.Body() {
            @Override
            public GateCheck check(PlanContext c, Optional<BoneLesion> l) {
              List<ChildPughClass> classes = c.childPughClasses();
              Optional<Integer> total = c.childPughTotal();
              Fact fact =
                  Fact.of(
                      "childPugh",
                      total.isPresent()
                          ? Wording.of(
                              "childPugh.classPoints",
                              PlanArg.of(classes.get(0)),
                              PlanValues.childPughPoints(total.get()))
                          : PlanValues.oneOrOneOf(classes));
              if (classes.equals(List.of(ChildPughClass.A))) {
                return GateCheck.pass(Gate.LIVER_FUNCTION, fact);
              }
              if (classes.equals(List.of(ChildPughClass.C))) {
                return GateCheck.of(
                    Gate.LIVER_FUNCTION, FAIL, Wording.of("gate.systemic.childPughC"), fact);
              }
              if (classes.equals(List.of(ChildPughClass.B)) && total.isPresent()) {
                // PS-22 [M]: no source found for the B thresholds, so neither rules the option out
                return total.get() == CHILD_PUGH_B7_POINTS
                    ? GateCheck.of(
                        Gate.LIVER_FUNCTION, CAUTION, Wording.of("gate.systemic.b7"), fact)
                    : GateCheck.of(
                        Gate.LIVER_FUNCTION,
                        CAUTION,
                        Wording.of("gate.systemic.b8", PlanValues.childPughPoints(total.get())),
                        fact);
              }
              return GateCheck.of(
                  Gate.LIVER_FUNCTION, UNKNOWN, Wording.of("gate.systemic.unknownClass"), fact);
            }
          });

  /** PS-22: ECOG 0–1 for first-line systemic therapy (AASLD 2023). */
  static final Preconditions.Check PERFORMANCE_FOR_SYSTEMIC =
      ecogAtMost1("gate.systemic.ecog2", "gate.systemic.unknownEcog");

  /**
   * A gate on ECOG 0–1: passes when every reachable grade is 0–1, fails (with {@code failKey}'s
   * wording) when every one is 2 or more, and is unknown (with {@code unknownKey}'s) otherwise.
   */
  private static Preconditions.Check ecogAtMost1(String failKey, String unknownKey) {
    return patientCheck(
        Gate.PERFORMANCE_STATUS,
        new Gates.Body() {
          @Override
          public GateCheck check(PlanContext c, Optional<BoneLesion> l) {
            List<Ecog> ecog = c.ecog();
            Fact fact = performanceStatus(c);
            if (allAtMost1(ecog)) {
              return GateCheck.pass(Gate.PERFORMANCE_STATUS, fact);
            }
            if (allAtLeast2(ecog)) {
              return GateCheck.of(Gate.PERFORMANCE_STATUS, FAIL, Wording.of(failKey), fact);
            }
            return GateCheck.of(Gate.PERFORMANCE_STATUS, UNKNOWN, Wording.of(unknownKey), fact);
          }
        });
  }

  /**
   * PS-23: locoregional liver therapy not usually in BCLC D or Child–Pugh C ([M]: a caution worded
   * as clinical judgement); TACE not with Child–Pugh ≥ B8 or a main portal-vein (Vp4) thrombus
   * (World J Hepatol 2015, Table 1).
   */
  static final Preconditions.Check STAGE_FOR_LOCOREGIONAL =
      patientCheck(
          Gate.TUMOUR_STAGE,
          new Gates.Body() {
            @Override
            public GateCheck check(PlanContext c, Optional<BoneLesion> l) {
              List<BclcStage> stages = c.bclcStages();
              List<ChildPughClass> classes = c.childPughClasses();
              Observed<PortalVeinInvasion> vp = c.patient().primary().portalVeinInvasion();
              Fact fact =
                  Fact.of(
                      "bclcChildPughVp",
                      Wording.of(
                          "triple",
                          stages.isEmpty() ? PlanArg.unknown() : PlanValues.bracketed(stages),
                          PlanValues.bracketed(classes),
                          PlanValues.observed(vp, PlanArg::of)));
              boolean d = stages.equals(List.of(BclcStage.D));
              boolean cpC = classes.equals(List.of(ChildPughClass.C));
              if (d || cpC) {
                // PS-23 [M]: no source found for withholding all locoregional therapy; a caution,
                // not a rule
                Wording which =
                    Wording.of(
                        d && cpC
                            ? "gate.stage.bclcDAndChildPughC"
                            : d ? "gate.stage.bclcD" : "gate.stage.childPughC");
                return GateCheck.of(
                    Gate.TUMOUR_STAGE,
                    CAUTION,
                    Wording.of(
                        cpC ? "gate.stage.notUsuallyNoTace" : "gate.stage.notUsually", which),
                    fact);
              }
              if (stages.isEmpty()
                  || stages.contains(BclcStage.D)
                  || classes.contains(ChildPughClass.C)) {
                return GateCheck.of(
                    Gate.TUMOUR_STAGE, UNKNOWN, Wording.of("gate.stage.unknownStage"), fact);
              }
              if (classes.contains(ChildPughClass.B) && c.childPughTotal().isEmpty()) {
                return GateCheck.of(
                    Gate.TUMOUR_STAGE, UNKNOWN, Wording.of("gate.stage.unknownPoints"), fact);
              }
              boolean b8 =
                  c.childPughTotal().isPresent()
                      && c.childPughTotal().get() >= TACE_CHILD_PUGH_LIMIT;
              boolean noMacrovascular =
                  PlanContext.isFalse(c.patient().primary().macrovascularInvasion());
              if (!b8 && !vp.isKnown() && !noMacrovascular) {
                // PS-23, principle §0: the Vp4 contraindication cannot be checked while Vp is
                // unknown.
                return GateCheck.of(
                    Gate.TUMOUR_STAGE, UNKNOWN, Wording.of("gate.stage.unknownVp"), fact);
              }
              if (b8 || PlanContext.is(vp, PortalVeinInvasion.VP4)) {
                return GateCheck.of(
                    Gate.TUMOUR_STAGE,
                    CAUTION,
                    Wording.of(
                        "gate.stage.noTace",
                        Wording.of(b8 ? "gate.stage.childPughB8" : "gate.stage.vp4")),
                    fact);
              }
              return GateCheck.pass(Gate.TUMOUR_STAGE, fact);
            }
          });
}
