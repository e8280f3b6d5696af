package org.hccbm.fhir;

import static java.util.Objects.requireNonNull;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hccbm.core.Decimals;
import org.hccbm.core.HccbmVersion;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.lab.Analyte;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.TotalRange;
import org.hccbm.models.LabFreshness;
import org.hccbm.models.Models;
import org.hccbm.models.Subject;
import org.hccbm.models.treatment.Domain;
import org.hccbm.models.treatment.Fact;
import org.hccbm.models.treatment.Intervention;
import org.hccbm.models.treatment.PlanItem;
import org.hccbm.models.treatment.PlanRenderer;
import org.hccbm.models.treatment.SurvivalEstimate;
import org.hccbm.models.treatment.TreatmentPlan;
import org.hccbm.models.treatment.TreatmentPlanner;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.StringType;

/**
 * Writes an assessment as FHIR R4: each model result as a {@code RiskAssessment}, the treatment
 * plan as a {@code CarePlan} of proposals, and the library as the {@code Device} that performed
 * them, together in a {@code collection} Bundle (docs/fhir.md §3 has the element-by-element table,
 * decision 0019 the choices).
 *
 * <ul>
 *   <li>A complete result is {@code final}, with one prediction for its category; a bounded one is
 *       {@code preliminary}, with one prediction per reachable category and a note stating the
 *       range and the fields that decide it. A not-applicable result writes no resource.
 *   <li>{@code basis} names, for every input an item scored, the Observation it came from when the
 *       patient was read from a Bundle ({@link #withSources(FhirMapping)}); an input not read from
 *       FHIR is a reference with a display only ("labs.albumin: 3.5 g/dL").
 *   <li>Per-lesion results (SINS, Mirels) and plan items name the lesion in the extension {@link
 *       HccbmCodeSystems#LESION_EXTENSION}: base R4 {@code RiskAssessment} has no body site.
 * </ul>
 *
 * The occurrence time is the caller's, never the clock's, and every {@code fullUrl} is a name-based
 * UUID of the subject, the time and the model, so the same assessment always writes the same
 * Bundle. Instances are immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class FhirAssessmentWriter {
  /** Device name of this library. */
  public static final String DEVICE_NAME = "hccbm";

  private final String patientReference;
  private final DateTimeType occurrence;
  private final Map<String, List<String>> sources;
  private final Map<Diagnosis, String> conditions;

  private FhirAssessmentWriter(
      String patientReference,
      DateTimeType occurrence,
      Map<String, List<String>> sources,
      Map<Diagnosis, String> conditions) {
    this.patientReference = patientReference;
    this.occurrence = occurrence;
    this.sources = sources;
    this.conditions = conditions;
  }

  /**
   * Creates a writer for a patient assessed at a moment.
   *
   * @param patientId the FHIR id of the Patient resource (the subject is "Patient/" + id)
   * @param assessedAt when the assessment was made
   * @return the writer
   * @throws InvalidClinicalInputException if the id is not a FHIR id (1 to 64 of A–Z, a–z, 0–9, '-'
   *     and '.')
   */
  public static FhirAssessmentWriter of(String patientId, OffsetDateTime assessedAt) {
    requireNonNull(assessedAt, "assessedAt");
    return new FhirAssessmentWriter(
        "Patient/" + fhirId(patientId),
        new DateTimeType(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(assessedAt)),
        Map.of(),
        Map.of());
  }

  /**
   * Creates a writer for a patient assessed on a day (the occurrence has day precision).
   *
   * @param patientId the FHIR id of the Patient resource
   * @param assessedOn the assessment date
   * @return the writer
   * @throws InvalidClinicalInputException if the id is not a FHIR id
   */
  public static FhirAssessmentWriter of(String patientId, LocalDate assessedOn) {
    requireNonNull(assessedOn, "assessedOn");
    return new FhirAssessmentWriter(
        "Patient/" + fhirId(patientId),
        new DateTimeType(assessedOn.toString()),
        Map.of(),
        Map.of());
  }

  private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9.-]{1,64}");

  private static String fhirId(String patientId) {
    requireNonNull(patientId, "patientId");
    if (!FHIR_ID.matcher(patientId).matches()) {
      throw new InvalidClinicalInputException(
          "FHIR patient id",
          "\"" + patientId + "\"",
          "1 to 64 of the characters A-Z, a-z, 0-9, '-' and '.'");
    }
    return patientId;
  }

  /**
   * Returns a writer whose {@code basis} references name the resources a Bundle reading used for
   * each patient field ({@link FhirMapping#sources()}), and whose RiskAssessments and CarePlan name
   * the Conditions that confirmed the diagnoses ({@code condition}, {@code addresses}).
   *
   * @param mapping the reading of the patient's Bundle
   * @return the writer
   */
  public FhirAssessmentWriter withSources(FhirMapping mapping) {
    requireNonNull(mapping, "mapping");
    Map<String, List<String>> bySource = new LinkedHashMap<>();
    mapping
        .sources()
        .forEach((field, resources) -> bySource.put(field, List.of(resources.split(", "))));
    return new FhirAssessmentWriter(
        patientReference, occurrence, Map.copyOf(bySource), conditions(mapping.report()));
  }

  /** The first Condition that confirmed each diagnosis (the reader's USED notes on "code"). */
  static Map<Diagnosis, String> conditions(MappingReport report) {
    Map<Diagnosis, String> out = new EnumMap<>(Diagnosis.class);
    for (MappingNote n : report.notes(MappingKind.USED)) {
      if (!n.resource().startsWith("Condition/") || !n.element().equals("code")) {
        continue;
      }
      for (Diagnosis d : Diagnosis.values()) {
        if (n.detail().startsWith(d.name() + " ")) {
          out.putIfAbsent(d, n.resource());
        }
      }
    }
    // unmodifiable view, not Map.copyOf: the enum order keeps the written CarePlan reproducible
    return Collections.unmodifiableMap(out);
  }

  /**
   * The diagnosis a kind of assessment is about: liver models the HCC, bone models the metastasis.
   */
  static Diagnosis conditionOf(String assessmentType) {
    return switch (assessmentType) {
      case "survival-prognosis", "spinal-instability", "fracture-risk" -> Diagnosis.BONE_METASTASIS;
      default -> Diagnosis.HEPATOCELLULAR_CARCINOMA;
    };
  }

  /**
   * Returns the Device resource naming this library and its version.
   *
   * @return a new Device
   */
  public static Device device() {
    Device d = new Device();
    d.setStatus(Device.FHIRDeviceStatus.ACTIVE);
    d.addDeviceName().setName(DEVICE_NAME).setType(Device.DeviceNameType.MODELNAME);
    d.addVersion().setValue(HccbmVersion.current());
    d.setText(
        narrative(
            DEVICE_NAME + " " + HccbmVersion.current(),
            "Clinical models for hepatocellular carcinoma with bone metastasis (decision support)"));
    return d;
  }

  /**
   * Writes one evaluation as a standalone RiskAssessment whose performer is a contained Device.
   *
   * @param evaluation the evaluation
   * @return the resource, or empty for a not-applicable result
   */
  public Optional<RiskAssessment> riskAssessment(Models.Evaluation evaluation) {
    requireNonNull(evaluation, "evaluation");
    Device device = device();
    device.setId("hccbm");
    return riskAssessment(evaluation, new Reference("#hccbm"))
        .map(
            r -> {
              r.addContained(device);
              return r;
            });
  }

  /**
   * Writes the evaluations and the plan of an assessment as one collection Bundle: the Device
   * first, then one RiskAssessment per applicable result in evaluation order, then the CarePlan.
   *
   * @param assessment the evaluations and the plan
   * @return the Bundle
   */
  public Bundle bundle(TreatmentPlanner.Assessment assessment) {
    requireNonNull(assessment, "assessment");
    return bundle(assessment.evaluations(), Optional.of(assessment.plan()));
  }

  /**
   * Writes evaluations, and a plan when given, as one collection Bundle.
   *
   * @param evaluations the evaluations
   * @param plan the plan, or empty
   * @return the Bundle
   */
  public Bundle bundle(List<Models.Evaluation> evaluations, Optional<TreatmentPlan> plan) {
    requireNonNull(evaluations, "evaluations");
    requireNonNull(plan, "plan");
    Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
    String deviceUrl = urn("device|" + HccbmVersion.current());
    b.addEntry().setFullUrl(deviceUrl).setResource(device());
    Reference performer = new Reference(deviceUrl).setDisplay(DEVICE_NAME);
    List<Reference> results = new ArrayList<>();
    for (Models.Evaluation e : evaluations) {
      Optional<RiskAssessment> r = riskAssessment(e, performer);
      if (r.isPresent()) {
        String url = urn("risk-assessment|" + e.model().id() + "|" + e.subject());
        b.addEntry().setFullUrl(url).setResource(r.get());
        results.add(new Reference(url).setDisplay(e.model().id() + " (" + e.subject() + ")"));
      }
    }
    plan.ifPresent(
        p ->
            b.addEntry().setFullUrl(urn("care-plan")).setResource(carePlan(p, performer, results)));
    return b;
  }

  /**
   * Writes a plan as a standalone CarePlan whose author is a contained Device.
   *
   * @param plan the plan
   * @return the resource
   */
  public CarePlan carePlan(TreatmentPlan plan) {
    requireNonNull(plan, "plan");
    Device device = device();
    device.setId("hccbm");
    CarePlan c = carePlan(plan, new Reference("#hccbm"), List.of());
    c.addContained(device);
    return c;
  }

  /**
   * Returns a resource as FHIR JSON, pretty printed.
   *
   * @param resource the resource, e.g. the Bundle
   * @return the JSON text
   */
  public static String toJson(org.hl7.fhir.r4.model.Resource resource) {
    requireNonNull(resource, "resource");
    return FhirContext.forR4Cached()
        .newJsonParser()
        .setPrettyPrint(true)
        .encodeResourceToString(resource);
  }

  private Optional<RiskAssessment> riskAssessment(Models.Evaluation e, Reference performer) {
    ModelResult result = e.result();
    if (result.isNotApplicable()) {
      return Optional.empty();
    }
    ModelInfo model = result.model();
    RiskAssessment r = new RiskAssessment();
    r.setSubject(new Reference(patientReference));
    r.setOccurrence(occurrence.copy());
    r.setPerformer(performer.copy());
    r.setMethod(
        new CodeableConcept(
            new Coding(HccbmCodeSystems.MODEL, model.id(), methodDisplay(model))
                .setVersion(Integer.toString(model.revision()))));
    String type = HccbmCodeSystems.assessmentType(model.id()).orElse("");
    CodeableConcept code = new CodeableConcept().setText(model.name());
    if (!type.isEmpty()) {
      code.addCoding(
          new Coding(
              HccbmCodeSystems.ASSESSMENT_TYPE,
              type,
              HccbmCodeSystems.assessmentTypeDisplay(type).orElse(type)));
    }
    r.setCode(code);
    if (!type.isEmpty() && conditions.containsKey(conditionOf(type))) {
      r.setCondition(new Reference(conditions.get(conditionOf(type))));
    }
    if (e.about() instanceof Subject.Lesion lesion) {
      r.addExtension(HccbmCodeSystems.LESION_EXTENSION, new StringType(lesion.id()));
    }
    List<ItemScore> items =
        result.fold(Complete::items, Bounded::knownItems, n -> List.<ItemScore>of());
    basis(model.id(), items).forEach(r::addBasis);
    String rationale = result.render().strip();
    if (result.isComplete()) {
      Complete c = result.asComplete();
      r.setStatus(RiskAssessment.RiskAssessmentStatus.FINAL);
      Optional<Category> category = c.category();
      if (category.isPresent()) {
        prediction(r, model, category.get(), rationale);
      } else if (c.total().isPresent()) {
        r.addPrediction()
            .setOutcome(
                new CodeableConcept()
                    .setText(model.name() + " " + Decimals.plain(c.total().get().value())))
            .setRationale(rationale);
      }
    } else {
      Bounded b = result.asBounded();
      r.setStatus(RiskAssessment.RiskAssessmentStatus.PRELIMINARY);
      for (Category category : b.reachableCategories()) {
        prediction(r, model, category, rationale);
      }
      if (b.reachableCategories().isEmpty()) {
        r.addPrediction()
            .setOutcome(new CodeableConcept().setText(model.name() + " not determined"))
            .setRationale(rationale);
      }
      r.addNote().setText(boundedNote(b));
    }
    for (Caveat caveat : result.caveats()) {
      r.addNote().setText(caveat.kind() + ": " + caveat.text());
    }
    r.setText(narrative(summary(e), rationale));
    return Optional.of(r);
  }

  /** One line: model, subject, status and the category or the reachable categories. */
  private static String summary(Models.Evaluation e) {
    ModelResult result = e.result();
    String categories =
        result.possibleCategories().stream()
            .map(Category::label)
            .collect(Collectors.joining(" or "));
    return result.model().name()
        + (e.about().isPatient() ? "" : " (lesion " + e.subject() + ")")
        + (result.isComplete() ? ": " : ", bounded: ")
        + (categories.isEmpty() ? "no category" : categories);
  }

  private static String methodDisplay(ModelInfo model) {
    return model.variant().isEmpty() ? model.name() : model.name() + " (" + model.variant() + ")";
  }

  private static void prediction(
      RiskAssessment r, ModelInfo model, Category category, String rationale) {
    r.addPrediction()
        .setOutcome(new CodeableConcept().setText(category.meaning()))
        .setQualitativeRisk(
            new CodeableConcept(
                new Coding(
                    HccbmCodeSystems.CATEGORY,
                    model.id() + "/" + category.code(),
                    category.label())))
        .setRationale(rationale);
  }

  /** The preliminary note: the totals, the reachable categories and the deciding fields. */
  static String boundedNote(Bounded b) {
    StringBuilder s = new StringBuilder("Bounded result (inputs missing):");
    Optional<TotalRange> totals = b.totals();
    if (totals.isPresent()) {
      TotalRange t = totals.get();
      s.append(" total ")
          .append(Decimals.plain(t.min()))
          .append(" to ")
          .append(Decimals.plain(t.max()))
          .append(';');
    }
    s.append(" reachable categories ")
        .append(
            b.reachableCategories().isEmpty()
                ? "none named"
                : b.reachableCategories().stream()
                    .map(Category::label)
                    .collect(Collectors.joining(", ")))
        .append(';');
    List<String> fields = b.decidingFields();
    s.append(
        fields.isEmpty()
            ? " no single field decides the category"
            : " deciding fields: " + String.join(", ", fields));
    return s.toString();
  }

  /**
   * The patient field of a scored item whose input names none (the MELD family, the performance
   * status items): by item code, as docs/fhir.md §3.2 lists. An item that names its field is never
   * looked up here.
   */
  static final Map<String, String> FIELD_BY_ITEM =
      Map.ofEntries(
          Map.entry("ecogPerformanceStatus", "performanceStatus"),
          Map.entry("generalConditionKps", "performanceStatus"),
          Map.entry("kps", "performanceStatus"),
          Map.entry("sex", "sex"),
          Map.entry("age", "age"),
          Map.entry("bilirubin", "labs.totalBilirubin"),
          Map.entry("inr", "labs.inr"),
          Map.entry("creatinine", "labs.creatinine"),
          Map.entry("sodium", "labs.sodium"),
          Map.entry("albumin", "labs.albumin"));

  /**
   * The basis: for each input a scored item used, the Bundle resources it was read from, else a
   * display-only reference with the value; then every lab the model reads ({@link
   * LabFreshness#uses}) that the Bundle gave, for items that combine labs (Katagiri).
   */
  private List<Reference> basis(String modelId, List<ItemScore> items) {
    Map<String, Reference> out = new LinkedHashMap<>();
    for (ItemScore item : items) {
      String field =
          item.patientField().orElse(FIELD_BY_ITEM.getOrDefault(item.code().value(), ""));
      if (field.isEmpty()) {
        continue;
      }
      List<String> resources = sources.getOrDefault(field, List.of());
      if (resources.isEmpty()) {
        out.putIfAbsent(field, new Reference().setDisplay(field + ": " + item.observed()));
      } else {
        addSourced(out, field, resources);
      }
    }
    for (Analyte a : LabFreshness.uses(modelId)) {
      String field = "labs." + FhirPatientReader.fieldName(a);
      addSourced(out, field, sources.getOrDefault(field, List.of()));
    }
    return new ArrayList<>(out.values());
  }

  private static void addSourced(Map<String, Reference> out, String field, List<String> resources) {
    for (String resource : resources) {
      out.putIfAbsent(resource, new Reference(resource).setDisplay(field));
    }
  }

  private CarePlan carePlan(TreatmentPlan plan, Reference author, List<Reference> results) {
    CarePlan c = new CarePlan();
    c.setStatus(CarePlan.CarePlanStatus.DRAFT);
    c.setIntent(CarePlan.CarePlanIntent.PROPOSAL);
    c.setTitle("Treatment options");
    c.setDescription(
        "Options for multidisciplinary discussion, not a directive. Expected survival used: "
            + plan.survival()
            + ". Policy: "
            + PlanRenderer.english().policy(plan.policy())
            + ".");
    boolean urgent = !plan.items(Domain.URGENT).isEmpty();
    if (urgent) {
      c.addCategory(domain(Domain.URGENT));
    }
    c.addCategory(new CodeableConcept().setText("Treatment options for HCC bone metastasis"));
    c.setSubject(new Reference(patientReference));
    c.setCreatedElement(occurrence.copy());
    c.setAuthor(author.copy());
    conditions.values().forEach(ref -> c.addAddresses(new Reference(ref)));
    results.forEach(r -> c.addSupportingInfo(r.copy()));
    for (SurvivalEstimate e : plan.otherEstimates()) {
      c.addNote().setText("Survival by " + e.summary());
    }
    List<PlanItem> all = plan.items();
    for (Domain domain : Domain.values()) {
      for (PlanItem item : all) {
        if (item.domain() == domain) {
          c.addActivity(activity(item));
        }
      }
    }
    c.setText(
        narrative(
            "Treatment options ("
                + (urgent ? "URGENT items first; " : "")
                + all.size()
                + " items) for multidisciplinary discussion, not a directive",
            plan.render()));
    return c;
  }

  private static CodeableConcept domain(Domain domain) {
    return new CodeableConcept(
        new Coding(HccbmCodeSystems.PLAN_DOMAIN, HccbmCodeSystems.code(domain), domain.label()));
  }

  private static CarePlan.CarePlanActivityComponent activity(PlanItem item) {
    CarePlan.CarePlanActivityComponent a = new CarePlan.CarePlanActivityComponent();
    a.addExtension(
        HccbmCodeSystems.PLAN_DOMAIN_EXTENSION, domain(item.domain()).getCodingFirstRep().copy());
    if (!item.subject().equals(PlanItem.PATIENT)) {
      a.addExtension(HccbmCodeSystems.LESION_EXTENSION, new StringType(item.subject().id()));
    }
    for (Intervention parent : item.dependsOn()) {
      a.addExtension(HccbmCodeSystems.DEPENDS_ON_EXTENSION, intervention(parent));
    }
    CarePlan.CarePlanActivityDetailComponent d = a.getDetail();
    CodeableConcept code = new CodeableConcept().setText(item.text());
    item.intervention().ifPresent(i -> code.addCoding(intervention(i)));
    d.setCode(code);
    d.addReasonCode(
        new CodeableConcept(
                new Coding(
                    HccbmCodeSystems.PLAN_RULE, item.rule().id(), item.rule().statementText()))
            .setText(item.rule().toString()));
    for (Fact f : item.facts()) {
      d.addReasonCode(new CodeableConcept().setText(f.toString()));
    }
    d.setStatus(
        item.kind() == PlanItem.Kind.NEEDS_INFORMATION
            ? CarePlan.CarePlanActivityStatus.ONHOLD
            : CarePlan.CarePlanActivityStatus.NOTSTARTED);
    d.setStatusReason(
        new CodeableConcept(
            new Coding(
                HccbmCodeSystems.PLAN_ITEM_KIND,
                HccbmCodeSystems.code(item.kind()),
                kindText(item.kind()))));
    d.setDoNotPerform(item.kind() == PlanItem.Kind.RULED_OUT);
    if (item.domain() == Domain.URGENT) {
      d.setScheduled(new StringType(Domain.URGENT.label()));
    }
    d.setDescription(kindText(item.kind()) + ": " + item.text() + " [" + item.rule().id() + "]");
    return a;
  }

  private static Coding intervention(Intervention i) {
    return new Coding(HccbmCodeSystems.INTERVENTION, HccbmCodeSystems.code(i), i.label());
  }

  /** A generated narrative: a summary line, then the plain-text rendering. */
  static Narrative narrative(String summary, String text) {
    Narrative n = new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED);
    n.setDivAsString(
        "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>"
            + escape(summary)
            + "</p><pre>"
            + escape(text.strip())
            + "</pre></div>");
    return n;
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }

  private static String kindText(PlanItem.Kind kind) {
    return switch (kind) {
      case OPTION -> "Option";
      case DOSE -> "Dose";
      case CAUTION -> "Caution";
      case RULED_OUT -> "Ruled out";
      case TEAM_MEMBER -> "Team member";
      case NEEDS_INFORMATION -> "Needs information";
    };
  }

  private String urn(String what) {
    String key = patientReference + "|" + occurrence.getValueAsString() + "|" + what;
    return "urn:uuid:" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
  }
}
