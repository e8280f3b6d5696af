package org.hccbm.models.liver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.LabUnit;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Band;
import org.hccbm.core.result.Bound;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.result.Possible;
import org.hccbm.core.result.Quantity;
import org.hccbm.core.result.Total;
import org.hccbm.core.result.TotalRange;
import org.hccbm.core.result.Value;
import org.hccbm.models.Score;
import org.hccbm.models.internal.HalfUp;
import org.hccbm.models.internal.PlausibleRanges;
import org.hccbm.models.internal.Sources;

/**
 * Computes the ALBI score, grade and mALBI sub-grade (Johnson 2015; liver §2).
 *
 * <pre>
 * ALBI = 0.66 × log10(bilirubin [umol/L]) − 0.085 × albumin [g/L]
 * Grade 1 ≤ −2.60 &lt; grade 2 (2a ≤ −2.270 &lt; 2b) ≤ −1.39 &lt; grade 3
 * </pre>
 *
 * <p>The grade comes from the unrounded score (§2.4). The albumin coefficient −0.085 is the
 * default; −0.0852 is a named variant (U-3), and a caveat says when the other coefficient would
 * change the grade. With an unknown input the score is bounded over the plausible range of {@link
 * PlausibleRanges}; ALBI rises with bilirubin and falls with albumin, so the range's ends bound the
 * score.
 *
 * @since 0.1.0
 */
public final class Albi implements Score<AlbiInput> {
  /** The default: albumin coefficient −0.085. */
  public static final Albi INSTANCE = new Albi(0.085, "albumin coefficient −0.085");

  /** The variant with albumin coefficient −0.0852 (U-3). */
  public static final Albi COEFFICIENT_0852 = new Albi(0.0852, "albumin coefficient −0.0852 (U-3)");

  private static final double BILIRUBIN_COEFFICIENT = 0.66;

  /** The bilirubin term's item code. */
  static final ItemCode BILIRUBIN = ItemCode.of("bilirubin");

  /** The albumin term's item code. */
  static final ItemCode ALBUMIN = ItemCode.of("albumin");

  private static final String BILIRUBIN_FIELD = "labs.totalBilirubin";
  private static final String ALBUMIN_FIELD = "labs.albumin";

  /** The bilirubin term applies to every positive bilirubin. */
  private static final Band BILIRUBIN_TERM =
      new Band.Named(
          "albiBilirubinTerm",
          new Band.Range(Optional.of(new Bound(0, false)), Optional.empty(), "umol/L"));

  /** The cuts between ALBI grades 1, 2 and 3 (a score at a cut is in the lower grade). */
  private static final double[] GRADE_CUTS = {-2.60, -1.39};

  private final double albuminCoefficient;
  private final Band albuminTerm;
  private final ModelInfo info;

  private Albi(double albuminCoefficient, String variant) {
    this.albuminCoefficient = albuminCoefficient;
    this.albuminTerm =
        new Band.Named(
            albuminCoefficient == 0.085 ? "albiAlbuminTerm085" : "albiAlbuminTerm0852",
            new Band.Range(Optional.of(new Bound(0, true)), Optional.empty(), "g/L"));
    this.info =
        new ModelInfo(
            "albi",
            "ALBI",
            variant + "; mALBI split at −2.270",
            2,
            ModelStatus.VERIFIED,
            "reproduces worked examples AL-1 [P] and AL-2…AL-5 (docs/sources.md, liver §2.6)",
            Sources.JOHNSON_2015,
            AlbiGrade.class);
  }

  @Override
  public ModelInfo info() {
    return info;
  }

  @Override
  public AlbiInput inputFrom(Patient patient) {
    return AlbiInput.from(patient);
  }

  /**
   * Returns the unrounded score.
   *
   * @param bilirubinUmolPerL bilirubin in umol/L
   * @param albuminGPerL albumin in g/L
   * @return the score
   */
  public double score(double bilirubinUmolPerL, double albuminGPerL) {
    return BILIRUBIN_COEFFICIENT * Math.log10(bilirubinUmolPerL)
        - albuminCoefficient * albuminGPerL;
  }

  @Override
  public ModelResult evaluate(AlbiInput in) {
    return result(in);
  }

  private ItemScore bilirubinTerm(Bilirubin b, List<Caveat> caveats) {
    double umol = b.inUmolPerL();
    if (b.unit() != LabUnit.UMOL_PER_L) {
      caveats.add(
          Caveat.coded(
              CaveatKind.CONVERSION,
              "albi.bilirubinConverted",
              Quantity.of(b.value(), b.unit().ucum()),
              Quantity.of(shown(umol), "")));
    }
    return ItemScore.scored(
        BILIRUBIN,
        InputUsed.of(BILIRUBIN_FIELD, Quantity.of(shown(umol), "umol/L")),
        BILIRUBIN_TERM,
        BILIRUBIN_COEFFICIENT * Math.log10(umol));
  }

  /** The value as the result shows it: rounded half-up to 4 decimals. */
  private static double shown(double value) {
    return HalfUp.shown(value);
  }

  private ItemScore albuminTerm(Albumin a, List<Caveat> caveats) {
    double gl = a.inGPerL();
    if (a.unit() != LabUnit.G_PER_L) {
      caveats.add(
          Caveat.coded(
              CaveatKind.CONVERSION,
              "albi.albuminConverted",
              Quantity.of(a.value(), a.unit().ucum()),
              Quantity.of(shown(gl), "")));
    }
    return ItemScore.scored(
        ALBUMIN,
        InputUsed.of(ALBUMIN_FIELD, Quantity.of(shown(gl), "g/L")),
        albuminTerm,
        -albuminCoefficient * gl);
  }

  private void otherCoefficientCaveat(
      double umol, double gl, AlbiGrade grade, List<Caveat> caveats) {
    Albi other = this == INSTANCE ? COEFFICIENT_0852 : INSTANCE;
    AlbiGrade otherGrade = AlbiGrade.forScore(other.score(umol, gl));
    if (otherGrade != grade) {
      caveats.add(
          Caveat.coded(
              CaveatKind.SOURCE_CONFLICT,
              "albi.otherCoefficient",
              Quantity.of(shown(other.albuminCoefficient), ""),
              new Value.Coded("AlbiGrade", otherGrade.name())));
    }
  }

  /**
   * Whether a term ranging over [lo, hi], varied alone, changes the ALBI grade (1, 2 or 3; the
   * mALBI sub-grade names no deciding input) for some value of the other term in [otherLo,
   * otherHi]. ALBI is the sum of the two terms, so the term's range, shifted by the other term,
   * must straddle a grade cut c: lo + t ≤ c &lt; hi + t for some t in [otherLo, otherHi].
   */
  private static boolean decides(double lo, double hi, double otherLo, double otherHi) {
    for (double cut : GRADE_CUTS) {
      // t in (cut − hi, cut − lo] intersects [otherLo, otherHi]
      if (lo < hi && otherLo <= cut - lo && otherHi > cut - hi) {
        return true;
      }
    }
    return false;
  }

  private static void mAlbiCaveat(List<? extends Category> grades, List<Caveat> caveats) {
    if (grades.contains(AlbiGrade.GRADE_2A) || grades.contains(AlbiGrade.GRADE_2B)) {
      caveats.add(Caveat.coded(CaveatKind.UNVERIFIED, "albi.mAlbiCutUnverified"));
    }
  }

  /**
   * The complete result when both inputs are known, else the bounded one. One method, above C2's
   * inlining size (325 bytecodes), so that it is compiled once rather than also into the bridge
   * that {@code Score}'s generic evaluation calls.
   */
  private ModelResult result(AlbiInput in) {
    List<Caveat> caveats = new ArrayList<>();
    if (in.bilirubin().isKnown() && in.albumin().isKnown()) {
      Bilirubin b = in.bilirubin().known().orElseThrow();
      Albumin a = in.albumin().known().orElseThrow();
      List<ItemScore> items = List.of(bilirubinTerm(b, caveats), albuminTerm(a, caveats));
      double albi = items.get(0).pointsOrZero() + items.get(1).pointsOrZero();
      AlbiGrade grade = AlbiGrade.forScore(albi);
      otherCoefficientCaveat(b.inUmolPerL(), a.inGPerL(), grade, caveats);
      mAlbiCaveat(List.of(grade), caveats);
      return new Complete(info, items, Optional.of(Total.of(albi)), Optional.of(grade), caveats);
    }
    List<ItemScore> known = new ArrayList<>();
    List<OpenItem> open = new ArrayList<>();
    double biliLo;
    double biliHi;
    if (in.bilirubin().known().isPresent()) {
      known.add(bilirubinTerm(in.bilirubin().known().get(), caveats));
      biliLo = biliHi = in.bilirubin().known().get().inUmolPerL();
    } else {
      biliLo = PlausibleRanges.BILIRUBIN_MIN_UMOL_PER_L;
      biliHi = PlausibleRanges.BILIRUBIN_MAX_UMOL_PER_L;
      open.add(
          OpenItem.of(
              BILIRUBIN,
              in.bilirubin(),
              new Possible.Described(
                  "albiBilirubinPlausible",
                  List.of(
                      new Band.Range(
                          Optional.of(new Bound(biliLo, true)),
                          Optional.of(new Bound(biliHi, true)),
                          "umol/L"))),
              BILIRUBIN_COEFFICIENT * Math.log10(biliLo),
              BILIRUBIN_COEFFICIENT * Math.log10(biliHi),
              List.of(BILIRUBIN_FIELD)));
    }
    double albLo;
    double albHi;
    if (in.albumin().known().isPresent()) {
      known.add(albuminTerm(in.albumin().known().get(), caveats));
      albLo = albHi = in.albumin().known().get().inGPerL();
    } else {
      albLo = PlausibleRanges.ALBUMIN_MIN_G_PER_L;
      albHi = PlausibleRanges.ALBUMIN_MAX_G_PER_L;
      open.add(
          OpenItem.of(
              ALBUMIN,
              in.albumin(),
              new Possible.Described(
                  "albiAlbuminPlausible",
                  List.of(
                      new Band.Range(
                          Optional.of(new Bound(albLo, true)),
                          Optional.of(new Bound(albHi, true)),
                          "g/L"))),
              -albuminCoefficient * albHi,
              -albuminCoefficient * albLo,
              List.of(ALBUMIN_FIELD)));
    }
    double min = score(biliLo, albHi);
    double max = score(biliHi, albLo);
    List<Category> grades = new ArrayList<>();
    for (AlbiGrade g : AlbiGrade.values()) {
      if (g.compareTo(AlbiGrade.forScore(min)) >= 0 && g.compareTo(AlbiGrade.forScore(max)) <= 0) {
        grades.add(g);
      }
    }
    mAlbiCaveat(grades, caveats);
    List<ItemCode> deciding = new ArrayList<>();
    if (in.bilirubin().known().isEmpty()
        && decides(
            BILIRUBIN_COEFFICIENT * Math.log10(biliLo),
            BILIRUBIN_COEFFICIENT * Math.log10(biliHi),
            -albuminCoefficient * albHi,
            -albuminCoefficient * albLo)) {
      deciding.add(BILIRUBIN);
    }
    if (in.albumin().known().isEmpty()
        && decides(
            -albuminCoefficient * albHi,
            -albuminCoefficient * albLo,
            BILIRUBIN_COEFFICIENT * Math.log10(biliLo),
            BILIRUBIN_COEFFICIENT * Math.log10(biliHi))) {
      deciding.add(ALBUMIN);
    }
    return new Bounded(
        info,
        known,
        open,
        Optional.of(new TotalRange(min, max, List.of())),
        grades,
        deciding,
        caveats);
  }
}
