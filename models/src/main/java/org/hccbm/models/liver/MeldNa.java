package org.hccbm.models.liver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.hccbm.core.Decimals;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.result.Total;
import org.hccbm.core.result.TotalRange;
import org.hccbm.models.Score;
import org.hccbm.models.internal.Sources;

/**
 * Computes MELD-Na as OPTN implemented it in January 2016 (liver spec §3.2).
 *
 * <pre>
 * MELD(i) as {@link Meld} (the rounded integer, U-5)
 * if MELD(i) &gt; 11: MELD-Na = MELD(i) + 1.32 × (137 − Na) − 0.033 × MELD(i) × (137 − Na)
 * else:            MELD-Na = MELD(i)
 * Sodium bounded to [125, 137] mmol/L; result rounded HALF_UP, at most 40.
 * </pre>
 *
 * <p>The score is discontinuous at MELD(i) 11 → 12 (errata), so a bounded MELD-Na lists every
 * reachable integer rather than an interval's ends. An unknown sodium needs no plausible range:
 * the bounds [125, 137] cover every value.
 *
 * @since 0.1.0
 */
public final class MeldNa implements Score<MeldInput> {
  /** The OPTN 2016 MELD-Na. */
  public static final MeldNa INSTANCE = new MeldNa();

  private static final ModelInfo INFO = new ModelInfo("meld-na", "MELD-Na", "OPTN January 2016; "
      + "sodium term on the integer MELD(i)", 1, ModelStatus.VERIFIED,
      "reproduces worked examples ME-2 [P] and ME-3, ME-5, ME-6 (liver spec §3.4)",
      Sources.OPTN_MELD_NA_2016);

  private MeldNa() {}

  @Override
  public ModelInfo info() {
    return INFO;
  }

  @Override
  public MeldInput inputFrom(Patient patient) {
    return MeldInput.from(patient);
  }

  /**
   * Returns the unrounded MELD-Na from an integer MELD(i) and a sodium already bounded.
   *
   * @param meldI the integer MELD(i)
   * @param sodium sodium in mmol/L, within [125, 137]
   * @return the unrounded score
   */
  static double raw(int meldI, double sodium) {
    if (meldI <= 11) {
      return meldI;
    }
    double deficit = 137 - sodium;
    return meldI + 1.32 * deficit - 0.033 * meldI * deficit;
  }

  static int reported(double raw) {
    return Math.min(40, MeldTerms.roundHalfUp(raw));
  }

  @Override
  public ModelResult evaluate(MeldInput in) {
    List<Caveat> caveats = new ArrayList<>();
    Meld.Parts p = Meld.parts(in, caveats);
    List<ItemScore> items = new ArrayList<>(p.items());
    List<OpenItem> open = new ArrayList<>(p.open());
    Optional<Double> sodium = in.sodium().known().map(s -> MeldTerms.bound("sodium",
        s.inMmolPerL(), "mmol/L", 125, 137, caveats).value());
    if (p.open().isEmpty()) {
      items.add(ItemScore.of("OPTN rounding of MELD(i)", Decimals.shown(p.raw() * 10) + " → "
          + p.lo(), "round to the tenth, × 10, at most 40", p.lo() - p.raw() * 10));
    }
    if (p.open().isEmpty() && sodium.isPresent()) {
      items.add(sodiumItem(p.lo(), in, sodium.get()));
      // No clamp caveat is needed: with MELD(i) ≤ 40 and 0 ≤ 137 − Na ≤ 12, MELD-Na =
      // MELD(i) + (137 − Na)(1.32 − 0.033 MELD(i)) is at most 40 (tested).
      double raw = raw(p.lo(), sodium.get());
      return new Complete(INFO, items, Optional.of(new Total(raw, reported(raw))),
          Optional.empty(), caveats);
    }
    if (sodium.isEmpty()) {
      open.add(new OpenItem("Sodium", in.sodium().toString(), "125–137 mmol/L after bounds (any "
          + "value)", 0, Math.max(0, raw(p.hi(), 125) - p.hi())));
    } else if (p.open().isEmpty()) {
      items.add(sodiumItem(p.lo(), in, sodium.get()));
    }
    TreeSet<Double> reachable = new TreeSet<>();
    for (int m = p.lo(); m <= p.hi(); m++) {
      int lo = reported(raw(m, sodium.orElse(137.0)));
      int hi = reported(raw(m, sodium.orElse(125.0)));
      for (int v = lo; v <= hi; v++) {
        reachable.add((double) v);
      }
    }
    List<String> deciding = reachable.size() == 1 ? List.of()
        : open.stream().map(OpenItem::item).toList();
    return new Bounded(INFO, items, open, Optional.of(TotalRange.of(reachable)), List.of(),
        deciding, caveats);
  }

  private static ItemScore sodiumItem(int meldI, MeldInput in, double sodium) {
    String observed = in.sodium().known().orElseThrow() + (sodium != in.sodium().known()
        .orElseThrow().inMmolPerL() ? ", bounded to " + Decimals.shown(sodium) : "");
    if (meldI <= 11) {
      return ItemScore.of("Sodium", observed, "MELD(i) ≤ 11: no sodium term", 0);
    }
    String deficit = Decimals.shown(137 - sodium);
    return ItemScore.of("Sodium", observed, "1.32 × " + deficit + " − 0.033 × " + meldI + " × "
        + deficit, raw(meldI, sodium) - meldI);
  }
}
