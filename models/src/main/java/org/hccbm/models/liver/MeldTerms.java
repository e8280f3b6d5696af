package org.hccbm.models.liver;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.hccbm.core.Decimals;
import org.hccbm.core.Observed;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.ItemScore;

/**
 * Bounding and rounding shared by the MELD family (liver §3), each rule as OPTN states it. Rounding
 * is HALF_UP on the decimal value (liver §0.2.3), never banker's rounding.
 */
// Formula terms and caveats still worded here (ItemScore.of, Caveat.of): the last legacy
// items, to be converted to codes (docs/models.md).
@SuppressWarnings({"deprecation", "removal"})
final class MeldTerms {
  /** One input after the model's bounds, with what was done to it. */
  record Bounded(double value, String observed) {}

  private MeldTerms() {}

  /** OPTN MELD(i): round the raw value to the tenth (HALF_UP), times 10, at most 40. */
  static int meldInteger(double optnRaw) {
    int tenths =
        new BigDecimal(Double.toString(optnRaw))
            .setScale(1, RoundingMode.HALF_UP)
            .movePointRight(1)
            .intValueExact();
    return Math.min(40, tenths);
  }

  /** Reports, as a caveat, that a value lies below its floor or above its cap. */
  static void clampCaveat(
      String name, double value, String unit, double floor, double cap, List<Caveat> caveats) {
    Bounded unused = bound(name, value, unit, floor, cap, caveats);
  }

  /** Applies a floor and a cap, reporting each as a caveat. */
  static Bounded bound(
      String name, double value, String unit, double floor, double cap, List<Caveat> caveats) {
    String shown = Decimals.shown(value) + (unit.isEmpty() ? "" : " " + unit);
    if (value < floor) {
      caveats.add(
          Caveat.of(
              CaveatKind.CLAMP,
              name
                  + " "
                  + shown
                  + " is below "
                  + Decimals.shown(floor)
                  + ": set to "
                  + Decimals.shown(floor)));
      return new Bounded(floor, shown + ", bounded to " + Decimals.shown(floor));
    }
    if (value > cap) {
      caveats.add(
          Caveat.of(
              CaveatKind.CLAMP,
              name
                  + " "
                  + shown
                  + " is above "
                  + Decimals.shown(cap)
                  + ": set to "
                  + Decimals.shown(cap)));
      return new Bounded(cap, shown + ", bounded to " + Decimals.shown(cap));
    }
    return new Bounded(value, shown);
  }

  /**
   * The items (×10 terms) of the known inputs of MELD(i) and, when every input is known, its raw
   * value and integer.
   */
  record Parts(List<ItemScore> items, int lo, double raw) {}

  static Parts parts(MeldInput in, List<Caveat> caveats) {
    List<ItemScore> items = new ArrayList<>();
    boolean onDialysis = in.dialysis().equals(Observed.of(true));
    double cr = Meld.CREATININE_CAP;
    if (onDialysis) {
      caveats.add(Caveat.of(CaveatKind.CLAMP, "dialysis in the prior week: creatinine set to 4.0"));
      items.add(
          ItemScore.of(
              "Creatinine",
              "on dialysis: set to 4.0 mg/dL",
              "9.57 × ln(creatinine mg/dL)",
              9.57 * Math.log(cr)));
    } else if (in.creatinine().known().isPresent()) {
      Bounded b =
          bound(
              "creatinine",
              in.creatinine().known().get().inMgPerDl(),
              "mg/dL",
              1.0,
              Meld.CREATININE_CAP,
              caveats);
      cr = b.value();
      items.add(
          ItemScore.of(
              "Creatinine", b.observed(), "9.57 × ln(creatinine mg/dL)", 9.57 * Math.log(cr)));
    }
    double bili =
        lab(
            in.bilirubin().map(b -> b.inMgPerDl()),
            "Bilirubin",
            "bilirubin",
            "mg/dL",
            3.78,
            items,
            caveats);
    double inr = lab(in.inr().map(i -> i.ratioValue()), "INR", "INR", "", 11.2, items, caveats);
    items.add(ItemScore.of("Constant", "—", "6.43", 6.43));
    double raw = Meld.optnRaw(bili, inr, cr);
    return new Parts(items, meldInteger(raw), raw);
  }

  private static double lab(
      Observed<Double> value,
      String item,
      String name,
      String unit,
      double coefficient,
      List<ItemScore> items,
      List<Caveat> caveats) {
    if (value.known().isEmpty()) {
      return 1.0;
    }
    Bounded b = bound(name, value.known().get(), unit, 1.0, Double.POSITIVE_INFINITY, caveats);
    items.add(
        ItemScore.of(
            item,
            b.observed(),
            Decimals.shown(coefficient)
                + " × ln("
                + name
                + (unit.isEmpty() ? "" : " " + unit)
                + ")",
            coefficient * Math.log(b.value())));
    return b.value();
  }

  /** The items of the known inputs of a bounded MELD. */
  static List<ItemScore> knownItems(MeldInput in, List<Caveat> caveats) {
    return parts(in, caveats).items();
  }
}
