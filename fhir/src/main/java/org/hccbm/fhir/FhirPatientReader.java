package org.hccbm.fhir;

import static java.util.Objects.requireNonNull;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.parser.DataFormatException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.history.AntithromboticDrugClass;
import org.hccbm.core.history.AntithromboticTherapy;
import org.hccbm.core.lab.Analyte;
import org.hccbm.core.lab.LabPanel;
import org.hccbm.core.lab.LabValue;
import org.hccbm.core.patient.Age;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.patient.Sex;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.Karnofsky;
import org.hccbm.core.performance.PerformanceStatus;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;

/**
 * Reads a FHIR R4 Bundle into a {@link Patient} and a {@link MappingReport}. The rules
 * (docs/fhir.md has the tables):
 *
 * <ul>
 *   <li>Observations with an accepted LOINC code ({@link Analyte#fromLoinc}) are labs; the unit is
 *       the Quantity's UCUM {@code code} (or its {@code unit} text when no code is given) and goes
 *       through {@link LabValue#of(Analyte, double, String)}, so aliases and equivalents are
 *       converted with a note and anything else is refused with the library's message.
 *   <li>Only {@code final}, {@code amended} and {@code corrected} Observations are used; the latest
 *       by effective date wins (an undated one loses to any dated one), the others are reported as
 *       superseded; its effective date becomes the lab's sample date, so stale-lab caveats work.
 *   <li>ECOG (LOINC 89247-1, 89262-0, SNOMED CT 423740007) and Karnofsky (LOINC 89243-0, SNOMED CT
 *       273546003) as {@code valueInteger} or a unitless {@code valueQuantity}; the latest of both.
 *   <li>Conditions coded HCC or bone metastasis (ICD-10, ICD-10-CM, SNOMED CT) are reported as
 *       confirmed diagnoses unless refuted, entered in error or not yet confirmed.
 *   <li>Active MedicationStatements and MedicationRequests with an antithrombotic ATC code give the
 *       current antithrombotic therapy. A Bundle without one leaves the therapy as the caller's
 *       patient had it (unknown by default): the absence of a record is not "none".
 *   <li>Procedures (radiotherapy) are reported, not mapped: a base R4 Procedure carries neither
 *       dose nor fractions.
 *   <li>Patient: gender gives the sex; birth date gives the age at the assessment date.
 * </ul>
 *
 * Values from the Bundle replace the caller's values for the same input; everything the Bundle
 * cannot carry (lesions, liver bedside items, primary tumour) comes from the caller's patient.
 *
 * @since 0.1.0
 */
public final class FhirPatientReader {
  private static final Set<String> OBSERVATION_READ =
      Set.of(
          "id",
          "meta",
          "status",
          "code",
          "value[x]",
          "effective[x]",
          "subject",
          "category",
          "encounter",
          "issued");
  private static final Set<String> PATIENT_READ = Set.of("id", "meta", "gender", "birthDate");
  private static final Set<String> CONDITION_READ =
      Set.of("id", "meta", "code", "verificationStatus", "clinicalStatus", "subject", "category");
  private static final Set<String> MEDICATION_READ =
      Set.of("id", "meta", "status", "medication[x]", "subject", "intent");

  private FhirPatientReader() {}

  /**
   * Parses a FHIR R4 Bundle in JSON and reads it onto the caller's patient.
   *
   * @param json the Bundle
   * @param base what the caller already knows; the Bundle's values replace its values
   * @return the patient and the mapping report
   * @throws InvalidClinicalInputException if the text is not a FHIR R4 Bundle
   */
  public static FhirMapping readJson(String json, Patient base) {
    requireNonNull(json, "json");
    Bundle bundle;
    try {
      bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, json);
    } catch (DataFormatException | ClassCastException e) {
      throw new InvalidClinicalInputException(
          "FHIR document", abbreviate(e.getMessage()), "a FHIR R4 Bundle in JSON");
    }
    return read(bundle, base);
  }

  /**
   * Reads a Bundle onto the caller's patient.
   *
   * @param bundle the Bundle
   * @param base what the caller already knows; the Bundle's values replace its values
   * @return the patient and the mapping report
   */
  public static FhirMapping read(Bundle bundle, Patient base) {
    return new Reading(requireNonNull(base, "base")).read(requireNonNull(bundle, "bundle"));
  }

  /**
   * Reads a Bundle into a patient that holds only what the Bundle gives; the patient's id is the
   * Bundle's Patient resource id, or "fhir".
   *
   * @param bundle the Bundle
   * @param assessmentDate the date the assessment describes (for ages and stale labs)
   * @return the patient and the mapping report
   */
  public static FhirMapping read(Bundle bundle, LocalDate assessmentDate) {
    requireNonNull(bundle, "bundle");
    String id =
        bundle.getEntry().stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(r -> r instanceof org.hl7.fhir.r4.model.Patient && r.hasIdElement())
            .map(r -> r.getIdElement().getIdPart())
            .filter(s -> s != null && !s.isEmpty())
            .findFirst()
            .orElse("fhir");
    return read(
        bundle,
        Patient.builder(id)
            .assessmentDate(requireNonNull(assessmentDate, "assessmentDate"))
            .build());
  }

  private static String abbreviate(@Nullable String message) {
    String m = message == null ? "unreadable" : message;
    return m.length() > 200 ? m.substring(0, 200) + "..." : m;
  }

  /** A usable value found in the Bundle, before the latest one is chosen. */
  private record Candidate<T>(
      String resource, T value, Optional<LocalDate> date, Optional<String> conversion) {}

  /** The state of one read; never shared. */
  private static final class Reading {
    private final Patient base;
    private final List<MappingNote> notes = new ArrayList<>();
    private final Map<Analyte, List<Candidate<LabValue>>> labs = new EnumMap<>(Analyte.class);
    private final List<Candidate<PerformanceStatus>> performance = new ArrayList<>();
    private final Set<AntithromboticDrugClass> antithrombotics = new LinkedHashSet<>();
    private final Set<Diagnosis> diagnoses = EnumSet.noneOf(Diagnosis.class);
    private @Nullable Sex sex;
    private @Nullable Age age;

    Reading(Patient base) {
      this.base = base;
    }

    FhirMapping read(Bundle bundle) {
      List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
      for (int i = 0; i < entries.size(); i++) {
        Resource r = entries.get(i).getResource();
        if (r == null) {
          note("Bundle.entry[" + i + "]", "", MappingKind.NOT_MAPPED, "", "entry has no resource");
          continue;
        }
        String name =
            r.fhirType()
                + "/"
                + (r.hasIdElement() && r.getIdElement().getIdPart() != null
                    ? r.getIdElement().getIdPart()
                    : "entry-" + i);
        if (r instanceof Observation o) {
          observation(name, o);
        } else if (r instanceof org.hl7.fhir.r4.model.Patient p) {
          patient(name, p);
        } else if (r instanceof Condition c) {
          condition(name, c);
        } else if (r instanceof MedicationStatement m) {
          medication(
              name,
              m.getStatus() == MedicationStatement.MedicationStatementStatus.ACTIVE,
              m.hasStatus() ? m.getStatus().toCode() : "none",
              m.getMedication(),
              m);
        } else if (r instanceof MedicationRequest m) {
          medication(
              name,
              m.getStatus() == MedicationRequest.MedicationRequestStatus.ACTIVE,
              m.hasStatus() ? m.getStatus().toCode() : "none",
              m.getMedication(),
              m);
        } else if (r instanceof Procedure p) {
          procedure(name, p);
        } else {
          note(
              name,
              "",
              MappingKind.UNSUPPORTED_RESOURCE,
              "",
              r.fhirType() + " is not a resource type this library reads");
        }
      }
      return new FhirMapping(build(), new MappingReport(notes, diagnoses));
    }

    private void note(
        String resource, String element, MappingKind kind, String field, String detail) {
      notes.add(new MappingNote(resource, element, kind, field, detail));
    }

    /** Reports every element with a value that this library does not read. */
    private void unread(String name, Resource r, Set<String> read) {
      for (Property p : r.children()) {
        if (p.hasValues() && !read.contains(p.getName())) {
          note(name, p.getName(), MappingKind.NOT_MAPPED, "", "element not read by this library");
        }
      }
    }

    private void observation(String name, Observation o) {
      String status = o.hasStatus() ? o.getStatus().toCode() : "none";
      Optional<Analyte> analyte =
          codes(o.getCode(), FhirCodes.LOINC).stream()
              .map(Analyte::fromLoinc)
              .flatMap(Optional::stream)
              .findFirst();
      boolean ecog =
          codes(o.getCode(), FhirCodes.LOINC).stream().anyMatch(FhirCodes.ECOG_LOINC::contains)
              || codes(o.getCode(), FhirCodes.SNOMED).contains(FhirCodes.ECOG_SNOMED);
      boolean kps =
          codes(o.getCode(), FhirCodes.LOINC).contains(FhirCodes.KARNOFSKY_LOINC)
              || codes(o.getCode(), FhirCodes.SNOMED).contains(FhirCodes.KARNOFSKY_SNOMED);
      if (analyte.isEmpty() && !ecog && !kps) {
        note(
            name,
            "code",
            MappingKind.UNMAPPED_CODE,
            "",
            "no code this library reads: " + describe(o.getCode()));
        return;
      }
      String field = analyte.map(a -> "labs." + fieldName(a)).orElse("performanceStatus");
      if (!Set.of("final", "amended", "corrected").contains(status)) {
        note(
            name,
            "status",
            MappingKind.IGNORED_STATUS,
            field,
            "status " + status + ": only final, amended and corrected observations are used");
        return;
      }
      Optional<LocalDate> date = effectiveDate(name, o.getEffective(), field);
      if (!o.hasValue()) {
        note(
            name,
            "value[x]",
            MappingKind.REFUSED_VALUE,
            field,
            "no value"
                + (o.hasDataAbsentReason()
                    ? " (dataAbsentReason " + describe(o.getDataAbsentReason()) + ")"
                    : ""));
        return;
      }
      if (analyte.isPresent()) {
        lab(name, o, analyte.get(), field, date);
      } else {
        performance(name, o, ecog, field, date);
      }
      unread(name, o, OBSERVATION_READ);
    }

    private void lab(
        String name, Observation o, Analyte a, String field, Optional<LocalDate> date) {
      if (!(o.getValue() instanceof Quantity q) || !q.hasValue()) {
        note(
            name,
            "value[x]",
            MappingKind.REFUSED_VALUE,
            field,
            "a lab needs a valueQuantity " + "with a value, was " + o.getValue().fhirType());
        return;
      }
      if (q.hasComparator()) {
        note(
            name,
            "valueQuantity.comparator",
            MappingKind.REFUSED_VALUE,
            field,
            "value "
                + q.getComparator().toCode()
                + " "
                + q.getValue().toPlainString()
                + " is a limit, not a measured value");
        return;
      }
      if (q.hasSystem() && !FhirCodes.UCUM.equals(q.getSystem())) {
        note(
            name,
            "valueQuantity.system",
            MappingKind.REFUSED_VALUE,
            field,
            "unit system " + q.getSystem() + " is not UCUM (" + FhirCodes.UCUM + ")");
        return;
      }
      String unit = q.hasCode() ? q.getCode() : q.hasUnit() ? q.getUnit() : "";
      try {
        LabValue v = LabValue.of(a, q.getValue().doubleValue(), unit);
        LabValue dated = date.map(v::takenOn).orElse(v);
        labs.computeIfAbsent(a, k -> new ArrayList<>())
            .add(new Candidate<>(name, dated, date, v.conversionNote()));
      } catch (InvalidClinicalInputException e) {
        note(name, "valueQuantity", MappingKind.REFUSED_VALUE, field, e.getMessage());
      }
    }

    private void performance(
        String name, Observation o, boolean ecog, String field, Optional<LocalDate> date) {
      Type value = o.getValue();
      Integer n = null;
      if (value instanceof IntegerType i && i.hasValue()) {
        n = i.getValue();
      } else if (value instanceof Quantity q
          && q.hasValue()
          && !q.hasComparator()
          && q.getValue().stripTrailingZeros().scale() <= 0) {
        n = q.getValue().intValueExact();
      }
      if (n == null) {
        note(
            name,
            "value[x]",
            MappingKind.REFUSED_VALUE,
            field,
            "a performance status needs "
                + "valueInteger (or a whole-number valueQuantity), was "
                + value.fhirType()
                + " (LOINC answer codes are not read)");
        return;
      }
      try {
        PerformanceStatus ps =
            ecog ? PerformanceStatus.of(Ecog.of(n)) : PerformanceStatus.of(Karnofsky.of(n));
        performance.add(new Candidate<>(name, ps, date, Optional.empty()));
      } catch (InvalidClinicalInputException e) {
        note(name, "value[x]", MappingKind.REFUSED_VALUE, field, e.getMessage());
      }
    }

    private Optional<LocalDate> effectiveDate(String name, @Nullable Type effective, String field) {
      DateTimeType dt =
          effective instanceof DateTimeType d
              ? d
              : effective instanceof org.hl7.fhir.r4.model.Period p && p.hasStart()
                  ? p.getStartElement()
                  : null;
      if (dt == null || !dt.hasValue()) {
        note(
            name,
            "effective[x]",
            MappingKind.ABSENT,
            field,
            "no effective date: the value's age cannot be checked");
        return Optional.empty();
      }
      if (!isDay(dt.getPrecision())) {
        note(
            name,
            "effective[x]",
            MappingKind.NOT_MAPPED,
            field,
            "effective date "
                + dt.getValueAsString()
                + " is not a day: the value's age cannot be checked");
        return Optional.empty();
      }
      return Optional.of(LocalDate.of(dt.getYear(), dt.getMonth() + 1, dt.getDay()));
    }

    private void patient(String name, org.hl7.fhir.r4.model.Patient p) {
      if (p.hasGender()) {
        AdministrativeGender g = p.getGender();
        if (g == AdministrativeGender.FEMALE || g == AdministrativeGender.MALE) {
          sex = g == AdministrativeGender.FEMALE ? Sex.FEMALE : Sex.MALE;
          note(name, "gender", MappingKind.USED, "sex", g.toCode());
        } else {
          note(
              name,
              "gender",
              MappingKind.NOT_MAPPED,
              "sex",
              "gender " + g.toCode() + " is not a sex the models read; sex stays as given");
        }
      }
      if (p.hasBirthDate()) {
        Optional<LocalDate> assessed = base.assessmentDate();
        var b = p.getBirthDateElement();
        if (assessed.isEmpty()) {
          note(
              name,
              "birthDate",
              MappingKind.NOT_MAPPED,
              "age",
              "no assessment date to compute the age at");
        } else if (!isDay(b.getPrecision())) {
          note(
              name,
              "birthDate",
              MappingKind.NOT_MAPPED,
              "age",
              "birth date " + b.getValueAsString() + " is not a day");
        } else {
          LocalDate born = LocalDate.of(b.getYear(), b.getMonth() + 1, b.getDay());
          try {
            age = Age.years(Period.between(born, assessed.get()).getYears());
            note(
                name,
                "birthDate",
                MappingKind.USED,
                "age",
                age.years() + " years on " + assessed.get());
          } catch (InvalidClinicalInputException e) {
            note(name, "birthDate", MappingKind.REFUSED_VALUE, "age", e.getMessage());
          }
        }
      }
      unread(name, p, PATIENT_READ);
    }

    private void condition(String name, Condition c) {
      List<String> verification =
          codes(
              c.getVerificationStatus(),
              "http://terminology.hl7.org/CodeSystem/condition-ver-status");
      Optional<Diagnosis> d =
          c.getCode().getCoding().stream()
              .filter(x -> x.hasSystem() && x.hasCode())
              .map(x -> FhirCodes.diagnosis(x.getSystem(), x.getCode()))
              .flatMap(Optional::stream)
              .findFirst();
      if (d.isEmpty()) {
        note(
            name,
            "code",
            MappingKind.UNMAPPED_CODE,
            "",
            "no code this library reads: " + describe(c.getCode()));
        return;
      }
      if (!verification.isEmpty() && !verification.contains("confirmed")) {
        note(
            name,
            "verificationStatus",
            MappingKind.IGNORED_STATUS,
            "",
            "verification status "
                + String.join(", ", verification)
                + ": only confirmed (or unstated) diagnoses count");
        return;
      }
      diagnoses.add(d.get());
      note(name, "code", MappingKind.USED, "", d.get().name() + " (" + describe(c.getCode()) + ")");
      unread(name, c, CONDITION_READ);
    }

    private void medication(
        String name, boolean active, String status, @Nullable Type medication, Resource r) {
      if (!(medication instanceof CodeableConcept cc)) {
        note(
            name,
            "medication[x]",
            MappingKind.NOT_MAPPED,
            "antithromboticTherapy",
            "medication given by reference is not resolved; give medicationCodeableConcept "
                + "with an ATC code");
        return;
      }
      Optional<AntithromboticDrugClass> drug =
          codes(cc, FhirCodes.ATC).stream()
              .map(FhirCodes::antithrombotic)
              .flatMap(Optional::stream)
              .findFirst();
      if (drug.isEmpty()) {
        note(
            name,
            "medication[x]",
            MappingKind.UNMAPPED_CODE,
            "",
            "no antithrombotic ATC code " + "(only ATC group B01A is read): " + describe(cc));
        return;
      }
      if (!active) {
        note(
            name,
            "status",
            MappingKind.IGNORED_STATUS,
            "antithromboticTherapy",
            "status " + status + ": only active records give current therapy");
        return;
      }
      antithrombotics.add(drug.get());
      note(
          name,
          "medication[x]",
          MappingKind.USED,
          "antithromboticTherapy",
          drug.get().label() + " (" + describe(cc) + ")");
      unread(name, r, MEDICATION_READ);
    }

    private void procedure(String name, Procedure p) {
      String status = p.hasStatus() ? p.getStatus().toCode() : "none";
      if (status.equals("entered-in-error")) {
        note(
            name,
            "status",
            MappingKind.IGNORED_STATUS,
            "history.radiotherapy",
            "status entered-in-error");
        return;
      }
      note(
          name,
          "",
          MappingKind.NOT_MAPPED,
          "history.radiotherapy",
          "a base R4 Procedure "
              + "carries no dose or fractions: give radiotherapy courses in the patient's history ("
              + describe(p.getCode())
              + ", status "
              + status
              + ")");
    }

    private Patient build() {
      Patient.Builder b = base.toBuilder();
      LabPanel panel = base.labs();
      for (Map.Entry<Analyte, List<Candidate<LabValue>>> e : labs.entrySet()) {
        Candidate<LabValue> used = latest(e.getValue());
        String field = "labs." + fieldName(e.getKey());
        String replaced =
            base.labs().get(e.getKey()).known().map(v -> "; replaces the caller's " + v).orElse("");
        note(
            used.resource(),
            "value[x]",
            used.conversion().isPresent() ? MappingKind.CONVERTED : MappingKind.USED,
            field,
            used.conversion().orElse(used.value() + dated(used)) + replaced);
        superseded(e.getValue(), used, field);
        panel = panel.with(used.value());
      }
      b.labs(panel);
      if (!performance.isEmpty()) {
        Candidate<PerformanceStatus> used = latest(performance);
        note(
            used.resource(),
            "value[x]",
            MappingKind.USED,
            "performanceStatus",
            used.value() + dated(used));
        superseded(performance, used, "performanceStatus");
        b.performanceStatus(used.value());
      } else {
        note(
            "Bundle",
            "",
            MappingKind.ABSENT,
            "performanceStatus",
            "no usable ECOG or Karnofsky " + "observation; performance status stays as given");
      }
      if (sex != null) {
        b.sex(sex);
      }
      if (age != null) {
        b.age(age);
      }
      if (!antithrombotics.isEmpty()) {
        b =
            b.antithromboticTherapy(
                AntithromboticTherapy.of(
                    Optional.empty(), antithrombotics.toArray(new AntithromboticDrugClass[0])));
      } else {
        note(
            "Bundle",
            "",
            MappingKind.ABSENT,
            "antithromboticTherapy",
            "no active "
                + "antithrombotic in the Bundle; the therapy stays as given (a missing record is not "
                + "\"none\")");
      }
      for (Diagnosis d : Diagnosis.values()) {
        if (!diagnoses.contains(d)) {
          note(
              "Bundle",
              "",
              MappingKind.ABSENT,
              "",
              "no confirmed Condition for "
                  + d.name()
                  + "; the models assume the patient has HCC with bone metastasis");
        }
      }
      return b.build();
    }

    private <T> void superseded(List<Candidate<T>> all, Candidate<T> used, String field) {
      for (Candidate<T> c : all) {
        if (!c.equals(used)) {
          note(
              c.resource(),
              "",
              MappingKind.SUPERSEDED,
              field,
              c.value() + dated(c) + ": older than " + used.resource());
        }
      }
    }

    private static String dated(Candidate<?> c) {
      return c.date().map(d -> " on " + d).orElse(" (undated)");
    }

    /** The latest by date; undated ones lose to dated ones; on a tie, the later in the Bundle. */
    private static <T> Candidate<T> latest(List<Candidate<T>> all) {
      Comparator<Candidate<T>> byDate = Comparator.comparing(c -> c.date().orElse(LocalDate.MIN));
      Candidate<T> best = all.get(0);
      for (Candidate<T> c : all) {
        if (byDate.compare(c, best) >= 0) {
          best = c;
        }
      }
      return best;
    }
  }

  /** The field name of an analyte in the patient (as in docs/json.md), e.g. "albumin". */
  static String fieldName(Analyte a) {
    StringBuilder s = new StringBuilder();
    boolean upper = false;
    for (char c : a.name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        s.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return s.toString();
  }

  private static boolean isDay(TemporalPrecisionEnum precision) {
    return precision != TemporalPrecisionEnum.YEAR && precision != TemporalPrecisionEnum.MONTH;
  }

  private static List<String> codes(CodeableConcept cc, String system) {
    return cc.getCoding().stream()
        .filter(c -> system.equals(c.getSystem()) && c.hasCode())
        .map(Coding::getCode)
        .toList();
  }

  private static String describe(CodeableConcept cc) {
    if (!cc.hasCoding()) {
      return cc.hasText() ? "text \"" + cc.getText() + "\"" : "no coding";
    }
    return cc.getCoding().stream()
        .map(
            c ->
                (c.hasSystem() ? c.getSystem() : "no system")
                    + "|"
                    + (c.hasCode() ? c.getCode() : "no code"))
        .collect(Collectors.joining(", "));
  }
}
