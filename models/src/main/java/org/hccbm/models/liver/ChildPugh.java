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
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.models.Score;
import org.hccbm.models.internal.BandTable;
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
 * the mirror caveat; the cholestatic
 * SI upper cut is 170 umol/L as printed (errata); PT of exactly 4 s scores 2 (header reading).
 * Unknown cholestatic disease leaves bilirubin open only where the two tables disagree.
 *
 * @since 0.1.0
 */
public final class ChildPugh implements Score<ChildPughInput> {
  private static final BandTable BILI_MG = ChildPughTables.bilirubin("mg/dL", 2.0, 3.0);
  private static final BandTable BILI_UMOL = ChildPughTables.bilirubin("umol/L", 34, 51);
  private static final BandTable BILI_PBC_MG = ChildPughTables.bilirubin("mg/dL", 4, 10);
  private static final BandTable BILI_PBC_UMOL = ChildPughTables.bilirubin("umol/L", 68, 170);
  private static final BandTable INR = BandTable.builder("INR")
      .band(lessThan(1.7), "< 1.7", 1).band(closed(1.7, 2.3), "1.7–2.3", 2)
      .band(greaterThan(2.3), "> 2.3", 3).build();
  private static final BandTable PT = BandTable.builder("PT prolongation")
      .band(lessThan(4.0), "< 4 s", 1).band(closed(4.0, 6.0), "4–6 s", 2)
      .band(greaterThan(6.0), "> 6 s", 3).build();

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
  private final BandTable albuminGdl;
  private final BandTable albuminGl;

  private ChildPugh(double albuminLowCut, String albuminVariant, boolean convertSi) {
    this.albuminLowCut = albuminLowCut;
    this.convertSi = convertSi;
    this.albuminGdl = ChildPughTables.albumin("g/dL", albuminLowCut, 3.5);
    this.albuminGl = ChildPughTables.albumin("g/L", albuminLowCut * 10, 35);
    this.info = new ModelInfo("child-pugh", "Child–Pugh", "INR or PT; " + albuminVariant + "; "
        + (convertSi ? "SI bilirubin converted to mg/dL first (U-2 alternative)"
            : "SI bilirubin on the native SI table"), 1, ModelStatus.VERIFIED,
        "reproduces worked examples CP-1…CP-6 (docs/sources.md, liver §1.4)", Sources.PUGH_1973);
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
    List<Part> parts = List.of(bilirubin(in, caveats), albumin(in.albumin(), caveats),
        coagulation(in, caveats), ascites(in.ascites()), encephalopathy(in.encephalopathy()));
    return PointScore.evaluate(info, parts, ChildPughClass::forTotal, caveats);
  }

  private Part bilirubin(ChildPughInput in, List<Caveat> caveats) {
    if (!(in.bilirubin() instanceof Observed.Known<Bilirubin> known)) {
      return PointScore.open("Bilirubin", in.bilirubin().toString(), "any band", List.of(1, 2, 3));
    }
    Bilirubin b = known.value();
    boolean si = b.unit() == LabUnit.UMOL_PER_L;
    double v = b.value();
    BandTable.Band nativeStandard = (si ? BILI_UMOL : BILI_MG).match(v);
    BandTable.Band nativePbc = (si ? BILI_PBC_UMOL : BILI_PBC_MG).match(v);
    BandTable.Band convertedStandard = BILI_MG.match(b.inMgPerDl());
    BandTable.Band convertedPbc = BILI_PBC_MG.match(b.inMgPerDl());
    boolean converted = si && convertSi;
    BandTable.Band standard = converted ? convertedStandard : nativeStandard;
    BandTable.Band pbc = converted ? convertedPbc : nativePbc;
    Observed<Boolean> cholestatic = in.cholestaticDisease();
    if (converted) {
      caveats.add(Caveat.of(CaveatKind.CONVERSION, "bilirubin " + b + " converted to "
          + ChildPughTables.mgPerDl(b) + " mg/dL (÷ 17.1) and scored on the mg/dL table (U-2 "
          + "variant)"));
    }
    if (si && !cholestatic.equals(Observed.of(true))) {
      ChildPughTables.siGapCaveat(b, nativeStandard, convertedStandard, convertSi, caveats);
    }
    if (si && !cholestatic.equals(Observed.of(false))) {
      ChildPughTables.siGapCaveat(b, nativePbc, convertedPbc, convertSi, caveats);
    }
    if (cholestatic.known().isPresent()) {
      BandTable.Band band = cholestatic.known().get() ? pbc : standard;
      String table = cholestatic.known().get() ? " (PBC/PSC bands)" : "";
      return PointScore.scored(ItemScore.of("Bilirubin", b, band.label() + table, band.points()));
    }
    if (standard.points() == pbc.points()) {
      return PointScore.scored(ItemScore.of("Bilirubin", b, standard.label() + "; PBC/PSC bands: "
          + pbc.label() + " (same points)", standard.points()));
    }
    return PointScore.open("Bilirubin", "cholestatic disease " + cholestatic, "standard "
        + standard.label() + " (" + standard.points() + ") or PBC/PSC " + pbc.label() + " ("
        + pbc.points() + ")", List.of(standard.points(), pbc.points()));
  }

  private Part albumin(Observed<Albumin> albumin, List<Caveat> caveats) {
    if (!(albumin instanceof Observed.Known<Albumin> known)) {
      return PointScore.open("Albumin", albumin.toString(), "any band", List.of(1, 2, 3));
    }
    Albumin a = known.value();
    BandTable.Band band = a.unit() == LabUnit.G_PER_L ? albuminGl.match(a.value())
        : albuminGdl.match(a.value());
    double g = a.inGPerDl();
    if (g >= 2.8 && g < 3.0) {
      caveats.add(Caveat.of(CaveatKind.SOURCE_CONFLICT, "albumin " + a + " scores "
          + band.points() + " here; it would score " + (albuminLowCut == 2.8 ? 3 : 2)
          + " under the " + (albuminLowCut == 2.8 ? "3.0" : "2.8") + " g/dL albumin variant (U-1)"));
    }
    return PointScore.scored(ItemScore.of("Albumin", a, band.label(), band.points()));
  }

  private static Part coagulation(ChildPughInput in, List<Caveat> caveats) {
    if (in.inr().known().isPresent()) {
      var inr = in.inr().known().get();
      BandTable.Band band = INR.match(inr.ratioValue());
      return PointScore.scored(ItemScore.of("INR", inr, band.label(), band.points()));
    }
    if (in.ptProlongation().known().isPresent()) {
      var pt = in.ptProlongation().known().get();
      BandTable.Band band = PT.match(pt.inSeconds());
      caveats.add(Caveat.of(CaveatKind.ASSUMPTION, "INR unknown: prothrombin-time prolongation "
          + "used; exactly 4 s scores 2 (the table header's '4–6 s'; the source prints '0–4')"));
      return PointScore.scored(ItemScore.of("PT prolongation", pt, band.label(), band.points()));
    }
    return PointScore.open("INR or PT prolongation", in.inr().toString(), "any band",
        List.of(1, 2, 3));
  }

  private static Part ascites(Observed<Ascites> ascites) {
    return ascites.known().map(a -> PointScore.scored(switch (a) {
      case NONE -> ItemScore.of("Ascites", a, "none", 1);
      case MILD -> ItemScore.of("Ascites", a, "mild", 2);
      case MODERATE, SEVERE -> ItemScore.of("Ascites", a, "moderate–severe", 3);
    })).orElseGet(() -> PointScore.open("Ascites", ascites.toString(),
        "none, mild or moderate–severe", List.of(1, 2, 3)));
  }

  private static Part encephalopathy(Observed<Encephalopathy> he) {
    return he.known().map(e -> PointScore.scored(switch (e) {
      case NONE -> ItemScore.of("Hepatic encephalopathy", e, "none", 1);
      case GRADE_1, GRADE_2 -> ItemScore.of("Hepatic encephalopathy", e, "grade 1–2", 2);
      case GRADE_3, GRADE_4 -> ItemScore.of("Hepatic encephalopathy", e, "grade 3–4", 3);
    })).orElseGet(() -> PointScore.open("Hepatic encephalopathy", he.toString(),
        "none, grade 1–2 or grade 3–4", List.of(1, 2, 3)));
  }
}
