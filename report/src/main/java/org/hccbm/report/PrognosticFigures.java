package org.hccbm.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The survival figures, cohorts and limits of the six prognostic models a tumour board compares,
 * each with its source section and verification tag ([V1] the paper's own abstract or record, [V2]
 * an independent secondary reproduction, [R] recalled and not re-verified; docs/sources.md). This
 * is the one place the report takes them from.
 *
 * <p>The months of each category are the interval in which its source puts the cohort's survival:
 * the median where the source gives one (its 95 % CI for Bollen), the predicted-survival band for
 * revised Tokuhashi, and for new Katagiri the interval where the survival curve crosses 50 %
 * (6-month survival 27 % puts the median under 6 months; 1-year 49 % with 6-month ≈ 74 % puts it
 * between 6 and 12; 2-year 78 % puts it beyond 24). Tomita's survival per band was not retrieved,
 * so it has none (bone §2.2).
 *
 * <pre>
 * Model           Categories            Months (where the source puts survival)   Source
 * HCC-SM GPA      low · int · high      median 13.6 · 4.8 · 2.6                    bone §7.2 [V1]
 * rev. Tokuhashi  0–8 · 9–11 · 12–15    &lt; 6 · ≥ 6 · ≥ 12 (predicted survival)     bone §1.2 [V2]
 * Tomita          four strategy bands   not retrieved                              bone §2.2
 * new Katagiri    low · int · high      ≥ 24 · 6–12 · &lt; 6 (where 50 % is crossed) bone §3.2
 * van der Linden  A · B · C             median 3.0 · 9.0 · 18.7                    bone §6.1 [V1]
 * Bollen          A · B · C · D         median 31.2 · 15.4 · 4.8 · 1.6 (95 % CI)   bone §6.2 [V1]
 * </pre>
 *
 * @since 0.3.0
 */
public final class PrognosticFigures {
  /**
   * What a category's source says about survival.
   *
   * @param categoryCode the category's code, e.g. "HIGH"
   * @param lowMonths the lower end of the interval, in months (0 when open below)
   * @param highMonths the upper end, in months; empty when the source gives no upper end ("≥ 6
   *     months")
   * @param medianMonths the median, in months, where the source gives one
   * @param statement the figures as the source states them
   * @param source the spec section and tag, e.g. "bone §7.2 [V1]"
   */
  public record CategoryFigures(
      String categoryCode,
      double lowMonths,
      OptionalDouble highMonths,
      OptionalDouble medianMonths,
      String statement,
      String source) {
    /** Validates every component. */
    public CategoryFigures {
      requireNonNull(categoryCode, "categoryCode");
      requireNonNull(highMonths, "highMonths");
      requireNonNull(medianMonths, "medianMonths");
      requireNonNull(statement, "statement");
      requireNonNull(source, "source");
      if (!(lowMonths >= 0) || (highMonths.isPresent() && highMonths.getAsDouble() < lowMonths)) {
        throw new IllegalArgumentException(
            "survival months of "
                + categoryCode
                + " must be 0 <= low <= high, was "
                + lowMonths
                + ".."
                + highMonths);
      }
    }
  }

  /**
   * The cohort whose survival a model's figures describe.
   *
   * @param description who they were, e.g. "HCC with spinal metastasis, RT-treated, 2011–2016"
   * @param patients how many, where the source says
   * @param source the spec section and tag
   */
  public record Cohort(String description, OptionalInt patients, String source) {
    /** Validates every component. */
    public Cohort {
      requireNonNull(description, "description");
      requireNonNull(patients, "patients");
      requireNonNull(source, "source");
    }
  }

  /**
   * One prognostic model's figures.
   *
   * @param modelId the model's id, e.g. "hcc-sm-gpa"
   * @param cohort the cohort its figures come from
   * @param mayDisagree why its estimate may differ from the others' for a patient with HCC
   * @param categories the figures of each category, by category code; empty for a model whose
   *     survival figures were not retrieved
   */
  public record ModelFigures(
      String modelId, Cohort cohort, String mayDisagree, Map<String, CategoryFigures> categories) {
    /** Validates and copies every component. */
    public ModelFigures {
      requireNonNull(modelId, "modelId");
      requireNonNull(cohort, "cohort");
      requireNonNull(mayDisagree, "mayDisagree");
      categories = Map.copyOf(categories);
    }

    /**
     * Returns the figures of one category.
     *
     * @param categoryCode the category's code
     * @return the figures, or empty when the source gives none
     */
    public Optional<CategoryFigures> category(String categoryCode) {
      return Optional.ofNullable(categories.get(categoryCode));
    }
  }

  private static final List<ModelFigures> ALL =
      List.of(
          new ModelFigures(
              "hcc-sm-gpa",
              new Cohort(
                  "HCC with spinal metastasis treated with radiotherapy, 2011–2016 (validation)",
                  OptionalInt.of(63),
                  "bone §7 [V1]"),
              "HCC-specific, but from 63 irradiated patients; no liver-function term",
              Map.of(
                  "LOW",
                  median("LOW", 13.6, "median OS 13.6 months; 1-year OS 58.3 %", "bone §7.2 [V1]"),
                  "INTERMEDIATE",
                  median(
                      "INTERMEDIATE",
                      4.8,
                      "median OS 4.8 months; 1-year OS 17.8 %",
                      "bone §7.2 [V1]"),
                  "HIGH",
                  median("HIGH", 2.6, "median OS 2.6 months; 1-year OS 7.3 %", "bone §7.2 [V1]"))),
          new ModelFigures(
              "tokuhashi-revised",
              new Cohort(
                  "spinal metastases of any primary (size of the 2005 derivation cohort not "
                      + "retrieved)",
                  OptionalInt.empty(),
                  "bone §1.2"),
              "general spinal-metastasis score: liver scores 1 of 5 primary-site points, so 12–15 "
                  + "is out of reach; no liver-function term",
              Map.of(
                  "SCORE_0_8",
                  new CategoryFigures(
                      "SCORE_0_8",
                      0,
                      OptionalDouble.of(6),
                      OptionalDouble.empty(),
                      "predicted survival < 6 months",
                      "bone §1.2 [V2]"),
                  "SCORE_9_11",
                  new CategoryFigures(
                      "SCORE_9_11",
                      6,
                      OptionalDouble.empty(),
                      OptionalDouble.empty(),
                      "predicted survival ≥ 6 months",
                      "bone §1.2 [V2]"),
                  "SCORE_12_15",
                  new CategoryFigures(
                      "SCORE_12_15",
                      12,
                      OptionalDouble.empty(),
                      OptionalDouble.empty(),
                      "predicted survival ≥ 1 year",
                      "bone §1.2 [V2]"))),
          new ModelFigures(
              "tomita",
              new Cohort(
                  "spinal metastases of any primary (derivation)",
                  OptionalInt.of(67),
                  "bone §2 [V2]"),
              "a surgical-strategy score: survival per band was not retrieved; liver scores as "
                  + "rapid growth, so the total is at least 5",
              Map.of()),
          new ModelFigures(
              "katagiri-new",
              new Cohort(
                  "symptomatic skeletal metastases of any primary, 2005–2008",
                  OptionalInt.of(808),
                  "bone §3.2 [V1]"),
              "general skeletal-metastasis score; its laboratory item (platelets, bilirubin) scores "
                  + "cirrhosis as well as the cancer",
              Map.of(
                  "LOW",
                  new CategoryFigures(
                      "LOW",
                      24,
                      OptionalDouble.empty(),
                      OptionalDouble.empty(),
                      "6-month survival ≈ 98 %; 1-year 91 %; 2-year 78 %",
                      "bone §3.2 [V1]; 6-month [R]"),
                  "INTERMEDIATE",
                  new CategoryFigures(
                      "INTERMEDIATE",
                      6,
                      OptionalDouble.of(12),
                      OptionalDouble.empty(),
                      "6-month survival ≈ 74 %; 1-year 49 %; 2-year ≈ 28 %",
                      "bone §3.2 [V2]; 6- and 24-month [R]"),
                  "HIGH",
                  new CategoryFigures(
                      "HIGH",
                      0,
                      OptionalDouble.of(6),
                      OptionalDouble.empty(),
                      "6-month survival 27 %; 1-year 6 %; 2-year ≈ 2 %",
                      "bone §3.2 [V1]; 2-year [R]"))),
          new ModelFigures(
              "van-der-linden",
              new Cohort(
                  "painful spinal metastases without neurological impairment, Dutch "
                      + "radiotherapy trial",
                  OptionalInt.of(342),
                  "bone §6.1 [V1]"),
              "non-discriminating in HCC: liver scores 0 primary points, so every HCC patient is "
                  + "group A",
              Map.of(
                  "A",
                  median(
                      "A", 3.0, "median OS 3.0 months; ≈ 4 % alive at 2 years", "bone §6.1 [V1]"),
                  "B",
                  median(
                      "B", 9.0, "median OS 9.0 months; ≈ 22 % alive at 2 years", "bone §6.1 [V1]"),
                  "C",
                  median(
                      "C",
                      18.7,
                      "median OS 18.7 months; ≈ 37 % alive at 2 years",
                      "bone §6.1 [V1]"))),
          new ModelFigures(
              "bollen",
              new Cohort(
                  "symptomatic spinal metastases of any primary, one centre, 2001–2010",
                  OptionalInt.of(1043),
                  "bone §6.2 [V1]"),
              "HCC's clinical profile is not published (the caller supplies it) and the flowchart "
                  + "is reconstructed",
              Map.of(
                  "A",
                  withCi("A", 31.2, 25.2, 37.3),
                  "B",
                  withCi("B", 15.4, 11.9, 18.2),
                  "C",
                  withCi("C", 4.8, 4.1, 5.4),
                  "D",
                  withCi("D", 1.6, 1.4, 1.9))));

  private PrognosticFigures() {}

  /**
   * Returns every model's figures, in the order the board compares them.
   *
   * @return HCC-SM GPA, revised Tokuhashi, Tomita, new Katagiri, van der Linden, Bollen
   */
  public static List<ModelFigures> all() {
    return ALL;
  }

  /**
   * Returns one model's figures.
   *
   * @param modelId the model's id
   * @return the figures, or empty for a model that is not prognostic
   */
  public static Optional<ModelFigures> of(String modelId) {
    requireNonNull(modelId, "modelId");
    return ALL.stream().filter(m -> m.modelId().equals(modelId)).findFirst();
  }

  private static CategoryFigures median(
      String code, double months, String statement, String source) {
    return new CategoryFigures(
        code, months, OptionalDouble.of(months), OptionalDouble.of(months), statement, source);
  }

  private static CategoryFigures withCi(String code, double median, double low, double high) {
    return new CategoryFigures(
        code,
        low,
        OptionalDouble.of(high),
        OptionalDouble.of(median),
        "median survival " + median + " months (95 % CI " + low + "–" + high + ")",
        "bone §6.2 [V1]");
  }
}
