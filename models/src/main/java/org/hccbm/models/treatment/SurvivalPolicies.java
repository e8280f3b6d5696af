package org.hccbm.models.treatment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.Renderer;
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
import org.jspecify.annotations.Nullable;

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
  private static final List<SurvivalBand> UNDER_6 =
      List.of(SurvivalBand.UNDER_3_MONTHS, SurvivalBand.THREE_TO_6_MONTHS);
  private static final List<String> ORDER =
      ids(HccSmGpa.INSTANCE, Tokuhashi.INSTANCE, Katagiri.INSTANCE, Bollen.INSTANCE);
  private static final List<Score<?>> SHOWN =
      List.of(
          HccSmGpa.INSTANCE,
          Tokuhashi.INSTANCE,
          Katagiri.INSTANCE,
          VanDerLinden.INSTANCE,
          Bollen.INSTANCE);
  private static final String[] SHOWN_IDS = ids(SHOWN);
  private static final int[] SHOWN_HASHES = hashes(SHOWN_IDS);
  private static final String VAN_DER_LINDEN = VanDerLinden.INSTANCE.info().id();

  /** The default: the HCC-specific HCC-SM GPA first, then the general scores in order. */
  public static final SurvivalPolicy HCC_SPECIFIC_FIRST =
      new SurvivalPolicy() {
        @Override
        public String name() {
          return PlanRenderer.english().policy(code());
        }

        @Override
        public String code() {
          return "hccSpecificFirst";
        }

        @Override
        public SurvivalEstimate estimate(List<Models.Evaluation> evaluations) {
          return estimate(evaluations, all(evaluations));
        }

        @Override
        public SurvivalEstimate estimate(
            List<Models.Evaluation> evaluations, List<SurvivalEstimate> all) {
          SurvivalEstimate e = null;
          for (SurvivalEstimate candidate : all) {
            if (ORDER.contains(candidate.modelId())
                && candidate.bands().size() < SurvivalBand.values().length) {
              e = candidate;
              break;
            }
          }
          if (e == null) {
            return SurvivalEstimate.unknown(Wording.of("survival.noModel"));
          }
          if (!e.bands().contains(SurvivalBand.AT_LEAST_6_MONTHS)) {
            return e;
          }
          List<PlanArg> poor = poorLiver(evaluations);
          if (poor.isEmpty()) {
            return e;
          }
          if (e.modelId().equals(HccSmGpa.INSTANCE.info().id())) {
            return new SurvivalEstimate(
                e.modelId(),
                Wording.of("survival.kept", e.basis(), PlanArg.join("and", poor)),
                e.bands());
          }
          return new SurvivalEstimate(
              e.modelId(),
              Wording.of("survival.capped", e.basis(), PlanArg.join("and", poor)),
              UNDER_6);
        }

        @Override
        public List<SurvivalEstimate> all(List<Models.Evaluation> evaluations) {
          // each shown model's first evaluation, found in one pass
          Models.Evaluation[] firsts = new Models.Evaluation[SHOWN.size()];
          for (Models.Evaluation e : evaluations) {
            int at = shownIndex(e.model().id());
            if (at >= 0 && firsts[at] == null) {
              firsts[at] = e;
            }
          }
          List<SurvivalEstimate> out = new ArrayList<>();
          for (int i = 0; i < firsts.length; i++) {
            String id = SHOWN.get(i).info().id();
            Models.Evaluation first = firsts[i];
            SurvivalEstimate e =
                first == null ? null : SurvivalPolicies.estimate(id, first.result()).orElse(null);
            if (e != null && id.equals(VAN_DER_LINDEN)) {
              e =
                  new SurvivalEstimate(
                      e.modelId(), Wording.of("survival.notUsed", e.basis()), e.bands());
            }
            if (e != null) {
              out.add(e);
            }
          }
          return out;
        }
      };

  private SurvivalPolicies() {}

  /** Returns "Child–Pugh C" and/or "BCLC D" when determined, or "" (PS-12). */
  static List<PlanArg> poorLiver(List<Models.Evaluation> evaluations) {
    List<PlanArg> out = new ArrayList<>(2);
    for (Models.Evaluation e : evaluations) {
      if (!e.about().isPatient()) {
        continue;
      }
      if (e.isOf(ChildPugh.INSTANCE.info()) && only(e.result(), ChildPughClass.C)) {
        out.add(Wording.of("survival.poor.childPughC", PlanArg.of(ChildPughClass.C)));
      } else if (e.isOf(Bclc.INSTANCE.info()) && only(e.result(), BclcStage.D)) {
        out.add(Wording.of("survival.poor.bclc", PlanArg.of(BclcStage.D)));
      }
    }
    return out;
  }

  /** Whether a result's only possible category is the given one. */
  private static boolean only(ModelResult result, Category category) {
    List<Category> cats = result.possibleCategories();
    return cats.size() == 1 && cats.get(0).equals(category);
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
    if (!constant(categories)) {
      return Optional.of(estimate(modelId, categories));
    }
    EstimateKey key = new EstimateKey(modelId, categories);
    SurvivalEstimate known = ESTIMATES.get(key);
    if (known == null) {
      known = estimate(modelId, categories);
      if (ESTIMATES.size() < MAX_ESTIMATES) {
        ESTIMATES.putIfAbsent(key, known);
      }
    }
    return Optional.of(known);
  }

  /**
   * The estimates already made, by model and possible categories: a library category is an enum
   * constant whose label and meaning come from the fixed English wording, so its estimate never
   * changes. Bounded: the library's prognostic models have a few dozen sets of possible categories.
   */
  private static final ConcurrentHashMap<EstimateKey, SurvivalEstimate> ESTIMATES =
      new ConcurrentHashMap<>();

  private static final int MAX_ESTIMATES = 1024;

  record EstimateKey(String modelId, List<Category> categories) {
    // Written out: the generated record methods are method-handle chains that the JIT inlines
    // into every hot caller; these are the same comparisons and the same hash.
    @Override
    public boolean equals(@Nullable Object o) {
      return o == this
          || (o instanceof EstimateKey x
              && modelId.equals(x.modelId)
              && categories.equals(x.categories));
    }

    @Override
    public int hashCode() {
      return 31 * modelId.hashCode() + categories.hashCode();
    }
  }

  /** Whether every category is one of the library's own enum constants (their wording is fixed). */
  private static boolean constant(List<Category> categories) {
    for (Category c : categories) {
      if (!(c instanceof Enum<?> e)
          || !e.getDeclaringClass().getName().startsWith("org.hccbm.models.")) {
        return false;
      }
    }
    return true;
  }

  private static SurvivalEstimate estimate(String modelId, List<Category> categories) {
    EnumSet<SurvivalBand> bands = EnumSet.noneOf(SurvivalBand.class);
    for (Category c : categories) {
      // each prognostic category states the bands its cohort figure supports
      bands.addAll(
          c instanceof PrognosticCategory p
              ? p.survivalBands()
              : EnumSet.allOf(SurvivalBand.class));
    }
    List<PlanArg> basis = new ArrayList<>(categories.size());
    for (Category c : categories) {
      String meaning = c.meaning();
      PlanArg label = worded(c, "") ? PlanArg.category(c) : PlanArg.text(c.label());
      if (meaning.isEmpty()) {
        basis.add(label);
      } else {
        basis.add(
            Wording.of(
                // a median says about half lived longer: the wording adds it
                meaning.contains("median") ? "survival.categoryMedian" : "survival.categoryMeaning",
                label,
                worded(c, ".meaning") ? PlanArg.meaning(c) : PlanArg.text(meaning)));
      }
    }
    return new SurvivalEstimate(
        modelId, Wording.of("survival.basis", PlanArg.join("or", basis)), List.copyOf(bands));
  }

  /**
   * Whether the result bundle words a category's label (suffix "") or meaning (".meaning"): the
   * library's categories; a caller's own category is shown with its own text.
   */
  private static boolean worded(Category c, String suffix) {
    PlanArg.Category coded = (PlanArg.Category) PlanArg.category(c);
    return Renderer.englishBundle()
        .containsKey("category." + coded.type() + "." + coded.code() + suffix);
  }

  /**
   * Returns the position of the first shown model with an id, or -1: the id's (cached) hash is
   * compared before the id itself.
   */
  static int shownIndex(String id) {
    int hash = id.hashCode();
    for (int i = 0; i < SHOWN_IDS.length; i++) {
      if (SHOWN_HASHES[i] == hash && SHOWN_IDS[i].equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private static String[] ids(List<Score<?>> models) {
    String[] out = new String[models.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = models.get(i).info().id();
    }
    return out;
  }

  private static int[] hashes(String[] ids) {
    int[] out = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      out[i] = ids[i].hashCode();
    }
    return out;
  }

  private static List<String> ids(Score<?>... models) {
    return java.util.Arrays.stream(models).map(m -> m.info().id()).toList();
  }
}
