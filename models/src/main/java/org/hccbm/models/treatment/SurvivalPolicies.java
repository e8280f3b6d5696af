package org.hccbm.models.treatment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.ModelResult;
import org.hccbm.models.Models;
import org.hccbm.models.PrognosticCategory;
import org.hccbm.models.Score;
import org.hccbm.models.SurvivalBand;
import org.hccbm.models.bone.Bollen;
import org.hccbm.models.bone.HccSmGpa;
import org.hccbm.models.bone.Katagiri;
import org.hccbm.models.bone.Tokuhashi;
import org.hccbm.models.bone.VanDerLinden;
import org.hccbm.models.liver.Bclc;
import org.hccbm.models.liver.BclcStage;
import org.hccbm.models.liver.ChildPugh;
import org.hccbm.models.liver.ChildPughClass;

/**
 * The survival policies the library ships.
 *
 * <p>{@link #HCC_SPECIFIC_FIRST} (the default) uses the first of HCC-SM GPA, revised Tokuhashi, new
 * Katagiri and Bollen that gives an estimate — the HCC-specific score first. van der Linden is
 * shown but not used: every HCC patient is its group A, so it does not discriminate (PS-13). Liver
 * function caps the estimate (PS-12): with Child–Pugh C or BCLC D a general score's estimate is
 * limited to "&lt; 3 months or 3–6 months"; when the HCC-specific score says otherwise it is kept
 * and the disagreement is written into its basis. Each category maps to the survival bands its
 * derivation-cohort figure supports (a cohort median: about half the cohort lived longer, PS-14):
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
  private static final List<Set<SurvivalBand>> UNDER_6 =
      List.of(EnumSet.of(SurvivalBand.UNDER_3_MONTHS, SurvivalBand.THREE_TO_6_MONTHS));
  private static final List<String> ORDER =
      ids(HccSmGpa.INSTANCE, Tokuhashi.INSTANCE, Katagiri.INSTANCE, Bollen.INSTANCE);
  private static final List<Score<?>> SHOWN =
      List.of(
          HccSmGpa.INSTANCE,
          Tokuhashi.INSTANCE,
          Katagiri.INSTANCE,
          VanDerLinden.INSTANCE,
          Bollen.INSTANCE);
  private static final String VAN_DER_LINDEN = VanDerLinden.INSTANCE.info().id();

  /** The default: the HCC-specific HCC-SM GPA first, then the general scores in order. */
  public static final SurvivalPolicy HCC_SPECIFIC_FIRST =
      new SurvivalPolicy() {
        @Override
        public String name() {
          return "HCC-specific first (HCC-SM GPA, then revised Tokuhashi, new Katagiri, Bollen; "
              + "van der Linden shown, not used); Child–Pugh C or BCLC D caps at < 6 months";
        }

        @Override
        public SurvivalEstimate estimate(List<Models.Evaluation> evaluations) {
          return estimate(evaluations, all(evaluations));
        }

        @Override
        public SurvivalEstimate estimate(
            List<Models.Evaluation> evaluations, List<SurvivalEstimate> all) {
          Optional<SurvivalEstimate> first =
              all.stream()
                  .filter(e -> ORDER.contains(e.modelId()))
                  .filter(e -> e.bands().size() < SurvivalBand.values().length)
                  .findFirst();
          if (first.isEmpty()) {
            return SurvivalEstimate.unknown("no prognostic model gives an estimate");
          }
          String poor = poorLiver(evaluations);
          SurvivalEstimate e = first.get();
          if (poor.isEmpty() || !e.bands().contains(SurvivalBand.AT_LEAST_6_MONTHS)) {
            return e;
          }
          if (e.modelId().equals(HccSmGpa.INSTANCE.info().id())) {
            return new SurvivalEstimate(
                e.modelId(),
                e.basis()
                    + "; kept although "
                    + poor
                    + " would cap it below 6 months (HCC-specific score first; the models disagree)",
                e.bands());
          }
          return new SurvivalEstimate(
              e.modelId(),
              e.basis() + "; capped below 6 months by " + poor,
              UNDER_6.get(0).stream().toList());
        }

        @Override
        public List<SurvivalEstimate> all(List<Models.Evaluation> evaluations) {
          List<SurvivalEstimate> out = new ArrayList<>();
          for (Score<?> model : SHOWN) {
            String id = model.info().id();
            evaluations.stream()
                .filter(e -> e.isOf(model.info()))
                .findFirst()
                .flatMap(e -> SurvivalPolicies.estimate(id, e.result()))
                .map(
                    e ->
                        id.equals(VAN_DER_LINDEN)
                            ? new SurvivalEstimate(
                                e.modelId(),
                                e.basis()
                                    + " — "
                                    + "non-discriminating for HCC (always group A); not used",
                                e.bands())
                            : e)
                .ifPresent(out::add);
          }
          return out;
        }
      };

  private SurvivalPolicies() {}

  /** Returns "Child–Pugh C" and/or "BCLC D" when determined, or "" (PS-12). */
  static String poorLiver(List<Models.Evaluation> evaluations) {
    List<String> out = new ArrayList<>();
    for (Models.Evaluation e : evaluations) {
      if (!e.about().isPatient()) {
        continue;
      }
      List<Category> cats = e.result().possibleCategories();
      if (e.isOf(ChildPugh.INSTANCE.info()) && cats.equals(List.of(ChildPughClass.C))) {
        out.add("Child–Pugh C");
      }
      if (e.isOf(Bclc.INSTANCE.info()) && cats.equals(List.of(BclcStage.D))) {
        out.add("BCLC D");
      }
    }
    return String.join(" and ", out);
  }

  /**
   * Returns the estimate one model's result supports.
   *
   * @param modelId the model id
   * @param result its result
   * @return the estimate, or empty when the model is not applicable
   */
  public static Optional<SurvivalEstimate> estimate(String modelId, ModelResult result) {
    List<Category> categories = result.possibleCategories();
    if (categories.isEmpty()) {
      return Optional.empty();
    }
    EnumSet<SurvivalBand> bands = EnumSet.noneOf(SurvivalBand.class);
    for (Category c : categories) {
      // each prognostic category states the bands its cohort figure supports
      bands.addAll(
          c instanceof PrognosticCategory p
              ? p.survivalBands()
              : EnumSet.allOf(SurvivalBand.class));
    }
    String basis =
        categories.stream()
            .map(
                c ->
                    c.label()
                        + (c.meaning().isEmpty()
                            ? ""
                            : ": "
                                + c.meaning()
                                + (c.meaning().contains("median")
                                    ? " (a cohort median: about half " + "lived longer)"
                                    : "")))
            .reduce((a, b) -> a + " or " + b)
            .orElseThrow();
    return Optional.of(new SurvivalEstimate(modelId, basis, List.copyOf(bands)));
  }

  private static List<String> ids(Score<?>... models) {
    return java.util.Arrays.stream(models).map(m -> m.info().id()).toList();
  }
}
