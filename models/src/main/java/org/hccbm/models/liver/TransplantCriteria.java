package org.hccbm.models.liver;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.hccbm.core.Diameter;
import org.hccbm.core.Observed;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.result.Band;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.result.OpenStatus;
import org.hccbm.core.result.Possible;
import org.hccbm.core.result.Quantity;
import org.hccbm.core.result.Value;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.models.internal.Choice;
import org.hccbm.models.internal.Completions;
import org.hccbm.models.internal.Completions.Verdict;
import org.hccbm.models.internal.HalfUp;

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

  private static List<Caveat> burdenNote(TransplantCriteriaInput in) {
    // Plain reads rather than Optional.ifPresent lambdas: this runs for every patient.
    List<Caveat> caveats = new ArrayList<>(2);
    if (in.tumour() instanceof Observed.Known<IntrahepaticTumour> t) {
      caveats.add(burdenRead(t.value()));
    }
    java.util.Optional<Integer> count = countOnly(in);
    if (count.isPresent()) {
      int n = count.get();
      caveats.add(
          Caveat.coded(
              CaveatKind.ASSUMPTION,
              n > 3
                  ? "transplant.countBeyond"
                  : n == 1 ? "transplant.oneNoduleUnsized" : "transplant.nodulesUnsized",
              Quantity.of(n, "")));
    }
    return caveats;
  }

  /**
   * The caveat naming the nodules the burden was read from: {@code transplant.burdenRead} (one
   * nodule: its diameter) or {@code transplant.burdenReadNodules} (the count, the diameters as a
   * list, the total diameter in cm).
   */
  static Caveat burdenRead(IntrahepaticTumour t) {
    if (t.count() == 0) {
      return Caveat.coded(CaveatKind.ASSUMPTION, "transplant.burdenReadNone");
    }
    Value sizes = sizes(t.nodules(), 0);
    return t.count() == 1
        ? Caveat.coded(CaveatKind.ASSUMPTION, "transplant.burdenRead", sizes)
        : Caveat.coded(
            CaveatKind.ASSUMPTION,
            "transplant.burdenReadNodules",
            Quantity.of(t.count(), ""),
            sizes,
            Quantity.of(HalfUp.shown(TumourBurden.totalCm(t)), "cm"));
  }

  /** The diameters from {@code from} on: one, or the first and a list of the rest. */
  private static Value sizes(List<Diameter> nodules, int from) {
    Diameter d = nodules.get(from);
    Quantity size = Quantity.of(d.unit().equals("cm") ? d.inCm() : d.inMm(), d.unit());
    return from == nodules.size() - 1
        ? size
        : Value.of(new Band.Rule("transplant.sizes", List.of(size, sizes(nodules, from + 1))));
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
      return NotApplicable.coded(model, "transplant.noViableTumour", List.of());
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
