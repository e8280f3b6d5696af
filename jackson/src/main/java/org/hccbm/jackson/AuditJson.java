package org.hccbm.jackson;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.hccbm.core.audit.AuditRecord;
import org.hccbm.jackson.internal.PatientCodec;
import org.hccbm.models.Models;

/**
 * Audit records in JSON (issue 16 point 4). The canonical input document is the patient document
 * this module writes for an {@link AssessmentRequest} (docs/json.md: fields in the codec's fixed
 * order, the "variants" chosen, no whitespace), encoded as UTF-8; its SHA-256 identifies the input
 * without repeating it. One record is one line of JSON:
 *
 * <pre>{@code
 * {"schemaVersion":1,"timestamp":"2026-11-30T17:00:00Z","library":"hccbm 0.1.0",
 *  "patientId":"H-1","inputSha256":"9f2c…","models":[{"id":"child-pugh","revision":2},…],
 *  "inputs":[{"field":"labs.albumin","value":"3.1 g/dL","date":"2026-10-30",
 *             "source":"patient document"},…]}
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AuditJson {
  /** The version of the audit line's own shape. */
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper COMPACT = new ObjectMapper();

  private AuditJson() {}

  /**
   * Returns the canonical input document of a request, as written in the hash.
   *
   * @param request the patient and its variants
   * @return the document, compact JSON
   */
  public static String canonicalInput(AssessmentRequest request) {
    requireNonNull(request, "request");
    try {
      return COMPACT.writeValueAsString(PatientCodec.write(request));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree always serialises", e);
    }
  }

  /**
   * Returns the SHA-256 of the canonical input document, in lower-case hex.
   *
   * @param request the patient and its variants
   * @return 64 hex digits
   */
  public static String sha256(AssessmentRequest request) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonicalInput(request).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Returns the audit record of an assessment.
   *
   * @param request the patient and its variants, as assessed
   * @param evaluations the results (their models are listed)
   * @param timestamp when the assessment was made
   * @param sources the source of each patient field not from the patient document
   * @return the record
   */
  public static AuditRecord record(
      AssessmentRequest request,
      List<Models.Evaluation> evaluations,
      Instant timestamp,
      Map<String, String> sources) {
    return AuditRecord.of(
        request.patient(),
        evaluations.stream().map(Models.Evaluation::model).toList(),
        sha256(request),
        timestamp,
        sources);
  }

  /**
   * Writes a record.
   *
   * @param record the record
   * @return the JSON object
   */
  public static ObjectNode write(AuditRecord record) {
    requireNonNull(record, "record");
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("schemaVersion", SCHEMA_VERSION);
    o.put("timestamp", record.timestamp().toString());
    o.put("library", "hccbm " + record.libraryVersion());
    o.put("patientId", record.patientId());
    o.put("inputSha256", record.inputSha256());
    ArrayNode models = o.putArray("models");
    for (AuditRecord.ModelRef m : record.models()) {
      models.addObject().put("id", m.id()).put("revision", m.revision());
    }
    ArrayNode inputs = o.putArray("inputs");
    for (AuditRecord.Input in : record.inputs()) {
      ObjectNode i = inputs.addObject().put("field", in.field()).put("value", in.value());
      in.date().ifPresent(d -> i.put("date", d.toString()));
      i.put("source", in.source());
    }
    return o;
  }

  /**
   * Writes a record as one line of JSON (no line break inside, none at the end).
   *
   * @param record the record
   * @return the line
   */
  public static String line(AuditRecord record) {
    try {
      return COMPACT.writeValueAsString(write(record));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree always serialises", e);
    }
  }
}
