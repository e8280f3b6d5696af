package org.hccbm.models.bone;

import java.util.ArrayList;
import java.util.List;
import org.hccbm.core.evidence.Citation;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.performance.Karnofsky;
import org.hccbm.core.performance.PsConvention;
import org.hccbm.core.result.Band;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.result.Value;
import org.hccbm.models.Score;
import org.hccbm.models.internal.ItemTable;
import org.hccbm.models.internal.PerformanceItems;
import org.hccbm.models.internal.PointScore;
import org.hccbm.models.internal.PointScore.Part;

/**
 * Computes the van der Linden score (van der Linden 2005; bone §6.1). Higher is better.
 *
 * <pre>
 * KPS                   80–100 2 · 50–70 1 · 20–40 0   (KPS 10: 0, with a caveat)
 * Primary tumour        breast 3 · prostate 2 · lung 1 · other (HCC) 0
 * Visceral metastases   absent 1 · present 0
 * A ≤ 3 (median 3.0 months) · B 4–5 (9.0 months) · C 6 (18.7 months)
 * </pre>
 *
 * <p>HCC scores 0 for its primary, so it is always group A. KPS 0 is not applicable.
 *
 * @since 0.1.0
 */
public final class VanDerLinden implements Score<VanDerLindenInput> {
  /** The van der Linden score. */
  public static final VanDerLinden INSTANCE = new VanDerLinden();

  private static final ModelInfo INFO =
      new ModelInfo(
          "van-der-linden",
          "van der Linden",
          "",
          1,
          ModelStatus.VERIFIED,
          "reproduces worked examples V-1…V-4 (docs/sources.md, bone §6.1) and H-1/H-2; "
              + "points [V2]",
          new Citation(
              "van der Linden YM, et al.; Dutch Bone Metastasis Study Group",
              "Prediction of survival in patients with metastases in the spinal column: results "
                  + "based on a randomized trial of radiotherapy",
              "Cancer 103(2):320–328",
              2005,
              "PMID 15593360"),
          VanDerLindenGroup.class);

  private static final ItemCode KPS = ItemCode.of("kps");
  private static final PerformanceItems.Band KPS_80_100 =
      new PerformanceItems.Band(PerformanceItems.range(80, 100, ""), 2);
  private static final PerformanceItems.Band KPS_50_70 =
      new PerformanceItems.Band(PerformanceItems.range(50, 70, ""), 1);
  private static final PerformanceItems.Band KPS_20_40 =
      new PerformanceItems.Band(PerformanceItems.range(20, 40, ""), 0);
  // KPS 10 lies below the published bands; scored 0 with caveat vanDerLinden.kps10.
  private static final PerformanceItems.Band KPS_10 =
      new PerformanceItems.Band(
          new Band.Named("vanDerLindenKps10", PerformanceItems.range(10, 10, "")), 0);

  private static final ItemTable<Boolean> VISCERAL =
      ItemTable.yesNo(
          ItemCode.of("visceralMetastases"),
          "extraskeletalMetastases",
          "present",
          0,
          "absent",
          1,
          true);

  private static final ItemTable<VanDerLindenPrimary> PRIMARY =
      ItemTable.byValue(ItemCode.of("primaryTumour"), "", VanDerLindenPrimary.class)
          .row(3, VanDerLindenPrimary.BREAST)
          .row(2, VanDerLindenPrimary.PROSTATE)
          .row(1, VanDerLindenPrimary.LUNG)
          .row(0, VanDerLindenPrimary.OTHER)
          .build();

  private VanDerLinden() {}

  @Override
  public ModelInfo info() {
    return INFO;
  }

  @Override
  public VanDerLindenInput inputFrom(Patient patient) {
    return VanDerLindenInput.from(patient, VisceralPolicy.EXTRAHEPATIC_ONLY);
  }

  @Override
  public ModelResult evaluate(VanDerLindenInput in) {
    List<Caveat> caveats =
        new ArrayList<>(
            List.of(
                Caveat.coded(CaveatKind.OUTSIDE_DERIVATION_POPULATION, "vanDerLinden.derivation")));
    List<Karnofsky> candidates =
        in.performanceStatus()
            .known()
            .map(p -> p.karnofskyCandidates(PsConvention.STANDARD))
            .orElse(List.of());
    if (candidates.contains(Karnofsky.KPS_0)) {
      return NotApplicable.coded(INFO, "vanDerLinden.dead", List.of());
    }
    if (candidates.contains(Karnofsky.KPS_10)) {
      caveats.add(Caveat.coded(CaveatKind.ASSUMPTION, "vanDerLinden.kps10"));
    }
    Part kps =
        PerformanceItems.karnofsky(
            KPS,
            in.performanceStatus(),
            k ->
                k.percent() >= 80
                    ? KPS_80_100
                    : k.percent() >= 50 ? KPS_50_70 : k.percent() >= 20 ? KPS_20_40 : KPS_10,
            List.of(0, 1, 2),
            caveats);
    Part primary =
        PointScore.scored(PRIMARY.score(in.primary(), InputUsed.of("", Value.of(in.primary()))));
    return PointScore.evaluate(
        INFO,
        List.of(kps, primary, VISCERAL.part(in.visceral())),
        VanDerLindenGroup::forTotal,
        caveats);
  }
}
