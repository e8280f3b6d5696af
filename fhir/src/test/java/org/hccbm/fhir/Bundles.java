package org.hccbm.fhir;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.hccbm.core.history.AntithromboticDrugClass;
import org.hccbm.core.lab.LabValue;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.patient.Sex;
import org.hccbm.core.performance.PerformanceStatus;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;

/** Builds test Bundles, e.g. from a fixture patient (the mapping the reader must invert). */
final class Bundles {
  /** One ATC code per drug class, each in the class's ATC group (FhirCodes). */
  static final Map<AntithromboticDrugClass, String> ATC =
      Map.of(
          AntithromboticDrugClass.ASPIRIN, "B01AC06",
          AntithromboticDrugClass.P2Y12_INHIBITOR, "B01AC04",
          AntithromboticDrugClass.OTHER_ANTIPLATELET, "B01AC07",
          AntithromboticDrugClass.VITAMIN_K_ANTAGONIST, "B01AA03",
          AntithromboticDrugClass.DIRECT_ORAL_ANTICOAGULANT, "B01AF01",
          AntithromboticDrugClass.HEPARIN, "B01AB05",
          AntithromboticDrugClass.OTHER_ANTICOAGULANT, "B01AX05");

  private Bundles() {}

  static Bundle of(Resource... resources) {
    Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
    for (Resource r : resources) {
      b.addEntry().setResource(r);
    }
    return b;
  }

  static Observation lab(
      String id,
      String loinc,
      double value,
      String ucum,
      Observation.ObservationStatus status,
      String date) {
    Observation o =
        new Observation()
            .setStatus(status)
            .setCode(new CodeableConcept(new Coding(FhirCodes.LOINC, loinc, null)))
            .setValue(
                new Quantity()
                    .setValue(new BigDecimal(Double.toString(value)))
                    .setSystem(FhirCodes.UCUM)
                    .setCode(ucum)
                    .setUnit(ucum));
    if (!date.isEmpty()) {
      o.setEffective(new DateTimeType(date));
    }
    o.setId(id);
    return o;
  }

  static Observation score(String id, String system, String code, int value, String date) {
    Observation o =
        new Observation()
            .setStatus(Observation.ObservationStatus.FINAL)
            .setCode(new CodeableConcept(new Coding(system, code, null)))
            .setValue(new IntegerType(value))
            .setEffective(new DateTimeType(date));
    o.setId(id);
    return o;
  }

  static Condition condition(String id, String system, String code) {
    Condition c = new Condition().setCode(new CodeableConcept(new Coding(system, code, null)));
    c.setId(id);
    return c;
  }

  static MedicationStatement medication(
      String id, String atc, MedicationStatement.MedicationStatementStatus status) {
    MedicationStatement m =
        new MedicationStatement()
            .setStatus(status)
            .setMedication(new CodeableConcept(new Coding(FhirCodes.ATC, atc, null)));
    m.setId(id);
    return m;
  }

  /**
   * Writes what FHIR can carry of a patient: labs (primary LOINC, UCUM code, sample date),
   * performance status, sex, birth date (when age and assessment date are known), antithrombotic
   * classes (when known with classes and no last-dose date), and the two diagnoses.
   */
  static Bundle fromPatient(Patient p) {
    Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
    org.hl7.fhir.r4.model.Patient pr = new org.hl7.fhir.r4.model.Patient();
    pr.setId(p.id());
    p.sex()
        .known()
        .ifPresent(
            s ->
                pr.setGender(
                    s == Sex.FEMALE ? AdministrativeGender.FEMALE : AdministrativeGender.MALE));
    if (p.age().known().isPresent() && p.assessmentDate().isPresent()) {
      LocalDate born = p.assessmentDate().get().minusYears(p.age().known().get().years());
      pr.setBirthDateElement(new DateType(born.toString()));
    }
    b.addEntry().setResource(pr);
    int i = 0;
    for (LabValue v : p.labs().values()) {
      b.addEntry()
          .setResource(
              lab(
                  "lab-" + i++,
                  v.analyte().loinc(),
                  v.value(),
                  v.unit().ucum(),
                  Observation.ObservationStatus.FINAL,
                  v.sampleDate().map(LocalDate::toString).orElse("")));
    }
    p.performanceStatus().known().ifPresent(ps -> b.addEntry().setResource(performance(ps)));
    p.antithromboticTherapy()
        .known()
        .filter(t -> t.any() && !t.drugClasses().isEmpty() && t.lastDose().isEmpty())
        .ifPresent(
            t ->
                t.drugClasses()
                    .forEach(
                        c ->
                            b.addEntry()
                                .setResource(
                                    medication(
                                        "med-" + c.name(),
                                        ATC.get(c),
                                        MedicationStatement.MedicationStatementStatus.ACTIVE))));
    b.addEntry().setResource(condition("hcc", FhirCodes.ICD10, "C22.0"));
    b.addEntry().setResource(condition("bm", FhirCodes.SNOMED, "94222008"));
    return b;
  }

  private static Observation performance(PerformanceStatus ps) {
    return ps.nativeEcog()
        .map(e -> score("ps", FhirCodes.LOINC, "89247-1", e.grade(), "2026-11-01"))
        .orElseGet(
            () ->
                score(
                    "ps",
                    FhirCodes.LOINC,
                    FhirCodes.KARNOFSKY_LOINC,
                    ps.nativeKarnofsky().orElseThrow().percent(),
                    "2026-11-01"));
  }
}
