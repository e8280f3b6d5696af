package org.hccbm.fhir;

import java.util.Map;
import java.util.Optional;

/**
 * The code systems this library defines for its FHIR output (docs/fhir.md §3 lists every code). The
 * URLs are stable identifiers, not web pages that must resolve; a code's meaning never changes, a
 * new meaning gets a new code.
 *
 * @since 0.2.0
 */
public final class HccbmCodeSystems {
  /** Base of every URL below. */
  public static final String BASE = "https://hccbm.org/fhir/";

  /** Models: code = model id (e.g. "child-pugh"), {@code Coding.version} = model revision. */
  public static final String MODEL = BASE + "CodeSystem/model";

  /** Assessment types ({@code RiskAssessment.code}), see {@link #assessmentType(String)}. */
  public static final String ASSESSMENT_TYPE = BASE + "CodeSystem/assessment-type";

  /** Result categories: code = "model id/category code", e.g. "child-pugh/B". */
  public static final String CATEGORY = BASE + "CodeSystem/category";

  /** Treatment-plan rules: code = rule id, e.g. "PS-7". */
  public static final String PLAN_RULE = BASE + "CodeSystem/plan-rule";

  /** Kinds of plan item: option, dose, caution, ruled-out, team-member, needs-information. */
  public static final String PLAN_ITEM_KIND = BASE + "CodeSystem/plan-item-kind";

  /** Plan domains: urgent, radiotherapy, surgery-and-intervention ... */
  public static final String PLAN_DOMAIN = BASE + "CodeSystem/plan-domain";

  /** Interventions a plan item is about: ebrt, sbrt, zoledronic-acid ... */
  public static final String INTERVENTION = BASE + "CodeSystem/intervention";

  /**
   * Extension (valueString) naming the bone lesion a per-lesion result or plan item is about; the
   * value is the lesion id of the patient document.
   */
  public static final String LESION_EXTENSION = BASE + "StructureDefinition/lesion";

  /** Extension (valueCoding in {@link #PLAN_DOMAIN}) giving a plan activity's domain. */
  public static final String PLAN_DOMAIN_EXTENSION = BASE + "StructureDefinition/plan-domain";

  /**
   * Extension (valueCoding in {@link #INTERVENTION}), repeated: the interventions a plan activity
   * depends on (it applies only if that intervention is chosen).
   */
  public static final String DEPENDS_ON_EXTENSION = BASE + "StructureDefinition/depends-on";

  /** The model ids of every catalogue model, each with its assessment type. */
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("child-pugh", "liver-function"),
          Map.entry("albi", "liver-function"),
          Map.entry("meld", "liver-function"),
          Map.entry("meld-na", "liver-function"),
          Map.entry("meld-3.0", "liver-function"),
          Map.entry("bclc-2022", "liver-cancer-stage"),
          Map.entry("milan", "transplant-criteria"),
          Map.entry("ucsf", "transplant-criteria"),
          Map.entry("hcc-sm-gpa", "survival-prognosis"),
          Map.entry("tokuhashi-revised", "survival-prognosis"),
          Map.entry("tomita", "survival-prognosis"),
          Map.entry("katagiri-new", "survival-prognosis"),
          Map.entry("van-der-linden", "survival-prognosis"),
          Map.entry("bollen", "survival-prognosis"),
          Map.entry("uka-eligibility", "treatment-eligibility"),
          Map.entry("sins", "spinal-instability"),
          Map.entry("mirels", "fracture-risk"));

  /** Display text of each assessment type. */
  private static final Map<String, String> TYPE_DISPLAY =
      Map.of(
          "liver-function", "Liver function",
          "liver-cancer-stage", "Liver cancer stage",
          "transplant-criteria", "Liver transplant criteria",
          "survival-prognosis", "Survival prognosis",
          "treatment-eligibility", "Treatment eligibility",
          "spinal-instability", "Spinal instability",
          "fracture-risk", "Pathological fracture risk");

  private HccbmCodeSystems() {}

  /**
   * Returns the assessment type of a model.
   *
   * @param modelId the model id, e.g. "sins"
   * @return the code in {@link #ASSESSMENT_TYPE}, e.g. "spinal-instability", or empty for an id
   *     this table does not know
   */
  public static Optional<String> assessmentType(String modelId) {
    return Optional.ofNullable(TYPES.get(modelId));
  }

  /**
   * Returns the display text of an assessment type.
   *
   * @param type a code of {@link #ASSESSMENT_TYPE}
   * @return the display, e.g. "Spinal instability", or empty for an unknown code
   */
  public static Optional<String> assessmentTypeDisplay(String type) {
    return Optional.ofNullable(TYPE_DISPLAY.get(type));
  }

  /**
   * Returns the code of an enum constant in a hccbm code system: lower case, words joined by
   * hyphens ("RULED_OUT" to "ruled-out").
   *
   * @param constant the constant
   * @return the code
   */
  public static String code(Enum<?> constant) {
    return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
