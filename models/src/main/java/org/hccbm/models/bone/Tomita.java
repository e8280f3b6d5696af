package org.hccbm.models.bone;

import java.util.ArrayList;
import java.util.List;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.Observed;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.models.Score;
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
 * @since 0.1.0
 */
public final class Tomita implements Score<TomitaInput> {
  /** The original: rapid growth 4. */
  public static final Tomita INSTANCE = new Tomita(4);
  /** The conflicting reading: rapid growth 3 (Cassidy 2018 review table). */
  public static final Tomita RAPID_3 = new Tomita(3);

  private final int rapid;
  private final ModelInfo info;

  private Tomita(int rapid) {
    this.rapid = rapid;
    this.info = new ModelInfo("tomita", "Tomita", rapid == 4 ? "rapid growth 4"
        : "rapid growth 3 (conflicting review reading; not the original)", 1,
        ModelStatus.VERIFIED, "reproduces worked examples To-1…To-4b (docs/sources.md, bone §2.4) and H-1/H-2; "
        + "points [V2], tumour lists [R]", BoneSources.TOMITA_2001);
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
      return new NotApplicable(info, "no bone metastasis recorded", List.of());
    }
    return evaluate(inputFrom(patient));
  }

  @Override
  public ModelResult evaluate(TomitaInput in) {
    List<Caveat> caveats = new ArrayList<>();
    if (rapid != 4) {
      caveats.add(Caveat.of(CaveatKind.SOURCE_CONFLICT, "rapid growth scored 3 as in one review "
          + "table; the original scores 4 (only 4 gives the published 2–10 range)"));
    }
    Part growth = PointScore.scored(switch (in.growth()) {
      case SLOW -> ItemScore.of("Primary tumour", "slow growth", "slow", 1);
      case MODERATE -> ItemScore.of("Primary tumour", "moderate growth", "moderate", 2);
      case RAPID -> ItemScore.of("Primary tumour", "rapid growth", "rapid", rapid);
    });
    Part visceral = in.visceral().known().map(v -> switch (v) {
      case NONE -> PointScore.scored(ItemScore.of("Visceral metastases", "none", "none", 0));
      case TREATABLE -> PointScore.scored(ItemScore.of("Visceral metastases", "treatable",
          "treatable", 2));
      case UNTREATABLE -> PointScore.scored(ItemScore.of("Visceral metastases", "untreatable",
          "untreatable", 4));
      case PRESENT_TREATABILITY_UNKNOWN -> PointScore.open("Visceral metastases",
          "treatability unknown", "treatable or untreatable", List.of(2, 4));
    }).orElseGet(() -> PointScore.open("Visceral metastases", in.visceral().toString(),
        "none, treatable or untreatable", List.of(0, 2, 4)));
    Part bone = in.boneLesions().known().map(n -> {
      if (n < 1) {
        throw new InvalidClinicalInputException("bone metastases", n, ">= 1");
      }
      return PointScore.scored(n == 1 ? ItemScore.of("Bone metastases", n, "solitary", 1)
          : ItemScore.of("Bone metastases", n, "multiple", 2));
    }).orElseGet(() -> PointScore.open("Bone metastases", in.boneLesions().toString(),
        "solitary or multiple", List.of(1, 2)));
    return PointScore.evaluate(info, List.of(growth, visceral, bone), TomitaStrategy::forTotal,
        caveats);
  }
}
