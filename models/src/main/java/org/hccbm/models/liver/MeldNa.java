package org.hccbm.models.liver;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.hccbm.core.Observed;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.lab.Sodium;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Band;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.Quantity;
import org.hccbm.core.result.Total;
import org.hccbm.core.result.Value;
import org.hccbm.models.Score;
import org.hccbm.models.internal.FormulaBounds;
import org.hccbm.models.internal.HalfUp;
import org.hccbm.models.internal.Sources;
import org.hccbm.models.liver.MeldTerms.MeldLab;

/**
 * Computes MELD-Na as OPTN implemented it in January 2016 (liver §3.2).
 *
 * <pre>
 * MELD(i) as {@link Meld} (the rounded integer, U-5)
 * if MELD(i) &gt; 11: MELD-Na = MELD(i) + 1.32 × (137 − Na) − 0.033 × MELD(i) × (137 − Na)
 * else:            MELD-Na = MELD(i)
 * Sodium bounded to [125, 137] mmol/L; result rounded HALF_UP, at most 40.
 * </pre>
 *
 * <p>The score is discontinuous at MELD(i) 11 → 12 (errata), so a bounded MELD-Na lists every
 * reachable integer rather than an interval's ends. An unknown sodium needs no plausible range: the
 * bounds [125, 137] cover every value.
 *
 * @since 0.1.0
 */
public final class MeldNa implements Score<MeldInput> {
  /** The OPTN 2016 MELD-Na. */
  public static final MeldNa INSTANCE = new MeldNa();

  private static final ModelInfo INFO =
      new ModelInfo(
          "meld-na",
          "MELD-Na",
          "OPTN January 2016; " + "sodium term on the integer MELD(i)",
          2,
          ModelStatus.VERIFIED,
          "reproduces worked examples ME-2 [P] and ME-3, ME-5, ME-6 (docs/sources.md, liver §3.4)",
          Sources.OPTN_MELD_NA_2016);

  private static final ItemCode ROUNDING = ItemCode.of("optnRoundingOfMeldI");
  private static final Band OPTN_ROUNDING = new Band.Rule("meldNa.optnRounding", List.of());
  private static final Band NO_SODIUM_TERM = new Band.Rule("meldNa.noSodiumTerm", List.of());
  private static final Band SODIUM_APPLIES = new Band.Rule("meldNa.sodiumTermApplies", List.of());

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

  /** MELD-Na reported from an integer MELD(i) and a bounded sodium, computed in decimal. */
  static int reported(int meldI, double sodium) {
    if (meldI <= 11) {
      return meldI;
    }
    double approx = meldI + 1.32 * (137 - sodium) - 0.033 * meldI * (137 - sodium);
    if (HalfUp.decides(approx)) {
      return Math.min(40, HalfUp.of(approx));
    }
    // Near the half n + 0.5: with k = 1.32 − 0.033 × MELD(i) > 0, the decimal sum MELD(i) + (137 −
    // Na) × k is at least n + 0.5 exactly when Na's decimal is at most the fraction P / Q below
    // (Q = 2000 k). Reading back is monotone, so a sodium below the double nearest P / Q has its
    // decimal below the fraction, and one above has it above; only a sodium equal to that double
    // needs the decimal sum.
    int q = 2640 - 66 * meldI;
    if (q > 0 && approx > 0 && approx < 1e6) {
      int n = (int) Math.floor(approx);
      long p = 137L * q - 1000L * (2L * (n - meldI) + 1);
      double fraction = (double) p / q; // both exact: the correctly rounded fraction
      if (sodium < fraction) {
        return Math.min(40, n + 1);
      }
      if (sodium > fraction) {
        return Math.min(40, n);
      }
    }
    return reportedDecimal(meldI, sodium);
  }

  /** The reported score with the sodium term always taken in decimal (the reference). */
  static int reportedDecimal(int meldI, double sodium) {
    BigDecimal m = BigDecimal.valueOf(meldI);
    BigDecimal deficit = BigDecimal.valueOf(137).subtract(BigDecimal.valueOf(sodium));
    BigDecimal raw =
        m.add(new BigDecimal("1.32").multiply(deficit))
            .subtract(new BigDecimal("0.033").multiply(m).multiply(deficit));
    return Math.min(40, raw.setScale(0, RoundingMode.HALF_UP).intValueExact());
  }

  /** MELD-Na as a formula over the engine's point: MELD(i) first, then the sodium term. */
  static final FormulaBounds.Formula FORMULA =
      new FormulaBounds.Formula() {
        /**
         * The MELD-Na expression on the unrounded MELD(i) × 10 (at most 40): continuous in each lab
         * except at MELD(i) 11, and changed by an input exactly when it changes MELD(i) or sodium
         * matters. The engine uses it to tell an input with no effect from one with a small effect.
         */
        @Override
        public double raw(double[] x) {
          double m = Math.min(40, Meld.FORMULA.raw(x) * 10);
          double deficit = 137 - x[MeldSpace.SODIUM];
          return m <= 11 ? m : m + 1.32 * deficit - 0.033 * m * deficit;
        }

        @Override
        public int reported(double[] x) {
          return MeldNa.reported(Meld.FORMULA.reported(x), x[MeldSpace.SODIUM]);
        }

        @Override
        public SortedSet<Integer> image(double[] lo, double[] hi) {
          FormulaBounds.IntSet out = new FormulaBounds.IntSet();
          addImage(lo, hi, out);
          return out.toSortedSet();
        }

        @Override
        public void addImage(double[] lo, double[] hi, FormulaBounds.IntSet out) {
          // Every MELD(i) between its ends is reachable (MELD(i) is continuous in the labs); for
          // each, the sodium term is linear in sodium, so every integer between its ends is
          // reachable. The union is not an interval across the 11 → 12 discontinuity (errata).
          int[] meldI = FormulaBounds.cornerEnds(Meld.FORMULA, lo, hi);
          for (int m = meldI[0]; m <= meldI[1]; m++) {
            out.addRange(
                MeldNa.reported(m, hi[MeldSpace.SODIUM]), MeldNa.reported(m, lo[MeldSpace.SODIUM]));
          }
        }
      };

  private static final MeldSpace.Model MODEL =
      new MeldSpace.Model(INFO, MeldSpace.Reads.MELD_NA, Meld.CREATININE_CAP, FORMULA);

  @Override
  public ModelResult evaluate(MeldInput in) {
    return MeldSpace.evaluate(MODEL, in);
  }

  /** A bounded MELD-Na's items: the MELD terms' and a known sodium's, adding their caveats. */
  static List<ItemScore> boundedItems(MeldInput in, List<Caveat> caveats) {
    List<ItemScore> items = new ArrayList<>(MeldTerms.knownItems(in, caveats));
    if (in.sodium() instanceof Observed.Known<Sodium> known) {
      Sodium s = known.value();
      double bounded = MeldTerms.bound(MeldLab.SODIUM, s.inMmolPerL(), "mmol/L", 125, 137, caveats);
      items.add(ItemScore.scored(MeldTerms.SODIUM, sodiumInput(s, bounded), SODIUM_APPLIES, 0));
    }
    return items;
  }

  /** The complete result of an input with every input known, adding to the caveats. */
  static ModelResult complete(MeldInput in, List<Caveat> caveats) {
    MeldTerms.Parts p = MeldTerms.parts(in, caveats);
    List<ItemScore> items = new ArrayList<>(p.items().size() + 2);
    items.addAll(p.items());
    Sodium given = in.sodium().known().orElseThrow();
    double sodium =
        MeldTerms.bound(MeldLab.SODIUM, given.inMmolPerL(), "mmol/L", 125, 137, caveats);
    double meldI10 = p.raw() * 10;
    items.add(
        ItemScore.scored(
            ROUNDING,
            InputUsed.of(
                "",
                Value.of(
                    new Band.Rule(
                        "meldNa.meldIRounded",
                        List.of(
                            Quantity.of(MeldTerms.shown(meldI10), ""), Quantity.of(p.lo(), ""))))),
            OPTN_ROUNDING,
            p.lo() - meldI10));
    items.add(sodiumItem(p.lo(), given, sodium));
    // No clamp caveat is needed: with MELD(i) ≤ 40 and 0 ≤ 137 − Na ≤ 12, MELD-Na =
    // MELD(i) + (137 − Na)(1.32 − 0.033 MELD(i)) is at most 40 (tested).
    return new Complete(
        INFO,
        items,
        Optional.of(new Total(raw(p.lo(), sodium), reported(p.lo(), sodium))),
        Optional.empty(),
        caveats);
  }

  /** The sodium as given and, when bounded to [125, 137], as scored. */
  private static InputUsed sodiumInput(Sodium s, double bounded) {
    Quantity given = Quantity.of(s.value(), s.unit().ucum());
    return bounded != s.inMmolPerL()
        ? new InputUsed(
            MeldTerms.SODIUM_FIELD, given, Quantity.of(bounded, "mmol/L"), Optional.empty())
        : InputUsed.of(MeldTerms.SODIUM_FIELD, given);
  }

  private static ItemScore sodiumItem(int meldI, Sodium given, double sodium) {
    InputUsed input = sodiumInput(given, sodium);
    if (meldI <= 11) {
      return ItemScore.scored(MeldTerms.SODIUM, input, NO_SODIUM_TERM, 0);
    }
    return ItemScore.scored(
        MeldTerms.SODIUM,
        input,
        new Band.Rule(
            "meldNa.sodiumTerm",
            List.of(Quantity.of(MeldTerms.shown(137 - sodium), ""), Quantity.of(meldI, ""))),
        raw(meldI, sodium) - meldI);
  }
}
