package org.hccbm.models.liver;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.result.OpenStatus;
import org.hccbm.core.result.Possible;
import org.hccbm.core.result.Quantity;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.models.internal.Choice;
import org.hccbm.models.internal.Completions;
import org.hccbm.models.internal.Completions.Verdict;

/** The rule Milan and UCSF share: burden within limits, no macrovascular invasion, no spread. */
final class TransplantCriteria {
  /** The burden part of a criterion, met or not. */
  /** Worded by bundle keys {@code value.TransplantBurden.<NAME>}. */
  enum TransplantBurden {
    WITHIN,
    BEYOND
  }

  private static final ItemCode BURDEN = ItemCode.of("tumourBurden");

  private TransplantCriteria() {}

  // The burden reading names the nodules in words (TumourBurden.describe): a legacy caveat.
  @SuppressWarnings("deprecation")
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
  private static Choice<TransplantBurden> burden(
      TransplantCriteriaInput in, Predicate<IntrahepaticTumour> withinBurden) {
    java.util.Optional<Integer> count = countOnly(in);
    List<TransplantBurden> all = List.of(TransplantBurden.values());
    if (count.isEmpty()) {
      return Choice.of(
          BURDEN,
          Bclc.BURDEN_FIELDS,
          in.tumour()
              .map(t -> withinBurden.test(t) ? TransplantBurden.WITHIN : TransplantBurden.BEYOND),
          all);
    }
    int n = count.get();
    return n > 3
        ? Choice.known(BURDEN, Bclc.BURDEN_FIELDS, TransplantBurden.BEYOND)
        : Choice.open(
            BURDEN,
            Bclc.BURDEN_FIELDS,
            OpenStatus.PARTLY_KNOWN,
            java.util.Optional.of(TumourBurden.countOnly(n)),
            new Possible.Described("transplant.unsized", Choice.oneOf(all).bands()),
            all);
  }

  static ModelResult evaluate(
      ModelInfo model,
      TransplantCriteriaInput in,
      Predicate<IntrahepaticTumour> withinBurden,
      String criteria) {
    if (in.tumour().known().map(t -> t.count() == 0).orElse(false)) {
      return new NotApplicable(model, "no viable intrahepatic tumour recorded", List.of());
    }
    Choice<TransplantBurden> burden = burden(in, withinBurden);
    Choice<Boolean> macro =
        Choice.of(
            ItemCode.of("macrovascularInvasion"),
            Bclc.MACRO_FIELDS,
            in.macrovascularInvasion(),
            List.of(false, true));
    Choice<Boolean> spread =
        Choice.of(
            ItemCode.of("extrahepaticSpread"),
            Bclc.SPREAD_FIELDS,
            in.extrahepaticSpread(),
            List.of(false, true));
    List<Choice<?>> choices = List.of(burden, macro, spread);
    return Completions.evaluate(
        model,
        choices,
        a -> {
          if (a.get(burden) == TransplantBurden.BEYOND) {
            return new Verdict(CriteriaStatus.BEYOND, criteria + ".beyondBurden");
          }
          if (a.get(macro)) {
            return new Verdict(CriteriaStatus.BEYOND, "transplant.beyondMacrovascular");
          }
          if (a.get(spread)) {
            return new Verdict(CriteriaStatus.BEYOND, "transplant.beyondSpread");
          }
          return new Verdict(CriteriaStatus.WITHIN, criteria + ".within");
        },
        burdenNote(in));
  }
}
