package org.hccbm.models.liver;

import static com.google.common.collect.Range.closed;
import static com.google.common.collect.Range.greaterThan;
import static com.google.common.collect.Range.lessThan;

import java.util.List;
import org.hccbm.core.Decimals;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.models.internal.BandTable;

/** The Child–Pugh laboratory tables, whose three bands share one shape. */
final class ChildPughTables {
  private ChildPughTables() {}

  /** Bilirubin: below {@code low} 1; {@code low}–{@code high} inclusive 2; above 3. */
  static BandTable bilirubin(String unit, double low, double high) {
    String lo = Decimals.shown(low);
    String hi = Decimals.shown(high);
    return BandTable.builder("bilirubin " + unit)
        .band(lessThan(low), "< " + lo + " " + unit, 1)
        .band(closed(low, high), lo + "–" + hi + " " + unit, 2)
        .band(greaterThan(high), "> " + hi + " " + unit, 3).build();
  }

  /** Albumin: above {@code high} 1; {@code low}–{@code high} inclusive 2; below 3. */
  static BandTable albumin(String unit, double low, double high) {
    String lo = Decimals.shown(low);
    String hi = Decimals.shown(high);
    return BandTable.builder("albumin " + unit)
        .band(greaterThan(high), "> " + hi + " " + unit, 1)
        .band(closed(low, high), lo + "–" + hi + " " + unit, 2)
        .band(lessThan(low), "< " + lo + " " + unit, 3).build();
  }

  /**
   * Adds a caveat when the native SI table and the mg/dL table disagree (U-2 gaps), worded for the
   * path that scored: the native SI table, or the conversion to mg/dL when {@code convertedPath}.
   */
  static void siGapCaveat(Bilirubin b, BandTable.Band si, BandTable.Band converted,
      boolean convertedPath, List<Caveat> caveats) {
    if (si.points() == converted.points()) {
      return;
    }
    String why = " (the SI cut-points are rounded conversions of the mg/dL ones, U-2)";
    caveats.add(Caveat.of(CaveatKind.SOURCE_CONFLICT, convertedPath
        ? "bilirubin " + b + " scored " + converted.points() + " converted to " + mgPerDl(b)
            + " mg/dL (" + converted.label() + "); on the native SI table (" + si.label()
            + ") it would score " + si.points() + why
        : "bilirubin " + b + " scored " + si.points() + " on the native SI table (" + si.label()
            + "); converted to " + mgPerDl(b) + " mg/dL it would score " + converted.points()
            + why));
  }

  /** The bilirubin in mg/dL as the caveats show it, to three decimals. */
  static String mgPerDl(Bilirubin b) {
    return Decimals.shown(Math.round(b.inMgPerDl() * 1000) / 1000.0);
  }
}
