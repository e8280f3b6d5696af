package org.hccbm.models.bone;

import java.util.List;
import org.hccbm.core.Observed;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.models.LesionScore;
import org.hccbm.models.internal.PointScore;
import org.hccbm.models.internal.PointScore.Part;

/**
 * Computes the Spinal Instability Neoplastic Score for one spinal lesion (Fisher 2010; bone
 * §4).
 *
 * <pre>
 * Location     junctional (occiput–C2, C7–T2, T11–L1, L5–S1) 3 · mobile (C3–C6, L2–L4) 2 ·
 *              semi-rigid (T3–T10) 1 · rigid (S2–S5) 0
 * Pain         mechanical 3 · occasional non-mechanical 1 · pain-free 0
 * Lesion       lytic 2 · mixed 1 · blastic 0
 * Alignment    subluxation/translation 4 · de novo deformity 2 · normal 0
 * Collapse     &gt; 50 % 3 · &lt; 50 % 2 · none with &gt; 50 % body involved 1 · none 0
 * Posterolateral  bilateral 3 · unilateral 1 · none 0
 * Stable 0–6 · potentially unstable 7–12 · unstable 13–18
 * </pre>
 *
 * <p>The coccyx is not defined by SINS and is not applicable. A component that is unknown or not
 * assessable leaves the result bounded.
 *
 * @since 0.1.0
 */
public final class Sins implements LesionScore {
  /** SINS. */
  public static final Sins INSTANCE = new Sins();

  private static final ModelInfo INFO = new ModelInfo("sins", "SINS", "", 1, ModelStatus.VERIFIED,
      "reproduces worked examples S-1…S-4 (docs/sources.md, bone §4.4) and H-1/H-2; points [V2]",
      BoneSources.FISHER_2010);

  private Sins() {}

  @Override
  public ModelInfo info() {
    return INFO;
  }

  @Override
  public boolean appliesTo(BoneLesion lesion) {
    return lesion.site() instanceof SpinalLevel level && level != SpinalLevel.COCCYX;
  }

  /**
   * Returns the location band of a level: its label and points.
   *
   * @param level the level, occiput to S5
   * @return the location item
   */
  static ItemScore location(SpinalLevel level) {
    return switch (level) {
      case OCCIPUT, C1, C2, C7, T1, T2, T11, T12, L1, L5, S1 ->
          ItemScore.of("Location", level, "junctional", 3);
      case C3, C4, C5, C6, L2, L3, L4 -> ItemScore.of("Location", level, "mobile", 2);
      case T3, T4, T5, T6, T7, T8, T9, T10 -> ItemScore.of("Location", level, "semi-rigid", 1);
      case S2, S3, S4, S5 -> ItemScore.of("Location", level, "rigid", 0);
      case COCCYX -> throw new IllegalArgumentException("SINS does not define the coccyx");
    };
  }

  @Override
  public ModelResult evaluate(BoneLesion lesion) {
    if (!appliesTo(lesion)) {
      return new NotApplicable(INFO, lesion.site() == SpinalLevel.COCCYX
          ? "the coccyx is not defined by SINS" : "not a spinal lesion (" + lesion.site().label()
          + ")", List.of());
    }
    Part location = PointScore.scored(location((SpinalLevel) lesion.site()));
    Part pain = part("Pain", lesion.painCharacter(), "mechanical, occasional or pain-free",
        List.of(0, 1, 3), v -> switch (v) {
          case MECHANICAL -> ItemScore.of("Pain", "mechanical", "mechanical", 3);
          case OCCASIONAL_NON_MECHANICAL -> ItemScore.of("Pain", "occasional, non-mechanical",
              "occasional non-mechanical", 1);
          case NONE -> ItemScore.of("Pain", "pain-free", "pain-free", 0);
        });
    Part morphology = part("Bone lesion", lesion.morphology(), "lytic, mixed or blastic",
        List.of(0, 1, 2), v -> switch (v) {
          case LYTIC -> ItemScore.of("Bone lesion", "lytic", "lytic", 2);
          case MIXED -> ItemScore.of("Bone lesion", "mixed", "mixed", 1);
          case BLASTIC -> ItemScore.of("Bone lesion", "blastic", "blastic", 0);
        });
    Part alignment = part("Alignment", lesion.alignment(), "subluxation, deformity or normal",
        List.of(0, 2, 4), v -> switch (v) {
          case SUBLUXATION_TRANSLATION -> ItemScore.of("Alignment", "subluxation/translation",
              "subluxation/translation", 4);
          case DE_NOVO_DEFORMITY -> ItemScore.of("Alignment", "de novo deformity",
              "de novo deformity", 2);
          case NORMAL -> ItemScore.of("Alignment", "normal", "normal", 0);
        });
    Part collapse = part("Vertebral body collapse", lesion.collapse(), "any category",
        List.of(0, 1, 2, 3), v -> switch (v) {
          case OVER_HALF -> ItemScore.of("Vertebral body collapse", "> 50 %", "> 50 % collapse", 3);
          case UNDER_HALF -> ItemScore.of("Vertebral body collapse", "< 50 %", "< 50 % collapse", 2);
          case NONE_WITH_OVER_HALF_INVOLVED -> ItemScore.of("Vertebral body collapse",
              "none, > 50 % involved", "no collapse with > 50 % of the body involved", 1);
          case NONE -> ItemScore.of("Vertebral body collapse", "none", "none of the above", 0);
        });
    Part posterolateral = part("Posterolateral involvement", lesion.posterolateral(),
        "bilateral, unilateral or none", List.of(0, 1, 3), v -> switch (v) {
          case BILATERAL -> ItemScore.of("Posterolateral involvement", "bilateral", "bilateral", 3);
          case UNILATERAL -> ItemScore.of("Posterolateral involvement", "unilateral", "unilateral", 1);
          case NONE -> ItemScore.of("Posterolateral involvement", "none", "none of the above", 0);
        });
    return PointScore.evaluate(INFO, List.of(location, pain, morphology, alignment, collapse,
        posterolateral), SinsCategory::forTotal, List.of());
  }

  static <T> Part part(String item, Observed<T> value, String possible, List<Integer> points,
      java.util.function.Function<T, ItemScore> score) {
    return value.known().map(v -> PointScore.scored(score.apply(v)))
        .orElseGet(() -> PointScore.open(item, value.toString(), possible, points));
  }
}
