package org.hccbm.models.liver;

import static com.google.common.collect.Range.closed;
import static com.google.common.collect.Range.greaterThan;
import static com.google.common.collect.Range.lessThan;

import java.util.ArrayList;
import java.util.List;
import org.hccbm.core.Observed;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.LabUnit;
import org.hccbm.core.liver.Ascites;
import org.hccbm.core.liver.Encephalopathy;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Band;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.Conversion;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.result.Possible;
import org.hccbm.core.result.Quantity;
import org.hccbm.core.result.Value;
import org.hccbm.models.Score;
import org.hccbm.models.internal.CategoryTable;
import org.hccbm.models.internal.ItemTable;
import org.hccbm.models.internal.ItemTable.Row;
import org.hccbm.models.internal.PointScore;
import org.hccbm.models.internal.PointScore.Part;
import org.hccbm.models.internal.Sources;

/**
 * Computes the Child–Pugh score and class (liver §1).
 *
 * <pre>
 * Item                      1 point        2 points          3 points
 * Bilirubin                 &lt; 2 mg/dL      2–3 mg/dL         &gt; 3 mg/dL      (SI: &lt; 34 | 34–51 | &gt; 51 umol/L)
 * Bilirubin, PBC/PSC        &lt; 4 mg/dL      4–10 mg/dL        &gt; 10 mg/dL     (SI: &lt; 68 | 68–170 | &gt; 170 umol/L)
 * Albumin                   &gt; 3.5 g/dL     2.8–3.5 g/dL      &lt; 2.8 g/dL     (variant: 3.0–3.5 | &lt; 3.0)
 * INR                       &lt; 1.7          1.7–2.3           &gt; 2.3
 * PT above control          &lt; 4 s          4–6 s             &gt; 6 s
 * Ascites                   none           mild              moderate–severe
 * Encephalopathy            none           grade 1–2         grade 3–4
 * Class A 5–6 · B 7–9 · C 10–15
 * </pre>
 *
 * <p>Middle bands include both ends (liver §1.3). INR is used when known, otherwise PT. Policies
 * (docs/models.md): bilirubin in umol/L is scored on the native SI table, whose cut-points are
 * rounded from 34.2/51.3 (U-2), and a caveat says when the mg/dL path would differ; the variants
 * {@link #SI_CONVERTED} and {@link #ALBUMIN_3_0_SI_CONVERTED} convert to mg/dL first instead, with
 * the mirror caveat; the cholestatic SI upper cut is 170 umol/L as printed (errata); PT of exactly
 * 4 s scores 2 (header reading). Unknown cholestatic disease leaves bilirubin open only where the
 * two tables disagree.
 *
 * <p>Item codes: {@code bilirubin}, {@code albumin}, {@code inr}, {@code ptProlongation} (when INR
 * is unknown), {@code coagulation} (both unknown), {@code ascites}, {@code encephalopathy}; open
 * aspect {@code cholestaticDisease}.
 *
 * @since 0.1.0
 */
public final class ChildPugh implements Score<ChildPughInput> {
  static final ItemCode BILIRUBIN = ItemCode.of("bilirubin");
  static final ItemCode ALBUMIN = ItemCode.of("albumin");
  static final ItemCode INR_CODE = ItemCode.of("inr");
  static final ItemCode PT_CODE = ItemCode.of("ptProlongation");
  static final ItemCode COAGULATION = ItemCode.of("coagulation");
  static final ItemCode CHOLESTATIC = ItemCode.of("cholestaticDisease");
  private static final String BILIRUBIN_FIELD = "labs.totalBilirubin";
  private static final String CHOLESTATIC_FIELD = "liver.cholestaticDisease";

  private static final ItemTable<Double> BILI_MG = ChildPughTables.bilirubin("mg/dL", 2.0, 3.0);
  private static final ItemTable<Double> BILI_UMOL = ChildPughTables.bilirubin("umol/L", 34, 51);
  private static final ItemTable<Double> BILI_PBC_MG = ChildPughTables.bilirubin("mg/dL", 4, 10);
  private static final ItemTable<Double> BILI_PBC_UMOL =
      ChildPughTables.bilirubin("umol/L", 68, 170);
  private static final ItemTable<Double> INR =
      ItemTable.banded(INR_CODE, "labs.inr", "")
          .band(lessThan(1.7), 1)
          .band(closed(1.7, 2.3), 2)
          .band(greaterThan(2.3), 3)
          .build();
  private static final ItemTable<Double> PT =
      ItemTable.banded(PT_CODE, "labs.ptProlongation", "s")
          .band(lessThan(4.0), 1)
          .band(closed(4.0, 6.0), 2)
          .band(greaterThan(6.0), 3)
          .build();
  private static final ItemTable<Ascites> ASCITES =
      ItemTable.byValue(ItemCode.of("ascites"), "liver.ascites", Ascites.class)
          .row(1, Ascites.NONE)
          .row(2, Ascites.MILD)
          .row(3, Ascites.MODERATE, Ascites.SEVERE)
          .build();
  private static final ItemTable<Encephalopathy> ENCEPHALOPATHY =
      ItemTable.byValue(ItemCode.of("encephalopathy"), "liver.encephalopathy", Encephalopathy.class)
          .row(1, Encephalopathy.NONE)
          .row(2, Encephalopathy.GRADE_1, Encephalopathy.GRADE_2)
          .row(3, Encephalopathy.GRADE_3, Encephalopathy.GRADE_4)
          .build();

  /** Class A 5–6 · B 7–9 · C 10–15. */
  static final CategoryTable<ChildPughClass> CLASSES =
      CategoryTable.<ChildPughClass>byTotal("Child–Pugh total", 5, 15)
          .range(5, 6, ChildPughClass.A)
          .range(7, 9, ChildPughClass.B)
          .range(10, 15, ChildPughClass.C)
          .build();

  private static final String PUGH_ALBUMIN = "albumin 2.8–3.5 g/dL (Pugh 1973)";
  private static final String MODERN_ALBUMIN = "albumin 3.0–3.5 g/dL (modern-table variant, U-1)";

  /** Pugh 1973 albumin bands (2.8–3.5 g/dL), SI bilirubin on the native SI table: the default. */
  public static final ChildPugh INSTANCE = new ChildPugh(2.8, PUGH_ALBUMIN, false);

  /** The albumin bands some modern tables print (3.0–3.5 g/dL; U-1). */
  public static final ChildPugh ALBUMIN_3_0 = new ChildPugh(3.0, MODERN_ALBUMIN, false);

  /**
   * Pugh 1973 albumin bands; bilirubin in umol/L converted to mg/dL (÷ 17.1) and scored on the
   * mg/dL table, the alternative to the native SI table that U-2 names.
   *
   * @since 0.2.0
   */
  public static final ChildPugh SI_CONVERTED = new ChildPugh(2.8, PUGH_ALBUMIN, true);

  /**
   * The 3.0–3.5 g/dL albumin bands with SI bilirubin converted to mg/dL (U-1 and U-2 together).
   *
   * @since 0.2.0
   */
  public static final ChildPugh ALBUMIN_3_0_SI_CONVERTED = new ChildPugh(3.0, MODERN_ALBUMIN, true);

  private final ModelInfo info;
  private final double albuminLowCut;
  private final boolean convertSi;
  private final ItemTable<Double> albuminGdl;
  private final ItemTable<Double> albuminGl;

  private ChildPugh(double albuminLowCut, String albuminVariant, boolean convertSi) {
    this.albuminLowCut = albuminLowCut;
    this.convertSi = convertSi;
    this.albuminGdl = ChildPughTables.albumin("g/dL", albuminLowCut, 3.5);
    this.albuminGl = ChildPughTables.albumin("g/L", albuminLowCut * 10, 35);
    this.info =
        new ModelInfo(
            "child-pugh",
            "Child–Pugh",
            "INR or PT; "
                + albuminVariant
                + "; "
                + (convertSi
                    ? "SI bilirubin converted to mg/dL first (U-2 alternative)"
                    : "SI bilirubin on the native SI table"),
            1,
            ModelStatus.VERIFIED,
            "reproduces worked examples CP-1…CP-6 (docs/sources.md, liver §1.4)",
            Sources.PUGH_1973,
            ChildPughClass.class);
  }

  @Override
  public ModelInfo info() {
    return info;
  }

  @Override
  public ChildPughInput inputFrom(Patient patient) {
    return ChildPughInput.from(patient);
  }

  @Override
  public ModelResult evaluate(ChildPughInput in) {
    List<Caveat> caveats = new ArrayList<>();
    List<Part> parts =
        List.of(
            bilirubin(in, caveats),
            albumin(in.albumin(), caveats),
            coagulation(in, caveats),
            ASCITES.part(in.ascites()),
            ENCEPHALOPATHY.part(in.encephalopathy()));
    return PointScore.evaluate(info, parts, CLASSES::of, caveats);
  }

  private Part bilirubin(ChildPughInput in, List<Caveat> caveats) {
    if (!(in.bilirubin() instanceof Observed.Known<Bilirubin> known)) {
      return BILI_MG.open(in.bilirubin());
    }
    Bilirubin b = known.value();
    boolean si = b.unit() == LabUnit.UMOL_PER_L;
    double v = b.value();
    Row nativeStandard = (si ? BILI_UMOL : BILI_MG).row(v);
    Row nativePbc = (si ? BILI_PBC_UMOL : BILI_PBC_MG).row(v);
    Row convertedStandard = BILI_MG.row(b.inMgPerDl());
    Row convertedPbc = BILI_PBC_MG.row(b.inMgPerDl());
    boolean converted = si && convertSi;
    Row standard = converted ? convertedStandard : nativeStandard;
    Row pbc = converted ? convertedPbc : nativePbc;
    Observed<Boolean> cholestatic = in.cholestaticDisease();
    Quantity given = Quantity.of(b.value(), b.unit().ucum());
    InputUsed input =
        converted
            ? InputUsed.converted(
                BILIRUBIN_FIELD, given, new Conversion("umol/L", "mg/dL", 1 / 17.1))
            : InputUsed.of(BILIRUBIN_FIELD, given);
    if (converted) {
      caveats.add(
          Caveat.coded(
              CaveatKind.CONVERSION, "childPugh.siConverted", given, ChildPughTables.mgPerDl(b)));
    }
    if (si && !cholestatic.equals(Observed.of(true))) {
      ChildPughTables.siGapCaveat(given, b, nativeStandard, convertedStandard, convertSi, caveats);
    }
    if (si && !cholestatic.equals(Observed.of(false))) {
      ChildPughTables.siGapCaveat(given, b, nativePbc, convertedPbc, convertSi, caveats);
    }
    if (cholestatic.known().isPresent()) {
      boolean pbcTable = cholestatic.known().get();
      Row row = pbcTable ? pbc : standard;
      Band band = pbcTable ? new Band.Qualified("cholestatic", row.band()) : row.band();
      return PointScore.scored(ItemScore.scored(BILIRUBIN, input, band, row.points()));
    }
    if (standard.points() == pbc.points()) {
      return PointScore.scored(
          ItemScore.scored(
              BILIRUBIN,
              input,
              new Band.SameInBoth("cholestatic", standard.band(), pbc.band()),
              standard.points()));
    }
    Possible possible =
        new Possible.ByTable(
            List.of(
                new Band.Qualified("standard", standard.band()),
                new Band.Qualified("cholestatic", pbc.band())),
            List.of((double) standard.points(), (double) pbc.points()));
    List<Integer> points = List.of(standard.points(), pbc.points());
    return new PointScore.Open(
        OpenItem.ofAspect(
            BILIRUBIN,
            CHOLESTATIC,
            cholestatic,
            possible,
            Math.min(standard.points(), pbc.points()),
            Math.max(standard.points(), pbc.points()),
            List.of(CHOLESTATIC_FIELD)),
        points);
  }

  private Part albumin(Observed<Albumin> albumin, List<Caveat> caveats) {
    if (!(albumin instanceof Observed.Known<Albumin> known)) {
      return albuminGdl.open(albumin);
    }
    Albumin a = known.value();
    Quantity given = Quantity.of(a.value(), a.unit().ucum());
    ItemScore item =
        (a.unit() == LabUnit.G_PER_L ? albuminGl : albuminGdl)
            .score(a.value(), InputUsed.of("labs.albumin", given));
    double g = a.inGPerDl();
    if (g >= 2.8 && g < 3.0) {
      caveats.add(
          Caveat.coded(
              CaveatKind.SOURCE_CONFLICT,
              albuminLowCut == 2.8
                  ? "childPugh.albuminModernVariant"
                  : "childPugh.albuminPughVariant",
              given,
              Value.of(item.pointsOrZero()),
              Value.of(albuminLowCut == 2.8 ? 3 : 2)));
    }
    return PointScore.scored(item);
  }

  private static Part coagulation(ChildPughInput in, List<Caveat> caveats) {
    if (in.inr().known().isPresent()) {
      var inr = in.inr().known().get();
      return PointScore.scored(
          INR.score(
              inr.ratioValue(),
              InputUsed.of(INR.field(), Quantity.of(inr.value(), inr.unit().ucum()))));
    }
    if (in.ptProlongation().known().isPresent()) {
      var pt = in.ptProlongation().known().get();
      caveats.add(Caveat.coded(CaveatKind.ASSUMPTION, "childPugh.ptUsed"));
      return PointScore.scored(
          PT.score(
              pt.inSeconds(), InputUsed.of(PT.field(), Quantity.of(pt.value(), pt.unit().ucum()))));
    }
    return new PointScore.Open(
        OpenItem.of(
            COAGULATION, in.inr(), new Possible.AnyBand(), 1, 3, List.of(INR.field(), PT.field())),
        List.of(1, 2, 3));
  }
}
