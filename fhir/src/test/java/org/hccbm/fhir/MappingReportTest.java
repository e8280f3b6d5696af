package org.hccbm.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hccbm.fhir.Bundles.lab;
import static org.hl7.fhir.r4.model.Observation.ObservationStatus.AMENDED;
import static org.hl7.fhir.r4.model.Observation.ObservationStatus.CANCELLED;
import static org.hl7.fhir.r4.model.Observation.ObservationStatus.ENTEREDINERROR;
import static org.hl7.fhir.r4.model.Observation.ObservationStatus.FINAL;
import static org.hl7.fhir.r4.model.Observation.ObservationStatus.PRELIMINARY;

import java.time.LocalDate;
import java.util.List;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.history.AntithromboticDrugClass;
import org.hccbm.core.history.AntithromboticTherapy;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Analyte;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.LabUnit;
import org.hccbm.core.patient.Age;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.patient.Sex;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.Karnofsky;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.models.Models;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.MedicationStatement.MedicationStatementStatus;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, done-when 1: the documented mapping reports for wrong units, stale values,
 * entered-in-error observations, alternate LOINC codes and unmappable codes (docs/fhir.md).
 */
class MappingReportTest {
  private static final LocalDate ASSESSED = LocalDate.of(2026, 11, 1);

  private static FhirMapping read(Bundle b) {
    return FhirPatientReader.read(b, ASSESSED);
  }

  private static MappingNote only(FhirMapping m, String resource) {
    List<MappingNote> notes = m.report().about(resource);
    assertThat(notes).hasSize(1);
    return notes.get(0);
  }

  @Test
  void wrongUnit_isRefusedWithTheLibraryMessage() {
    FhirMapping m = read(Bundles.of(lab("alb", "1751-7", 31, "mg/L", FINAL, "2026-10-30")));
    assertThat(only(m, "Observation/alb"))
        .isEqualTo(
            new MappingNote(
                "Observation/alb",
                "valueQuantity",
                MappingKind.REFUSED_VALUE,
                "labs.albumin",
                "albumin unit must be one of g/L, g/dL, was mg/L"));
    assertThat(m.patient().labs().albumin().isKnown()).isFalse();
  }

  @Test
  void unitOutsideUcum_isRefused() {
    Observation o = lab("bili", "1975-2", 1.1, "mg/dL", FINAL, "2026-10-30");
    ((Quantity) o.getValue()).setSystem("http://example.org/units");
    assertThat(only(read(Bundles.of(o)), "Observation/bili").detail())
        .isEqualTo("unit system http://example.org/units is not UCUM (http://unitsofmeasure.org)");
  }

  @Test
  void afpInUnits_isRefused() {
    FhirMapping m = read(Bundles.of(lab("afp", "1834-1", 20, "kU/L", FINAL, "2026-10-30")));
    assertThat(only(m, "Observation/afp").detail())
        .isEqualTo(
            "AFP unit must be one of ng/mL, "
                + "ug/L, was kU/L (IU/mL and kU/L need a lab-specific factor; convert with it first)");
  }

  @Test
  void comparatorValue_isRefusedAsALimit() {
    Observation o = lab("afp", "1834-1", 2, "ng/mL", FINAL, "2026-10-30");
    ((Quantity) o.getValue()).setComparator(Quantity.QuantityComparator.LESS_THAN);
    assertThat(only(read(Bundles.of(o)), "Observation/afp").detail())
        .isEqualTo("value < 2.0 is a limit, not a measured value");
  }

  @Test
  void unitAlias_isConvertedWithANote() {
    FhirMapping m = read(Bundles.of(lab("bili", "1975-2", 1.1, "mg/dl", FINAL, "2026-10-30")));
    assertThat(only(m, "Observation/bili"))
        .isEqualTo(
            new MappingNote(
                "Observation/bili",
                "value[x]",
                MappingKind.CONVERTED,
                "labs.totalBilirubin",
                "total bilirubin 1.1 mg/dL (unit written \"mg/dl\", read as UCUM mg/dL)"));
    assertThat(m.patient().labs().bilirubin().known().orElseThrow().inMgPerDl()).isEqualTo(1.1);
  }

  @Test
  void staleValue_keepsItsDate_andGetsTheStaleLabCaveat() {
    FhirMapping m =
        read(
            Bundles.of(
                lab("alb", "1751-7", 3.1, "g/dL", FINAL, "2026-08-01"),
                lab("bili", "1975-2", 1.1, "mg/dL", FINAL, "2026-10-30")));
    assertThat(m.patient().labs().albumin().known().orElseThrow().sampleDate())
        .contains(LocalDate.of(2026, 8, 1));
    assertThat(
            Models.evaluate(m.patient()).stream()
                .filter(e -> e.model().id().equals("albi"))
                .findFirst()
                .orElseThrow()
                .result()
                .caveats())
        .anyMatch(c -> c.kind() == CaveatKind.DATA_QUALITY && c.text().contains("albumin"));
  }

  @Test
  void enteredInError_isIgnored_olderFinalIsUsed() {
    FhirMapping m =
        read(
            Bundles.of(
                lab("old", "1751-7", 3.1, "g/dL", FINAL, "2026-10-01"),
                lab("err", "1751-7", 2.1, "g/dL", ENTEREDINERROR, "2026-10-30")));
    assertThat(m.patient().labs().albumin().known())
        .contains(Albumin.gPerDl(3.1).takenOn(LocalDate.of(2026, 10, 1)));
    assertThat(only(m, "Observation/err"))
        .isEqualTo(
            new MappingNote(
                "Observation/err",
                "status",
                MappingKind.IGNORED_STATUS,
                "labs.albumin",
                "status entered-in-error: only "
                    + "final, amended and corrected observations are used"));
    assertThat(only(m, "Observation/old").kind()).isEqualTo(MappingKind.USED);
  }

  @Test
  void cancelledAndPreliminary_areIgnored() {
    FhirMapping m =
        read(
            Bundles.of(
                lab("c", "1751-7", 3.1, "g/dL", CANCELLED, "2026-10-30"),
                lab("p", "1751-7", 3.0, "g/dL", PRELIMINARY, "2026-10-31")));
    assertThat(m.report().notes(MappingKind.IGNORED_STATUS)).hasSize(2);
    assertThat(m.patient().labs().albumin().isKnown()).isFalse();
  }

  @Test
  void latestFinalOrAmended_isUsed_olderSuperseded() {
    FhirMapping m =
        read(
            Bundles.of(
                lab("a1", "1751-7", 3.6, "g/dL", FINAL, "2026-10-20"),
                lab("a2", "1751-7", 2.9, "g/dL", AMENDED, "2026-10-28"),
                lab("a0", "1751-7", 4.0, "g/dL", FINAL, "")));
    assertThat(m.patient().labs().albumin().known())
        .contains(Albumin.gPerDl(2.9).takenOn(LocalDate.of(2026, 10, 28)));
    assertThat(m.report().about("Observation/a1"))
        .extracting(MappingNote::kind)
        .containsExactly(MappingKind.SUPERSEDED);
    assertThat(m.report().about("Observation/a0"))
        .extracting(MappingNote::kind)
        .containsExactly(MappingKind.ABSENT, MappingKind.SUPERSEDED);
    assertThat(m.report().about("Observation/a1").get(0).detail())
        .isEqualTo("3.6 g/dL on 2026-10-20: older than Observation/a2");
  }

  @Test
  void alternateLoincCodes_mapToTheirAnalyte() {
    FhirMapping m =
        read(
            Bundles.of(
                lab("alb", "61151-7", 31, "g/L", FINAL, "2026-10-30"),
                lab("inr", "34714-6", 1.3, "{INR}", FINAL, "2026-10-30"),
                lab("bili", "14631-6", 19, "umol/L", FINAL, "2026-10-30")));
    assertThat(m.patient().labs().albumin().known().orElseThrow().inGPerL()).isEqualTo(31.0);
    assertThat(m.patient().labs().inr().known())
        .contains(Inr.ratio(1.3).takenOn(LocalDate.of(2026, 10, 30)));
    assertThat(m.patient().labs().bilirubin().known())
        .contains(Bilirubin.umolPerL(19).takenOn(LocalDate.of(2026, 10, 30)));
    assertThat(m.report().notes(MappingKind.USED))
        .extracting(MappingNote::patientField)
        .contains("labs.albumin", "labs.inr", "labs.totalBilirubin");
  }

  @Test
  void unmappableCodes_areReportedNeverDropped() {
    Observation direct = lab("dbil", "1968-7", 0.4, "mg/dL", FINAL, "2026-10-30");
    Condition diabetes = Bundles.condition("dm", FhirCodes.ICD10, "E11.9");
    Encounter visit = new Encounter();
    visit.setId("v1");
    FhirMapping m =
        read(
            Bundles.of(
                direct,
                diabetes,
                visit,
                Bundles.medication("rx", "N02BE01", MedicationStatementStatus.ACTIVE)));
    assertThat(only(m, "Observation/dbil"))
        .isEqualTo(
            new MappingNote(
                "Observation/dbil",
                "code",
                MappingKind.UNMAPPED_CODE,
                "",
                "no code this library reads: http://loinc.org|1968-7"));
    assertThat(only(m, "Condition/dm").kind()).isEqualTo(MappingKind.UNMAPPED_CODE);
    assertThat(only(m, "Encounter/v1"))
        .isEqualTo(
            new MappingNote(
                "Encounter/v1",
                "",
                MappingKind.UNSUPPORTED_RESOURCE,
                "",
                "Encounter is not a resource type this library " + "reads"));
    assertThat(only(m, "MedicationStatement/rx").detail())
        .isEqualTo(
            "no antithrombotic ATC code "
                + "(only ATC group B01A is read): http://www.whocc.no/atc|N02BE01");
  }

  @Test
  void elementsNotRead_areReported() {
    Observation o = lab("alb", "1751-7", 3.1, "g/dL", FINAL, "2026-10-30");
    o.addReferenceRange().setText("3.5-5.0");
    o.addInterpretation(
        new CodeableConcept(
            new Coding(
                "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "L", null)));
    FhirMapping m = read(Bundles.of(o));
    assertThat(m.report().about("Observation/alb"))
        .extracting(MappingNote::element)
        .containsExactlyInAnyOrder("interpretation", "referenceRange", "value[x]");
  }

  @Test
  void performanceStatus_latestOfEcogAndKarnofsky() {
    FhirMapping m =
        read(
            Bundles.of(
                Bundles.score("ecog", FhirCodes.LOINC, "89247-1", 1, "2026-10-01"),
                Bundles.score("kps", FhirCodes.LOINC, "89243-0", 60, "2026-10-20"),
                Bundles.score("mii", FhirCodes.SNOMED, "423740007", 7, "2026-10-25")));
    assertThat(m.patient().performanceStatus().known())
        .contains(PerformanceStatus.of(Karnofsky.of(60)));
    assertThat(only(m, "Observation/mii").detail())
        .isEqualTo("ECOG performance status must be 0..5, was 7");
    assertThat(only(m, "Observation/ecog").kind()).isEqualTo(MappingKind.SUPERSEDED);
    FhirMapping alt =
        read(Bundles.of(Bundles.score("e", FhirCodes.LOINC, "89262-0", 2, "2026-10-01")));
    assertThat(alt.patient().performanceStatus().known())
        .contains(PerformanceStatus.of(Ecog.of(2)));
  }

  @Test
  void antithrombotics_activeAtcCodesGiveTheTherapy_inactiveIgnored() {
    FhirMapping m =
        read(
            Bundles.of(
                Bundles.medication("a", "B01AC06", MedicationStatementStatus.ACTIVE),
                Bundles.medication("b", "B01AF02", MedicationStatementStatus.ACTIVE),
                Bundles.medication("c", "B01AA03", MedicationStatementStatus.STOPPED)));
    assertThat(m.patient().antithromboticTherapy().known())
        .contains(
            AntithromboticTherapy.of(
                java.util.Optional.empty(),
                AntithromboticDrugClass.ASPIRIN,
                AntithromboticDrugClass.DIRECT_ORAL_ANTICOAGULANT));
    assertThat(only(m, "MedicationStatement/c").kind()).isEqualTo(MappingKind.IGNORED_STATUS);
  }

  @Test
  void medicationRequest_activeIsRead_cancelledIgnored() {
    org.hl7.fhir.r4.model.MedicationRequest active =
        new org.hl7.fhir.r4.model.MedicationRequest()
            .setStatus(org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus.ACTIVE)
            .setMedication(new CodeableConcept(new Coding(FhirCodes.ATC, "B01AB05", null)));
    active.setId("r1");
    org.hl7.fhir.r4.model.MedicationRequest cancelled =
        new org.hl7.fhir.r4.model.MedicationRequest()
            .setStatus(org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus.CANCELLED)
            .setMedication(new CodeableConcept(new Coding(FhirCodes.ATC, "B01AA03", null)));
    cancelled.setId("r2");
    FhirMapping m = read(Bundles.of(active, cancelled));
    assertThat(m.patient().antithromboticTherapy().known())
        .contains(
            AntithromboticTherapy.of(java.util.Optional.empty(), AntithromboticDrugClass.HEPARIN));
    assertThat(only(m, "MedicationRequest/r2").detail())
        .isEqualTo("status cancelled: only active records give current therapy");
  }

  @Test
  void effectivePeriod_startIsTheDate_yearOnlyIsNotADay() {
    Observation period = lab("p", "1751-7", 3.1, "g/dL", FINAL, "");
    period.setEffective(
        new org.hl7.fhir.r4.model.Period()
            .setStartElement(new org.hl7.fhir.r4.model.DateTimeType("2026-10-29")));
    FhirMapping m = read(Bundles.of(period));
    assertThat(m.patient().labs().albumin().known().orElseThrow().sampleDate())
        .contains(LocalDate.of(2026, 10, 29));
    Observation year = lab("y", "1751-7", 3.1, "g/dL", FINAL, "2026");
    FhirMapping y = read(Bundles.of(year));
    assertThat(y.patient().labs().albumin().known().orElseThrow().sampleDate()).isEmpty();
    assertThat(y.report().about("Observation/y").get(0).detail())
        .isEqualTo("effective date 2026 is not a day: the value's age cannot be checked");
  }

  @Test
  void noAntithromboticRecord_leavesTherapyUnknown_neverNone() {
    FhirMapping m =
        read(Bundles.of(Bundles.medication("c", "B01AA03", MedicationStatementStatus.COMPLETED)));
    assertThat(m.patient().antithromboticTherapy().isKnown()).isFalse();
    assertThat(m.report().notes(MappingKind.ABSENT))
        .extracting(MappingNote::patientField)
        .contains("antithromboticTherapy");
  }

  @Test
  void atcTable_eachGroupToItsClass() {
    assertThat(FhirCodes.antithrombotic("B01AC06")).contains(AntithromboticDrugClass.ASPIRIN);
    assertThat(FhirCodes.antithrombotic("B01AC24"))
        .contains(AntithromboticDrugClass.P2Y12_INHIBITOR);
    assertThat(FhirCodes.antithrombotic("B01AC07"))
        .contains(AntithromboticDrugClass.OTHER_ANTIPLATELET);
    assertThat(FhirCodes.antithrombotic("B01AE07"))
        .contains(AntithromboticDrugClass.DIRECT_ORAL_ANTICOAGULANT);
    assertThat(FhirCodes.antithrombotic("B01AE03"))
        .contains(AntithromboticDrugClass.OTHER_ANTICOAGULANT);
    assertThat(FhirCodes.antithrombotic("B01AF03"))
        .contains(AntithromboticDrugClass.DIRECT_ORAL_ANTICOAGULANT);
    assertThat(FhirCodes.antithrombotic("B01AA04"))
        .contains(AntithromboticDrugClass.VITAMIN_K_ANTAGONIST);
    assertThat(FhirCodes.antithrombotic("B01AB01")).contains(AntithromboticDrugClass.HEPARIN);
    assertThat(FhirCodes.antithrombotic("B01AX05"))
        .contains(AntithromboticDrugClass.OTHER_ANTICOAGULANT);
    assertThat(FhirCodes.antithrombotic("B01AD01")).isEmpty();
    assertThat(FhirCodes.antithrombotic("N02BE01")).isEmpty();
  }

  @Test
  void diagnoses_icd10AndSnomed_refutedIgnored() {
    Condition refuted = Bundles.condition("r", FhirCodes.SNOMED, "94222008");
    refuted.setVerificationStatus(
        new CodeableConcept(
            new Coding(
                "http://terminology.hl7.org/CodeSystem/condition-ver-status", "refuted", null)));
    FhirMapping m =
        read(Bundles.of(Bundles.condition("h", FhirCodes.SNOMED, "109841003"), refuted));
    assertThat(m.report().diagnoses()).containsExactly(Diagnosis.HEPATOCELLULAR_CARCINOMA);
    assertThat(only(m, "Condition/r").kind()).isEqualTo(MappingKind.IGNORED_STATUS);
    assertThat(m.report().notes(MappingKind.ABSENT))
        .extracting(MappingNote::detail)
        .contains(
            "no confirmed Condition for BONE_METASTASIS; the models assume the patient "
                + "has HCC with bone metastasis");
    assertThat(FhirCodes.diagnosis(FhirCodes.ICD10, "C79.5")).contains(Diagnosis.BONE_METASTASIS);
    assertThat(FhirCodes.diagnosis(FhirCodes.ICD10_CM, "C79.51"))
        .contains(Diagnosis.BONE_METASTASIS);
    assertThat(FhirCodes.diagnosis(FhirCodes.ICD10, "C22.0"))
        .contains(Diagnosis.HEPATOCELLULAR_CARCINOMA);
    assertThat(FhirCodes.diagnosis(FhirCodes.ICD10, "C22.1")).isEmpty();
    assertThat(FhirCodes.diagnosis(FhirCodes.SNOMED, "94381002")).isEmpty();
  }

  @Test
  void procedure_isReportedNotMapped() {
    Procedure p = new Procedure().setStatus(Procedure.ProcedureStatus.COMPLETED);
    p.setId("rt");
    assertThat(only(read(Bundles.of(p)), "Procedure/rt").kind()).isEqualTo(MappingKind.NOT_MAPPED);
  }

  @Test
  void patientResource_sexAndAgeAtAssessment_namesNotRead() {
    org.hl7.fhir.r4.model.Patient p = new org.hl7.fhir.r4.model.Patient();
    p.setId("p1");
    p.setGender(AdministrativeGender.FEMALE).setBirthDateElement(new DateType("1960-11-02"));
    p.addName().setFamily("Doe");
    FhirMapping m = read(Bundles.of(p));
    assertThat(m.patient().id()).isEqualTo("p1");
    assertThat(m.patient().sex().known()).contains(Sex.FEMALE);
    assertThat(m.patient().age().known()).contains(Age.years(65));
    assertThat(m.report().about("Patient/p1"))
        .extracting(MappingNote::element)
        .containsExactly("gender", "birthDate", "name");
    Patient noDate = Patient.builder("x").build();
    assertThat(FhirPatientReader.read(Bundles.of(p), noDate).patient().age().isKnown()).isFalse();
  }

  @Test
  void bundleValue_replacesCallersValue() {
    Patient base =
        Patient.builder("b")
            .assessmentDate(ASSESSED)
            .labs(org.hccbm.core.lab.LabPanel.of(Albumin.gPerDl(4.0)))
            .build();
    FhirMapping m =
        FhirPatientReader.read(
            Bundles.of(lab("alb", "1751-7", 3.0, "g/dL", FINAL, "2026-10-30")), base);
    assertThat(m.patient().labs().albumin().known().orElseThrow().in(LabUnit.G_PER_DL))
        .isEqualTo(3.0);
    assertThat(only(m, "Observation/alb").detail())
        .isEqualTo("3 g/dL on 2026-10-30; replaces the caller's 4 g/dL");
  }

  /** Issue 16 point 4: the audit record names the resource each input came from. */
  @Test
  void sources_nameTheResourceOfEachUsedField_forTheAuditRecord() {
    FhirMapping m =
        read(
            Bundles.of(
                lab("alb", "1751-7", 3.1, "g/dL", FINAL, "2026-10-30"),
                lab("old", "1751-7", 3.5, "g/dL", FINAL, "2026-09-30"),
                lab("bili", "1975-2", 1.1, "mg/dl", FINAL, "2026-10-30"),
                Bundles.medication("a", "B01AC06", MedicationStatementStatus.ACTIVE),
                Bundles.medication("b", "B01AF01", MedicationStatementStatus.ACTIVE)));
    assertThat(m.sources())
        .containsOnly(
            java.util.Map.entry("labs.albumin", "Observation/alb"),
            java.util.Map.entry("labs.totalBilirubin", "Observation/bili"),
            java.util.Map.entry(
                "antithromboticTherapy", "MedicationStatement/a, MedicationStatement/b"));
    org.hccbm.core.audit.AuditRecord r =
        org.hccbm.core.audit.AuditRecord.of(
            m.patient(), List.of(), "0".repeat(64), java.time.Instant.EPOCH, m.sources());
    assertThat(r.inputs())
        .anyMatch(
            i ->
                i.field().equals("labs.albumin")
                    && i.source().equals("Observation/alb")
                    && i.date().equals(java.util.Optional.of(LocalDate.of(2026, 10, 30))));
  }

  @Test
  void readJson_notABundle_isRefused() {
    assertThatThrownBy(
            () ->
                FhirPatientReader.readJson(
                    "{\"resourceType\":\"Patient\"}", Patient.builder("x").build()))
        .isInstanceOf(InvalidClinicalInputException.class)
        .hasMessageStartingWith("FHIR document must be a FHIR R4 Bundle in JSON, was ");
    assertThat(Analyte.fromLoinc("1751-7")).contains(Analyte.ALBUMIN);
  }
}
