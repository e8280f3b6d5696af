package org.hccbm.models.treatment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ModelResult;
import org.hccbm.models.Models;
import org.hccbm.models.bone.BollenCategory;
import org.hccbm.models.bone.HccSmGpaGroup;
import org.hccbm.models.bone.KatagiriGroup;
import org.hccbm.models.bone.TokuhashiBand;
import org.hccbm.models.bone.VanDerLindenGroup;

/**
 * The survival policies the library ships.
 *
 * <p>{@link #HCC_SPECIFIC_FIRST} (the default) uses the first of HCC-SM GPA, revised Tokuhashi,
 * new Katagiri, van der Linden and Bollen that gives an estimate — the HCC-specific score first.
 * Each category maps to the survival bands its derivation-cohort figure supports:
 *
 * <pre>
 * HCC-SM GPA      low (median 13.6 mo) ≥ 6 · intermediate (4.8) 3–6 · high (2.6) &lt; 3
 * Tokuhashi       0–8 (&lt; 6 mo) &lt; 3 or 3–6 · 9–11 and 12–15 ≥ 6
 * New Katagiri    low (1-year 91 %) ≥ 6 · intermediate (6-month 74 %) ≥ 6 · high (6-month 27 %) &lt; 3 or 3–6
 * van der Linden  A (median 3.0 mo) &lt; 3 or 3–6 · B (9.0) ≥ 6 · C (18.7) ≥ 6
 * Bollen          A (31.2), B (15.4) ≥ 6 · C (4.8) 3–6 · D (1.6) &lt; 3
 * </pre>
 *
 * @since 0.1.0
 */
public final class SurvivalPolicies {
  private static final List<Set<SurvivalBand>> UNDER_6 = List.of(EnumSet.of(
      SurvivalBand.UNDER_3_MONTHS, SurvivalBand.THREE_TO_6_MONTHS));
  private static final Map<Category, Set<SurvivalBand>> BANDS = Map.ofEntries(
      Map.entry(HccSmGpaGroup.LOW, EnumSet.of(SurvivalBand.AT_LEAST_6_MONTHS)),
      Map.entry(HccSmGpaGroup.INTERMEDIATE, EnumSet.of(SurvivalBand.THREE_TO_6_MONTHS)),
      Map.entry(HccSmGpaGroup.HIGH, EnumSet.of(SurvivalBand.UNDER_3_MONTHS)),
      Map.entry(TokuhashiBand.SCORE_0_8, UNDER_6.get(0)),
      Map.entry(TokuhashiBand.SCORE_9_11, EnumSet.of(SurvivalBand.AT_LEAST_6_MONTHS)),
      Map.entry(TokuhashiBand.SCORE_12_15, EnumSet.of(SurvivalBand.AT_LEAST_6_MONTHS)),
      Map.entry(KatagiriGroup.LOW, EnumSet.of(SurvivalBand.AT_LEAST_6_MONTHS)),
      Map.entry(KatagiriGroup.INTERMEDIATE, EnumSet.of(SurvivalBand.AT_LEAST_6_MONTHS)),
      Map.entry(KatagiriGroup.HIGH, UNDER_6.get(0)),
      Map.entry(VanDerLindenGroup.A, UNDER_6.get(0)),
      Map.entry(VanDerLindenGroup.B, EnumSet.of(SurvivalBand.AT_LEAST_6_MONTHS)),
      Map.entry(VanDerLindenGroup.C, EnumSet.of(SurvivalBand.AT_LEAST_6_MONTHS)),
      Map.entry(BollenCategory.A, EnumSet.of(SurvivalBand.AT_LEAST_6_MONTHS)),
      Map.entry(BollenCategory.B, EnumSet.of(SurvivalBand.AT_LEAST_6_MONTHS)),
      Map.entry(BollenCategory.C, EnumSet.of(SurvivalBand.THREE_TO_6_MONTHS)),
      Map.entry(BollenCategory.D, EnumSet.of(SurvivalBand.UNDER_3_MONTHS)));
  private static final List<String> ORDER = List.of("hcc-sm-gpa", "tokuhashi-revised",
      "katagiri-new", "van-der-linden", "bollen");

  /** The default: the HCC-specific HCC-SM GPA first, then the general scores in order. */
  public static final SurvivalPolicy HCC_SPECIFIC_FIRST = new SurvivalPolicy() {
    @Override
    public String name() {
      return "HCC-specific first (HCC-SM GPA, then revised Tokuhashi, new Katagiri, van der Linden, "
          + "Bollen)";
    }

    @Override
    public SurvivalEstimate estimate(List<Models.Evaluation> evaluations) {
      List<SurvivalEstimate> all = all(evaluations);
      return all.stream().filter(e -> e.bands().size() < SurvivalBand.values().length).findFirst()
          .orElseGet(() -> SurvivalEstimate.unknown("no prognostic model gives an estimate"));
    }

    @Override
    public List<SurvivalEstimate> all(List<Models.Evaluation> evaluations) {
      List<SurvivalEstimate> out = new ArrayList<>();
      for (String id : ORDER) {
        evaluations.stream().filter(e -> e.model().id().equals(id)).findFirst()
            .flatMap(e -> SurvivalPolicies.estimate(id, e.result())).ifPresent(out::add);
      }
      return out;
    }
  };

  private SurvivalPolicies() {}

  /**
   * Returns the estimate one model's result supports.
   *
   * @param modelId the model id
   * @param result its result
   * @return the estimate, or empty when the model is not applicable
   */
  public static Optional<SurvivalEstimate> estimate(String modelId, ModelResult result) {
    List<Category> categories = result instanceof Complete c ? c.category().stream().toList()
        : result instanceof Bounded b ? b.reachableCategories() : List.of();
    if (categories.isEmpty()) {
      return Optional.empty();
    }
    EnumSet<SurvivalBand> bands = EnumSet.noneOf(SurvivalBand.class);
    for (Category c : categories) {
      bands.addAll(BANDS.getOrDefault(c, EnumSet.allOf(SurvivalBand.class)));
    }
    String basis = categories.stream().map(c -> c.label() + (c.meaning().isEmpty() ? ""
        : ": " + c.meaning())).reduce((a, b) -> a + " or " + b).orElseThrow();
    return Optional.of(new SurvivalEstimate(modelId, basis, List.copyOf(bands)));
  }
}
