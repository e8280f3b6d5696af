package org.hccbm.models.bone;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.evidence.Citation;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Calcium;
import org.hccbm.core.lab.Crp;
import org.hccbm.core.lab.Ldh;
import org.hccbm.core.lab.Platelets;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.result.Band;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.result.OpenStatus;
import org.hccbm.core.result.Possible;
import org.hccbm.core.result.Quantity;
import org.hccbm.core.result.Value;
import org.hccbm.models.Score;
import org.hccbm.models.internal.ItemTable;
import org.hccbm.models.internal.PerformanceItems;
import org.hccbm.models.internal.PointScore;
import org.hccbm.models.internal.PointScore.Part;
import org.jspecify.annotations.Nullable;

/**
 * Computes the new Katagiri score (Katagiri 2014; bone §3.2). Higher is worse.
 *
 * <pre>
 * Primary lesion           slow 0 · moderate 2 · rapid 3 (HCC)
 * Visceral metastases      none 0 · nodular visceral or brain 1 · disseminated 2
 * Laboratory data          normal 0 · abnormal 1 · critical 2 (critical outranks abnormal; max 2)
 *   abnormal: CRP ≥ 0.4 mg/dL, LDH ≥ 250 IU/L, albumin &lt; 3.7 g/dL
 *   critical: platelets &lt; 100 × 10^3/uL, calcium ≥ 10.3 mg/dL, bilirubin ≥ 1.4 mg/dL
 * ECOG 3–4                 1
 * Previous chemotherapy    1
 * Multiple skeletal mets   1
 * Low 0–3 · intermediate 4–6 · high 7–10
 * </pre>
 *
 * <p>Thresholds apply in the paper's units: an SI value is converted, then compared (errata: the
 * rounded SI figures are never cut-offs). With unknown laboratory values the item is determined
 * whenever a known critical value settles it (K-1), and open otherwise over exactly the values
 * still possible. Calcium is total calcium as measured (the paper's choice was not retrieved).
 *
 * @since 0.1.0
 */
public final class Katagiri implements Score<KatagiriInput> {
  /** The new Katagiri score. */
  public static final Katagiri INSTANCE = new Katagiri();

  private static final ModelInfo INFO =
      new ModelInfo(
          "katagiri-new",
          "New Katagiri",
          "",
          1,
          ModelStatus.VERIFIED,
          "reproduces worked examples K-1…K-6 (docs/sources.md, bone §3.2) and H-1/H-2; "
              + "points [V2]; some primary-class memberships [R]",
          new Citation(
              "Katagiri H, Okada R, Takagi T, et al.",
              "New prognostic factors and scoring system for patients with skeletal metastasis",
              "Cancer Med 3(5):1359–1367",
              2014,
              "doi:10.1002/cam4.292"),
          KatagiriGroup.class);

  /** A laboratory test's state: true (meets the tier), false, or unknown. */
  private record Lab(LabCodes codes, Value shown, @Nullable Boolean meets) {}

  /**
   * One laboratory test's patient field under {@code labs} and the codes of its three wordings
   * (rules {@code katagiri.<lab>}, {@code katagiri.<lab>Met}, {@code katagiri.<lab>Unknown}).
   */
  private record LabCodes(String field, String notMet, String met, Value unknown) {
    LabCodes(String name) {
      this(
          "labs." + name,
          "katagiri." + name,
          "katagiri." + name + "Met",
          Value.of((Band) new Band.Rule("katagiri." + name + "Unknown", List.of())));
    }
  }

  private static final LabCodes CRP = new LabCodes("crp");
  private static final LabCodes LDH = new LabCodes("ldh");
  private static final LabCodes ALBUMIN = new LabCodes("albumin");
  private static final LabCodes PLATELETS = new LabCodes("platelets");
  private static final LabCodes CALCIUM = new LabCodes("calcium");
  private static final LabCodes BILIRUBIN = new LabCodes("totalBilirubin");
  private static final ItemCode SOME_VALUES = ItemCode.of("someValues");

  private static final ItemCode LABS = ItemCode.of("laboratoryData");
  private static final Band LAB_CRITICAL = new Band.Values("KatagiriLabs", List.of("CRITICAL"));
  private static final Band LAB_ABNORMAL = new Band.Values("KatagiriLabs", List.of("ABNORMAL"));
  private static final Band LAB_NORMAL = new Band.Values("KatagiriLabs", List.of("NORMAL"));

  private static final ItemCode ECOG = ItemCode.of("ecogPerformanceStatus");
  private static final PerformanceItems.Band ECOG_0_2 =
      new PerformanceItems.Band(PerformanceItems.ecog(0, 2), 0);
  private static final PerformanceItems.Band ECOG_3_4 =
      new PerformanceItems.Band(PerformanceItems.ecog(3, 4), 1);

  private static final ItemTable<Boolean> CHEMOTHERAPY =
      ItemTable.yesNo(
          ItemCode.of("previousChemotherapy"),
          "history.priorSystemicTherapy",
          "yes",
          1,
          "no",
          0,
          true);
  private static final ItemTable<Boolean> MULTIPLE =
      ItemTable.yesNo(
          ItemCode.of("multipleSkeletalMetastases"), "boneLesions", "yes", 1, "no", 0, true);

  private static final ItemTable<TumourGrowth> GROWTH =
      ItemTable.byValue(ItemCode.of("primaryLesion"), "", TumourGrowth.class)
          .row(0, TumourGrowth.SLOW)
          .row(2, TumourGrowth.MODERATE)
          .row(3, TumourGrowth.RAPID)
          .build();
  private static final ItemTable<KatagiriVisceral> VISCERAL =
      ItemTable.byValue(
              ItemCode.of("visceralMetastases"), "extraskeletalMetastases", KatagiriVisceral.class)
          .row(0, KatagiriVisceral.NONE)
          .row(1, KatagiriVisceral.NODULAR)
          .row(2, KatagiriVisceral.DISSEMINATED)
          .partly(
              KatagiriVisceral.PRESENT_PATTERN_UNKNOWN,
              ItemCode.of("pattern"),
              KatagiriVisceral.NODULAR,
              KatagiriVisceral.DISSEMINATED)
          .build();

  private Katagiri() {}

  @Override
  public ModelInfo info() {
    return INFO;
  }

  @Override
  public KatagiriInput inputFrom(Patient patient) {
    return KatagiriInput.from(patient, VisceralPolicy.EXTRAHEPATIC_ONLY);
  }

  @Override
  public ModelResult evaluate(KatagiriInput in) {
    List<Caveat> caveats = new ArrayList<>();
    if (in.performanceStatus() instanceof Observed.Known<PerformanceStatus> p
        && p.value().nativeEcog().equals(java.util.Optional.of(Ecog.DEAD))) {
      return NotApplicable.coded(INFO, "ecog5Dead", List.of());
    }
    Part growth =
        PointScore.scored(GROWTH.score(in.growth(), InputUsed.of("", Value.of(in.growth()))));
    Part visceral = VISCERAL.part(in.visceral());
    Part ecog =
        PerformanceItems.ecog(
            ECOG,
            in.performanceStatus(),
            e -> e.grade() >= 3 ? ECOG_3_4 : ECOG_0_2,
            List.of(0, 1),
            caveats);
    Part chemo = CHEMOTHERAPY.part(in.previousChemotherapy());
    Part multiple = MULTIPLE.part(in.multipleSkeletal());
    if (in.previousChemotherapy().isKnown()) {
      caveats.add(Caveat.coded(CaveatKind.ASSUMPTION, "katagiri.previousChemotherapy"));
    }
    return PointScore.evaluate(
        INFO,
        List.of(growth, visceral, laboratory(in, caveats), ecog, chemo, multiple),
        KatagiriGroup::forTotal,
        caveats);
  }

  private static Part laboratory(KatagiriInput in, List<Caveat> caveats) {
    // Known labs in the table's units; NaN stands for unknown.
    Lab crp =
        lab(
            CRP,
            in.crp() instanceof Observed.Known<Crp> k ? k.value().inMgPerDl() : Double.NaN,
            "mg/dL",
            v -> v >= 0.4);
    Lab ldh =
        lab(
            LDH,
            in.ldh() instanceof Observed.Known<Ldh> k ? k.value().inUnitsPerL() : Double.NaN,
            "IU/L",
            v -> v >= 250);
    Lab albumin =
        lab(
            ALBUMIN,
            in.albumin() instanceof Observed.Known<Albumin> k ? k.value().inGPerDl() : Double.NaN,
            "g/dL",
            v -> v < 3.7);
    Lab platelets =
        lab(
            PLATELETS,
            in.platelets() instanceof Observed.Known<Platelets> k
                ? k.value().inThousandPerUl()
                : Double.NaN,
            "10*3/uL",
            v -> v < 100);
    Lab calcium =
        lab(
            CALCIUM,
            in.calcium() instanceof Observed.Known<Calcium> k ? k.value().inMgPerDl() : Double.NaN,
            "mg/dL",
            v -> v >= 10.3);
    Lab bilirubin =
        lab(
            BILIRUBIN,
            in.bilirubin() instanceof Observed.Known<Bilirubin> k
                ? k.value().inMgPerDl()
                : Double.NaN,
            "mg/dL",
            v -> v >= 1.4);
    if (in.ldh().isKnown()) {
      caveats.add(Caveat.coded(CaveatKind.ASSUMPTION, "katagiri.ldhAssay"));
    }
    // The critical tier first, then the abnormal one.
    List<Lab> all = List.of(platelets, calcium, bilirubin, crp, ldh, albumin);
    // The six labs as used, each worded by rule katagiri.<lab>[Met|Unknown] (e.g. "CRP 1.2 mg/dL
    // (≥ 0.4)"), joined by katagiri.labs.
    List<Value> shownLabs = new ArrayList<>(all.size());
    for (Lab l : all) {
      shownLabs.add(l.shown());
    }
    Value shown = Value.of((Band) new Band.Rule("katagiri.labs", shownLabs));
    InputUsed input = InputUsed.of("", shown);
    boolean criticalMet = false;
    boolean criticalOpen = false;
    boolean anyAbnormal = false;
    boolean abnormalOpen = false;
    for (int i = 0; i < all.size(); i++) {
      Boolean meets = all.get(i).meets();
      boolean critical = i < 3;
      if (meets == null) {
        criticalOpen |= critical;
        abnormalOpen |= !critical;
      } else if (meets) {
        criticalMet |= critical;
        anyAbnormal |= !critical;
      }
    }
    if (criticalMet) {
      if (Boolean.TRUE.equals(platelets.meets()) || Boolean.TRUE.equals(bilirubin.meets())) {
        caveats.add(
            Caveat.coded(CaveatKind.OUTSIDE_DERIVATION_POPULATION, "katagiri.cirrhosisLabs"));
      }
      return PointScore.scored(ItemScore.scored(LABS, input, LAB_CRITICAL, 2));
    }
    // Ascending: 0 or 1 from the abnormal tier, then 2 when a critical lab is unknown.
    List<Integer> possible = new ArrayList<>(3);
    possible.add(anyAbnormal ? 1 : 0);
    if (!anyAbnormal && abnormalOpen) {
      possible.add(1);
    }
    if (criticalOpen) {
      possible.add(2);
    }
    if (possible.size() == 1) {
      int p = possible.get(0);
      return PointScore.scored(
          ItemScore.scored(LABS, input, p == 1 ? LAB_ABNORMAL : LAB_NORMAL, p));
    }
    List<String> closedBy = new ArrayList<>();
    for (Lab l : all) {
      if (l.meets() == null) {
        closedBy.add(l.codes().field());
      }
    }
    return new PointScore.Open(
        new OpenItem(
            LABS,
            OpenStatus.UNKNOWN,
            Optional.empty(),
            Optional.of(SOME_VALUES),
            new Possible.Described("katagiri.labs", List.of(((Value.OfBand) shown).band())),
            possible.get(0),
            possible.get(possible.size() - 1),
            closedBy),
        List.copyOf(possible));
  }

  /**
   * One lab as used: its codes, its value in the table's unit rounded to 4 decimals, and whether it
   * meets the Katagiri cut; {@code meets} is null when the lab is unknown (a NaN value).
   */
  private static Lab lab(
      LabCodes codes, double value, String unit, java.util.function.DoublePredicate meets) {
    if (Double.isNaN(value)) {
      return new Lab(codes, codes.unknown(), null);
    }
    boolean met = meets.test(value);
    return new Lab(
        codes,
        Value.of(
            (Band)
                new Band.Rule(
                    met ? codes.met() : codes.notMet(),
                    List.of(Quantity.of(Math.round(value * 1e4) / 1e4, unit)))),
        met);
  }
}
