package org.hccbm.models.bone;

import java.util.List;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.evidence.Citation;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.DiameterFraction;
import org.hccbm.core.lesion.LesionMorphology;
import org.hccbm.core.lesion.LongBone;
import org.hccbm.core.lesion.LongBoneRegion;
import org.hccbm.core.lesion.LongBoneSite;
import org.hccbm.core.lesion.PainSeverity;
import org.hccbm.core.result.Band;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.models.LesionScore;
import org.hccbm.models.internal.CategoryTable;
import org.hccbm.models.internal.ItemTable;
import org.hccbm.models.internal.PointScore;
import org.hccbm.models.internal.PointScore.Part;

/**
 * Computes the Mirels impending-fracture score for one long-bone lesion (Mirels 1989; bone §5).
 *
 * <pre>
 * Variable   1             2             3
 * Site       upper limb    lower limb    peritrochanteric
 * Pain       mild          moderate      functional
 * Lesion     blastic       mixed         lytic
 * Size       &lt; 1/3         1/3–2/3       &gt; 2/3   (fraction of bone diameter)
 * ≥ 9 prophylactic fixation · 8 clinical judgement · ≤ 7 radiotherapy and observation
 * </pre>
 *
 * <p>The fixation threshold is 9 as cited; 8 (a later humeral series) is a named variant, with no
 * judgement band. Size is the fraction of bone diameter, not cortex. A total without the pain item
 * is never reported: unknown pain leaves it bounded.
 *
 * <p>Sites (planner-safety PS-21, r2): the femoral neck counts as peritrochanteric (3), as Mirels
 * grouped the neck and the intertrochanteric region with the trochanteric lesions; the femoral head
 * and a femoral lesion recorded only as "proximal" count as lower limb (2), each with a caveat,
 * because the table names no other hip region.
 *
 * @since 0.1.0
 */
public final class Mirels implements LesionScore {
  /** Mirels with the cited fixation threshold 9. */
  public static final Mirels INSTANCE = new Mirels(9);

  /** Mirels with fixation from 8, the humeral-series cut-off. */
  private static final Mirels HUMERAL_8 = new Mirels(8);

  private static final ItemTable<PainSeverity> PAIN =
      ItemTable.byValue(ItemCode.of("pain"), "boneLesions[].painSeverity", PainSeverity.class)
          .row(1, PainSeverity.MILD)
          .row(2, PainSeverity.MODERATE)
          .row(3, PainSeverity.FUNCTIONAL)
          .build();
  private static final ItemTable<LesionMorphology> MORPHOLOGY =
      ItemTable.byValue(ItemCode.of("lesion"), "boneLesions[].morphology", LesionMorphology.class)
          .row(1, LesionMorphology.BLASTIC)
          .row(2, LesionMorphology.MIXED)
          .row(3, LesionMorphology.LYTIC)
          .build();
  private static final ItemTable<DiameterFraction> SIZE =
      ItemTable.byValue(
              ItemCode.of("size"), "boneLesions[].diameterFraction", DiameterFraction.class)
          .row(1, DiameterFraction.LESS_THAN_ONE_THIRD)
          .row(2, DiameterFraction.ONE_THIRD_TO_TWO_THIRDS)
          .row(3, DiameterFraction.MORE_THAN_TWO_THIRDS)
          .build();

  private static final ItemCode SITE = ItemCode.of("site");

  private final int threshold;
  private final CategoryTable<MirelsRecommendation> recommendations;
  private final ModelInfo info;

  private Mirels(int threshold) {
    this.threshold = threshold;
    this.recommendations = recommendations(threshold);
    this.info =
        new ModelInfo(
            "mirels",
            "Mirels",
            "fixation threshold "
                + threshold
                + (threshold == 9 ? " (Mirels 1989)" : " (humeral validation series)"),
            2,
            ModelStatus.VERIFIED,
            "reproduces worked examples M-1 [public], M-3…M-5 (docs/sources.md, bone §5.4); points [V2]",
            new Citation(
                "Mirels H.",
                "Metastatic disease in long bones. A proposed scoring system for diagnosing "
                    + "impending pathologic fractures",
                "Clin Orthop Relat Res (249):256–264",
                1989,
                ""),
            MirelsRecommendation.class);
  }

  /**
   * Returns Mirels with another fixation threshold. Only the sourced thresholds are accepted: 9
   * (Mirels 1989) and 8 (the best cut-off for humeral lesions in a later validation series; bone
   * §5.3). With 8 there is no clinical-judgement band: 8 and above recommend fixation, 7 and below
   * radiotherapy and observation. Any other threshold would need a judgement band and fracture
   * risks that no source gives.
   *
   * @param threshold the lowest total recommending fixation, 8 or 9
   * @return the model
   * @throws InvalidClinicalInputException if neither 8 nor 9
   */
  public static Mirels withFixationThreshold(int threshold) {
    if (threshold != 8 && threshold != 9) {
      throw new InvalidClinicalInputException(
          "Mirels fixation threshold", threshold, "8 or 9 (the sourced thresholds)");
    }
    return threshold == 9 ? INSTANCE : HUMERAL_8;
  }

  @Override
  public ModelInfo info() {
    return info;
  }

  @Override
  public boolean appliesTo(BoneLesion lesion) {
    return lesion.site() instanceof LongBoneSite;
  }

  /**
   * Returns the recommendation for a total under this threshold.
   *
   * @param total 4..12
   * @return the recommendation
   */
  public MirelsRecommendation recommendation(int total) {
    return recommendations.of(total);
  }

  /**
   * The recommendations by total: radiotherapy and observation up to 7, then (threshold 9 only)
   * clinical judgement at the original's 8, and fixation from the threshold to 12.
   */
  private static CategoryTable<MirelsRecommendation> recommendations(int threshold) {
    CategoryTable.Builder<MirelsRecommendation> table =
        CategoryTable.<MirelsRecommendation>byTotal("Mirels total", 4, 12)
            .range(4, 7, MirelsRecommendation.RADIOTHERAPY_AND_OBSERVATION);
    if (threshold > 8) {
      table.range(8, threshold - 1, MirelsRecommendation.CLINICAL_JUDGEMENT);
    }
    return table.range(threshold, 12, MirelsRecommendation.PROPHYLACTIC_FIXATION).build();
  }

  @Override
  public ModelResult evaluate(BoneLesion lesion) {
    if (!(lesion.site() instanceof LongBoneSite site)) {
      return NotApplicable.coded(info, "mirels.notLongBone", List.of(), Sites.value(lesion.site()));
    }
    Part location = PointScore.scored(siteItem(site));
    Part pain = PAIN.part(lesion.painSeverity());
    Part morphology = MORPHOLOGY.part(lesion.morphology());
    Part size = SIZE.part(lesion.diameterFraction());
    List<Caveat> caveats = new java.util.ArrayList<>();
    if (threshold != 9) {
      caveats.add(Caveat.coded(CaveatKind.ASSUMPTION, "mirels.threshold8"));
    }
    siteCaveat(site).ifPresent(caveats::add);
    return PointScore.evaluate(
        info, List.of(location, pain, morphology, size), this::recommendation, caveats);
  }

  /** The caveat a hip site carries: which Mirels site it was counted as, and why. */
  static java.util.Optional<Caveat> siteCaveat(LongBoneSite site) {
    if (site.bone() != LongBone.FEMUR) {
      return java.util.Optional.empty();
    }
    return switch (site.region()) {
      case FEMORAL_NECK ->
          java.util.Optional.of(Caveat.coded(CaveatKind.ASSUMPTION, "mirels.femoralNeck"));
      case FEMORAL_HEAD ->
          java.util.Optional.of(Caveat.coded(CaveatKind.ASSUMPTION, "mirels.femoralHead"));
      case PROXIMAL ->
          java.util.Optional.of(Caveat.coded(CaveatKind.ASSUMPTION, "mirels.proximalFemur"));
      default -> java.util.Optional.empty();
    };
  }

  /**
   * The site item: peritrochanteric (the femoral neck included) 3, other lower-limb sites 2, upper
   * limb 1. The band names the source's row; the site itself is the input.
   */
  static ItemScore siteItem(LongBoneSite site) {
    InputUsed input = InputUsed.of("boneLesions[].site", Sites.value(site));
    if (site.region() == LongBoneRegion.PERITROCHANTERIC) {
      return ItemScore.scored(SITE, input, region("peritrochanteric", site.region()), 3);
    }
    if (site.region() == LongBoneRegion.FEMORAL_NECK) {
      return ItemScore.scored(SITE, input, region("peritrochantericFemoralNeck", site.region()), 3);
    }
    LongBone.Limb limb = site.bone().limb();
    Band band =
        new Band.Named(
            limb == LongBone.Limb.LOWER ? "lowerLimb" : "upperLimb",
            new Band.Values("Limb", List.of(limb.name())));
    return ItemScore.scored(SITE, input, band, limb == LongBone.Limb.LOWER ? 2 : 1);
  }

  private static Band region(String name, LongBoneRegion region) {
    return new Band.Named(name, new Band.Values("LongBoneRegion", List.of(region.name())));
  }
}
