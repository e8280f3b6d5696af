package org.hccbm.models.treatment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hccbm.core.Observed;
import org.hccbm.core.history.AntithromboticDrugClass;
import org.hccbm.core.history.AntithromboticTherapy;
import org.hccbm.core.history.RadiotherapyCourse;
import org.hccbm.core.lab.LabUnit;
import org.hccbm.core.lesion.LongBoneSite;
import org.hccbm.core.lesion.SkeletalSite;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.result.Renderer;
import org.hccbm.core.result.TotalRange;
import org.hccbm.core.result.Value;

/** Typed plan arguments for values the rules read: observations, lists, ranges, estimates. */
final class PlanValues {
  private PlanValues() {}

  /**
   * An observation: "unknown", "not assessable (reason)", or its value as {@code known} types it.
   */
  static <T> PlanArg observed(Observed<T> observed, Function<? super T, PlanArg> known) {
    if (observed instanceof Observed.Known<T> k) {
      return known.apply(k.value());
    }
    if (observed instanceof Observed.NotAssessable<T> n) {
      // the reason is the caller's own text, kept as given
      return Wording.of("observed.notAssessable", PlanArg.text(n.reason()));
    }
    return PlanArg.unknown();
  }

  /** An observation of a coded value, e.g. a Frankel grade. */
  static PlanArg observedCode(Observed<? extends Enum<?>> observed) {
    return observed(observed, PlanArg::of);
  }

  /** The model id of Child–Pugh, whose total the gates show. */
  static final String CHILD_PUGH = "child-pugh";

  /** The model id of MELD, whose range the gates show. */
  static final String MELD = "meld";

  /** A number of months (UCUM {@code mo}). */
  static PlanArg months(int months) {
    return PlanArg.quantity(months, "mo");
  }

  /** A Child–Pugh total in points. */
  static PlanArg childPughPoints(int total) {
    return PlanArg.points(CHILD_PUGH, total);
  }

  /** A performance status on its native scale: "ECOG 2" or "KPS 60". */
  static PlanArg performanceStatus(PerformanceStatus ps) {
    Optional<Ecog> ecog = ps.nativeEcog();
    return ecog.isPresent()
        ? Wording.of("performanceStatus.ecog", PlanArg.num(ecog.get().grade()))
        : Wording.of(
            "performanceStatus.kps", PlanArg.num(ps.nativeKarnofsky().orElseThrow().percent()));
  }

  /**
   * Antithrombotic therapy: "none", the drug classes joined by " + " (or the kind with "class not
   * recorded"), and the last dose when recorded.
   */
  static PlanArg antithrombotics(AntithromboticTherapy t) {
    if (!t.any()) {
      return Wording.of("antithrombotic.none");
    }
    PlanArg classes;
    if (t.drugClasses().isEmpty()) {
      classes = Wording.of("antithrombotic.classNotRecorded", PlanArg.of(t.kind()));
    } else {
      List<PlanArg> out = new ArrayList<>(t.drugClasses().size());
      for (AntithromboticDrugClass d : t.drugClasses()) {
        out.add(PlanArg.of(d));
      }
      classes = PlanArg.join("plus", out);
    }
    return t.lastDose().isPresent()
        ? Wording.of("antithrombotic.lastDose", classes, PlanArg.date(t.lastDose().get()))
        : classes;
  }

  /** A radiotherapy course: "30 Gy/10 to L4 (2026-05-01)". */
  static PlanArg course(RadiotherapyCourse r) {
    PlanArg dose = PlanArg.quantity(r.totalDoseGy(), "Gy");
    PlanArg fractions = PlanArg.num(r.fractions());
    PlanArg site = site(r.site());
    return r.completed().isPresent()
        ? Wording.of("rt.courseCompleted", dose, fractions, site, PlanArg.date(r.completed().get()))
        : Wording.of("rt.course", dose, fractions, site);
  }

  /**
   * A skeletal site: a spinal level or another bone as a coded value, a long-bone site as its bone
   * and region.
   */
  static PlanArg site(SkeletalSite site) {
    if (site instanceof LongBoneSite l) {
      return Wording.of("site.longBone", PlanArg.of(l.bone()), PlanArg.of(l.region()));
    }
    return PlanArg.of((Enum<?>) site);
  }

  /** Coded values joined by ", ". */
  static PlanArg codes(List<? extends Enum<?>> values) {
    List<PlanArg> out = new ArrayList<>(values.size());
    for (Enum<?> v : values) {
      out.add(PlanArg.of(v));
    }
    return PlanArg.join("comma", out);
  }

  /** Coded values as a bracketed list, "[A, B]". */
  static Wording bracketed(List<? extends Enum<?>> values) {
    return Wording.of("list.brackets", codes(values));
  }

  /** One value, or "one of [A, B]". */
  static PlanArg oneOrOneOf(List<? extends Enum<?>> values) {
    return values.size() == 1 ? PlanArg.of(values.get(0)) : Wording.of("list.oneOf", codes(values));
  }

  /** A model's range of totals: "17" or "13–25". */
  static PlanArg range(String model, TotalRange range) {
    return range.min() == range.max()
        ? PlanArg.points(model, range.min())
        : Wording.of(
            "range", PlanArg.points(model, range.min()), PlanArg.points(model, range.max()));
  }

  /** An estimate's summary, e.g. "hcc-sm-gpa → &lt; 3 months". */
  static Wording survival(SurvivalEstimate e) {
    return Wording.of("survival.summary", PlanArg.id(e.modelId()), oneOrOneOf(e.bands()));
  }

  /** A model result in brief: "9 (SINS potentially unstable (7–12))", "13–25 (reachable: …)". */
  static PlanArg result(ModelResult r) {
    if (r.isComplete()) {
      return complete(r.asComplete());
    }
    return r.isBounded() ? bounded(r.asBounded()) : Wording.of("result.notApplicable");
  }

  /** {@link #result} of a complete result: its total and category. */
  private static PlanArg complete(Complete c) {
    if (c.total().isPresent()) {
      PlanArg total = PlanArg.points(c.model().id(), c.total().get().value());
      return c.category().isPresent()
          ? Wording.of("result.totalCategory", total, PlanArg.category(c.category().get()))
          : total;
    }
    return c.category().isPresent() ? PlanArg.category(c.category().get()) : Wording.NONE;
  }

  /** {@link #result} of a bounded result: the totals, categories and items still open. */
  private static PlanArg bounded(Bounded b) {
    List<PlanArg> reachable = new ArrayList<>();
    for (Category x : b.reachableCategories()) {
      reachable.add(PlanArg.category(x));
    }
    List<PlanArg> open = new ArrayList<>();
    for (OpenItem o : b.openItems()) {
      open.add(new PlanArg.Val(new Value.Coded(Renderer.ITEM, o.code().value())));
    }
    return Wording.of(
        "result.bounded",
        b.totals().isPresent()
            ? Wording.of(
                "result.range",
                PlanArg.points(b.model().id(), b.totals().get().min()),
                PlanArg.points(b.model().id(), b.totals().get().max()))
            : Wording.NONE,
        PlanArg.join("comma", reachable),
        PlanArg.join("comma", open));
  }

  /** An albumin-corrected calcium with the formula applied, e.g. "11.2 mg/dL (Ca + 0.8 × …)". */
  static Wording calcium(CorrectedCalcium cc) {
    return Wording.of(
        cc.unit() == LabUnit.MMOL_PER_L ? "calcium.correctedSi" : "calcium.corrected",
        PlanArg.quantity(Math.round(cc.value() * 100) / 100.0, cc.unit().ucum()));
  }

  /** The inputs {@link CockcroftGault#clearance(org.hccbm.core.patient.Patient, List)} missed. */
  static PlanArg missingInputs(List<String> missing) {
    List<PlanArg> out = new ArrayList<>(missing.size());
    for (String m : missing) {
      out.add(
          Wording.of(
              switch (m) {
                case "age" -> "input.age";
                case "body weight" -> "input.bodyWeight";
                case "sex" -> "input.sex";
                case "serum creatinine" -> "input.serumCreatinine";
                default -> throw new IllegalArgumentException("no wording for input " + m);
              }));
    }
    return PlanArg.join("comma", out);
  }
}
