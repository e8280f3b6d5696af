package org.hccbm.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hccbm.core.evidence.Probability;
import org.hccbm.core.lab.Analyte;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.result.TotalRange;
import org.hccbm.imaging.ImagingSummary;
import org.hccbm.imaging.evidence.ImagingEvidence;
import org.hccbm.imaging.evidence.PretestProbabilities;
import org.hccbm.models.LabFreshness;
import org.hccbm.models.Models;
import org.hccbm.models.SurvivalBand;
import org.hccbm.models.VariantSelection;
import org.hccbm.models.treatment.Domain;
import org.hccbm.models.treatment.Intervention;
import org.hccbm.models.treatment.PlanItem;
import org.hccbm.models.treatment.SurvivalEstimate;
import org.hccbm.models.treatment.SurvivalPolicies;
import org.hccbm.models.treatment.TreatmentPlan;
import org.hccbm.models.treatment.TreatmentPlanner;

/**
 * What a tumour board needs from one assessment, as data: the emergencies first, the liver in one
 * line, the prognostic models' survival side by side, the decisions to make, and the missing inputs
 * ranked by how many results each would settle. Built from the models' results and the plan; words
 * come from {@link BoardReport}, except the labels the models and the plan already render.
 *
 * <pre>{@code
 * BoardSummary summary = BoardSummary.of(patient);
 * Files.writeString(Path.of("report.html"), BoardReport.html(summary));
 * }</pre>
 *
 * @param patient the patient
 * @param evaluations every model's result, as {@link Models#evaluate(Patient)} returns them
 * @param emergencies the plan's urgent items (cord compression, hypercalcaemia, unstable spine)
 * @param liver Child–Pugh, ALBI, MELD-Na and BCLC, each complete, bounded or not applicable
 * @param survival the prognostic models side by side and the policy's choice
 * @param decisions the decisions to make, one per domain of the plan that has an option, a verdict
 *     or information to gather
 * @param missing the unknown inputs that could change a result, most results settled first
 * @param imaging the per-patient accuracy of each imaging modality (the studies {@code hccbm
 *     assess} shows), over the pre-test range of the review's cohorts (Table 1)
 * @param imagingPretest the pre-test probability the imaging picture starts from: the caller's, or
 *     the median of the review cohorts' incidences
 * @since 0.3.0
 */
public record BoardSummary(
    Patient patient,
    List<Models.Evaluation> evaluations,
    List<Emergency> emergencies,
    List<Finding> liver,
    SurvivalConcordance survival,
    List<Decision> decisions,
    List<MissingInput> missing,
    ImagingSummary imaging,
    Probability imagingPretest) {

  /** Validates and copies every component. */
  public BoardSummary {
    requireNonNull(patient, "patient");
    evaluations = List.copyOf(evaluations);
    emergencies = List.copyOf(emergencies);
    liver = List.copyOf(liver);
    requireNonNull(survival, "survival");
    decisions = List.copyOf(decisions);
    missing = List.copyOf(missing);
    requireNonNull(imaging, "imaging");
    requireNonNull(imagingPretest, "imagingPretest");
  }

  /** Whether a result is complete, bounded by unknown inputs, or does not apply. */
  public enum Kind {
    /** Every input known. */
    COMPLETE,
    /** Some inputs unknown: a range of totals and the categories still reachable. */
    BOUNDED,
    /** The model does not apply; {@link Finding#notApplicable()} says why. */
    NOT_APPLICABLE
  }

  /**
   * One model's result in brief.
   *
   * @param modelId the model's id
   * @param name the model's name
   * @param kind complete, bounded or not applicable
   * @param categories the category, or every category still reachable (labels as the model gives
   *     them); empty for a model without categories or that does not apply
   * @param totals the total, or the range of totals still reachable; empty when the model has none
   * @param notApplicable why the model does not apply; empty otherwise
   */
  public record Finding(
      String modelId,
      String name,
      Kind kind,
      List<Category> categories,
      Optional<TotalRange> totals,
      Optional<String> notApplicable) {
    /** Validates and copies every component. */
    public Finding {
      requireNonNull(modelId, "modelId");
      requireNonNull(name, "name");
      requireNonNull(kind, "kind");
      categories = List.copyOf(categories);
      requireNonNull(totals, "totals");
      requireNonNull(notApplicable, "notApplicable");
    }

    static Finding of(Models.Evaluation e) {
      ModelResult r = e.result();
      return new Finding(
          e.model().id(),
          e.model().name(),
          r.fold(c -> Kind.COMPLETE, b -> Kind.BOUNDED, n -> Kind.NOT_APPLICABLE),
          r.possibleCategories(),
          r.possibleTotals(),
          r.fold(c -> Optional.empty(), b -> Optional.empty(), n -> Optional.of(n.reason())));
    }
  }

  /**
   * An emergency from the plan, before every other decision.
   *
   * @param ruleId the rule that raised it, e.g. "R-SPINE-01"
   * @param subject "patient" or the lesion id
   * @param text what to do now, as the plan words it
   */
  public record Emergency(String ruleId, String subject, String text) {
    /** Validates every component. */
    public Emergency {
      requireNonNull(ruleId, "ruleId");
      requireNonNull(subject, "subject");
      requireNonNull(text, "text");
    }
  }

  /**
   * One prognostic model's survival estimate beside the others'.
   *
   * @param result the model's result in brief (its category, or the categories still reachable)
   * @param figures the survival figures of each of those categories, as the source gives them (none
   *     for a model whose figures were not retrieved)
   * @param cohort the cohort the figures come from
   * @param mayDisagree why this model may disagree with the others for HCC
   * @param bands the survival bands the model supports (3 and 6 months); empty when it gives none
   * @param chosen whether the survival policy used this model
   */
  public record SurvivalRow(
      Finding result,
      List<PrognosticFigures.CategoryFigures> figures,
      PrognosticFigures.Cohort cohort,
      String mayDisagree,
      List<SurvivalBand> bands,
      boolean chosen) {
    /** Validates and copies every component. */
    public SurvivalRow {
      requireNonNull(result, "result");
      figures = List.copyOf(figures);
      requireNonNull(cohort, "cohort");
      requireNonNull(mayDisagree, "mayDisagree");
      bands = List.copyOf(bands);
    }
  }

  /**
   * The prognostic models side by side and the survival the plan used.
   *
   * @param rows one per prognostic model: HCC-SM GPA, revised Tokuhashi, Tomita, new Katagiri, van
   *     der Linden, Bollen
   * @param policy the survival policy's code ({@code TreatmentPlan.policy()}; worded by {@code
   *     PlanRenderer.policy})
   * @param choice the estimate the plan used: the model, its bands and the policy's reason
   */
  public record SurvivalConcordance(
      List<SurvivalRow> rows, String policy, SurvivalEstimate choice) {
    /** Validates and copies every component. */
    public SurvivalConcordance {
      rows = List.copyOf(rows);
      requireNonNull(policy, "policy");
      requireNonNull(choice, "choice");
    }
  }

  /**
   * One item of a decision: an intervention's verdict for a subject, a precondition, or a note of
   * the domain.
   *
   * @param kind option, caution, needs information, ruled out…
   * @param intervention the intervention it decides or belongs to; empty for a note
   * @param subject "patient" or the lesion id
   * @param text the plan's words
   * @param ruleId the rule that gave it
   */
  public record Verdict(
      PlanItem.Kind kind,
      Optional<Intervention> intervention,
      String subject,
      String text,
      String ruleId) {
    /** Validates every component. */
    public Verdict {
      requireNonNull(kind, "kind");
      requireNonNull(intervention, "intervention");
      requireNonNull(subject, "subject");
      requireNonNull(text, "text");
      requireNonNull(ruleId, "ruleId");
    }

    static Verdict of(PlanItem item) {
      return new Verdict(
          item.kind(), item.intervention(), item.subject().id(), item.text(), item.rule().id());
    }
  }

  /**
   * A decision the board makes: one domain of the plan.
   *
   * @param domain the domain, e.g. radiotherapy
   * @param options the verdicts on its interventions (options, cautions, ruled out, needing
   *     information), each intervention and subject once, and the domain's notes that are options
   *     or ruled out
   * @param gates what must be known first: the information the domain's rules still need beyond
   *     their verdicts (items that depend on a verdict follow it; they, cautions, doses and
   *     monitoring are left to the full plan)
   * @param ruleIds every rule behind the decision, in plan order, without repeats
   */
  public record Decision(
      Domain domain, List<Verdict> options, List<Verdict> gates, List<String> ruleIds) {
    /** Validates and copies every component. */
    public Decision {
      requireNonNull(domain, "domain");
      options = List.copyOf(options);
      gates = List.copyOf(gates);
      ruleIds = List.copyOf(ruleIds);
    }
  }

  /**
   * One model's result for one subject, named.
   *
   * @param modelId the model's id, e.g. "sins"
   * @param name the model's name, e.g. "SINS"
   * @param subject "patient", or the lesion id for per-lesion models
   */
  public record ResultRef(String modelId, String name, String subject) {
    /** Validates every component. */
    public ResultRef {
      requireNonNull(modelId, "modelId");
      requireNonNull(name, "name");
      requireNonNull(subject, "subject");
    }

    static ResultRef of(Models.Evaluation e) {
      return new ResultRef(e.model().id(), e.model().name(), e.subject());
    }
  }

  /**
   * An unknown input and the results it bears on, from the bounded results' deciding fields.
   *
   * @param field the patient field (JSON path of docs/json.md), e.g. "labs.inr"; for an open item
   *     whose model does not name its fields, the item's code, e.g. "ecog"
   * @param label the field, or the item's label in English for an item's code
   * @param settles the results this input alone would settle: it closes every open item that could
   *     still change them (model id, and the lesion for per-lesion models)
   * @param narrows the other results it could change, which need further inputs as well
   */
  public record MissingInput(
      String field, String label, List<ResultRef> settles, List<ResultRef> narrows) {
    /** Validates and copies every component. */
    public MissingInput {
      requireNonNull(field, "field");
      requireNonNull(label, "label");
      settles = List.copyOf(settles);
      narrows = List.copyOf(narrows);
    }
  }

  /** The liver models in the one-line liver status, in order. */
  static final List<String> LIVER_MODELS = List.of("child-pugh", "albi", "meld-na", "bclc-2022");

  /** The domains that are decisions (urgent items are emergencies; team and general are not). */
  private static final List<Domain> DECISION_DOMAINS =
      List.of(
          Domain.CORD_COMPRESSION,
          Domain.SURGERY_AND_INTERVENTION,
          Domain.RADIOTHERAPY,
          Domain.BONE_TARGETING_AGENTS,
          Domain.PRIMARY_AND_OTHER_METASTASES,
          Domain.SYMPTOMS);

  /**
   * Returns the summary of a patient, assessed with the default planner, variants and lab window.
   *
   * @param patient the patient
   * @return the summary
   */
  public static BoardSummary of(Patient patient) {
    requireNonNull(patient, "patient");
    return of(
        patient,
        TreatmentPlanner.DEFAULT.assess(
            patient, VariantSelection.defaults(), LabFreshness.DEFAULT_WINDOW_DAYS));
  }

  /**
   * Returns the summary of a patient from an assessment already made (the same models and plan the
   * caller shows elsewhere).
   *
   * @param patient the patient
   * @param assessment the patient's evaluations and plan
   * @return the summary
   */
  public static BoardSummary of(Patient patient, TreatmentPlanner.Assessment assessment) {
    return of(patient, assessment, DEFAULT_PRETEST);
  }

  /**
   * Returns the summary of a patient from an assessment already made, with the pre-test probability
   * of bone metastasis the imaging picture starts from.
   *
   * @param patient the patient
   * @param assessment the patient's evaluations and plan
   * @param imagingPretest the pre-test probability (e.g. the clinician's own estimate)
   * @return the summary
   */
  public static BoardSummary of(
      Patient patient, TreatmentPlanner.Assessment assessment, Probability imagingPretest) {
    requireNonNull(patient, "patient");
    requireNonNull(assessment, "assessment");
    requireNonNull(imagingPretest, "imagingPretest");
    List<Models.Evaluation> evaluations = assessment.evaluations();
    TreatmentPlan plan = assessment.plan();
    return new BoardSummary(
        patient,
        evaluations,
        plan.items(Domain.URGENT).stream()
            .map(i -> new Emergency(i.rule().id(), i.subject().id(), i.text()))
            .toList(),
        liver(evaluations),
        survival(evaluations, plan),
        decisions(plan),
        missing(evaluations),
        IMAGING,
        imagingPretest);
  }

  /** The incidences of bone metastasis in the review's cohorts (Table 1). */
  private static final PretestProbabilities.Range REVIEW_COHORTS =
      PretestProbabilities.fromReviewCohorts();

  /** The median of the cohorts' incidences, the imaging picture's default pre-test probability. */
  static final Probability DEFAULT_PRETEST = medianIncidence(REVIEW_COHORTS);

  /** The per-patient accuracy figures {@code hccbm assess} shows, over the cohorts' range. */
  static final ImagingSummary IMAGING = ImagingEvidence.perPatientSummary();

  /** The median of the cohorts' incidences (the mean of the middle two for an even count). */
  static Probability medianIncidence(PretestProbabilities.Range range) {
    double[] percents =
        range.cohorts().stream()
            .mapToDouble(c -> c.incidence().orElseThrow().percent())
            .sorted()
            .toArray();
    int n = percents.length;
    double median = n % 2 == 1 ? percents[n / 2] : (percents[n / 2 - 1] + percents[n / 2]) / 2;
    return Probability.ofPercent(median);
  }

  private static List<Finding> liver(List<Models.Evaluation> evaluations) {
    List<Finding> out = new ArrayList<>();
    for (String id : LIVER_MODELS) {
      evaluations.stream()
          .filter(e -> e.model().id().equals(id))
          .findFirst()
          .map(Finding::of)
          .ifPresent(out::add);
    }
    return out;
  }

  private static SurvivalConcordance survival(
      List<Models.Evaluation> evaluations, TreatmentPlan plan) {
    List<SurvivalRow> rows = new ArrayList<>();
    for (PrognosticFigures.ModelFigures model : PrognosticFigures.all()) {
      Optional<Models.Evaluation> found =
          evaluations.stream()
              .filter(e -> e.about().isPatient() && e.model().id().equals(model.modelId()))
              .findFirst();
      if (found.isEmpty()) {
        continue;
      }
      Models.Evaluation e = found.get();
      Finding finding = Finding.of(e);
      List<PrognosticFigures.CategoryFigures> figures =
          finding.categories().stream()
              .map(c -> model.category(c.code()))
              .flatMap(Optional::stream)
              .toList();
      List<SurvivalBand> bands =
          plan.otherEstimates().stream()
              .filter(s -> s.modelId().equals(model.modelId()))
              .findFirst()
              .or(() -> SurvivalPolicies.estimate(model.modelId(), e.result()))
              .filter(s -> !finding.categories().isEmpty())
              .filter(s -> finding.categories().stream().allMatch(BoardSummary::prognostic))
              .map(SurvivalEstimate::bands)
              .orElse(List.of());
      rows.add(
          new SurvivalRow(
              finding,
              figures,
              model.cohort(),
              model.mayDisagree(),
              bands,
              plan.survival().modelId().equals(model.modelId())));
    }
    return new SurvivalConcordance(rows, plan.policy(), plan.survival());
  }

  private static boolean prognostic(Category c) {
    return c instanceof org.hccbm.models.PrognosticCategory;
  }

  private static List<Decision> decisions(TreatmentPlan plan) {
    List<Decision> out = new ArrayList<>();
    for (Domain domain : DECISION_DOMAINS) {
      List<PlanItem> items = plan.items(domain);
      if (items.isEmpty()) {
        continue;
      }
      List<Verdict> options =
          items.stream()
              .filter(
                  i ->
                      i.isVerdict()
                          || (i.dependsOn().isEmpty()
                              && (i.kind() == PlanItem.Kind.OPTION
                                  || i.kind() == PlanItem.Kind.RULED_OUT)))
              .map(Verdict::of)
              .toList();
      List<Verdict> gates =
          items.stream()
              .filter(i -> i.dependsOn().isEmpty() && !i.isVerdict())
              .filter(i -> i.kind() == PlanItem.Kind.NEEDS_INFORMATION)
              .map(Verdict::of)
              .toList();
      if (options.isEmpty() && gates.isEmpty()) {
        // cautions, doses and notes only: nothing to decide here (the full plan lists them)
        continue;
      }
      out.add(
          new Decision(
              domain, options, gates, items.stream().map(i -> i.rule().id()).distinct().toList()));
    }
    return out;
  }

  /**
   * Ranks the unknown inputs: for each bounded result, the inputs that would close its deciding
   * items (the patient fields each item names, or the item itself when it names none). An input
   * settles a result when it closes every deciding item, since an open item that is not deciding
   * cannot change the category whatever the others turn out to be; it narrows the result when it
   * closes some deciding items but not all.
   */
  static List<MissingInput> missing(List<Models.Evaluation> evaluations) {
    Map<String, List<ResultRef>> settles = new LinkedHashMap<>();
    Map<String, List<ResultRef>> narrows = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (Models.Evaluation e : evaluations) {
      Optional<Bounded> bounded =
          e.result().fold(c -> Optional.empty(), Optional::of, n -> Optional.empty());
      if (bounded.isEmpty()) {
        continue;
      }
      Bounded b = bounded.get();
      ResultRef name = ResultRef.of(e);
      List<OpenItem> deciding =
          b.openItems().stream().filter(o -> b.deciding().contains(o.code())).toList();
      Map<String, Boolean> inputs = new LinkedHashMap<>();
      for (OpenItem o : deciding) {
        for (String input : inputs(o)) {
          // the item's own label names the input when the item names at most one patient field
          labels.putIfAbsent(input, o.closedBy().size() <= 1 ? o.item() : fieldLabel(input));
          inputs.put(input, deciding.stream().allMatch(other -> inputs(other).contains(input)));
        }
      }
      inputs.forEach(
          (input, closesAll) -> {
            (closesAll ? settles : narrows)
                .computeIfAbsent(input, f -> new ArrayList<>())
                .add(name);
            (closesAll ? narrows : settles).computeIfAbsent(input, f -> new ArrayList<>());
          });
    }
    List<MissingInput> out = new ArrayList<>();
    for (String input : settles.keySet()) {
      out.add(
          new MissingInput(
              input,
              labels.getOrDefault(input, input),
              settles.getOrDefault(input, List.of()),
              narrows.getOrDefault(input, List.of())));
    }
    out.sort(
        Comparator.comparingInt((MissingInput m) -> -m.settles().size())
            .thenComparingInt(m -> -m.narrows().size()));
    return out;
  }

  /**
   * A readable name for a patient field that an item shares with others: a lab ({@code labs.inr})
   * by its analyte's name, anything else as the field path.
   */
  static String fieldLabel(String field) {
    if (field.startsWith("labs.")) {
      String key = field.substring("labs.".length()).toLowerCase(Locale.ROOT);
      for (Analyte a : Analyte.values()) {
        if (a.name().replace("_", "").toLowerCase(Locale.ROOT).equals(key)) {
          String name = a.displayName();
          return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
      }
    }
    return field;
  }

  /** The inputs that close an open item: its patient fields, or its own code when it names none. */
  private static List<String> inputs(OpenItem item) {
    return item.closedBy().isEmpty() ? List.of(item.code().value()) : item.closedBy();
  }

  /**
   * Returns the survival row of a model.
   *
   * @param modelId the model's id
   * @return the row, or empty when the model was not evaluated
   */
  public Optional<SurvivalRow> survivalRow(String modelId) {
    return survival.rows().stream().filter(r -> r.result().modelId().equals(modelId)).findFirst();
  }
}
