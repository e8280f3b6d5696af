package org.hccbm.models.liver;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.hccbm.core.Decimals;
import org.hccbm.core.Observed;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;

/**
 * Bounding and rounding shared by the MELD family (liver §3), each rule as OPTN states it.
 * Rounding is HALF_UP on the decimal value (liver §0.2.3), never banker's rounding.
 */
final class MeldTerms {
  /** One input after the model's bounds, with what was done to it. */
  record Bounded(double value, String observed) {}

  private MeldTerms() {}

  /** OPTN MELD(i): round the raw value to the tenth (HALF_UP), times 10, at most 40. */
  static int meldInteger(double optnRaw) {
    int tenths = new BigDecimal(Double.toString(optnRaw)).setScale(1, RoundingMode.HALF_UP)
        .movePointRight(1).intValueExact();
    return Math.min(40, tenths);
  }

  /** Reports, as a caveat, that a value lies below its floor or above its cap. */
  static void clampCaveat(String name, double value, String unit, double floor, double cap,
      List<Caveat> caveats) {
    Bounded unused = bound(name, value, unit, floor, cap, caveats);
  }

  /** Applies a floor and a cap, reporting each as a caveat. */
  static Bounded bound(String name, double value, String unit, double floor, double cap,
      List<Caveat> caveats) {
    String shown = Decimals.shown(value) + (unit.isEmpty() ? "" : " " + unit);
    if (value < floor) {
      caveats.add(Caveat.of(CaveatKind.CLAMP, name + " " + shown + " is below "
          + Decimals.shown(floor) + ": set to " + Decimals.shown(floor)));
      return new Bounded(floor, shown + ", bounded to " + Decimals.shown(floor));
    }
    if (value > cap) {
      caveats.add(Caveat.of(CaveatKind.CLAMP, name + " " + shown + " is above "
          + Decimals.shown(cap) + ": set to " + Decimals.shown(cap)));
      return new Bounded(cap, shown + ", bounded to " + Decimals.shown(cap));
    }
    return new Bounded(value, shown);
  }
}
