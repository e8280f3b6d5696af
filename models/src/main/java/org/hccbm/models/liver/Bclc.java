package org.hccbm.models.liver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.performance.PsConvention;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.result.OpenStatus;
import org.hccbm.core.result.Possible;
import org.hccbm.core.result.Value;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.models.Score;
import org.hccbm.models.internal.Choice;
import org.hccbm.models.internal.Completions;
import org.hccbm.models.internal.Completions.Assignment;
import org.hccbm.models.internal.Completions.Verdict;
import org.hccbm.models.internal.PerformanceItems;
import org.hccbm.models.internal.Sources;

/**
 * Assigns the BCLC 2022 stage by the library's encoding rule (liver §4.1); first match wins.
 *
 * <pre>
 * 1. ECOG 3–4, cancer-related                                      → D
 * 2. End-stage liver function (Child–Pugh C; U-7)                 → D
 * 3. Macrovascular invasion, or any extrahepatic spread (bone, N1) → C   (even with PS 0)
 * 4. ECOG 1–2, cancer-related                                      → C
 * 5. PS 0, preserved liver function: single ≤ 2 cm → 0; single, or 2–3 nodules all ≤ 3 cm → A;
 *    else → B
 * </pre>
 *
 * <p>Every HCC patient with bone metastasis is therefore C or D. A performance status recorded as
 * not cancer-related skips rules 1 and 4 (errata), with a caveat. Karnofsky is converted to ECOG by
 * the standard convention, with a caveat. Unknown inputs give every reachable stage and the inputs
 * that decide it. A nodule count without sizes bounds the burden over what the sizes could be
 * (revision 2): one nodule is 0 or A, two or three are A or beyond A, four or more are beyond A.
 * Status DRAFT: the stage table was checked against secondary sources only (U-7).
 *
 * @since 0.1.0
 */
public final class Bclc implements Score<BclcInput> {
  /** The BCLC 2022 encoding. */
  public static final Bclc INSTANCE = new Bclc();

  private static final ModelInfo INFO =
      new ModelInfo(
          "bclc-2022",
          "BCLC 2022",
          "encoding rule of "
              + "docs/sources.md, liver §4.1 (docs/sources.md); liver function as Child–Pugh A/B vs C",
          2,
          ModelStatus.DRAFT,
          "stage table checked against secondary sources only; liver-function mapping is a library "
              + "assumption (U-7)",
          Sources.REIG_2022,
          BclcStage.class);

  /** Tumour burden in BCLC's terms; worded by bundle keys {@code value.BclcBurden.<NAME>}. */
  enum BclcBurden {
    /** No viable intrahepatic tumour: staged only through vascular invasion or spread (C). */
    NONE,
    VERY_EARLY,
    EARLY,
    BEYOND_EARLY;

    /** What an unknown tumour may be; "none" is left out because it is not staged by burden. */
    static final List<BclcBurden> STAGEABLE = List.of(VERY_EARLY, EARLY, BEYOND_EARLY);

    static BclcBurden of(IntrahepaticTumour t) {
      return t.count() == 0
          ? NONE
          : TumourBurden.bclcVeryEarly(t)
              ? VERY_EARLY
              : TumourBurden.bclcEarly(t) ? EARLY : BEYOND_EARLY;
    }
  }

  private static final ItemCode PS = ItemCode.of("ecogPerformanceStatus");
  private static final ItemCode RELATED = ItemCode.of("psCancerRelated");
  private static final ItemCode CHILD_PUGH = ItemCode.of("childPughClass");
  private static final ItemCode BURDEN = ItemCode.of("tumourBurden");
  private static final ItemCode MACRO = ItemCode.of("macrovascularInvasion");
  private static final ItemCode SPREAD = ItemCode.of("extrahepaticSpread");

  // The rule applied to every completion returns one of these (a result holds them as data).
  private static final Verdict RULE_1 = new Verdict(BclcStage.D, "bclc.rule1");
  private static final Verdict RULE_2 = new Verdict(BclcStage.D, "bclc.rule2");
  private static final Verdict RULE_3 = new Verdict(BclcStage.C, "bclc.rule3");
  private static final Verdict RULE_4 = new Verdict(BclcStage.C, "bclc.rule4");
  private static final Verdict RULE_5_VERY_EARLY =
      new Verdict(BclcStage.STAGE_0, "bclc.rule5VeryEarly");
  private static final Verdict RULE_5_EARLY = new Verdict(BclcStage.A, "bclc.rule5Early");
  private static final Verdict RULE_5_BEYOND_EARLY =
      new Verdict(BclcStage.B, "bclc.rule5BeyondEarly");

  /** The fields macrovascular invasion is read from (a Vp grade Vp1–Vp4 implies it). */
  static final List<String> MACRO_FIELDS =
      List.of("primary.macrovascularInvasion", "primary.portalVeinInvasion");

  /** The fields extrahepatic spread is derived from (bone or other metastases, or N1). */
  static final List<String> SPREAD_FIELDS =
      List.of("boneLesions", "extraskeletalMetastases", "primary.ajccN");

  /** The field the tumour burden is read from. */
  static final List<String> BURDEN_FIELDS = List.of("primary.nodules");

  // The inputs, declared once: a known or unknown input's choice is shared by every evaluation.
  private static final Choice.Input<Ecog> PS_INPUT =
      new Choice.Input<>(
          PS,
          List.of(PerformanceItems.FIELD),
          List.of(
              Ecog.FULLY_ACTIVE,
              Ecog.RESTRICTED_STRENUOUS,
              Ecog.AMBULATORY_SELF_CARE,
              Ecog.LIMITED_SELF_CARE,
              Ecog.BEDBOUND));
  private static final Choice.Input<Boolean> RELATED_INPUT =
      new Choice.Input<>(RELATED, List.of("performanceStatusCancerRelated"), List.of(true, false));
  private static final Choice.Input<ChildPughClass> CHILD_PUGH_INPUT =
      Choice.Input.derived(CHILD_PUGH, ChildPughClass.class);
  private static final Choice.Input<BclcBurden> BURDEN_INPUT =
      new Choice.Input<>(BURDEN, BURDEN_FIELDS, BclcBurden.STAGEABLE);
  private static final Choice.Input<Boolean> MACRO_INPUT =
      new Choice.Input<>(MACRO, MACRO_FIELDS, List.of(false, true));
  private static final Choice.Input<Boolean> SPREAD_INPUT =
      new Choice.Input<>(SPREAD, SPREAD_FIELDS, List.of(false, true));
  private static final Caveat LIVER_FUNCTION_READING =
      Caveat.coded(CaveatKind.ASSUMPTION, "bclc.liverFunctionReading");
  private static final Caveat PS_NOT_CANCER_RELATED =
      Caveat.coded(CaveatKind.ASSUMPTION, "bclc.psNotCancerRelated");

  private Bclc() {}

  @Override
  public ModelInfo info() {
    return INFO;
  }

  @Override
  public BclcInput inputFrom(Patient patient) {
    return BclcInput.from(patient);
  }

  @Override
  public ModelResult evaluate(BclcInput in) {
    List<Caveat> caveats = new ArrayList<>(3);
    caveats.add(LIVER_FUNCTION_READING);
    Observed<Ecog> ecog = ecog(in.performanceStatus(), caveats);
    if (ecog.equals(Observed.of(Ecog.DEAD))) {
      return NotApplicable.coded(INFO, "ecog5Dead", caveats);
    }
    if (in.tumour().known().map(t -> t.count() == 0).orElse(false)
        && !in.macrovascularInvasion().equals(Observed.of(true))
        && !in.extrahepaticSpread().equals(Observed.of(true))) {
      boolean couldBeC =
          !in.macrovascularInvasion().isKnown() || !in.extrahepaticSpread().isKnown();
      return NotApplicable.coded(
          INFO, couldBeC ? "bclc.nothingToStageUnlessC" : "bclc.nothingToStage", caveats);
    }
    Choice<Ecog> ps = PS_INPUT.of(ecog);
    // The options are the known grade or all five (PS_INPUT): no loop over them, whose profiled
    // predicate would deoptimise this method.
    boolean psMatters = ps.options().size() > 1 || ps.options().get(0).grade() >= 1;
    // Relatedness is an input like any other: when it cannot change the stage (ECOG 0), the
    // engine makes the result complete and names it as an unknown that did not matter.
    Choice<Boolean> related = RELATED_INPUT.of(in.performanceStatusCancerRelated());
    if (psMatters && in.performanceStatusCancerRelated().equals(Observed.of(false))) {
      caveats.add(PS_NOT_CANCER_RELATED);
    }
    // The input's classes are sorted and distinct.
    Choice<ChildPughClass> liver = CHILD_PUGH_INPUT.derived(in.childPughClasses());
    Choice<BclcBurden> burden = burden(in);
    Choice<Boolean> macro = MACRO_INPUT.of(in.macrovascularInvasion());
    Choice<Boolean> spread = SPREAD_INPUT.of(in.extrahepaticSpread());
    return Completions.evaluate(
        INFO,
        List.of(ps, related, liver, burden, macro, spread),
        a -> stage(a, ps, related, liver, burden, macro, spread),
        caveats);
  }

  /**
   * The burden input: from the nodules; from a count without sizes (one nodule: 0 or A; two or
   * three: A or beyond A; four or more: beyond A whatever the sizes); or open.
   */
  private static Choice<BclcBurden> burden(BclcInput in) {
    if (in.tumour().isKnown() || in.noduleCount().known().isEmpty()) {
      return BURDEN_INPUT.of(in.tumour().map(BclcBurden::of));
    }
    int n = in.noduleCount().known().get();
    if (n > 3) {
      return BURDEN_INPUT.known(BclcBurden.BEYOND_EARLY);
    }
    List<BclcBurden> possible =
        n == 1
            ? List.of(BclcBurden.VERY_EARLY, BclcBurden.EARLY)
            : List.of(BclcBurden.EARLY, BclcBurden.BEYOND_EARLY);
    return Choice.open(
        BURDEN,
        BURDEN_FIELDS,
        OpenStatus.PARTLY_KNOWN,
        Optional.of(TumourBurden.countOnly(n)),
        new Possible.Described(
            n == 1 ? "bclc.oneNoduleUnsized" : "bclc.nodulesUnsized",
            Choice.oneOf(possible).bands()),
        possible);
  }

  private static Verdict stage(
      Assignment a,
      Choice<Ecog> ps,
      Choice<Boolean> related,
      Choice<ChildPughClass> liver,
      Choice<BclcBurden> burden,
      Choice<Boolean> macro,
      Choice<Boolean> spread) {
    int grade = a.get(ps).grade();
    boolean cancerRelated = a.get(related);
    if (cancerRelated && grade >= 3) {
      return RULE_1;
    }
    if (a.get(liver) == ChildPughClass.C) {
      return RULE_2;
    }
    if (a.get(macro) || a.get(spread)) {
      return RULE_3;
    }
    if (cancerRelated && grade >= 1) {
      return RULE_4;
    }
    return switch (a.get(burden)) {
      // Without a tumour, evaluate() stages only when invasion or spread is known (rule 3 above).
      case NONE -> throw new IllegalStateException("no intrahepatic tumour reached rule 5");
      case VERY_EARLY -> RULE_5_VERY_EARLY;
      case EARLY -> RULE_5_EARLY;
      case BEYOND_EARLY -> RULE_5_BEYOND_EARLY;
    };
  }

  private static Observed<Ecog> ecog(Observed<PerformanceStatus> ps, List<Caveat> caveats) {
    if (ps.known().isEmpty()) {
      // A status that is not assessable stays so, with its reason; an unknown one stays unknown.
      return ps instanceof Observed.NotAssessable<PerformanceStatus> n
          ? Observed.notAssessable(n.reason())
          : Observed.unknown();
    }
    PerformanceStatus status = ps.known().get();
    Ecog ecog = status.ecogCandidates(PsConvention.STANDARD).get(0);
    if (status.nativeScale() == PerformanceStatus.Scale.KARNOFSKY) {
      caveats.add(
          Caveat.coded(
              CaveatKind.CONVERSION,
              "bclc.kpsToEcog",
              Value.of(status.nativeKarnofsky().orElseThrow()),
              Value.of(ecog)));
    }
    return Observed.of(ecog);
  }
}
