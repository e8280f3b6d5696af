package org.hccbm.models.liver;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.result.Quantity;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.models.internal.Choice;
import org.hccbm.models.internal.Completions;
import org.hccbm.models.internal.Completions.Verdict;

/** The rule Milan and UCSF share: burden within limits, no macrovascular invasion, no spread. */
final class TransplantCriteria {
  /** The burden part of a criterion, met or not. */
  enum Burden {
    WITHIN,
    BEYOND;

    @Override
    public String toString() {
      return this == WITHIN
          ? "within the size and number limits"
          : "beyond the size or number limits";
    }
  }

  private TransplantCriteria() {}

  private static List<Caveat> burdenNote(TransplantCriteriaInput in) {
    List<Caveat> caveats = new ArrayList<>();
    in.tumour()
        .known()
        .ifPresent(
            t ->
                caveats.add(
                    Caveat.of(
                        CaveatKind.ASSUMPTION,
                        "tumour burden read from "
                            + TumourBurden.describe(t)
                            + " on the imaging supplied")));
    countOnly(in)
        .ifPresent(
            n ->
                caveats.add(
                    Caveat.coded(
                        CaveatKind.ASSUMPTION,
                        n > 3
                            ? "transplant.countBeyond"
                            : n == 1 ? "transplant.oneNoduleUnsized" : "transplant.nodulesUnsized",
                        Quantity.of(n, ""))));
    return caveats;
  }

  /** The nodule count when it is known and the sizes are not. */
  private static java.util.Optional<Integer> countOnly(TransplantCriteriaInput in) {
    return in.tumour().isKnown() ? java.util.Optional.empty() : in.noduleCount().known();
  }

  /** The burden input: from the nodules, from a count of four or more, or open. */
  private static Choice<Burden> burden(
      TransplantCriteriaInput in, Predicate<IntrahepaticTumour> withinBurden) {
    java.util.Optional<Integer> count = countOnly(in);
    if (count.isEmpty()) {
      return Choice.of(
          "Tumour burden",
          in.tumour().map(t -> withinBurden.test(t) ? Burden.WITHIN : Burden.BEYOND),
          List.of(Burden.values()));
    }
    int n = count.get();
    return n > 3
        ? Choice.known("Tumour burden", Burden.BEYOND)
        : Choice.open(
            "Tumour burden",
            TumourBurden.countOnly(n),
            "within or beyond the size " + "limits",
            List.of(Burden.values()));
  }

  static ModelResult evaluate(
      ModelInfo model,
      TransplantCriteriaInput in,
      Predicate<IntrahepaticTumour> withinBurden,
      String burdenRule) {
    if (in.tumour().known().map(t -> t.count() == 0).orElse(false)) {
      return new NotApplicable(model, "no viable intrahepatic tumour recorded", List.of());
    }
    Choice<Burden> burden = burden(in, withinBurden);
    Choice<Boolean> macro =
        Choice.of("Macrovascular invasion", in.macrovascularInvasion(), List.of(false, true));
    Choice<Boolean> spread =
        Choice.of("Extrahepatic spread", in.extrahepaticSpread(), List.of(false, true));
    List<Choice<?>> choices = List.of(burden, macro, spread);
    return Completions.evaluate(
        model,
        choices,
        a -> {
          if (a.get(burden) == Burden.BEYOND) {
            return new Verdict(CriteriaStatus.BEYOND, "beyond: " + burdenRule + " not met");
          }
          if (a.get(macro)) {
            return new Verdict(CriteriaStatus.BEYOND, "beyond: macrovascular invasion");
          }
          if (a.get(spread)) {
            return new Verdict(CriteriaStatus.BEYOND, "beyond: extrahepatic spread");
          }
          return new Verdict(
              CriteriaStatus.WITHIN,
              "within: " + burdenRule + "; no macrovascular invasion; no extrahepatic spread");
        },
        burdenNote(in));
  }
}
