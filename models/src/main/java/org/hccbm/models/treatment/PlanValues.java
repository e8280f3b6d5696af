package org.hccbm.models.treatment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hccbm.core.Observed;
import org.hccbm.core.lab.LabUnit;
import org.hccbm.core.result.Category;
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
      return Wording.of("observed.notAssessable", PlanArg.text(n.reason()));
    }
    return PlanArg.unknown();
  }

  /** An observation whose known value is shown as its record renders it. */
  static PlanArg observed(Observed<?> observed) {
    return observed(observed, v -> PlanArg.text(String.valueOf(v)));
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

  /** A total's range: "17" or "13–25". */
  static PlanArg range(TotalRange range) {
    return range.min() == range.max()
        ? PlanArg.num(range.min())
        : Wording.of("range", PlanArg.num(range.min()), PlanArg.num(range.max()));
  }

  /** An estimate's summary, e.g. "hcc-sm-gpa → &lt; 3 months". */
  static Wording survival(SurvivalEstimate e) {
    return Wording.of("survival.summary", PlanArg.id(e.modelId()), oneOrOneOf(e.bands()));
  }

  /** A model result in brief: "9 (SINS potentially unstable (7–12))", "13–25 (reachable: …)". */
  static PlanArg result(ModelResult r) {
    return r.<PlanArg>fold(
        c -> {
          if (c.total().isPresent()) {
            PlanArg total = PlanArg.num(c.total().get().value());
            return c.category().isPresent()
                ? Wording.of("result.totalCategory", total, PlanArg.category(c.category().get()))
                : total;
          }
          return c.category().isPresent() ? PlanArg.category(c.category().get()) : Wording.NONE;
        },
        b -> {
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
                      PlanArg.num(b.totals().get().min()),
                      PlanArg.num(b.totals().get().max()))
                  : Wording.NONE,
              PlanArg.join("comma", reachable),
              PlanArg.join("comma", open));
        },
        n -> Wording.of("result.notApplicable"));
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
