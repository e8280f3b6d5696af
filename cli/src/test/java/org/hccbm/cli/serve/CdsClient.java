package org.hccbm.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;
import org.hccbm.core.lab.LabValue;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.jackson.PatientReader;

/** Test helpers: tokens, FHIR prefetch built from a patient, and HTTP calls. */
final class CdsClient {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private CdsClient() {}

  /** A signed token with the usual claims; {@code lifetime} from now to exp. */
  static String token(JWK key, String iss, String aud, Duration lifetime) {
    Instant now = Instant.now();
    return token(
        key,
        new JWTClaimsSet.Builder()
            .issuer(iss)
            .audience(aud)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(lifetime)))
            .jwtID(UUID.randomUUID().toString())
            .build());
  }

  static String token(JWK key, JWTClaimsSet claims) {
    try {
      JWSAlgorithm alg = key instanceof RSAKey ? JWSAlgorithm.RS384 : JWSAlgorithm.ES384;
      JWSSigner signer =
          key instanceof RSAKey rsa ? new RSASSASigner(rsa) : new ECDSASigner((ECKey) key);
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(alg).type(JOSEObjectType.JWT).keyID(key.getKeyID()).build(),
              claims);
      jwt.sign(signer);
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<String> get(String url, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String url, String token, byte[] body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    return JSON.readTree(r.body());
  }

  /** Reads a bundled demo patient's document. */
  static ObjectNode demoDocument(String name) {
    try (InputStream in = CdsClient.class.getResourceAsStream("/demo/" + name)) {
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Patient patient(ObjectNode document) throws IOException {
    return PatientReader.strict().read(JSON.writeValueAsBytes(document)).patient();
  }

  /**
   * A patient-view request for a demo patient: its labs and performance status as FHIR Observations
   * (primary LOINC, UCUM, dated), a Patient resource, the diagnoses as Conditions, and the hccbm
   * document in the org.hccbm.patient extension for what FHIR does not carry.
   */
  static ObjectNode request(ObjectNode document, boolean withExtension) throws IOException {
    Patient p = patient(document);
    String id = p.id();
    LocalDate date = p.assessmentDate().orElse(LocalDate.now());
    ObjectNode req = JSON.createObjectNode();
    req.put("hook", "patient-view");
    req.put("hookInstance", UUID.randomUUID().toString());
    req.putObject("context").put("userId", "Practitioner/example").put("patientId", id);
    ObjectNode prefetch = req.putObject("prefetch");
    ObjectNode patient = prefetch.putObject("patient");
    patient.put("resourceType", "Patient").put("id", id);
    ArrayNode labs = searchset(prefetch, "labs");
    int n = 0;
    for (LabValue v : p.labs().values()) {
      ObjectNode o =
          observation(labs, "lab-" + (++n), id, v.analyte().loinc(), v.sampleDate().orElse(date));
      o.putObject("valueQuantity")
          .put("value", v.value())
          .put("unit", v.unit().ucum())
          .put("system", "http://unitsofmeasure.org")
          .put("code", v.unit().ucum());
    }
    ArrayNode ps = searchset(prefetch, "performanceStatus");
    if (p.performanceStatus().isKnown()) {
      PerformanceStatus s = p.performanceStatus().known().orElseThrow();
      if (s.nativeEcog().isPresent()) {
        observation(ps, "ps-1", id, "89247-1", date)
            .put("valueInteger", s.nativeEcog().get().grade());
      } else {
        observation(ps, "ps-1", id, "89243-0", date)
            .put("valueInteger", s.nativeKarnofsky().orElseThrow().percent());
      }
    }
    ArrayNode conditions = searchset(prefetch, "conditions");
    condition(conditions, "dx-1", id, "109841003", "Liver cell carcinoma (disorder)");
    condition(
        conditions, "dx-2", id, "94222008", "Secondary malignant neoplasm of bone (disorder)");
    prefetch.putNull("medicationStatements");
    prefetch.putNull("medicationRequests");
    prefetch.putNull("procedures");
    if (withExtension) {
      req.putObject("extension").set(HookService.PATIENT_EXTENSION, document);
    }
    return req;
  }

  static ArrayNode searchset(ObjectNode prefetch, String key) {
    ObjectNode b = prefetch.putObject(key);
    b.put("resourceType", "Bundle").put("type", "searchset");
    return b.putArray("entry");
  }

  static ObjectNode observation(
      ArrayNode entries, String id, String patientId, String loinc, LocalDate date) {
    ObjectNode o = entries.addObject().putObject("resource");
    o.put("resourceType", "Observation").put("id", id).put("status", "final");
    o.putObject("code")
        .putArray("coding")
        .addObject()
        .put("system", "http://loinc.org")
        .put("code", loinc);
    o.putObject("subject").put("reference", "Patient/" + patientId);
    o.put("effectiveDateTime", date.toString());
    return o;
  }

  static void condition(
      ArrayNode entries, String id, String patientId, String code, String display) {
    ObjectNode c = entries.addObject().putObject("resource");
    c.put("resourceType", "Condition").put("id", id);
    c.putObject("code")
        .putArray("coding")
        .addObject()
        .put("system", "http://snomed.info/sct")
        .put("code", code)
        .put("display", display);
    c.putObject("subject").put("reference", "Patient/" + patientId);
  }
}
