package org.hccbm.models.liver;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Creatinine;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.result.Band;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.Quantity;
import org.hccbm.core.result.Value;
import org.hccbm.models.internal.HalfUp;

/**
 * Bounding and rounding shared by the MELD family (liver §3), each rule as OPTN states it. Rounding
 * is HALF_UP on the decimal value (liver §0.2.3), never banker's rounding.
 *
 * <p>The formula terms are data: each item's input (the value as given and, when a bound applied,
 * as scored), its term as a {@link Band.Rule} with the coefficients and values its wording names,
 * and coded caveats ({@code meld.belowFloor}, {@code meld.aboveCap}, {@code meld.dialysisCap4}, …);
 * the words are in the bundle (docs/models.md, "Result codes").
 */
final class MeldTerms {
  static final ItemCode CREATININE = ItemCode.of("creatinine");
  static final ItemCode BILIRUBIN = ItemCode.of("bilirubin");
  static final ItemCode INR = ItemCode.of("inr");
  static final ItemCode SODIUM = ItemCode.of("sodium");
  static final ItemCode ALBUMIN = ItemCode.of("albumin");
  static final ItemCode CONSTANT = ItemCode.of("constant");

  static final String CREATININE_FIELD = "labs.creatinine";
  static final String BILIRUBIN_FIELD = "labs.totalBilirubin";
  static final String INR_FIELD = "labs.inr";
  static final String SODIUM_FIELD = "labs.sodium";
  static final String ALBUMIN_FIELD = "labs.albumin";
  static final String DIALYSIS_FIELD = "onDialysis";

  /** The value set naming a MELD input in the clamp caveats (bundle {@code value.MeldLab.*}). */
  enum MeldLab {
    CREATININE,
    BILIRUBIN,
    INR,
    SODIUM,
    ALBUMIN;

    Value value() {
      return new Value.Coded("MeldLab", name());
    }
  }

  private static final Band CREATININE_TERM = term("meld.creatinineTerm", 9.57);
  private static final Band BILIRUBIN_TERM = term("meld.bilirubinTerm", 3.78);
  private static final Band INR_TERM = term("meld.inrTerm", 11.2);
  private static final ItemScore CONSTANT_ITEM =
      ItemScore.scored(
          CONSTANT,
          InputUsed.of("", new Value.Coded("MeldTerm", "NO_INPUT")),
          term("meld.constant", 6.43),
          6.43);

  /** Creatinine on dialysis: set to the cap of MELD and MELD-Na. */
  private static final InputUsed ON_DIALYSIS_CAP4 =
      new InputUsed(
          DIALYSIS_FIELD,
          Value.of(true),
          Value.of(
              new Band.Rule(
                  "meld.creatinineOnDialysisCap4",
                  List.of(Quantity.of(Meld.CREATININE_CAP, "mg/dL")))),
          Optional.empty());

  private MeldTerms() {}

  /** A formula term worded by {@code rule.<code>}, its coefficient the first value. */
  static Band.Rule term(String code, double coefficient, Value... more) {
    List<Value> args = new ArrayList<>(1 + more.length);
    args.add(Quantity.of(coefficient, ""));
    args.addAll(List.of(more));
    return new Band.Rule(code, args);
  }

  /** The value as the result shows it: rounded half-up to 4 decimals ({@link HalfUp#shown}). */
  static double shown(double value) {
    return HalfUp.shown(value);
  }

  /** {@link #shown} always taken through the decimal text (the reference). */
  static double shownDecimal(double value) {
    return HalfUp.shownDecimal(value);
  }

  /** OPTN MELD(i): round the raw value to the tenth (HALF_UP), times 10, at most 40. */
  static int meldInteger(double optnRaw) {
    // The raw value's tenths in binary lie within a few ulps of the decimal value × 10; unless
    // they lie near a half, both round alike and the decimal need not be taken.
    double tenths = optnRaw * 10;
    if (HalfUp.decides(tenths)) {
      return Math.min(40, HalfUp.of(tenths));
    }
    // Near the half n + 0.5 tenths, the decimal rounds up exactly when the value's decimal (the
    // shortest that reads back as it) is at least (2n + 1) / 20. Reading back is monotone, so a
    // value above the double nearest that fraction has its decimal above the fraction, and one
    // below has it below; only a value equal to that double needs the decimal.
    if (tenths >= 0 && tenths < 1e6) {
      int n = (int) Math.floor(tenths);
      double half = (2.0 * n + 1) / 20; // both exact: the correctly rounded fraction
      if (optnRaw > half) {
        return Math.min(40, n + 1);
      }
      if (optnRaw < half) {
        return Math.min(40, n);
      }
    }
    return meldIntegerDecimal(optnRaw);
  }

  /** {@link #meldInteger} always taken in decimal (the reference). */
  static int meldIntegerDecimal(double optnRaw) {
    int tenths =
        new BigDecimal(Double.toString(optnRaw))
            .setScale(1, RoundingMode.HALF_UP)
            .movePointRight(1)
            .intValueExact();
    return Math.min(40, tenths);
  }

  /** Whether the input records dialysis (known to be yes). */
  static boolean onDialysis(MeldInput in) {
    return in.dialysis() instanceof Observed.Known<Boolean> d && d.value();
  }

  /** Reports, as a caveat, that a value lies below its floor or above its cap. */
  static void clampCaveat(
      MeldLab lab, double value, String unit, double floor, double cap, List<Caveat> caveats) {
    double unused = bound(lab, value, unit, floor, cap, caveats);
  }

  /**
   * Applies a floor and a cap, reporting each as a caveat ({@code meld.belowFloor}, {@code
   * meld.aboveCap}: the input, its value as shown, the bound).
   *
   * @return the value after the bounds
   */
  static double bound(
      MeldLab lab, double value, String unit, double floor, double cap, List<Caveat> caveats) {
    if (value < floor) {
      caveats.add(
          Caveat.coded(
              CaveatKind.CLAMP,
              "meld.belowFloor",
              lab.value(),
              Quantity.of(shown(value), unit),
              Quantity.of(floor, "")));
      return floor;
    }
    if (value > cap) {
      caveats.add(
          Caveat.coded(
              CaveatKind.CLAMP,
              "meld.aboveCap",
              lab.value(),
              Quantity.of(shown(value), unit),
              Quantity.of(cap, "")));
      return cap;
    }
    return value;
  }

  /**
   * The input of a MELD term: the value as shown (4 decimals) and, when a bound applied, the value
   * scored ("5.0545 mg/dL, bounded to 4").
   */
  static InputUsed boundedInput(String field, double value, double bounded, String unit) {
    double shown = shown(value);
    if (bounded == value) {
      return InputUsed.of(field, Quantity.of(shown, unit));
    }
    // A value that shows as its bound (0.99999 → 1) keeps its digits, so the bound still shows.
    return new InputUsed(
        field,
        Quantity.of(shown == bounded ? value : shown, unit),
        Quantity.of(bounded, unit),
        Optional.empty());
  }

  /** The clamp caveat of a dialysis status that sets creatinine to the cap (4.0 or 3.0). */
  static Caveat dialysisCaveat(double creatinineCap) {
    return Caveat.coded(
        CaveatKind.CLAMP,
        creatinineCap == Meld.CREATININE_CAP ? "meld.dialysisCap4" : "meld.dialysisCap3");
  }

  /**
   * The items (×10 terms) of the known inputs of MELD(i) and, when every input is known, its raw
   * value and integer.
   */
  record Parts(List<ItemScore> items, int lo, double raw) {}

  static Parts parts(MeldInput in, List<Caveat> caveats) {
    List<ItemScore> items = new ArrayList<>(5);
    boolean onDialysis = onDialysis(in);
    double cr = Meld.CREATININE_CAP;
    if (onDialysis) {
      caveats.add(dialysisCaveat(Meld.CREATININE_CAP));
      items.add(
          ItemScore.scored(CREATININE, ON_DIALYSIS_CAP4, CREATININE_TERM, 9.57 * Math.log(cr)));
    } else if (in.creatinine() instanceof Observed.Known<Creatinine> c) {
      double given = c.value().inMgPerDl();
      cr = bound(MeldLab.CREATININE, given, "mg/dL", 1.0, Meld.CREATININE_CAP, caveats);
      items.add(
          ItemScore.scored(
              CREATININE,
              boundedInput(CREATININE_FIELD, given, cr, "mg/dL"),
              CREATININE_TERM,
              9.57 * Math.log(cr)));
    }
    double bili = 1.0;
    if (in.bilirubin() instanceof Observed.Known<Bilirubin> b) {
      bili =
          lab(
              b.value().inMgPerDl(),
              MeldLab.BILIRUBIN,
              BILIRUBIN,
              BILIRUBIN_FIELD,
              "mg/dL",
              BILIRUBIN_TERM,
              3.78,
              items,
              caveats);
    }
    double inr = 1.0;
    if (in.inr() instanceof Observed.Known<Inr> i) {
      inr =
          lab(
              i.value().ratioValue(),
              MeldLab.INR,
              INR,
              INR_FIELD,
              "",
              INR_TERM,
              11.2,
              items,
              caveats);
    }
    items.add(CONSTANT_ITEM);
    double raw = Meld.optnRaw(bili, inr, cr);
    return new Parts(items, meldInteger(raw), raw);
  }

  private static double lab(
      double value,
      MeldLab lab,
      ItemCode code,
      String field,
      String unit,
      Band term,
      double coefficient,
      List<ItemScore> items,
      List<Caveat> caveats) {
    double b = bound(lab, value, unit, 1.0, Double.POSITIVE_INFINITY, caveats);
    items.add(
        ItemScore.scored(
            code, boundedInput(field, value, b, unit), term, coefficient * Math.log(b)));
    return b;
  }

  /** The items of the known inputs of a bounded MELD. */
  static List<ItemScore> knownItems(MeldInput in, List<Caveat> caveats) {
    return parts(in, caveats).items();
  }
}
