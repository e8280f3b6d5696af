package org.hccbm.models.bone;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.hccbm.core.Observed;
import org.hccbm.core.evidence.Citation;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.performance.Ecog;
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
  private record Lab(String name, Value shown, @Nullable Boolean meets) {}

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
    if (in.performanceStatus()
        .known()
        .flatMap(p -> p.nativeEcog())
        .equals(java.util.Optional.of(Ecog.DEAD))) {
      return new NotApplicable(INFO, "ECOG 5 (dead)", List.of());
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
    List<Lab> abnormal =
        List.of(
            lab(in.crp().map(c -> c.inMgPerDl()), "crp", "mg/dL", v -> v >= 0.4),
            lab(in.ldh().map(l -> l.inUnitsPerL()), "ldh", "IU/L", v -> v >= 250),
            lab(in.albumin().map(a -> a.inGPerDl()), "albumin", "g/dL", v -> v < 3.7));
    Lab platelets =
        lab(in.platelets().map(p -> p.inThousandPerUl()), "platelets", "10*3/uL", v -> v < 100);
    Lab bilirubin =
        lab(in.bilirubin().map(b -> b.inMgPerDl()), "totalBilirubin", "mg/dL", v -> v >= 1.4);
    List<Lab> critical =
        List.of(
            platelets,
            lab(in.calcium().map(c -> c.inMgPerDl()), "calcium", "mg/dL", v -> v >= 10.3),
            bilirubin);
    if (in.ldh().isKnown()) {
      caveats.add(Caveat.coded(CaveatKind.ASSUMPTION, "katagiri.ldhAssay"));
    }
    List<Lab> all = new ArrayList<>(critical);
    all.addAll(abnormal);
    // The six labs as used, each worded by rule katagiri.<lab>[Met|Unknown] (e.g. "CRP 1.2 mg/dL
    // (≥ 0.4)"), joined by katagiri.labs.
    Value shown =
        Value.of((Band) new Band.Rule("katagiri.labs", all.stream().map(Lab::shown).toList()));
    InputUsed input = InputUsed.of("", shown);
    if (critical.stream().anyMatch(l -> Boolean.TRUE.equals(l.meets()))) {
      if (Boolean.TRUE.equals(platelets.meets()) || Boolean.TRUE.equals(bilirubin.meets())) {
        caveats.add(
            Caveat.coded(CaveatKind.OUTSIDE_DERIVATION_POPULATION, "katagiri.cirrhosisLabs"));
      }
      return PointScore.scored(ItemScore.scored(LABS, input, LAB_CRITICAL, 2));
    }
    TreeSet<Integer> possible = new TreeSet<>();
    if (critical.stream().anyMatch(l -> l.meets() == null)) {
      possible.add(2);
    }
    boolean anyAbnormal = abnormal.stream().anyMatch(l -> Boolean.TRUE.equals(l.meets()));
    boolean abnormalOpen = abnormal.stream().anyMatch(l -> l.meets() == null);
    possible.add(anyAbnormal ? 1 : 0);
    if (!anyAbnormal && abnormalOpen) {
      possible.add(1);
    }
    if (possible.size() == 1) {
      int p = possible.first();
      return PointScore.scored(
          ItemScore.scored(LABS, input, p == 1 ? LAB_ABNORMAL : LAB_NORMAL, p));
    }
    return new PointScore.Open(
        new OpenItem(
            LABS,
            OpenStatus.UNKNOWN,
            Optional.empty(),
            Optional.of(ItemCode.of("someValues")),
            new Possible.Described("katagiri.labs", List.of(((Value.OfBand) shown).band())),
            possible.first(),
            possible.last(),
            all.stream().filter(l -> l.meets() == null).map(l -> "labs." + l.name()).toList()),
        List.copyOf(possible));
  }

  /**
   * One lab as used: its name (the patient field under {@code labs}), its value in the table's unit
   * rounded to 4 decimals, and whether it meets the Katagiri cut; {@code meets} is null when the
   * lab is unknown.
   */
  private static Lab lab(
      Observed<Double> value, String name, String unit, java.util.function.DoublePredicate meets) {
    return value
        .known()
        .map(
            v -> {
              boolean met = meets.test(v);
              return new Lab(
                  name,
                  Value.of(
                      (Band)
                          new Band.Rule(
                              "katagiri." + name + (met ? "Met" : ""),
                              List.of(Quantity.of(Math.round(v * 1e4) / 1e4, unit)))),
                  met);
            })
        .orElseGet(
            () ->
                new Lab(
                    name,
                    Value.of((Band) new Band.Rule("katagiri." + name + "Unknown", List.of())),
                    null));
  }
}
