package org.hccbm.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import ca.uhn.fhir.context.FhirContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hccbm.core.HccbmVersion;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.models.LabFreshness;
import org.hccbm.models.Models;
import org.hccbm.models.VariantSelection;
import org.hccbm.models.treatment.Domain;
import org.hccbm.models.treatment.PlanItem;
import org.hccbm.models.treatment.TreatmentPlanner;
import org.hccbm.testkit.Fixtures;
import org.hccbm.testkit.HccbmAssertions;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16, point 2 (output side): each result as a RiskAssessment, the plan as a CarePlan, in a
 * collection Bundle (docs/fhir.md §3, decision 0019).
 */
class FhirAssessmentWriterTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
  private static final FhirAssessmentWriter WRITER = FhirAssessmentWriter.of("p-1", DAY);

  static Stream<Patient> fixtures() {
    return Fixtures.all().stream();
  }

  private static TreatmentPlanner.Assessment assess(Patient p) {
    return TreatmentPlanner.DEFAULT.assess(
        p, VariantSelection.defaults(), LabFreshness.DEFAULT_WINDOW_DAYS);
  }

  private static Models.Evaluation firstBounded(Patient p) {
    return Models.evaluate(p).stream()
        .filter(e -> e.result().isBounded())
        .findFirst()
        .orElseThrow();
  }

  private static Models.Evaluation of(Patient p, String modelId) {
    return Models.evaluate(p).stream()
        .filter(e -> e.model().id().equals(modelId))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void completeResult_isFinalWithMethodCodeAndOnePredictionForItsCategory() {
    Models.Evaluation e = of(Fixtures.h1(), "child-pugh");
    Complete c = HccbmAssertions.assertThat(e.result()).asComplete();
    RiskAssessment r = WRITER.riskAssessment(e).orElseThrow();

    assertThat(r.getStatus()).isEqualTo(RiskAssessment.RiskAssessmentStatus.FINAL);
    Coding method = r.getMethod().getCodingFirstRep();
    assertThat(method.getSystem()).isEqualTo("https://hccbm.org/fhir/CodeSystem/model");
    assertThat(method.getCode()).isEqualTo("child-pugh");
    assertThat(method.getVersion()).isEqualTo(Integer.toString(c.model().revision()));
    assertThat(r.getCode().getCodingFirstRep().getCode()).isEqualTo("liver-function");
    assertThat(r.getSubject().getReference()).isEqualTo("Patient/p-1");
    assertThat(r.getOccurrenceDateTimeType().getValueAsString()).isEqualTo("2026-11-30");
    assertThat(r.getPrediction()).hasSize(1);
    Coding risk = r.getPredictionFirstRep().getQualitativeRisk().getCodingFirstRep();
    assertThat(risk.getSystem()).isEqualTo(HccbmCodeSystems.CATEGORY);
    assertThat(risk.getCode()).isEqualTo("child-pugh/" + c.category().orElseThrow().code());
    assertThat(r.getPredictionFirstRep().getOutcome().getText())
        .isEqualTo(c.category().orElseThrow().meaning());
    assertThat(r.getPredictionFirstRep().getRationale()).isEqualTo(c.render().strip());
  }

  @Test
  void standaloneResult_isPerformedByContainedDeviceNamingLibraryAndVersion() {
    RiskAssessment r = WRITER.riskAssessment(of(Fixtures.h1(), "albi")).orElseThrow();
    assertThat(r.getPerformer().getReference()).isEqualTo("#hccbm");
    Device d = (Device) r.getContained().get(0);
    assertThat(d.getDeviceNameFirstRep().getName()).isEqualTo("hccbm");
    assertThat(d.getVersionFirstRep().getValue()).isEqualTo(HccbmVersion.current());
  }

  @Test
  void boundedResult_isPreliminaryWithOnePredictionPerReachableCategoryAndDecidingFieldsInNote() {
    Models.Evaluation e = firstBounded(Fixtures.incomplete());
    Bounded b = HccbmAssertions.assertThat(e.result()).asBounded();
    RiskAssessment r = WRITER.riskAssessment(e).orElseThrow();

    assertThat(r.getStatus()).isEqualTo(RiskAssessment.RiskAssessmentStatus.PRELIMINARY);
    assertThat(r.getPrediction())
        .extracting(p -> p.getQualitativeRisk().getCodingFirstRep().getCode())
        .containsExactlyElementsOf(
            b.reachableCategories().stream().map(c -> b.model().id() + "/" + c.code()).toList());
    String note = r.getNoteFirstRep().getText();
    assertThat(note).startsWith("Bounded result");
    b.decidingFields().forEach(f -> assertThat(note).contains(f));
    b.totals().ifPresent(t -> assertThat(note).contains("total "));
  }

  @Test
  void boundedNote_namesTotalsCategoriesAndDecidingFields() {
    Bounded b =
        Models.evaluate(Fixtures.incomplete()).stream()
            .map(Models.Evaluation::result)
            .filter(ModelResult::isBounded)
            .map(ModelResult::asBounded)
            .filter(x -> x.totals().isPresent() && !x.decidingFields().isEmpty())
            .findFirst()
            .orElseThrow();
    String note = FhirAssessmentWriter.boundedNote(b);
    assertThat(note)
        .contains(
            "total "
                + org.hccbm.core.Decimals.plain(b.totalRange().min())
                + " to "
                + org.hccbm.core.Decimals.plain(b.totalRange().max()))
        .contains("deciding fields: " + String.join(", ", b.decidingFields()));
  }

  @Test
  void notApplicableResult_writesNoResource() {
    Models.Evaluation e =
        Models.evaluate(Fixtures.h1()).stream()
            .filter(x -> x.result().isNotApplicable())
            .findFirst()
            .orElseGet(
                () ->
                    new Models.Evaluation(
                        Models.catalogue().get(0),
                        "patient",
                        new NotApplicable(Models.catalogue().get(0), "test", List.of())));
    assertThat(WRITER.riskAssessment(e)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void caveats_areNotes(Patient p) {
    for (Models.Evaluation e : Models.evaluate(p)) {
      Optional<RiskAssessment> r = WRITER.riskAssessment(e);
      if (r.isEmpty()) {
        continue;
      }
      List<String> notes = r.get().getNote().stream().map(n -> n.getText()).toList();
      for (Caveat c : e.result().caveats()) {
        assertThat(notes).contains(c.kind() + ": " + c.text());
      }
    }
  }

  @Test
  void lesionResult_namesTheLesionInTheLesionExtension() {
    Models.Evaluation e =
        Models.evaluate(Fixtures.impendingFracture()).stream()
            .filter(x -> !x.about().isPatient())
            .findFirst()
            .orElseThrow();
    RiskAssessment r = WRITER.riskAssessment(e).orElseThrow();
    assertThat(r.getExtensionByUrl(HccbmCodeSystems.LESION_EXTENSION).getValue().primitiveValue())
        .isEqualTo(e.subject());
    RiskAssessment patientLevel = WRITER.riskAssessment(of(Fixtures.h1(), "albi")).orElseThrow();
    assertThat(patientLevel.getExtensionByUrl(HccbmCodeSystems.LESION_EXTENSION)).isNull();
  }

  @Test
  void basis_withoutBundle_isDisplayOnlyReferencePerScoredInput() {
    Models.Evaluation e = of(Fixtures.h1(), "albi");
    RiskAssessment r = WRITER.riskAssessment(e).orElseThrow();
    assertThat(r.getBasis()).isNotEmpty();
    assertThat(r.getBasis()).allSatisfy(ref -> assertThat(ref.hasReference()).isFalse());
    assertThat(r.getBasis())
        .extracting(Reference::getDisplay)
        .anySatisfy(d -> assertThat(d).startsWith("labs.albumin: "));
  }

  @Test
  void basis_fromBundle_referencesTheObservationThatFedEachLab() {
    Patient fixture = Fixtures.h1();
    FhirMapping m = FhirPatientReader.read(Bundles.fromPatient(fixture), fixture);
    String albumin = m.sources().get("labs.albumin");
    assertThat(albumin).startsWith("Observation/");
    Models.Evaluation e = of(m.patient(), "albi");
    RiskAssessment r = WRITER.withSources(m).riskAssessment(e).orElseThrow();
    assertThat(r.getBasis())
        .anySatisfy(
            ref -> {
              assertThat(ref.getReference()).isEqualTo(albumin);
              assertThat(ref.getDisplay()).isEqualTo("labs.albumin");
            });
    assertThat(r.getBasis())
        .extracting(Reference::getReference)
        .contains(m.sources().get("labs.totalBilirubin"));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void basis_fromBundle_coversLabsAndPerformanceStatusOfItemsThatNameNoField(Patient fixture) {
    FhirMapping m = FhirPatientReader.read(Bundles.fromPatient(fixture), fixture);
    FhirAssessmentWriter w = WRITER.withSources(m);
    for (Models.Evaluation e : Models.evaluate(m.patient())) {
      Optional<RiskAssessment> r = w.riskAssessment(e);
      if (r.isEmpty()) {
        continue;
      }
      List<String> refs = r.get().getBasis().stream().map(Reference::getReference).toList();
      // every lab the model reads that the Bundle gave is in the basis (MELD's items name no field)
      for (var a : LabFreshness.uses(e.model().id())) {
        String source = m.sources().get("labs." + FhirPatientReader.fieldName(a));
        if (source != null) {
          assertThat(refs).as(e.model().id() + " " + a).contains(source);
        }
      }
      List<ItemScore> known =
          e.result()
              .fold(
                  Complete::items,
                  Bounded::knownItems,
                  n -> fail(e.model().id() + " is not applicable yet has a RiskAssessment"));
      boolean psScored =
          known.stream()
              .anyMatch(
                  i ->
                      "performanceStatus"
                          .equals(
                              i.patientField()
                                  .orElse(
                                      FhirAssessmentWriter.FIELD_BY_ITEM.getOrDefault(
                                          i.code().value(), ""))));
      String ps = m.sources().get("performanceStatus");
      if (psScored && ps != null) {
        assertThat(refs).as(e.model().id() + " performance status").contains(ps);
      }
    }
  }

  @Test
  void basis_ofMeld_namesItsLabsByItemCode() {
    Patient fixture = Fixtures.h1();
    Models.Evaluation meld = of(fixture, "meld");
    HccbmAssertions.assertThat(meld.result()).isComplete();
    assertThat(WRITER.riskAssessment(meld).orElseThrow().getBasis())
        .extracting(Reference::getDisplay)
        .anySatisfy(d -> assertThat(d).startsWith("labs.creatinine: "))
        .anySatisfy(d -> assertThat(d).startsWith("labs.inr: "))
        .anySatisfy(d -> assertThat(d).startsWith("labs.totalBilirubin: "));
  }

  @Test
  void conditions_fromBundle_areTheRiskAssessmentConditionAndWhatThePlanAddresses() {
    Patient fixture = Fixtures.h1();
    FhirMapping m = FhirPatientReader.read(Bundles.fromPatient(fixture), fixture);
    FhirAssessmentWriter w = WRITER.withSources(m);
    assertThat(w.riskAssessment(of(m.patient(), "child-pugh")).orElseThrow().getCondition())
        .extracting(Reference::getReference)
        .isEqualTo("Condition/hcc");
    assertThat(w.riskAssessment(of(m.patient(), "tokuhashi-revised")).orElseThrow().getCondition())
        .extracting(Reference::getReference)
        .isEqualTo("Condition/bm");
    CarePlan c = w.carePlan(assess(m.patient()).plan());
    assertThat(c.getAddresses())
        .extracting(Reference::getReference)
        .containsExactly("Condition/hcc", "Condition/bm");

    assertThat(WRITER.riskAssessment(of(fixture, "child-pugh")).orElseThrow().hasCondition())
        .isFalse();
    assertThat(WRITER.carePlan(assess(fixture).plan()).hasAddresses()).isFalse();
  }

  @Test
  void conditionOf_assessmentType() {
    assertThat(FhirAssessmentWriter.conditionOf("liver-function"))
        .isEqualTo(Diagnosis.HEPATOCELLULAR_CARCINOMA);
    assertThat(FhirAssessmentWriter.conditionOf("liver-cancer-stage"))
        .isEqualTo(Diagnosis.HEPATOCELLULAR_CARCINOMA);
    assertThat(FhirAssessmentWriter.conditionOf("transplant-criteria"))
        .isEqualTo(Diagnosis.HEPATOCELLULAR_CARCINOMA);
    assertThat(FhirAssessmentWriter.conditionOf("treatment-eligibility"))
        .isEqualTo(Diagnosis.HEPATOCELLULAR_CARCINOMA);
    assertThat(FhirAssessmentWriter.conditionOf("survival-prognosis"))
        .isEqualTo(Diagnosis.BONE_METASTASIS);
    assertThat(FhirAssessmentWriter.conditionOf("spinal-instability"))
        .isEqualTo(Diagnosis.BONE_METASTASIS);
    assertThat(FhirAssessmentWriter.conditionOf("fracture-risk"))
        .isEqualTo(Diagnosis.BONE_METASTASIS);
  }

  @Test
  void patientId_mustBeAFhirId() {
    assertThat(FhirAssessmentWriter.of("A-z.09", DAY)).isNotNull();
    assertThat(FhirAssessmentWriter.of("x".repeat(64), DAY)).isNotNull();
    for (String bad : List.of("", "H 1", "a/b", "x".repeat(65))) {
      assertThatThrownBy(() -> FhirAssessmentWriter.of(bad, DAY))
          .isInstanceOf(InvalidClinicalInputException.class)
          .hasMessageContaining("FHIR patient id")
          .hasMessageContaining("\"" + bad + "\"");
    }
  }

  @Test
  void occurrence_isTheCallersTimeNotTheClock() {
    OffsetDateTime at = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(1));
    RiskAssessment r =
        FhirAssessmentWriter.of("x", at).riskAssessment(of(Fixtures.h1(), "albi")).orElseThrow();
    assertThat(r.getOccurrenceDateTimeType().getValueAsString())
        .isEqualTo("2026-01-02T03:04:05+01:00");
  }

  @Test
  void plan_isDraftProposalCarePlanWithOneActivityPerItem() {
    TreatmentPlanner.Assessment a = assess(Fixtures.cordCompression());
    CarePlan c = WRITER.carePlan(a.plan());
    assertThat(c.getStatus()).isEqualTo(CarePlan.CarePlanStatus.DRAFT);
    assertThat(c.getIntent()).isEqualTo(CarePlan.CarePlanIntent.PROPOSAL);
    assertThat(c.getSubject().getReference()).isEqualTo("Patient/p-1");
    assertThat(c.getAuthor().getReference()).isEqualTo("#hccbm");
    assertThat(c.getActivity()).hasSameSizeAs(a.plan().items());
    for (PlanItem item : a.plan().items()) {
      assertThat(c.getActivity())
          .as(item.rule().id() + " " + item.text())
          .anySatisfy(
              act -> {
                CarePlan.CarePlanActivityDetailComponent d = act.getDetail();
                assertThat(d.getCode().getText()).isEqualTo(item.text());
                Coding rule = d.getReasonCodeFirstRep().getCodingFirstRep();
                assertThat(rule.getSystem()).isEqualTo(HccbmCodeSystems.PLAN_RULE);
                assertThat(rule.getCode()).isEqualTo(item.rule().id());
                assertThat(d.getReasonCode().subList(1, d.getReasonCode().size()))
                    .extracting(cc -> cc.getText())
                    .containsExactlyElementsOf(
                        item.facts().stream().map(Object::toString).toList());
                assertThat(d.getStatusReason().getCodingFirstRep().getCode())
                    .isEqualTo(HccbmCodeSystems.code(item.kind()));
                assertThat(d.getDoNotPerform()).isEqualTo(item.kind() == PlanItem.Kind.RULED_OUT);
                assertThat(d.getStatus())
                    .isEqualTo(
                        item.kind() == PlanItem.Kind.NEEDS_INFORMATION
                            ? CarePlan.CarePlanActivityStatus.ONHOLD
                            : CarePlan.CarePlanActivityStatus.NOTSTARTED);
              });
    }
  }

  @Test
  void plan_withEmergency_isFlaggedUrgent() {
    TreatmentPlanner.Assessment urgent = assess(Fixtures.cordCompression());
    assertThat(urgent.plan().items(Domain.URGENT)).isNotEmpty();
    CarePlan c = WRITER.carePlan(urgent.plan());
    assertThat(c.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("urgent");
    CarePlan.CarePlanActivityComponent firstActivity = c.getActivityFirstRep();
    assertThat(
            firstActivity
                .getExtensionByUrl(HccbmCodeSystems.PLAN_DOMAIN_EXTENSION)
                .getValue()
                .castToCoding(
                    firstActivity
                        .getExtensionByUrl(HccbmCodeSystems.PLAN_DOMAIN_EXTENSION)
                        .getValue())
                .getCode())
        .isEqualTo("urgent");
    assertThat(firstActivity.getDetail().getScheduledStringType().getValue())
        .isEqualTo(Domain.URGENT.label());

    TreatmentPlanner.Assessment calm =
        Fixtures.all().stream()
            .map(FhirAssessmentWriterTest::assess)
            .filter(x -> x.plan().items(Domain.URGENT).isEmpty())
            .findFirst()
            .orElseThrow();
    assertThat(WRITER.carePlan(calm.plan()).getCategory())
        .noneSatisfy(cc -> assertThat(cc.getCodingFirstRep().getCode()).isEqualTo("urgent"));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void bundle_roundTripsThroughHapiJsonAndIsDeterministic(Patient p) {
    TreatmentPlanner.Assessment a = assess(p);
    Bundle b = WRITER.bundle(a);
    long written = a.evaluations().stream().filter(e -> !e.result().isNotApplicable()).count();
    assertThat(b.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
    assertThat(b.getEntry()).hasSize((int) written + 2);
    assertThat(b.getEntryFirstRep().getResource()).isInstanceOf(Device.class);
    assertThat(b.getEntry().get(b.getEntry().size() - 1).getResource())
        .isInstanceOf(CarePlan.class);
    String performer = b.getEntryFirstRep().getFullUrl();
    for (Bundle.BundleEntryComponent e : b.getEntry()) {
      if (e.getResource() instanceof RiskAssessment r) {
        assertThat(r.getPerformer().getReference()).isEqualTo(performer);
      }
    }

    String json = FhirAssessmentWriter.toJson(b);
    Bundle back = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, json);
    assertThat(back.getEntry()).hasSameSizeAs(b.getEntry());
    for (int i = 0; i < b.getEntry().size(); i++) {
      Resource original = b.getEntry().get(i).getResource();
      Resource parsed = back.getEntry().get(i).getResource();
      assertThat(parsed.fhirType()).isEqualTo(original.fhirType());
      assertThat(FhirAssessmentWriter.toJson(parsed))
          .isEqualTo(FhirAssessmentWriter.toJson(original));
      assertThat(back.getEntry().get(i).getFullUrl()).isEqualTo(b.getEntry().get(i).getFullUrl());
    }
    assertThat(FhirAssessmentWriter.toJson(WRITER.bundle(assess(p)))).isEqualTo(json);
  }

  @Test
  void narrative_escapesMarkup() {
    String div = FhirAssessmentWriter.narrative("a < b & \"c\"", "x > y\n").getDivAsString();
    assertThat(div).contains("a &lt; b &amp; &quot;c&quot;").contains("<pre>x &gt; y</pre>");
  }
}
