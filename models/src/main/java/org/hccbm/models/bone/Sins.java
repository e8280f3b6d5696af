package org.hccbm.models.bone;

import static org.hccbm.core.lesion.SpinalLevel.C1;
import static org.hccbm.core.lesion.SpinalLevel.C2;
import static org.hccbm.core.lesion.SpinalLevel.C3;
import static org.hccbm.core.lesion.SpinalLevel.C4;
import static org.hccbm.core.lesion.SpinalLevel.C5;
import static org.hccbm.core.lesion.SpinalLevel.C6;
import static org.hccbm.core.lesion.SpinalLevel.C7;
import static org.hccbm.core.lesion.SpinalLevel.COCCYX;
import static org.hccbm.core.lesion.SpinalLevel.L1;
import static org.hccbm.core.lesion.SpinalLevel.L2;
import static org.hccbm.core.lesion.SpinalLevel.L3;
import static org.hccbm.core.lesion.SpinalLevel.L4;
import static org.hccbm.core.lesion.SpinalLevel.L5;
import static org.hccbm.core.lesion.SpinalLevel.OCCIPUT;
import static org.hccbm.core.lesion.SpinalLevel.S1;
import static org.hccbm.core.lesion.SpinalLevel.S2;
import static org.hccbm.core.lesion.SpinalLevel.S3;
import static org.hccbm.core.lesion.SpinalLevel.S4;
import static org.hccbm.core.lesion.SpinalLevel.S5;
import static org.hccbm.core.lesion.SpinalLevel.T1;
import static org.hccbm.core.lesion.SpinalLevel.T10;
import static org.hccbm.core.lesion.SpinalLevel.T11;
import static org.hccbm.core.lesion.SpinalLevel.T12;
import static org.hccbm.core.lesion.SpinalLevel.T2;
import static org.hccbm.core.lesion.SpinalLevel.T3;
import static org.hccbm.core.lesion.SpinalLevel.T4;
import static org.hccbm.core.lesion.SpinalLevel.T5;
import static org.hccbm.core.lesion.SpinalLevel.T6;
import static org.hccbm.core.lesion.SpinalLevel.T7;
import static org.hccbm.core.lesion.SpinalLevel.T8;
import static org.hccbm.core.lesion.SpinalLevel.T9;

import java.util.List;
import org.hccbm.core.evidence.Citation;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.LesionMorphology;
import org.hccbm.core.lesion.PainCharacter;
import org.hccbm.core.lesion.PosterolateralInvolvement;
import org.hccbm.core.lesion.SpinalAlignment;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.lesion.VertebralCollapse;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.result.Value;
import org.hccbm.models.LesionScore;
import org.hccbm.models.internal.ItemTable;
import org.hccbm.models.internal.PointScore;
import org.hccbm.models.internal.PointScore.Part;

/**
 * Computes the Spinal Instability Neoplastic Score for one spinal lesion (Fisher 2010; bone §4).
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
 * <p>Item codes: {@code location}, {@code pain}, {@code boneLesion}, {@code alignment}, {@code
 * vertebralBodyCollapse}, {@code posterolateralInvolvement}.
 *
 * @since 0.1.0
 */
public final class Sins implements LesionScore {
  /** SINS. */
  public static final Sins INSTANCE = new Sins();

  private static final ModelInfo INFO =
      new ModelInfo(
          "sins",
          "SINS",
          "",
          1,
          ModelStatus.VERIFIED,
          "reproduces worked examples S-1…S-4 (docs/sources.md, bone §4.4) and H-1/H-2; points [V2]",
          new Citation(
              "Fisher CG, DiPaola CP, Ryken TC, et al.",
              "A novel classification system for spinal instability in neoplastic disease",
              "Spine 35(22):E1221–E1229",
              2010,
              "doi:10.1097/BRS.0b013e3181e16ae2"),
          SinsCategory.class);

  private static final ItemTable<SpinalLevel> LOCATION =
      ItemTable.byValue(
              ItemCode.of("location"), "boneLesions[].site.spinalLevel", SpinalLevel.class)
          .row(3, OCCIPUT, C1, C2, C7, T1, T2, T11, T12, L1, L5, S1)
          .row(2, C3, C4, C5, C6, L2, L3, L4)
          .row(1, T3, T4, T5, T6, T7, T8, T9, T10)
          .row(0, S2, S3, S4, S5)
          .outside(COCCYX)
          .build();
  private static final ItemTable<PainCharacter> PAIN =
      ItemTable.byValue(ItemCode.of("pain"), "boneLesions[].painCharacter", PainCharacter.class)
          .row(3, PainCharacter.MECHANICAL)
          .row(1, PainCharacter.OCCASIONAL_NON_MECHANICAL)
          .row(0, PainCharacter.NONE)
          .describedAs("sins.pain")
          .build();
  private static final ItemTable<LesionMorphology> MORPHOLOGY =
      ItemTable.byValue(
              ItemCode.of("boneLesion"), "boneLesions[].morphology", LesionMorphology.class)
          .row(2, LesionMorphology.LYTIC)
          .row(1, LesionMorphology.MIXED)
          .row(0, LesionMorphology.BLASTIC)
          .build();
  private static final ItemTable<SpinalAlignment> ALIGNMENT =
      ItemTable.byValue(ItemCode.of("alignment"), "boneLesions[].alignment", SpinalAlignment.class)
          .row(4, SpinalAlignment.SUBLUXATION_TRANSLATION)
          .row(2, SpinalAlignment.DE_NOVO_DEFORMITY)
          .row(0, SpinalAlignment.NORMAL)
          .describedAs("sins.alignment")
          .build();
  private static final ItemTable<VertebralCollapse> COLLAPSE =
      ItemTable.byValue(
              ItemCode.of("vertebralBodyCollapse"),
              "boneLesions[].collapse",
              VertebralCollapse.class)
          .row(3, VertebralCollapse.OVER_HALF)
          .row(2, VertebralCollapse.UNDER_HALF)
          .row(1, VertebralCollapse.NONE_WITH_OVER_HALF_INVOLVED)
          .row(0, VertebralCollapse.NONE)
          .describedAs("sins.collapse")
          .build();
  private static final ItemTable<PosterolateralInvolvement> POSTEROLATERAL =
      ItemTable.byValue(
              ItemCode.of("posterolateralInvolvement"),
              "boneLesions[].posterolateral",
              PosterolateralInvolvement.class)
          .row(3, PosterolateralInvolvement.BILATERAL)
          .row(1, PosterolateralInvolvement.UNILATERAL)
          .row(0, PosterolateralInvolvement.NONE)
          .describedAs("sins.posterolateral")
          .build();

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
   * Returns the location item of a level.
   *
   * @param level the level, occiput to S5
   * @return the location item
   */
  static ItemScore location(SpinalLevel level) {
    return LOCATION.score(level, InputUsed.of(LOCATION.field(), Value.of(level)));
  }

  @Override
  public ModelResult evaluate(BoneLesion lesion) {
    if (!appliesTo(lesion)) {
      return lesion.site() == SpinalLevel.COCCYX
          ? NotApplicable.coded(INFO, "sins.coccyx", List.of())
          : NotApplicable.coded(INFO, "sins.notSpinal", List.of(), Sites.value(lesion.site()));
    }
    Part location = PointScore.scored(location((SpinalLevel) lesion.site()));
    return PointScore.evaluate(
        INFO,
        List.of(
            location,
            PAIN.part(lesion.painCharacter()),
            MORPHOLOGY.part(lesion.morphology()),
            ALIGNMENT.part(lesion.alignment()),
            COLLAPSE.part(lesion.collapse()),
            POSTEROLATERAL.part(lesion.posterolateral())),
        SinsCategory::forTotal,
        List.of());
  }
}
