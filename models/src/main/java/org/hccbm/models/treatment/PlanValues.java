package org.hccbm.models.treatment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hccbm.core.Observed;
import org.hccbm.core.result.TotalRange;

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
}
