package org.hccbm.models.liver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Creatinine;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.Sodium;
import org.hccbm.core.patient.Age;
import org.hccbm.core.patient.Sex;
import org.hccbm.core.result.Band;
import org.hccbm.core.result.Bound;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.result.Possible;
import org.hccbm.core.result.Renderer;
import org.hccbm.core.result.TotalRange;
import org.hccbm.core.result.Value;
import org.hccbm.models.internal.Completions;
import org.hccbm.models.internal.FormulaBounds;
import org.hccbm.models.internal.FormulaBounds.Unknown;
import org.hccbm.models.internal.PlausibleRanges;

/**
 * A MELD-family input as a point of the bounded-results engine: each input one coordinate, after
 * the model's bounds, and each unknown input with the values it may still take.
 *
 * <pre>
 * Coordinate   Known                         Unknown
 * dialysis     0 or 1                        {0, 1}        (only while creatinine is below the cap)
 * female       0 or 1                        {0, 1}        (MELD 3.0)
 * adolescent   0 or 1 (age 12–17)            {0, 1}        (MELD 3.0)
 * bilirubin    mg/dL, at least 1.0           1.0–50 mg/dL  (PlausibleRanges)
 * sodium       mmol/L, within 125–137        125–137       (MELD-Na, MELD 3.0)
 * INR          at least 1.0                  1.0–10        (PlausibleRanges)
 * creatinine   mg/dL, within 1.0–cap         1.0–cap       (set to the cap on dialysis)
 * albumin      g/dL, within 1.5–3.5          1.5–3.5       (MELD 3.0)
 * </pre>
 */
final class MeldSpace {
  static final int DIALYSIS = 0;
  static final int FEMALE = 1;
  static final int ADOLESCENT = 2;
  static final int BILIRUBIN = 3;
  static final int SODIUM = 4;
  static final int INR = 5;
  static final int CREATININE = 6;
  static final int ALBUMIN = 7;

  private static final double BILI_MAX_MG = PlausibleRanges.BILIRUBIN_MAX_UMOL_PER_L / 17.1;

  /** Which inputs a model reads. */
  enum Reads {
    MELD(false, false),
    MELD_NA(true, false),
    MELD_3(true, true);

    final boolean sodium;
    final boolean meld3;

    Reads(boolean sodium, boolean meld3) {
      this.sodium = sodium;
      this.meld3 = meld3;
    }
  }

  final double[] point = new double[8];
  final List<Unknown> unknowns = new ArrayList<>();
  final List<OpenItem> open = new ArrayList<>();
  private final double creatinineCap;

  private MeldSpace(double creatinineCap) {
    this.creatinineCap = creatinineCap;
  }

  /**
   * The unknowns of one model and their open items, made once: an open item depends only on the
   * model and the input's state, and an unknown input's is always the same (an input that is not
   * assessable gets its own, with the reason).
   */
  private static final class Opens {
    final double creatinineCap;
    final Unknown creatinine;
    final OpenItem creatinineOpen;
    final OpenItem dialysisUnmeasured;
    final String dialysisMeasured;
    final Unknown bilirubin;
    final OpenItem bilirubinOpen;
    final Unknown sodium;
    final OpenItem sodiumOpen;
    final Unknown inr;
    final OpenItem inrOpen;
    final Unknown albumin;
    final OpenItem albuminOpen;

    Opens(Reads reads, double creatinineCap) {
      this.creatinineCap = creatinineCap;
      creatinine = Unknown.range(CREATININE, "Creatinine", 1.0, creatinineCap);
      creatinineOpen =
          OpenItem.of(
              ItemCode.of("creatinine"),
              Observed.unknown(),
              new Possible.Described(
                  "meld.creatinine" + capName(creatinineCap),
                  List.of(range(1.0, creatinineCap, "mg/dL"))),
              0,
              reads.meld3 ? 0 : 9.57 * Math.log(creatinineCap),
              List.of("labs.creatinine"));
      // "no (creatinine as measured, after bounds) or yes (creatinine set to the cap)"
      dialysisUnmeasured =
          dialysisOpen(
              Observed.unknown(),
              new Possible.Described(
                  "meld.dialysisUnmeasured" + capName(creatinineCap), List.of()));
      dialysisMeasured = "meld.dialysisMeasured" + capName(creatinineCap);
      bilirubin = Unknown.range(BILIRUBIN, BILIRUBIN_LABEL, 1.0, BILI_MAX_MG);
      bilirubinOpen =
          labOpen(
              "bilirubin",
              "labs.totalBilirubin",
              1.0,
              BILI_MAX_MG,
              "mg/dL",
              reads.meld3 ? 0 : 3.78 * Math.log(BILI_MAX_MG));
      sodium = Unknown.range(SODIUM, SODIUM_LABEL, 125, 137);
      sodiumOpen = labOpen("sodium", "labs.sodium", 125, 137, "mmol/L", 0);
      inr = Unknown.range(INR, INR_LABEL, 1.0, PlausibleRanges.INR_MAX);
      inrOpen =
          labOpen(
              "inr",
              "labs.inr",
              1.0,
              PlausibleRanges.INR_MAX,
              "",
              reads.meld3 ? 0 : 11.2 * Math.log(PlausibleRanges.INR_MAX));
      albumin = Unknown.range(ALBUMIN, ALBUMIN_LABEL, 1.5, 3.5);
      albuminOpen = labOpen("albumin", "labs.albumin", 1.5, 3.5, "g/dL", 0);
    }

    /**
     * The open item of a lab (bundle key {@code possible.meld.<code>}: the bounds, and whether the
     * range is every value or the plausible range).
     */
    private static OpenItem labOpen(
        String code, String field, double floor, double searchMax, String unit, double maxPoints) {
      return OpenItem.of(
          ItemCode.of(code),
          Observed.unknown(),
          new Possible.Described("meld." + code, List.of(range(floor, searchMax, unit))),
          0,
          maxPoints,
          List.of(field));
    }
  }

  private static final String BILIRUBIN_LABEL = Renderer.english().label(ItemCode.of("bilirubin"));
  private static final String SODIUM_LABEL = Renderer.english().label(ItemCode.of("sodium"));
  private static final String INR_LABEL = Renderer.english().label(ItemCode.of("inr"));
  private static final String ALBUMIN_LABEL = Renderer.english().label(ItemCode.of("albumin"));

  private static final Opens MELD_OPENS = new Opens(Reads.MELD, Meld.CREATININE_CAP);
  private static final Opens MELD_NA_OPENS = new Opens(Reads.MELD_NA, Meld.CREATININE_CAP);
  private static final Opens MELD_3_OPENS = new Opens(Reads.MELD_3, 3.0);

  private static final Unknown DIALYSIS_UNKNOWN = Unknown.discrete(DIALYSIS, "Dialysis", 0, 1);
  private static final Unknown SEX_UNKNOWN = Unknown.discrete(FEMALE, "Sex", 0, 1);
  private static final Unknown AGE_UNKNOWN = Unknown.discrete(ADOLESCENT, "Age", 0, 1);
  private static final OpenItem SEX_OPEN =
      OpenItem.of(
          ItemCode.of("sex"),
          Observed.unknown(),
          new Possible.Described(
              "meld3.sex",
              List.of(
                  new Band.Values("Sex", List.of(Sex.FEMALE.name())),
                  new Band.Values("Sex", List.of(Sex.MALE.name())))),
          0,
          1.33,
          List.of("sex"));
  private static final OpenItem AGE_OPEN =
      OpenItem.of(
          ItemCode.of("age"),
          Observed.unknown(),
          new Possible.Described(
              "meld3.age",
              List.of(
                  range(12, 17, "years"),
                  new Band.Range(Optional.of(new Bound(18, true)), Optional.empty(), "years"))),
          0,
          1.33,
          List.of("age"));

  private static Opens opens(Reads reads, double creatinineCap) {
    Opens made =
        switch (reads) {
          case MELD -> MELD_OPENS;
          case MELD_NA -> MELD_NA_OPENS;
          case MELD_3 -> MELD_3_OPENS;
        };
    return made.creatinineCap == creatinineCap ? made : new Opens(reads, creatinineCap);
  }

  /**
   * The open item of an input: the one made for an unknown input, or its own when not assessable.
   */
  private static OpenItem open(OpenItem unknown, Observed<?> input) {
    return input instanceof Observed.NotAssessable<?>
        ? OpenItem.of(
            unknown.code(),
            input,
            unknown.possible(),
            unknown.minPoints(),
            unknown.maxPoints(),
            unknown.closedBy())
        : unknown;
  }

  private static OpenItem dialysisOpen(Observed<Boolean> input, Possible possible) {
    return OpenItem.of(ItemCode.of("dialysis"), input, possible, 0, 0, List.of("onDialysis"));
  }

  private void unknown(Unknown u, OpenItem item) {
    unknowns.add(u);
    open.add(item);
  }

  /**
   * A MELD-family model as the engine sees it: what it reads, its formula and its metadata.
   *
   * @param info the model
   * @param reads what it reads
   * @param creatinineCap 4.0 (MELD, MELD-Na) or 3.0 (MELD 3.0)
   * @param formula its formula over the point
   */
  record Model(ModelInfo info, Reads reads, double creatinineCap, FormulaBounds.Formula formula) {}

  /**
   * Evaluates a MELD-family model: complete when every input is known; otherwise the engine ({@link
   * FormulaBounds}) searches the unknowns, and the result is complete when every completion reports
   * the same score, bounded when not.
   *
   * <p>One method for the three models, building the point in place: above C2's inlining size (325
   * bytecodes), it is compiled once rather than into each model's evaluation. When every completion
   * reports the same score, the result shows the items of one completion with the unknowns marked
   * and the note naming them.
   *
   * @param model the model
   * @param in the input
   * @return the result
   */
  static ModelResult evaluate(Model model, MeldInput in) {
    Reads reads = model.reads;
    double creatinineCap = model.creatinineCap;
    Opens o = opens(reads, creatinineCap);
    MeldSpace s = new MeldSpace(creatinineCap);
    double[] point = s.point;
    Observed<Creatinine> creatinine = in.creatinine();
    boolean creatinineKnown = creatinine instanceof Observed.Known<Creatinine>;
    point[CREATININE] =
        creatinine instanceof Observed.Known<Creatinine> c
            ? Math.max(1.0, Math.min(creatinineCap, c.value().inMgPerDl()))
            : creatinineCap;
    boolean onDialysis = MeldTerms.onDialysis(in);
    point[DIALYSIS] = onDialysis ? 1 : 0;
    if (!onDialysis && !creatinineKnown) {
      s.unknown(o.creatinine, open(o.creatinineOpen, creatinine));
    }
    Observed<Boolean> dialysis = in.dialysis();
    if (!(dialysis instanceof Observed.Known<Boolean>)) {
      s.unknown(
          DIALYSIS_UNKNOWN,
          creatinineKnown
              ? dialysisOpen(
                  dialysis,
                  new Possible.Described(
                      o.dialysisMeasured,
                      List.of(range(point[CREATININE], point[CREATININE], "mg/dL"))))
              : open(o.dialysisUnmeasured, dialysis));
    }
    if (reads.meld3) {
      if (in.sex() instanceof Observed.Known<Sex> sex) {
        point[FEMALE] = sex.value() == Sex.FEMALE ? 1 : 0;
      } else {
        s.unknown(SEX_UNKNOWN, open(SEX_OPEN, in.sex()));
      }
      if (in.age() instanceof Observed.Known<Age> age) {
        point[ADOLESCENT] = age.value().years() < 18 ? 1 : 0;
      } else {
        s.unknown(AGE_UNKNOWN, open(AGE_OPEN, in.age()));
      }
    }
    if (in.bilirubin() instanceof Observed.Known<Bilirubin> b) {
      point[BILIRUBIN] = Math.max(1.0, Math.min(Double.POSITIVE_INFINITY, b.value().inMgPerDl()));
    } else {
      s.unknown(o.bilirubin, open(o.bilirubinOpen, in.bilirubin()));
    }
    if (reads.sodium) {
      if (in.sodium() instanceof Observed.Known<Sodium> na) {
        point[SODIUM] = Math.max(125, Math.min(137, na.value().inMmolPerL()));
      } else {
        s.unknown(o.sodium, open(o.sodiumOpen, in.sodium()));
      }
    }
    if (in.inr() instanceof Observed.Known<Inr> inr) {
      point[INR] = Math.max(1.0, Math.min(Double.POSITIVE_INFINITY, inr.value().ratioValue()));
    } else {
      s.unknown(o.inr, open(o.inrOpen, in.inr()));
    }
    if (reads.meld3) {
      if (in.albumin() instanceof Observed.Known<Albumin> alb) {
        point[ALBUMIN] = Math.max(1.5, Math.min(3.5, alb.value().inGPerDl()));
      } else {
        s.unknown(o.albumin, open(o.albuminOpen, in.albumin()));
      }
    }
    List<Caveat> caveats = new ArrayList<>();
    if (s.unknowns.isEmpty()) {
      return complete(reads, in, caveats);
    }
    FormulaBounds.Search search = FormulaBounds.search(model.formula(), point, s.unknowns);
    if (reads == Reads.MELD_3) {
      Meld3.unknownsCaveats(in, caveats);
    }
    if (search.count() > 1) {
      return s.bounded(model.info(), boundedItems(reads, in, caveats), search, caveats);
    }
    Complete filled = (Complete) complete(reads, s.filled(in), caveats);
    return new Complete(
        model.info(),
        s.markUnknowns(filled.items(), caveats),
        filled.total(),
        Optional.empty(),
        caveats);
  }

  /**
   * A model's complete result of an input with every input known, adding to the caveats. Called
   * from one place in the engine, so that each model's is compiled once, there.
   */
  private static ModelResult complete(Reads reads, MeldInput in, List<Caveat> caveats) {
    return switch (reads) {
      case MELD -> Meld.complete(in, caveats);
      case MELD_NA -> MeldNa.complete(in, caveats);
      case MELD_3 -> Meld3.complete(in, caveats);
    };
  }

  /** A model's items of the known inputs of a bounded result, adding their caveats. */
  private static List<ItemScore> boundedItems(Reads reads, MeldInput in, List<Caveat> caveats) {
    return switch (reads) {
      case MELD -> MeldTerms.knownItems(in, caveats);
      case MELD_NA -> MeldNa.boundedItems(in, caveats);
      case MELD_3 -> Meld3.boundedItems(in, caveats);
    };
  }

  private static Band.Range range(double lower, double upper, String unit) {
    return new Band.Range(
        Optional.of(new Bound(lower, true)), Optional.of(new Bound(upper, true)), unit);
  }

  /** "Cap4" or "Cap3": the creatinine cap of MELD / MELD-Na (4.0) or MELD 3.0 (3.0). */
  private static String capName(double creatinineCap) {
    return creatinineCap == 4.0 ? "Cap4" : "Cap3";
  }

  /**
   * Returns the bounded result of an input.
   *
   * @param info the model
   * @param known the items of the known inputs
   * @param search what the engine found
   * @param caveats the caveats
   * @return the result
   */
  private Bounded bounded(
      ModelInfo info, List<ItemScore> known, FormulaBounds.Search search, List<Caveat> caveats) {
    List<Double> totals = search.totals(); // ascending and distinct, as TotalRange keeps them
    List<ItemCode> deciding = new ArrayList<>(unknowns.size());
    for (int k = 0; k < unknowns.size(); k++) {
      if (search.decides(k)) {
        deciding.add(open.get(k).code()); // the unknown's open item, in the same order
      }
    }
    return new Bounded(
        info,
        known,
        open,
        Optional.of(new TotalRange(totals.get(0), totals.get(totals.size() - 1), totals)),
        List.of(),
        deciding,
        caveats);
  }

  /** The creatinine the formula uses: the cap on dialysis. */
  static double creatinine(double[] x, double cap) {
    return x[DIALYSIS] == 1 ? cap : x[CREATININE];
  }

  /**
   * Returns the input with every unknown replaced by a value of one completion. Used only when
   * every completion reports the same score, to show the items of that score.
   *
   * @param in the input
   * @return the filled input
   */
  MeldInput filled(MeldInput in) {
    return new MeldInput(
        in.bilirubin().isKnown() ? in.bilirubin() : Observed.of(Bilirubin.mgPerDl(1.0)),
        in.inr().isKnown() ? in.inr() : Observed.of(Inr.ratio(1.0)),
        in.creatinine().isKnown()
            ? in.creatinine()
            : Observed.of(Creatinine.mgPerDl(creatinineCap)),
        in.sodium().isKnown() ? in.sodium() : Observed.of(Sodium.mmolPerL(137)),
        in.albumin().isKnown() ? in.albumin() : Observed.of(Albumin.gPerDl(3.5)),
        in.sex().isKnown() ? in.sex() : Observed.of(Sex.MALE),
        in.age().isKnown() ? in.age() : Observed.of(Age.years(40)),
        in.dialysis().isKnown() ? in.dialysis() : Observed.of(false));
  }

  /**
   * Marks, in the items of a filled completion, the inputs that were unknown but did not matter,
   * and adds the note naming them.
   *
   * @param items the items of the filled completion
   * @param caveats the caveats, to which the note is added
   * @return the items as shown
   */
  List<ItemScore> markUnknowns(List<ItemScore> items, List<Caveat> caveats) {
    List<ItemScore> out = new ArrayList<>(items.size());
    for (ItemScore item : items) {
      InputUsed input = item.input();
      List<Value.Open> shown = new ArrayList<>(1);
      for (OpenItem o : open) {
        if (shows(item.code().value(), o.code().value())) {
          Value.Open unknown = Value.Open.of(o);
          shown.add(unknown);
          if (!isBeside(o.code().value())) {
            // the item's own input is the unknown: shown as such, not as the value filled in
            input = InputUsed.of(input.patientField(), unknown);
          }
        }
      }
      out.add(
          shown.isEmpty()
              ? item
              : new ItemScore(
                  item.code(), input.withNoDifference(shown), item.band(), item.points()));
    }
    List<ItemCode> codes = new ArrayList<>(open.size());
    for (OpenItem o : open) {
      codes.add(o.code());
    }
    caveats.add(Completions.didNotMatter(codes));
    return out;
  }

  /**
   * Whether an unknown input is shown with an item: by codes, the unknown's own item, or the item
   * beside which an unknown without an item of its own is shown (dialysis with creatinine, age with
   * the constant); sodium and albumin also show on MELD 3.0's product terms.
   */
  private static boolean shows(String item, String unknown) {
    return switch (unknown) {
      case "dialysis" -> item.equals("creatinine");
      case "age" -> item.equals("constant");
      case "sodium" -> item.equals("sodium") || item.equals("sodiumBilirubin");
      case "albumin" -> item.equals("albumin") || item.equals("albuminCreatinine");
      default -> item.equals(unknown);
    };
  }

  /** Whether an unknown is shown beside another item's known input rather than as its own. */
  private static boolean isBeside(String unknown) {
    return unknown.equals("dialysis") || unknown.equals("age");
  }
}
