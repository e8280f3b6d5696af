package org.hccbm.models.bone;

import static com.google.common.collect.Range.atLeast;
import static com.google.common.collect.Range.closed;
import static com.google.common.collect.Range.singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.Observed;
import org.hccbm.core.evidence.Citation;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.neuro.AsiaGrade;
import org.hccbm.core.neuro.FrankelGrade;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.performance.Karnofsky;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.performance.PsConvention;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.result.Value;
import org.hccbm.models.Score;
import org.hccbm.models.internal.ItemTable;
import org.hccbm.models.internal.PerformanceItems;
import org.hccbm.models.internal.PointScore;
import org.hccbm.models.internal.PointScore.Part;

/**
 * Computes the revised Tokuhashi score (Tokuhashi 2005; bone §1). Higher is better.
 *
 * <pre>
 * Item                          0                     1                      2
 * General condition (KPS)       10–40 %               50–70 %                80–100 %
 * Extraspinal bone foci         ≥ 3                   1–2                    0
 * Vertebral-body metastases     ≥ 3                   2                      1     (variant: ≥ 3 | 1–2 | 0)
 * Major internal organs         unremovable           removable              none
 * Palsy (Frankel)               complete (A, B)       incomplete (C, D)      none (E)
 * Primary site: 0 lung, osteosarcoma, stomach, bladder, oesophagus, pancreas · 1 liver,
 *   gallbladder, unidentified · 2 others · 3 kidney, uterus · 4 rectum · 5 thyroid, breast,
 *   prostate, carcinoid
 * 0–8 &lt; 6 months · 9–11 ≥ 6 months · 12–15 ≥ 1 year
 * </pre>
 *
 * <p>HCC scores 1 for its primary, so it never reaches 12–15. The vertebral-body item follows the
 * 2005 table (≥ 3/2/1); the reading ≥ 3/1–2/0 of some reproductions is the named variant {@link
 * #VERTEBRAL_1_2_0}. A vertebral count of 0 is undefined in the 2005 table and is refused. KPS 0 is
 * not applicable. ECOG is converted; ECOG 1 is KPS 70 or 80, which score differently, so the item
 * stays open. ASIA is used for palsy only when Frankel is unknown, with a caveat.
 *
 * @since 0.1.0
 */
public final class Tokuhashi implements Score<TokuhashiInput> {
  /** The 2005 table: vertebral bodies ≥ 3 / 2 / 1 → 0 / 1 / 2. */
  public static final Tokuhashi INSTANCE = new Tokuhashi(false);

  /** The variant reading: vertebral bodies ≥ 3 / 1–2 / 0 → 0 / 1 / 2 (bone §1.3). */
  public static final Tokuhashi VERTEBRAL_1_2_0 = new Tokuhashi(true);

  private static final ItemCode GENERAL_CONDITION = ItemCode.of("generalConditionKps");
  private static final PerformanceItems.Band KPS_80_100 =
      new PerformanceItems.Band(PerformanceItems.kps(80, 100), 2);
  private static final PerformanceItems.Band KPS_50_70 =
      new PerformanceItems.Band(PerformanceItems.kps(50, 70), 1);
  private static final PerformanceItems.Band KPS_10_40 =
      new PerformanceItems.Band(PerformanceItems.kps(10, 40), 0);

  private static final ItemTable<Double> EXTRASPINAL =
      ItemTable.banded(ItemCode.of("extraspinalBoneFoci"), "boneLesions", "")
          .band(atLeast(3.0), 0)
          .band(closed(1.0, 2.0), 1)
          .band(singleton(0.0), 2)
          .listRows()
          .build();
  private static final ItemTable<Double> VERTEBRAL =
      ItemTable.banded(ItemCode.of("vertebralBodyMetastases"), "boneLesions", "")
          .band(atLeast(3.0), 0)
          .band(singleton(2.0), 1)
          .band(singleton(1.0), 2)
          .describedAs("tokuhashi.vertebral")
          .build();
  private static final ItemTable<Double> VERTEBRAL_VARIANT =
      ItemTable.banded(ItemCode.of("vertebralBodyMetastases"), "boneLesions", "")
          .band(atLeast(3.0), 0)
          .band(closed(1.0, 2.0), 1)
          .band(singleton(0.0), 2)
          .describedAs("tokuhashi.vertebral")
          .build();
  private static final ItemTable<OrganMetastases> ORGANS =
      ItemTable.byValue(
              ItemCode.of("metastasesToMajorInternalOrgans"),
              "extraskeletalMetastases",
              OrganMetastases.class)
          .row(2, OrganMetastases.NONE)
          .row(1, OrganMetastases.REMOVABLE)
          .row(0, OrganMetastases.UNREMOVABLE)
          .partly(
              OrganMetastases.PRESENT_REMOVABILITY_UNKNOWN,
              ItemCode.of("removability"),
              OrganMetastases.REMOVABLE,
              OrganMetastases.UNREMOVABLE)
          .build();
  private static final ItemTable<TokuhashiPrimary> PRIMARY = primaryTable();

  /** Palsy: Frankel A, B complete 0 · C, D incomplete 1 · E none 2. */
  private static final ItemTable<FrankelGrade> PALSY =
      ItemTable.byValue(ItemCode.of("palsyFrankel"), "frankel", FrankelGrade.class)
          .row(0, FrankelGrade.A, FrankelGrade.B)
          .row(1, FrankelGrade.C, FrankelGrade.D)
          .row(2, FrankelGrade.E)
          .describedAs("tokuhashi.palsy")
          .build();

  private static ItemTable<TokuhashiPrimary> primaryTable() {
    ItemTable.ByValue<TokuhashiPrimary> table =
        ItemTable.byValue(ItemCode.of("primarySite"), "", TokuhashiPrimary.class);
    for (TokuhashiPrimary p : TokuhashiPrimary.values()) {
      table.row(p.points(), p);
    }
    return table.build();
  }

  private final boolean variant;
  private final ModelInfo info;

  private Tokuhashi(boolean variant) {
    this.variant = variant;
    this.info =
        new ModelInfo(
            "tokuhashi-revised",
            "Revised Tokuhashi",
            variant
                ? "vertebral-body item ≥ 3 / 1–2 / 0 (reproduction variant, docs/sources.md, bone §1.3)"
                : "vertebral-body item ≥ 3 / 2 / 1 (2005 table)",
            1,
            ModelStatus.VERIFIED,
            "reproduces worked examples T-1…T-4b (docs/sources.md, bone §1.5) and H-1/H-2; table [V2]",
            new Citation(
                "Tokuhashi Y, Matsuzaki H, Oda H, Oshima M, Ryu J.",
                "A revised scoring system for preoperative evaluation of metastatic spine tumor "
                    + "prognosis",
                "Spine 30(19):2186–2191",
                2005,
                "doi:10.1097/01.brs.0000180401.06919.a5"),
            TokuhashiBand.class);
  }

  @Override
  public ModelInfo info() {
    return info;
  }

  @Override
  public TokuhashiInput inputFrom(Patient patient) {
    return TokuhashiInput.from(patient);
  }

  @Override
  public ModelResult evaluate(Patient patient) {
    TokuhashiInput in = inputFrom(patient);
    // The input's vertebral count is BoneFacts.vertebralCount(patient).
    if (in.vertebralMetastases().equals(Observed.of(0)) && !variant) {
      return NotApplicable.coded(info, "tokuhashi.noVertebralLesion", List.of());
    }
    return evaluate(in);
  }

  @Override
  public ModelResult evaluate(TokuhashiInput in) {
    List<Caveat> caveats = new ArrayList<>();
    if (in.performanceStatus() instanceof Observed.Known<PerformanceStatus> p
        && p.value().karnofskyCandidates(PsConvention.STANDARD).contains(Karnofsky.KPS_0)) {
      return NotApplicable.coded(info, "tokuhashi.dead", List.of());
    }
    Part kps =
        PerformanceItems.karnofsky(
            GENERAL_CONDITION,
            in.performanceStatus(),
            k -> k.percent() >= 80 ? KPS_80_100 : k.percent() >= 50 ? KPS_50_70 : KPS_10_40,
            List.of(0, 1, 2),
            caveats);
    List<Part> parts =
        List.of(
            kps,
            extraspinal(in.extraspinalFoci()),
            vertebral(in.vertebralMetastases()),
            ORGANS.part(in.organMetastases()),
            PointScore.scored(
                PRIMARY.score(in.primary(), InputUsed.of("", Value.of(in.primary())))),
            palsy(in, caveats));
    return PointScore.evaluate(info, parts, TokuhashiBand::forTotal, caveats);
  }

  private static Part extraspinal(Observed<Integer> n) {
    if (!(n instanceof Observed.Known<Integer> known)) {
      return EXTRASPINAL.open(n);
    }
    int c = known.value();
    if (c < 0) {
      throw new InvalidClinicalInputException("extraspinal bone foci", c, ">= 0");
    }
    return PointScore.scored(count(EXTRASPINAL, c));
  }

  private static ItemScore count(ItemTable<Double> table, int n) {
    return table.score((double) n, InputUsed.of(table.field(), Value.of((double) n)));
  }

  private Part vertebral(Observed<Integer> n) {
    ItemTable<Double> table = variant ? VERTEBRAL_VARIANT : VERTEBRAL;
    if (!(n instanceof Observed.Known<Integer> known)) {
      return table.open(n);
    }
    int c = known.value();
    if (c < (variant ? 0 : 1)) {
      throw new InvalidClinicalInputException(
          "vertebral-body metastases", c, variant ? ">= 0" : ">= 1 (the 2005 table starts at 1)");
    }
    return PointScore.scored(count(table, c));
  }

  private static Part palsy(TokuhashiInput in, List<Caveat> caveats) {
    if (in.frankel() instanceof Observed.Known<FrankelGrade> f) {
      return PALSY.part(f);
    }
    if (in.asia() instanceof Observed.Known<AsiaGrade> a) {
      FrankelGrade approximated = FrankelGrade.valueOf(a.value().name());
      caveats.add(
          Caveat.coded(CaveatKind.CONVERSION, "tokuhashi.frankelFromAsia", Value.of(a.value())));
      return PointScore.scored(
          PALSY.score(
              approximated,
              new InputUsed(
                  "asia", Value.of(a.value()), Value.of(approximated), Optional.empty())));
    }
    return PALSY.open(in.frankel());
  }
}
