package org.hccbm.models.liver;

import static com.google.common.collect.Range.closed;
import static com.google.common.collect.Range.greaterThan;
import static com.google.common.collect.Range.lessThan;

import java.util.List;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.Quantity;
import org.hccbm.core.result.Value;
import org.hccbm.models.internal.ItemTable;
import org.hccbm.models.internal.ItemTable.Row;

/** The Child–Pugh laboratory tables, whose three bands share one shape. */
final class ChildPughTables {
  private ChildPughTables() {}

  /** Bilirubin: below {@code low} 1; {@code low}–{@code high} inclusive 2; above 3. */
  static ItemTable<Double> bilirubin(String unit, double low, double high) {
    return ItemTable.banded(ChildPugh.BILIRUBIN, "labs.totalBilirubin", unit)
        .band(lessThan(low), 1)
        .band(closed(low, high), 2)
        .band(greaterThan(high), 3)
        .build();
  }

  /** Albumin: above {@code high} 1; {@code low}–{@code high} inclusive 2; below 3. */
  static ItemTable<Double> albumin(String unit, double low, double high) {
    return ItemTable.banded(ChildPugh.ALBUMIN, "labs.albumin", unit)
        .band(greaterThan(high), 1)
        .band(closed(low, high), 2)
        .band(lessThan(low), 3)
        .build();
  }

  /**
   * Adds a caveat when the native SI table and the mg/dL table disagree (U-2 gaps), worded for the
   * path that scored: the native SI table, or the conversion to mg/dL when {@code convertedPath}.
   */
  static void siGapCaveat(
      Quantity given,
      Bilirubin b,
      Row si,
      Row converted,
      boolean convertedPath,
      List<Caveat> caveats) {
    if (si.points() == converted.points()) {
      return;
    }
    caveats.add(
        convertedPath
            ? Caveat.coded(
                CaveatKind.SOURCE_CONFLICT,
                "childPugh.siGapConverted",
                given,
                Value.of(converted.points()),
                mgPerDl(b),
                Value.of(converted.band()),
                Value.of(si.band()),
                Value.of(si.points()))
            : Caveat.coded(
                CaveatKind.SOURCE_CONFLICT,
                "childPugh.siGapNative",
                given,
                Value.of(si.points()),
                Value.of(si.band()),
                mgPerDl(b),
                Value.of(converted.points())));
  }

  /** The bilirubin in mg/dL as the caveats show it, to three decimals. */
  static Quantity mgPerDl(Bilirubin b) {
    return Quantity.of(Math.round(b.inMgPerDl() * 1000) / 1000.0, "");
  }
}
