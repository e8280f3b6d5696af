package org.hccbm.models.treatment;

import static org.hccbm.models.treatment.GateCheck.Outcome.CAUTION;
import static org.hccbm.models.treatment.GateCheck.Outcome.FAIL;
import static org.hccbm.models.treatment.GateCheck.Outcome.UNKNOWN;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.Decimals;
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

  static Preconditions.Check check(Gate gate, Body body) {
    return new Preconditions.Check() {
      @Override
      public Gate gate() {
        return gate;
      }

      @Override
      public GateCheck check(PlanContext context, Optional<BoneLesion> lesion) {
        return body.check(context, lesion);
      }
    };
  }

  /** A gate body. */
  @FunctionalInterface
  interface Body {
    GateCheck check(PlanContext context, Optional<BoneLesion> lesion);
  }

  /** PS-1: INR and platelets known; INR &gt; 1.5 or platelets &lt; 50 × 10⁹/L → correct first. */
  static Preconditions.Check haemostasis(boolean augmentation) {
    return check(
        Gate.HAEMOSTASIS,
        (c, l) -> {
          Optional<Double> inr = c.inr();
          Optional<Double> plt = c.platelets();
          Fact facts =
              new Fact(
                  "INR / platelets",
                  inr.map(Decimals::shown).orElse("unknown")
                      + " / "
                      + plt.map(p -> Decimals.shown(p) + " × 10⁹/L").orElse("unknown"));
          List<String> missing = new ArrayList<>();
          inr.ifPresentOrElse(x -> {}, () -> missing.add("INR"));
          plt.ifPresentOrElse(x -> {}, () -> missing.add("platelet count"));
          List<String> abnormal = new ArrayList<>();
          inr.filter(x -> x > INR_LIMIT)
              .ifPresent(x -> abnormal.add("INR " + Decimals.shown(x) + " > 1.5"));
          plt.filter(x -> x < PLATELET_LIMIT)
              .ifPresent(x -> abnormal.add("platelets " + Decimals.shown(x) + " < 50 × 10⁹/L"));
          if (!missing.isEmpty()) {
            // Both values are needed: one abnormal value never hides the other being unknown.
            return GateCheck.of(
                Gate.HAEMOSTASIS,
                UNKNOWN,
                String.join(" and ", missing)
                    + " (haemostasis before a procedure, SIR 2019)"
                    + (abnormal.isEmpty()
                        ? ""
                        : "; already "
                            + String.join(", ", abnormal)
                            + ": correct before the procedure"),
                facts);
          }
          if (!abnormal.isEmpty()) {
            return GateCheck.of(
                Gate.HAEMOSTASIS,
                CAUTION,
                String.join(", ", abnormal)
                    + ": correct before the procedure; haematology/anaesthetic review (SIR 2019; in "
                    + "chronic liver disease SIR gives separate parameters and advises judicious "
                    + "transfusion)"
                    + (augmentation
                        ? "; uncorrectable coagulopathy is an absolute "
                            + "contraindication to vertebral augmentation (CIRSE 2017)"
                        : ""),
                facts);
          }
          return GateCheck.pass(Gate.HAEMOSTASIS, facts);
        });
  }

  /** PS-2: antithrombotic therapy recorded; any → a peri-procedural plan for its class. */
  static final Preconditions.Check ANTITHROMBOTICS =
      check(
          Gate.ANTITHROMBOTICS,
          (c, l) -> {
            Observed<AntithromboticTherapy> t = c.patient().antithromboticTherapy();
            Fact fact = new Fact("antithrombotic therapy", t.toString());
            if (t.known().isEmpty()) {
              return GateCheck.of(
                  Gate.ANTITHROMBOTICS,
                  UNKNOWN,
                  "antithrombotic therapy (none, "
                      + "antiplatelet or anticoagulant; drug class; last dose)",
                  fact);
            }
            if (t.known().get().any()) {
              return GateCheck.of(
                  Gate.ANTITHROMBOTICS,
                  CAUTION,
                  "peri-procedural plan for "
                      + t.known().get()
                      + " by drug class and the procedure's bleeding risk (SIR 2019)",
                  fact);
            }
            return GateCheck.pass(Gate.ANTITHROMBOTICS, fact);
          });

  /**
   * PS-3: liver function before surgery under anaesthesia, fixation, embolisation (Hickman 2019 for
   * elective surgery; [M] for embolisation): Child–Pugh C or MELD ≥ 20 prohibitive; B or MELD 12–19
   * raised risk; Child–Pugh not determined → needs information.
   */
  static Preconditions.Check liverForProcedure(boolean extrapolated) {
    return check(
        Gate.LIVER_FUNCTION,
        (c, l) -> {
          List<ChildPughClass> classes = c.childPughClasses();
          Optional<TotalRange> meld = c.meldRange();
          Fact fact =
              new Fact(
                  "Child–Pugh / MELD",
                  (classes.size() == 1 ? classes.get(0).name() : "one of " + classes)
                      + " / "
                      + meld.map(
                              m ->
                                  m.min() == m.max()
                                      ? Decimals.shown(m.min())
                                      : Decimals.shown(m.min()) + "–" + Decimals.shown(m.max()))
                          .orElse("unknown"));
          String tag = extrapolated ? " [M: the source is for elective surgery]" : "";
          boolean prohibitive =
              classes.equals(List.of(ChildPughClass.C))
                  || meld.map(m -> m.min() >= MELD_PROHIBITIVE).orElse(false);
          if (prohibitive) {
            return GateCheck.of(
                Gate.LIVER_FUNCTION,
                CAUTION,
                "prohibitive peri-operative risk "
                    + "(Child–Pugh C or MELD ≥ 20; Hickman 2019: mortality > 40 %)"
                    + tag
                    + ": hepatology "
                    + "and anaesthetic review; non-operative alternatives first",
                fact);
          }
          if (classes.size() > 1) {
            return GateCheck.of(
                Gate.LIVER_FUNCTION,
                UNKNOWN,
                "Child–Pugh class (peri-operative " + "risk; Hickman 2019)",
                fact);
          }
          if (meld.map(m -> m.max() >= MELD_PROHIBITIVE).orElse(false)) {
            // the lowest possible MELD is below 20 but an unknown could raise it to 20 or more
            return GateCheck.of(
                Gate.LIVER_FUNCTION,
                UNKNOWN,
                "MELD (its unknown inputs could make it "
                    + "20 or more: prohibitive peri-operative risk; Hickman 2019)",
                fact);
          }
          boolean raised =
              classes.equals(List.of(ChildPughClass.B))
                  || meld.map(m -> m.min() >= MELD_RAISED).orElse(false);
          if (!raised && meld.map(m -> m.max() >= MELD_RAISED).orElse(false)) {
            return GateCheck.of(
                Gate.LIVER_FUNCTION,
                UNKNOWN,
                "MELD (its unknown inputs could make it "
                    + "12 or more: raised peri-operative risk; Hickman 2019)",
                fact);
          }
          if (raised) {
            return GateCheck.of(
                Gate.LIVER_FUNCTION,
                CAUTION,
                "raised peri-operative risk "
                    + "(Child–Pugh B or MELD 12–19; Hickman 2019: optimise first)"
                    + tag,
                fact);
          }
          return GateCheck.pass(Gate.LIVER_FUNCTION, fact);
        });
  }

  /**
   * PS-4 and PS-14: expected survival of at least some months. A cohort median is not a hard
   * cut-off: when the estimate straddles the threshold or another model disagrees, the item becomes
   * a caution to discuss rather than a ruled-out item.
   */
  static Preconditions.Check survivalAtLeast(int months) {
    return check(
        Gate.EXPECTED_SURVIVAL,
        (c, l) -> {
          SurvivalEstimate e = c.survival();
          Fact fact = new Fact("expected survival", e.summary());
          if (e.modelId().equals("none")) {
            return GateCheck.of(
                Gate.EXPECTED_SURVIVAL,
                UNKNOWN,
                "expected survival (no prognostic "
                    + "model could be computed; ≥ "
                    + months
                    + " months needed)",
                fact);
          }
          Optional<Boolean> at = e.atLeast(months);
          if (at.equals(Optional.of(true))) {
            return GateCheck.pass(Gate.EXPECTED_SURVIVAL, fact);
          }
          List<String> disagree =
              c.otherEstimates().stream()
                  .filter(o -> !o.atLeast(months).equals(Optional.of(false)))
                  .map(SurvivalEstimate::summary)
                  .toList();
          if (at.isEmpty() || !disagree.isEmpty()) {
            return GateCheck.of(
                Gate.EXPECTED_SURVIVAL,
                CAUTION,
                "discuss: expected survival "
                    + "uncertain around "
                    + months
                    + " months ("
                    + e.summary()
                    + (disagree.isEmpty() ? "" : "; but " + String.join(", ", disagree))
                    + "; a cohort "
                    + "median is not a cut-off)",
                fact);
          }
          return GateCheck.of(
              Gate.EXPECTED_SURVIVAL,
              FAIL,
              "expected survival < " + months + " months (" + e.summary() + ")",
              fact);
        });
  }

  /**
   * PS-5: radiotherapy to the same or an adjacent segment makes any RT item a re-irradiation; an
   * unrecorded RT history is asked for.
   */
  static final Preconditions.Check PRIOR_RADIOTHERAPY =
      check(
          Gate.PRIOR_RADIOTHERAPY,
          (c, l) -> {
            if (l.isEmpty()) {
              return GateCheck.pass(Gate.PRIOR_RADIOTHERAPY);
            }
            Observed<List<RadiotherapyCourse>> prior = c.priorRadiotherapy(l.get());
            if (prior.known().isEmpty()) {
              return GateCheck.of(
                  Gate.PRIOR_RADIOTHERAPY,
                  UNKNOWN,
                  "radiotherapy history of " + l.get().id() + " and adjacent segments",
                  new Fact("previous RT", "unknown"));
            }
            if (prior.known().get().isEmpty()) {
              return GateCheck.pass(
                  Gate.PRIOR_RADIOTHERAPY, new Fact("previous RT near " + l.get().id(), "none"));
            }
            String courses =
                String.join("; ", prior.known().get().stream().map(Object::toString).toList());
            return GateCheck.of(
                Gate.PRIOR_RADIOTHERAPY,
                CAUTION,
                "previously irradiated ("
                    + courses
                    + "): this is re-irradiation — cumulative dose to cord/cauda to be planned; "
                    + (l.get().site().isSpinal()
                        ? "spine regimens 8 Gy/1, 20 Gy/5, 24 Gy/6 or 20 Gy/8 "
                            + "(ASTRO 2024); SBRT re-irradiation is a specialist decision [M: clinical judgement]"
                        : "regimens 8 Gy/1, 20 Gy/5 or 24 Gy/6 (ASTRO 2024)"),
                new Fact("previous RT near " + l.get().id(), courses));
          });

  /** Performance status ECOG 0–1 (SBRT, ASTRO 2024: good performance status). */
  static final Preconditions.Check GOOD_PERFORMANCE_STATUS =
      check(
          Gate.PERFORMANCE_STATUS,
          (c, l) -> {
            List<Ecog> ecog = c.ecog();
            Fact fact = new Fact("performance status", c.patient().performanceStatus().toString());
            if (ecog.stream().allMatch(e -> e.grade() <= 1)) {
              return GateCheck.pass(Gate.PERFORMANCE_STATUS, fact);
            }
            if (ecog.stream().allMatch(e -> e.grade() >= 2)) {
              return GateCheck.of(
                  Gate.PERFORMANCE_STATUS,
                  FAIL,
                  "performance status not good " + "(ECOG ≥ 2)",
                  fact);
            }
            return GateCheck.of(
                Gate.PERFORMANCE_STATUS,
                UNKNOWN,
                "performance status (ECOG 0–1 " + "needed)",
                fact);
          });

  /**
   * PS-22: systemic therapy by Child–Pugh: A option; B7 selected patients; B8–9 clinical trial or
   * best supportive care; C no (AASLD 2023 frames first line for Child–Pugh A; [M] for B, so B7 and
   * B8–9 are cautions worded as clinical judgement).
   */
  static final Preconditions.Check LIVER_FOR_SYSTEMIC =
      check(
          Gate.LIVER_FUNCTION,
          (c, l) -> {
            List<ChildPughClass> classes = c.childPughClasses();
            Optional<Integer> total = c.childPughTotal();
            Fact fact =
                new Fact(
                    "Child–Pugh",
                    total
                        .map(t -> classes.get(0).name() + t)
                        .orElse(classes.size() == 1 ? classes.get(0).name() : "one of " + classes));
            if (classes.equals(List.of(ChildPughClass.A))) {
              return GateCheck.pass(Gate.LIVER_FUNCTION, fact);
            }
            if (classes.equals(List.of(ChildPughClass.C))) {
              return GateCheck.of(Gate.LIVER_FUNCTION, FAIL, "Child–Pugh C", fact);
            }
            if (classes.equals(List.of(ChildPughClass.B)) && total.isPresent()) {
              // PS-22 [M]: no source found for the B thresholds, so neither rules the option out
              return total.get() == CHILD_PUGH_B7_POINTS
                  ? GateCheck.of(
                      Gate.LIVER_FUNCTION,
                      CAUTION,
                      "Child–Pugh B7: selected patients only "
                          + "(clinical judgement; AASLD 2023 frames first line for Child–Pugh A)",
                      fact)
                  : GateCheck.of(
                      Gate.LIVER_FUNCTION,
                      CAUTION,
                      "Child–Pugh B"
                          + total.get()
                          + ": "
                          + "outside the first-line evidence (AASLD 2023 frames it for Child–Pugh A); a "
                          + "clinical trial or best supportive care is the usual course — clinical judgement, "
                          + "no sourced threshold",
                      fact);
            }
            return GateCheck.of(Gate.LIVER_FUNCTION, UNKNOWN, "Child–Pugh class and points", fact);
          });

  /** PS-22: ECOG 0–1 for first-line systemic therapy (AASLD 2023). */
  static final Preconditions.Check PERFORMANCE_FOR_SYSTEMIC =
      check(
          Gate.PERFORMANCE_STATUS,
          (c, l) -> {
            List<Ecog> ecog = c.ecog();
            Fact fact = new Fact("performance status", c.patient().performanceStatus().toString());
            if (ecog.stream().allMatch(e -> e.grade() <= 1)) {
              return GateCheck.pass(Gate.PERFORMANCE_STATUS, fact);
            }
            if (ecog.stream().allMatch(e -> e.grade() >= 2)) {
              return GateCheck.of(
                  Gate.PERFORMANCE_STATUS,
                  FAIL,
                  "ECOG ≥ 2 (AASLD 2023 frames first " + "line for ECOG 0–1)",
                  fact);
            }
            return GateCheck.of(
                Gate.PERFORMANCE_STATUS, UNKNOWN, "performance status (ECOG 0–1)", fact);
          });

  /**
   * PS-23: locoregional liver therapy not usually in BCLC D or Child–Pugh C ([M]: a caution worded
   * as clinical judgement); TACE not with Child–Pugh ≥ B8 or a main portal-vein (Vp4) thrombus
   * (World J Hepatol 2015, Table 1).
   */
  static final Preconditions.Check STAGE_FOR_LOCOREGIONAL =
      check(
          Gate.TUMOUR_STAGE,
          (c, l) -> {
            List<BclcStage> stages = c.bclcStages();
            List<ChildPughClass> classes = c.childPughClasses();
            Observed<PortalVeinInvasion> vp = c.patient().primary().portalVeinInvasion();
            Fact fact =
                new Fact(
                    "BCLC / Child–Pugh / Vp",
                    (stages.isEmpty() ? "unknown" : stages.toString())
                        + " / "
                        + classes
                        + " / "
                        + vp);
            boolean d = stages.equals(List.of(BclcStage.D));
            boolean cpC = classes.equals(List.of(ChildPughClass.C));
            if (d || cpC) {
              // PS-23 [M]: no source found for withholding all locoregional therapy; a caution, not
              // a rule
              return GateCheck.of(
                  Gate.TUMOUR_STAGE,
                  CAUTION,
                  (d && cpC ? "BCLC D and Child–Pugh C" : d ? "BCLC D" : "Child–Pugh C")
                      + ": locoregional liver therapy is not usually offered "
                      + "— clinical judgement, no sourced threshold"
                      + (cpC
                          ? "; TACE contraindicated "
                              + "(Child–Pugh ≥ B8; World J Hepatol 2015, Table 1)"
                          : ""),
                  fact);
            }
            if (stages.isEmpty()
                || stages.contains(BclcStage.D)
                || classes.contains(ChildPughClass.C)) {
              return GateCheck.of(
                  Gate.TUMOUR_STAGE,
                  UNKNOWN,
                  "BCLC stage and Child–Pugh class (not in " + "BCLC D or Child–Pugh C)",
                  fact);
            }
            if (classes.contains(ChildPughClass.B) && c.childPughTotal().isEmpty()) {
              return GateCheck.of(
                  Gate.TUMOUR_STAGE, UNKNOWN, "Child–Pugh points (no TACE from B8)", fact);
            }
            boolean b8 = c.childPughTotal().map(t -> t >= TACE_CHILD_PUGH_LIMIT).orElse(false);
            boolean noMacrovascular =
                c.patient().primary().macrovascularInvasion().equals(Observed.of(false));
            if (!b8 && !vp.isKnown() && !noMacrovascular) {
              // PS-23, principle §0: the Vp4 contraindication cannot be checked while Vp is
              // unknown.
              return GateCheck.of(
                  Gate.TUMOUR_STAGE,
                  UNKNOWN,
                  "portal-vein invasion (Vp; no TACE with a " + "main portal-vein (Vp4) thrombus)",
                  fact);
            }
            if (b8 || vp.equals(Observed.of(PortalVeinInvasion.VP4))) {
              return GateCheck.of(
                  Gate.TUMOUR_STAGE,
                  CAUTION,
                  "TACE contraindicated ("
                      + (b8 ? "Child–Pugh ≥ B8" : "main portal-vein (Vp4) thrombus")
                      + "; World J Hepatol "
                      + "2015, Table 1): other locoregional options only as the liver team judges",
                  fact);
            }
            return GateCheck.pass(Gate.TUMOUR_STAGE, fact);
          });
}
