package org.hccbm.models.liver;

import java.util.ArrayList;
import java.util.List;
import org.hccbm.core.Observed;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.performance.PsConvention;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.result.Value;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.models.Score;
import org.hccbm.models.internal.Choice;
import org.hccbm.models.internal.Completions;
import org.hccbm.models.internal.Completions.Assignment;
import org.hccbm.models.internal.Completions.Verdict;
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
          Sources.REIG_2022);

  /** Tumour burden in BCLC's terms. */
  enum Burden {
    /** No viable intrahepatic tumour: staged only through vascular invasion or spread (C). */
    NONE("no viable intrahepatic tumour"),
    VERY_EARLY("single ≤ 2 cm"),
    EARLY("single > 2 cm, or 2–3 nodules each ≤ 3 cm"),
    BEYOND_EARLY("multinodular beyond A");

    /** What an unknown tumour may be; "none" is left out because it is not staged by burden. */
    static final List<Burden> STAGEABLE = List.of(VERY_EARLY, EARLY, BEYOND_EARLY);

    private final String text;

    Burden(String text) {
      this.text = text;
    }

    static Burden of(IntrahepaticTumour t) {
      return t.count() == 0
          ? NONE
          : TumourBurden.bclcVeryEarly(t)
              ? VERY_EARLY
              : TumourBurden.bclcEarly(t) ? EARLY : BEYOND_EARLY;
    }

    @Override
    public String toString() {
      return text;
    }
  }

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
    List<Caveat> caveats =
        new ArrayList<>(List.of(Caveat.coded(CaveatKind.ASSUMPTION, "bclc.liverFunctionReading")));
    Observed<Ecog> ecog = ecog(in.performanceStatus(), caveats);
    if (ecog.equals(Observed.of(Ecog.DEAD))) {
      return new NotApplicable(INFO, "ECOG 5 (dead)", caveats);
    }
    if (in.tumour().known().map(t -> t.count() == 0).orElse(false)
        && !in.macrovascularInvasion().equals(Observed.of(true))
        && !in.extrahepaticSpread().equals(Observed.of(true))) {
      boolean couldBeC =
          !in.macrovascularInvasion().isKnown() || !in.extrahepaticSpread().isKnown();
      return new NotApplicable(
          INFO,
          "no viable intrahepatic tumour and no extrahepatic spread "
              + "or vascular invasion recorded: nothing to stage"
              + (couldBeC ? " (either, still " + "unknown, would make it stage C)" : ""),
          caveats);
    }
    Choice<Ecog> ps =
        Choice.of(
            "ECOG performance status",
            ecog,
            List.of(
                Ecog.FULLY_ACTIVE,
                Ecog.RESTRICTED_STRENUOUS,
                Ecog.AMBULATORY_SELF_CARE,
                Ecog.LIMITED_SELF_CARE,
                Ecog.BEDBOUND));
    boolean psMatters = ps.options().stream().anyMatch(e -> e.grade() >= 1);
    // Relatedness is an input like any other: when it cannot change the stage (ECOG 0), the
    // engine makes the result complete and names it as an unknown that did not matter.
    Choice<Boolean> related =
        Choice.of("PS cancer-related", in.performanceStatusCancerRelated(), List.of(true, false));
    if (psMatters && in.performanceStatusCancerRelated().equals(Observed.of(false))) {
      caveats.add(Caveat.coded(CaveatKind.ASSUMPTION, "bclc.psNotCancerRelated"));
    }
    Choice<ChildPughClass> liver =
        in.childPughClasses().size() == 1
            ? Choice.known("Child–Pugh class", in.childPughClasses().get(0))
            : Choice.open(
                "Child–Pugh class",
                "not determined",
                "class " + in.childPughClasses(),
                in.childPughClasses());
    Choice<Burden> burden = burden(in);
    Choice<Boolean> macro =
        Choice.of("Macrovascular invasion", in.macrovascularInvasion(), List.of(false, true));
    Choice<Boolean> spread =
        Choice.of("Extrahepatic spread", in.extrahepaticSpread(), List.of(false, true));
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
  private static Choice<Burden> burden(BclcInput in) {
    if (in.tumour().isKnown() || in.noduleCount().known().isEmpty()) {
      return Choice.of("Tumour burden", in.tumour().map(Burden::of), Burden.STAGEABLE);
    }
    int n = in.noduleCount().known().get();
    if (n > 3) {
      return Choice.known("Tumour burden", Burden.BEYOND_EARLY);
    }
    List<Burden> possible =
        n == 1
            ? List.of(Burden.VERY_EARLY, Burden.EARLY)
            : List.of(Burden.EARLY, Burden.BEYOND_EARLY);
    return Choice.open(
        "Tumour burden",
        TumourBurden.countOnly(n),
        n == 1 ? "single ≤ 2 cm or single > 2 cm" : "each ≤ 3 cm (A) or any larger (beyond A)",
        possible);
  }

  private static Verdict stage(
      Assignment a,
      Choice<Ecog> ps,
      Choice<Boolean> related,
      Choice<ChildPughClass> liver,
      Choice<Burden> burden,
      Choice<Boolean> macro,
      Choice<Boolean> spread) {
    int grade = a.get(ps).grade();
    boolean cancerRelated = a.get(related);
    if (cancerRelated && grade >= 3) {
      return new Verdict(BclcStage.D, "rule 1: ECOG 3–4, cancer-related → D");
    }
    if (a.get(liver) == ChildPughClass.C) {
      return new Verdict(BclcStage.D, "rule 2: end-stage liver function (Child–Pugh C) → D");
    }
    if (a.get(macro) || a.get(spread)) {
      return new Verdict(BclcStage.C, "rule 3: macrovascular invasion or extrahepatic spread → C");
    }
    if (cancerRelated && grade >= 1) {
      return new Verdict(BclcStage.C, "rule 4: ECOG 1–2, cancer-related → C");
    }
    return switch (a.get(burden)) {
      // Without a tumour, evaluate() stages only when invasion or spread is known (rule 3 above).
      case NONE -> throw new IllegalStateException("no intrahepatic tumour reached rule 5");
      case VERY_EARLY -> new Verdict(BclcStage.STAGE_0, "rule 5: PS 0, single ≤ 2 cm → 0");
      case EARLY -> new Verdict(BclcStage.A, "rule 5: PS 0, single or 2–3 nodules ≤ 3 cm → A");
      case BEYOND_EARLY -> new Verdict(BclcStage.B, "rule 5: PS 0, multinodular beyond A → B");
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
