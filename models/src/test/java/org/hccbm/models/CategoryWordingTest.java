package org.hccbm.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ResourceBundle;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.Renderer;
import org.hccbm.models.bone.HccSmGpaGroup;
import org.hccbm.models.bone.KatagiriGroup;
import org.hccbm.models.bone.MirelsRecommendation;
import org.hccbm.models.bone.SinsCategory;
import org.hccbm.models.bone.TokuhashiBand;
import org.hccbm.models.bone.VanDerLindenGroup;
import org.hccbm.models.liver.AlbiGrade;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 point 2: every category's label and meaning come from the bundle ({@code
 * category.<Type>.<CODE>}, {@code ….meaning}; docs/models.md "Result codes"), shown with a
 * pseudo-locale; the English wording of the categories moved out of Java is unchanged.
 */
class CategoryWordingTest {
  /** Every English string wrapped in ⟦…⟧. */
  private static final class Pseudo extends ResourceBundle {
    private final ResourceBundle english = Renderer.englishBundle();

    @Override
    protected Object handleGetObject(String key) {
      return english.containsKey(key) ? "⟦" + english.getString(key) + "⟧" : null;
    }

    @Override
    public Enumeration<String> getKeys() {
      return Collections.enumeration(english.keySet());
    }
  }

  private static final Renderer PSEUDO = Renderer.of(new Pseudo());

  private record Row(Category category, String label, String meaning) {}

  private static Row row(Category category, String label, String meaning) {
    return new Row(category, label, meaning);
  }

  /** The wording the enums held in Java before it moved to the bundle. */
  private static final List<Row> MOVED =
      List.of(
          row(
              HccSmGpaGroup.LOW,
              "HCC-SM GPA low risk (0)",
              "median OS 13.6 months; 1-year OS 58.3 % (validation cohort; historical group figures, not an individual prediction)"),
          row(
              HccSmGpaGroup.INTERMEDIATE,
              "HCC-SM GPA intermediate risk (1–2)",
              "median OS 4.8 months; 1-year OS 17.8 % (validation cohort; historical group figures, not an individual prediction)"),
          row(
              HccSmGpaGroup.HIGH,
              "HCC-SM GPA high risk (3–4)",
              "median OS 2.6 months; 1-year OS 7.3 % (validation cohort; historical group figures, not an individual prediction)"),
          row(
              TokuhashiBand.SCORE_0_8,
              "revised Tokuhashi 0–8",
              "predicted survival < 6 months; conservative treatment (or palliative surgery) (derivation-cohort figures; historical, not an individual prediction)"),
          row(
              TokuhashiBand.SCORE_9_11,
              "revised Tokuhashi 9–11",
              "predicted survival ≥ 6 months; palliative surgery; excisional surgery only for a single vertebral lesion without metastases to major internal organs (derivation-cohort figures; historical, not an individual prediction)"),
          row(
              TokuhashiBand.SCORE_12_15,
              "revised Tokuhashi 12–15",
              "predicted survival ≥ 1 year; excisional surgery (derivation-cohort figures; historical, not an individual prediction)"),
          row(
              KatagiriGroup.LOW,
              "new Katagiri low risk (0–3)",
              "6-month survival ≈ 98 %; 1-year 91 %; 2-year 78 % (derivation cohort; historical group figures)"),
          row(
              KatagiriGroup.INTERMEDIATE,
              "new Katagiri intermediate risk (4–6)",
              "6-month survival ≈ 74 %; 1-year 49 %; 2-year ≈ 28 % (derivation cohort; historical group figures)"),
          row(
              KatagiriGroup.HIGH,
              "new Katagiri high risk (7–10)",
              "6-month survival 27 %; 1-year 6 %; 2-year ≈ 2 % (derivation cohort; historical group figures)"),
          row(
              VanDerLindenGroup.A,
              "van der Linden group A (≤ 3)",
              "median OS 3.0 months; ≈ 4 % alive at 2 years; 34 % of the cohort (derivation cohort; historical group figures)"),
          row(
              VanDerLindenGroup.B,
              "van der Linden group B (4–5)",
              "median OS 9.0 months; ≈ 22 % alive at 2 years; 48 % of the cohort (derivation cohort; historical group figures)"),
          row(
              VanDerLindenGroup.C,
              "van der Linden group C (6)",
              "median OS 18.7 months; ≈ 37 % alive at 2 years; 18 % of the cohort (derivation cohort; historical group figures)"),
          row(SinsCategory.STABLE, "SINS stable (0–6)", "stable"),
          row(
              SinsCategory.POTENTIALLY_UNSTABLE,
              "SINS potentially unstable (7–12)",
              "indeterminate; surgical consultation"),
          row(SinsCategory.UNSTABLE, "SINS unstable (13–18)", "unstable; surgical consultation"),
          row(
              MirelsRecommendation.RADIOTHERAPY_AND_OBSERVATION,
              "Mirels: radiotherapy and observation",
              "fracture risk ≈ 4 % (0–4 %) at ≤ 7 (Mirels 1989 as reproduced)"),
          row(
              MirelsRecommendation.CLINICAL_JUDGEMENT,
              "Mirels: clinical judgement",
              "fracture risk ≈ 15 % at 8 (Mirels 1989 as reproduced)"),
          row(
              MirelsRecommendation.PROPHYLACTIC_FIXATION,
              "Mirels: prophylactic fixation",
              "fracture risk ≥ 33 % at ≥ 9 (Mirels 1989 as reproduced)"),
          row(AlbiGrade.GRADE_1, "ALBI grade 1", "ALBI ≤ −2.60"),
          row(AlbiGrade.GRADE_2A, "ALBI grade 2 (mALBI 2a)", "−2.60 < ALBI ≤ −2.270"),
          row(AlbiGrade.GRADE_2B, "ALBI grade 2 (mALBI 2b)", "−2.270 < ALBI ≤ −1.39"),
          row(AlbiGrade.GRADE_3, "ALBI grade 3", "ALBI > −1.39"));

  /** Every model's category type (CategoriesTest.categories()). */
  private static final List<Class<? extends Category>> ALL = CategoriesTest.categories().toList();

  @Test
  void movedCategories_englishWordingUnchanged() {
    for (Row r : MOVED) {
      assertThat(r.category().label()).as(r.category().code()).isEqualTo(r.label());
      assertThat(r.category().meaning()).as(r.category().code()).isEqualTo(r.meaning());
      assertThat(Renderer.english().categoryLabel(r.category())).isEqualTo(r.label());
      assertThat(Renderer.english().categoryMeaning(r.category())).isEqualTo(r.meaning());
    }
  }

  @Test
  void movedCategories_pseudoLocale_labelAndMeaningFromTheBundle() {
    for (Row r : MOVED) {
      assertThat(PSEUDO.categoryLabel(r.category())).isEqualTo("⟦" + r.label() + "⟧");
      assertThat(PSEUDO.categoryMeaning(r.category())).isEqualTo("⟦" + r.meaning() + "⟧");
    }
  }

  @Test
  void everyCategory_pseudoLocale_labelFromTheBundle_meaningFromTheBundleOrNone() {
    for (Class<? extends Category> type : ALL) {
      Category[] constants = type.getEnumConstants();
      assertThat(constants).as(type.getSimpleName()).isNotEmpty();
      for (Category c : constants) {
        assertThat(PSEUDO.categoryLabel(c)).isEqualTo("⟦" + c.label() + "⟧");
        String meaning = PSEUDO.categoryMeaning(c);
        assertThat(meaning).isEqualTo(c.meaning().isEmpty() ? "" : "⟦" + c.meaning() + "⟧");
      }
    }
  }
}
