package org.hccbm.cli.serve;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.lab.Analyte;
import org.hccbm.core.lab.LoincCode;
import org.hccbm.core.patient.Patient;
import org.hccbm.fhir.FhirCodes;
import org.hccbm.fhir.FhirMapping;
import org.hccbm.fhir.FhirPatientReader;
import org.hccbm.jackson.HccbmJsonException;
import org.hccbm.jackson.PatientReader;
import org.hccbm.models.LabFreshness;
import org.hccbm.models.VariantSelection;
import org.hccbm.models.treatment.TreatmentPlanner;

/**
 * The {@code patient-view} service: its discovery entry and its answer to a hook call.
 *
 * <p>The service never queries the CDS Client's FHIR server ({@code fhirServer} and {@code
 * fhirAuthorization} are not used): everything comes from the prefetch. Without the {@code patient}
 * key it answers 412 Precondition Failed, as CDS Hooks 2.0 says a service that cannot obtain
 * required data must. Another key that is absent (the client chose not to satisfy it, or failed) or
 * an OperationOutcome in its place is named in the card; its inputs stay unknown, never imputed,
 * and the results are bounded.
 *
 * <p>Request extension {@code org.hccbm.patient} (CDS Hooks "Extensions"): an hccbm patient
 * document (docs/json.md) with what FHIR does not carry (bone lesions, neurology, liver bedside
 * items, history). Its {@code id} must be the context's {@code patientId}; the prefetched values
 * replace its values for the same input.
 */
final class HookService {
  /** The service id, as in ecosystem §3.2. */
  static final String ID = "hcc-bone-mets-prognosis";

  /** The hook. */
  static final String HOOK = "patient-view";

  /** The request extension that carries an hccbm patient document. */
  static final String PATIENT_EXTENSION = "org.hccbm.patient";

  /** The Patient prefetch key; without it the service answers 412. */
  static final String PATIENT_KEY = "patient";

  private static final String LOINC = FhirCodes.LOINC + "|";

  private final ObjectMapper mapper;
  private final Clock clock;

  HookService(ObjectMapper mapper, Clock clock) {
    this.mapper = requireNonNull(mapper, "mapper");
    this.clock = requireNonNull(clock, "clock");
  }

  /** Returns the prefetch templates, key to FHIR query, in the order the discovery lists them. */
  static Map<String, String> prefetch() {
    Map<String, String> p = new LinkedHashMap<>();
    String patient = "patient={{context.patientId}}";
    p.put(PATIENT_KEY, "Patient/{{context.patientId}}");
    List<String> labs = new ArrayList<>();
    for (Analyte a : Analyte.values()) {
      for (LoincCode c : a.loincCodes()) {
        labs.add(LOINC + c.code());
      }
    }
    p.put("labs", "Observation?" + patient + "&code=" + String.join(",", labs) + "&_sort=-date");
    List<String> ps = new ArrayList<>();
    FhirCodes.ECOG_LOINC.forEach(c -> ps.add(LOINC + c));
    ps.add(LOINC + FhirCodes.KARNOFSKY_LOINC);
    ps.add(FhirCodes.SNOMED + "|" + FhirCodes.ECOG_SNOMED);
    ps.add(FhirCodes.SNOMED + "|" + FhirCodes.KARNOFSKY_SNOMED);
    p.put(
        "performanceStatus",
        "Observation?" + patient + "&code=" + String.join(",", ps) + "&_sort=-date");
    p.put("conditions", "Condition?" + patient + "&code=" + String.join(",", CONDITION_CODES));
    p.put("medicationStatements", "MedicationStatement?" + patient + "&status=active");
    p.put("medicationRequests", "MedicationRequest?" + patient + "&status=active");
    p.put("procedures", "Procedure?" + patient);
    return p;
  }

  /** The diagnosis codes the FHIR reader recognises (docs/fhir.md §2.1), as search tokens. */
  static final List<String> CONDITION_CODES =
      List.of(
          FhirCodes.ICD10 + "|C22.0",
          FhirCodes.ICD10 + "|C79.5",
          FhirCodes.ICD10_CM + "|C22.0",
          FhirCodes.ICD10_CM + "|C79.51",
          FhirCodes.ICD10_CM + "|C79.52",
          FhirCodes.SNOMED + "|109841003",
          FhirCodes.SNOMED + "|94222008");

  /**
   * Loads the FHIR parser (HAPI's context takes seconds on first use) so that the first hook call
   * answers as fast as the rest; CDS Hooks asks services to answer quickly.
   */
  static void warmUp() {
    try {
      FhirMapping unused =
          FhirPatientReader.readJson(
              "{\"resourceType\":\"Bundle\",\"type\":\"collection\"}",
              Patient.builder("warm-up").build());
    } catch (RuntimeException e) {
      // nothing to do: the first hook call meets the same failure and answers it
    }
  }

  /** Returns the discovery document ({@code GET /cds-services}). */
  ObjectNode discovery() {
    ObjectNode root = mapper.createObjectNode();
    ObjectNode s = root.putArray("services").addObject();
    s.put("hook", HOOK);
    s.put("id", ID);
    s.put("title", "HCC bone-metastasis scores and treatment options (hccbm)");
    s.put(
        "description",
        "Prognostic scores (revised Tokuhashi, new Katagiri, HCC-SM GPA and others), liver "
            + "function (Child-Pugh, ALBI) and the options a multidisciplinary team would discuss for "
            + "a patient with hepatocellular carcinoma and bone metastasis; unknown inputs give bounded "
            + "results, never imputed values.");
    ObjectNode prefetch = s.putObject("prefetch");
    prefetch().forEach(prefetch::put);
    s.put(
        "usageRequirements",
        "Clinician-facing decision support, not a directive and not a medical device. Lesions, "
            + "neurology and liver bedside items come from the org.hccbm.patient request extension "
            + "(docs/cds-hooks.md).");
    return root;
  }

  /** One hook call read into a patient, ready to assess. */
  record Call(FhirMapping mapping, List<String> missingPrefetch) {
    Call {
      requireNonNull(mapping, "mapping");
      missingPrefetch = List.copyOf(missingPrefetch);
    }
  }

  /**
   * Answers a hook call.
   *
   * @param body the request body
   * @return the response: {@code {"cards": [...]}}
   * @throws HookException with 400 for a request that is not a patient-view call, 412 without the
   *     Patient prefetch
   */
  ObjectNode call(byte[] body) throws HookException {
    Call call = read(body);
    TreatmentPlanner.Assessment a =
        TreatmentPlanner.DEFAULT.assess(
            call.mapping().patient(),
            VariantSelection.defaults(),
            LabFreshness.DEFAULT_WINDOW_DAYS);
    ObjectNode out = mapper.createObjectNode();
    ArrayNode cards = out.putArray("cards");
    for (ObjectNode card : new Cards(mapper, clock).cards(call, a)) {
      cards.add(card);
    }
    return out;
  }

  /** Reads and checks a hook call, and maps its prefetch onto a patient. */
  Call read(byte[] body) throws HookException {
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (java.io.IOException e) {
      throw new HookException(400, "the request body must be JSON: " + jsonProblem(e));
    }
    if (root == null || !root.isObject()) {
      throw new HookException(400, "the request body must be a JSON object");
    }
    JsonNode hook = root.get("hook");
    if (hook == null || !hook.isTextual() || !hook.asText().equals(HOOK)) {
      throw new HookException(400, "hook must be \"" + HOOK + "\" for this service");
    }
    JsonNode instance = root.get("hookInstance");
    if (instance == null || !instance.isTextual() || instance.asText().isBlank()) {
      throw new HookException(400, "hookInstance must be a non-empty string (a UUID)");
    }
    JsonNode patientIdNode = root.path("context").get("patientId");
    if (patientIdNode == null || !patientIdNode.isTextual() || patientIdNode.asText().isBlank()) {
      throw new HookException(400, "context.patientId must be a non-empty string");
    }
    String patientId = patientIdNode.asText();
    JsonNode prefetch = root.get("prefetch");
    if (prefetch != null && !prefetch.isObject()) {
      throw new HookException(400, "prefetch must be an object of prefetch keys");
    }
    JsonNode patientResource = prefetch == null ? null : prefetch.get(PATIENT_KEY);
    if (patientResource == null || patientResource.isNull()) {
      throw new HookException(
          412,
          "prefetch."
              + PATIENT_KEY
              + " (Patient/{{context.patientId}}) is required: this service reads only the "
              + "prefetch and does not query the FHIR server");
    }
    if (!"Patient".equals(patientResource.path("resourceType").asText())
        || !patientId.equals(patientResource.path("id").asText())) {
      throw new HookException(
          400, "prefetch.patient must be the Patient resource whose id is context.patientId");
    }
    ObjectNode bundle = mapper.createObjectNode();
    bundle.put("resourceType", "Bundle");
    bundle.put("type", "collection");
    ArrayNode entries = bundle.putArray("entry");
    entries.addObject().set("resource", patientResource);
    List<String> missing = new ArrayList<>();
    for (String key : prefetch().keySet()) {
      if (key.equals(PATIENT_KEY)) {
        continue;
      }
      JsonNode value = prefetch.get(key);
      if (value == null) {
        missing.add(key + ": not sent by the CDS Client");
        continue;
      }
      if (value.isNull()) {
        continue; // the client has no data for this key
      }
      String type = value.path("resourceType").asText();
      if (type.equals("OperationOutcome")) {
        missing.add(key + ": the CDS Client reported an error (OperationOutcome)");
      } else if (type.equals("Bundle")) {
        for (JsonNode e : value.path("entry")) {
          JsonNode r = e.get("resource");
          if (r == null || !r.isObject()) {
            continue;
          }
          if (r.path("resourceType").asText().equals("OperationOutcome")) {
            missing.add(key + ": the CDS Client reported an error (OperationOutcome)");
            continue;
          }
          checkSubject(key, r, patientId);
          entries.addObject().set("resource", r);
        }
      } else if (value.isObject() && !type.isEmpty()) {
        checkSubject(key, value, patientId);
        entries.addObject().set("resource", value);
      } else {
        throw new HookException(
            400, "prefetch." + key + " must be a FHIR resource, a Bundle or null");
      }
    }
    Patient base = base(root, patientId);
    try {
      return new Call(FhirPatientReader.readJson(bundle.toString(), base), missing);
    } catch (InvalidClinicalInputException e) {
      throw new HookException(400, "the prefetch could not be read as FHIR R4: " + e.getMessage());
    }
  }

  /** Refuses a prefetched resource about another patient. */
  private static void checkSubject(String key, JsonNode resource, String patientId)
      throws HookException {
    for (String field : List.of("subject", "patient")) {
      JsonNode ref = resource.path(field).get("reference");
      if (ref != null
          && ref.isTextual()
          && ref.asText().contains("Patient/")
          && !ref.asText().endsWith("Patient/" + patientId)) {
        throw new HookException(
            400,
            "prefetch." + key + " holds a resource whose " + field + " is not context.patientId");
      }
    }
  }

  /** The caller's patient: the extension's document, else an empty patient dated today. */
  private Patient base(JsonNode root, String patientId) throws HookException {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    JsonNode doc = root.path("extension").get(PATIENT_EXTENSION);
    if (doc == null) {
      return Patient.builder(patientId).assessmentDate(today).build();
    }
    if (!doc.isObject()) {
      throw new HookException(
          400, "extension." + PATIENT_EXTENSION + " must be an hccbm patient document (object)");
    }
    Patient p;
    try {
      p =
          PatientReader.strict()
              .read(mapper.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8))
              .patient();
    } catch (HccbmJsonException e) {
      throw new HookException(
          400, "extension." + PATIENT_EXTENSION + ": " + e.getOriginalMessage());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new HookException(400, "extension." + PATIENT_EXTENSION + " is not JSON");
    }
    if (!p.id().equals(patientId)) {
      throw new HookException(
          400, "extension." + PATIENT_EXTENSION + " id must be context.patientId");
    }
    return p.assessmentDate().isPresent() ? p : p.toBuilder().assessmentDate(today).build();
  }

  private static String jsonProblem(java.io.IOException e) {
    if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
      String m = j.getOriginalMessage();
      var loc = j.getLocation();
      return (m == null ? "unreadable" : m)
          + (loc == null
              ? ""
              : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")");
    }
    return "unreadable";
  }
}
