package org.hccbm.models.liver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
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
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.result.Possible;
import org.hccbm.core.result.Renderer;
import org.hccbm.core.result.TotalRange;
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
   * Builds the point of an input.
   *
   * @param in the input
   * @param reads what the model reads
   * @param creatinineCap 4.0 (MELD, MELD-Na) or 3.0 (MELD 3.0)
   * @return the space
   */
  static MeldSpace of(MeldInput in, Reads reads, double creatinineCap) {
    MeldSpace s = new MeldSpace(creatinineCap);
    s.point[CREATININE] =
        in.creatinine()
            .known()
            .map(c -> Math.max(1.0, Math.min(creatinineCap, c.inMgPerDl())))
            .orElse(creatinineCap);
    boolean onDialysis = in.dialysis().equals(Observed.of(true));
    s.point[DIALYSIS] = onDialysis ? 1 : 0;
    if (!onDialysis && in.creatinine().known().isEmpty()) {
      s.unknowns.add(Unknown.range(CREATININE, "Creatinine", 1.0, creatinineCap));
      s.open.add(
          OpenItem.of(
              ItemCode.of("creatinine"),
              in.creatinine(),
              new Possible.Described(
                  "meld.creatinine" + capName(creatinineCap),
                  List.of(range(1.0, creatinineCap, "mg/dL"))),
              0,
              reads.meld3 ? 0 : 9.57 * Math.log(creatinineCap),
              List.of("labs.creatinine")));
    }
    if (!in.dialysis().isKnown()) {
      s.unknowns.add(Unknown.discrete(DIALYSIS, "Dialysis", 0, 1));
      // "no (creatinine as measured, after bounds) or yes (creatinine set to the cap)"
      Possible possible =
          in.creatinine().known().isPresent()
              ? new Possible.Described(
                  "meld.dialysisMeasured" + capName(creatinineCap),
                  List.of(range(s.point[CREATININE], s.point[CREATININE], "mg/dL")))
              : new Possible.Described(
                  "meld.dialysisUnmeasured" + capName(creatinineCap), List.of());
      s.open.add(
          OpenItem.of(
              ItemCode.of("dialysis"), in.dialysis(), possible, 0, 0, List.of("onDialysis")));
    }
    if (reads.meld3) {
      if (in.sex().isKnown()) {
        s.point[FEMALE] = in.sex().known().orElseThrow() == Sex.FEMALE ? 1 : 0;
      } else {
        s.unknowns.add(Unknown.discrete(FEMALE, "Sex", 0, 1));
        s.open.add(
            OpenItem.of(
                ItemCode.of("sex"),
                in.sex(),
                new Possible.Described(
                    "meld3.sex",
                    List.of(
                        new Band.Values("Sex", List.of(Sex.FEMALE.name())),
                        new Band.Values("Sex", List.of(Sex.MALE.name())))),
                0,
                1.33,
                List.of("sex")));
      }
      if (in.age().isKnown()) {
        s.point[ADOLESCENT] = in.age().known().orElseThrow().years() < 18 ? 1 : 0;
      } else {
        s.unknowns.add(Unknown.discrete(ADOLESCENT, "Age", 0, 1));
        s.open.add(
            OpenItem.of(
                ItemCode.of("age"),
                in.age(),
                new Possible.Described(
                    "meld3.age",
                    List.of(
                        range(12, 17, "years"),
                        new Band.Range(
                            java.util.Optional.of(new Bound(18, true)),
                            java.util.Optional.empty(),
                            "years"))),
                0,
                1.33,
                List.of("age")));
      }
    }
    s.lab(
        in.bilirubin().map(Bilirubin::inMgPerDl),
        BILIRUBIN,
        "bilirubin",
        "labs.totalBilirubin",
        1.0,
        BILI_MAX_MG,
        Double.POSITIVE_INFINITY,
        "mg/dL",
        reads.meld3 ? 0 : 3.78 * Math.log(BILI_MAX_MG));
    if (reads.sodium) {
      s.lab(
          in.sodium().map(Sodium::inMmolPerL),
          SODIUM,
          "sodium",
          "labs.sodium",
          125,
          137,
          137,
          "mmol/L",
          0);
    }
    s.lab(
        in.inr().map(Inr::ratioValue),
        INR,
        "inr",
        "labs.inr",
        1.0,
        PlausibleRanges.INR_MAX,
        Double.POSITIVE_INFINITY,
        "",
        reads.meld3 ? 0 : 11.2 * Math.log(PlausibleRanges.INR_MAX));
    if (reads.meld3) {
      s.lab(
          in.albumin().map(Albumin::inGPerDl),
          ALBUMIN,
          "albumin",
          "labs.albumin",
          1.5,
          3.5,
          3.5,
          "g/dL",
          0);
    }
    return s;
  }

  /**
   * Reads one lab: its value within the formula's bounds, or an open item over the range searched
   * (bundle key {@code possible.meld.<code>}: the bounds, and whether the range is every value or
   * the plausible range).
   */
  private void lab(
      Observed<Double> value,
      int index,
      String code,
      String field,
      double floor,
      double searchMax,
      double cap,
      String unit,
      double maxPoints) {
    if (value.known().isPresent()) {
      point[index] = Math.max(floor, Math.min(cap, value.known().get()));
    } else {
      unknowns.add(Unknown.range(index, label(code), floor, searchMax));
      open.add(
          OpenItem.of(
              ItemCode.of(code),
              value,
              new Possible.Described("meld." + code, List.of(range(floor, searchMax, unit))),
              0,
              maxPoints,
              List.of(field)));
    }
  }

  private static final String BILIRUBIN_LABEL = Renderer.english().label(ItemCode.of("bilirubin"));
  private static final String SODIUM_LABEL = Renderer.english().label(ItemCode.of("sodium"));
  private static final String INR_LABEL = Renderer.english().label(ItemCode.of("inr"));
  private static final String ALBUMIN_LABEL = Renderer.english().label(ItemCode.of("albumin"));

  /** The English label of a lab, as the engine names a deciding input (read once). */
  private static String label(String code) {
    return switch (code) {
      case "bilirubin" -> BILIRUBIN_LABEL;
      case "sodium" -> SODIUM_LABEL;
      case "inr" -> INR_LABEL;
      case "albumin" -> ALBUMIN_LABEL;
      default -> Renderer.english().label(ItemCode.of(code));
    };
  }

  private static Band.Range range(double lower, double upper, String unit) {
    return new Band.Range(
        java.util.Optional.of(new Bound(lower, true)),
        java.util.Optional.of(new Bound(upper, true)),
        unit);
  }

  /** "Cap4" or "Cap3": the creatinine cap of MELD / MELD-Na (4.0) or MELD 3.0 (3.0). */
  private static String capName(double creatinineCap) {
    return creatinineCap == 4.0 ? "Cap4" : "Cap3";
  }

  /**
   * Returns the complete result of an input whose every completion reports the same score: the
   * items of one completion, the unknowns marked, and the note naming them.
   *
   * @param info the model
   * @param in the input
   * @param complete the model's complete evaluation of a filled input, adding to the caveats
   * @param caveats the caveats so far
   * @return the result
   */
  Complete completeDespiteUnknowns(
      ModelInfo info,
      MeldInput in,
      BiFunction<MeldInput, List<Caveat>, ModelResult> complete,
      List<Caveat> caveats) {
    Complete filled = (Complete) complete.apply(filled(in), caveats);
    return new Complete(
        info, markUnknowns(filled.items(), caveats), filled.total(), Optional.empty(), caveats);
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
  Bounded bounded(
      ModelInfo info, List<ItemScore> known, FormulaBounds.Search search, List<Caveat> caveats) {
    List<Double> totals = new ArrayList<>(search.reachable().size());
    for (int v : search.reachable()) {
      totals.add((double) v); // ascending and distinct, as TotalRange keeps them
    }
    List<ItemCode> deciding = new ArrayList<>(search.deciding().size());
    for (String label : search.deciding()) {
      deciding.add(ItemCode.fromLabel(label));
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
    List<ItemScore> out = new ArrayList<>();
    for (ItemScore item : items) {
      String observed = item.observed();
      for (OpenItem o : open) {
        if (shows(item.item(), o.item())) {
          observed =
              o.item().equals("Dialysis") || o.item().equals("Age") || o.item().equals("Sex")
                  ? observed
                      + "; "
                      + o.item().toLowerCase(java.util.Locale.ROOT)
                      + " "
                      + o.statusText()
                      + " (no difference)"
                  : o.statusText() + " (any value gives the same score)";
        }
      }
      out.add(
          new ItemScore(
              item.code(),
              org.hccbm.core.result.InputUsed.of(
                  item.input().patientField(), org.hccbm.core.result.Value.text(observed)),
              item.band(),
              item.points()));
    }
    caveats.add(Completions.didNotMatter(open.stream().map(OpenItem::code).toList()));
    return out;
  }

  private static boolean shows(String item, String unknown) {
    return switch (unknown) {
      case "Dialysis" -> item.equals("Creatinine");
      case "Age" -> item.equals("Constant");
      case "Sodium" -> item.startsWith("Sodium");
      case "Albumin" -> item.startsWith("Albumin");
      default -> item.equals(unknown);
    };
  }
}
