package org.hccbm.models.bone;

import com.google.common.collect.Range;
import java.util.ArrayList;
import java.util.List;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.Observed;
import org.hccbm.core.evidence.Citation;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.result.Value;
import org.hccbm.models.Score;
import org.hccbm.models.internal.ItemTable;
import org.hccbm.models.internal.PointScore;
import org.hccbm.models.internal.PointScore.Part;

/**
 * Computes the Tomita score (Tomita 2001; bone §2). Higher is worse.
 *
 * <pre>
 * Primary tumour growth     slow 1 · moderate 2 · rapid 4 (liver)     (variant: rapid 3)
 * Visceral metastases       none 0 · treatable 2 · untreatable 4
 * Bone metastases           solitary 1 · multiple 2
 * 2–3 wide/marginal excision · 4–5 marginal/intralesional · 6–7 palliative surgery ·
 * 8–10 supportive care
 * </pre>
 *
 * <p>Rapid growth scores 4: only 4 yields the published 2–10 range. The 3 printed by a 2018 review
 * table is the named variant {@link #RAPID_3} (a documented conflict). HCC is rapid, so its total
 * is never below 5.
 *
 * <p>Item codes: {@code primaryTumour}, {@code visceralMetastases} (open aspect {@code
 * treatability}), {@code boneMetastases}.
 *
 * @since 0.1.0
 */
public final class Tomita implements Score<TomitaInput> {
  /** The original: rapid growth 4. */
  public static final Tomita INSTANCE = new Tomita(4);

  /** The conflicting reading: rapid growth 3 (Cassidy 2018 review table). */
  public static final Tomita RAPID_3 = new Tomita(3);

  private static final ItemTable<VisceralStatus> VISCERAL =
      ItemTable.byValue(
              ItemCode.of("visceralMetastases"), "extraskeletalMetastases", VisceralStatus.class)
          .row(0, VisceralStatus.NONE)
          .row(2, VisceralStatus.TREATABLE)
          .row(4, VisceralStatus.UNTREATABLE)
          .partly(
              VisceralStatus.PRESENT_TREATABILITY_UNKNOWN,
              ItemCode.of("treatability"),
              VisceralStatus.TREATABLE,
              VisceralStatus.UNTREATABLE)
          .build();
  private static final ItemTable<Double> BONE =
      ItemTable.banded(ItemCode.of("boneMetastases"), "boneLesions", "")
          .band(Range.singleton(1.0), "solitary", 1)
          .band(Range.atLeast(2.0), "multiple", 2)
          .build();

  private final int rapid;
  private final ItemTable<TumourGrowth> growthTable;
  private final ModelInfo info;

  private Tomita(int rapid) {
    this.rapid = rapid;
    this.growthTable =
        ItemTable.byValue(ItemCode.of("primaryTumour"), "", TumourGrowth.class)
            .row(1, TumourGrowth.SLOW)
            .row(2, TumourGrowth.MODERATE)
            .row(rapid, TumourGrowth.RAPID)
            .build();
    this.info =
        new ModelInfo(
            "tomita",
            "Tomita",
            rapid == 4
                ? "rapid growth 4"
                : "rapid growth 3 (conflicting review reading; not the original)",
            1,
            ModelStatus.VERIFIED,
            "reproduces worked examples To-1…To-4b (docs/sources.md, bone §2.4) and H-1/H-2; "
                + "points [V2], tumour lists [R]",
            new Citation(
                "Tomita K, Kawahara N, Kobayashi T, Yoshida A, Murakami H, Akamaru T.",
                "Surgical strategy for spinal metastases",
                "Spine 26(3):298–306",
                2001,
                "doi:10.1097/00007632-200102010-00016"),
            TomitaStrategy.class);
  }

  @Override
  public ModelInfo info() {
    return info;
  }

  @Override
  public TomitaInput inputFrom(Patient patient) {
    return TomitaInput.from(patient);
  }

  @Override
  public ModelResult evaluate(Patient patient) {
    if (BoneFacts.boneLesionCount(patient).equals(Observed.of(0))) {
      return NotApplicable.coded(info, "tomita.noBoneMetastasis", List.of());
    }
    return evaluate(inputFrom(patient));
  }

  @Override
  public ModelResult evaluate(TomitaInput in) {
    List<Caveat> caveats = new ArrayList<>();
    if (rapid != 4) {
      caveats.add(Caveat.coded(CaveatKind.SOURCE_CONFLICT, "tomita.rapidGrowth3"));
    }
    Part growth =
        PointScore.scored(growthTable.score(in.growth(), InputUsed.of("", Value.of(in.growth()))));
    Part bone =
        in.boneLesions()
            .known()
            .map(
                n -> {
                  if (n < 1) {
                    throw new InvalidClinicalInputException("bone metastases", n, ">= 1");
                  }
                  return PointScore.scored(
                      BONE.score((double) n, InputUsed.of(BONE.field(), Value.of((double) n))));
                })
            .orElseGet(() -> BONE.open(in.boneLesions()));
    return PointScore.evaluate(
        info,
        List.of(growth, VISCERAL.part(in.visceral()), bone),
        TomitaStrategy::forTotal,
        caveats);
  }
}
