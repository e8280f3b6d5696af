package org.hccbm.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.result.TotalRange;
import org.hccbm.jackson.HccbmJacksonModule;
import org.hccbm.models.Models;
import org.hccbm.models.SurvivalBand;
import org.hccbm.models.treatment.PlanItem;
import org.hccbm.models.treatment.TreatmentPlan;

/**
 * The compact records of {@code hccbm batch --detail summary}: each result by model id and revision
 * (the catalogue, {@code hccbm models}, has the rest), without items, caveats and citations, which
 * {@code assess} and {@code --detail full} write.
 */
final class Summaries {
  private Summaries() {}

  // Names and constant values encoded once (plain ASCII: no escape applies to them).
  private static final SerializableString SCHEMA_VERSION = new SerializedString("schemaVersion");
  private static final SerializableString LINE = new SerializedString("line");
  private static final SerializableString STATUS = new SerializedString("status");
  private static final SerializableString PATIENT_ID = new SerializedString("patientId");
  private static final SerializableString KIND = new SerializedString("kind");
  private static final SerializableString VARIANTS = new SerializedString("variants");
  private static final SerializableString IGNORED_FIELDS = new SerializedString("ignoredFields");
  private static final SerializableString EVALUATIONS = new SerializedString("evaluations");
  private static final SerializableString PLAN = new SerializedString("plan");
  private static final SerializableString MODEL = new SerializedString("model");
  private static final SerializableString REVISION = new SerializedString("revision");
  private static final SerializableString SUBJECT = new SerializedString("subject");
  private static final SerializableString TOTAL = new SerializedString("total");
  private static final SerializableString CATEGORY = new SerializedString("category");
  private static final SerializableString MIN = new SerializedString("min");
  private static final SerializableString MAX = new SerializedString("max");
  private static final SerializableString CATEGORIES = new SerializedString("categories");
  private static final SerializableString DECIDING = new SerializedString("deciding");
  private static final SerializableString REASON = new SerializedString("reason");
  private static final SerializableString SURVIVAL_MODEL = new SerializedString("survivalModel");
  private static final SerializableString SURVIVAL = new SerializedString("survival");
  private static final SerializableString ITEMS = new SerializedString("items");
  private static final SerializableString OK = new SerializedString("ok");
  private static final SerializableString COMPLETE = new SerializedString("complete");
  private static final SerializableString BOUNDED = new SerializedString("bounded");
  private static final SerializableString NOT_APPLICABLE = new SerializedString("notApplicable");

  /**
   * Returns one batch record with the summary detail, as {@link #record(JsonGenerator, long,
   * String, Assessor.Assessment, List)} writes it (the tree it replaced is pinned by {@code
   * SummariesTest}).
   */
  static byte[] record(
      ObjectMapper mapper,
      long lineNumber,
      String patientId,
      Assessor.Assessment a,
      List<String> ignoredFields)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (JsonGenerator g = mapper.createGenerator(out, JsonEncoding.UTF8)) {
      record(g, lineNumber, patientId, a, ignoredFields);
    }
    return out.toByteArray();
  }

  /**
   * Writes one batch record with the summary detail to a generator of the batch's mapper, streamed
   * without building a tree first.
   */
  static void record(
      JsonGenerator g,
      long lineNumber,
      String patientId,
      Assessor.Assessment a,
      List<String> ignoredFields)
      throws IOException {
    g.writeStartObject();
    g.writeFieldName(SCHEMA_VERSION);
    g.writeString(HccbmJacksonModule.SCHEMA_VERSION);
    g.writeFieldName(LINE);
    g.writeNumber(lineNumber);
    g.writeFieldName(STATUS);
    g.writeString(OK);
    g.writeFieldName(PATIENT_ID);
    g.writeString(patientId);
    g.writeFieldName(KIND);
    g.writeString(a.bounded() ? BOUNDED : COMPLETE);
    if (!a.variants().choices().isEmpty()) {
      g.writeFieldName(VARIANTS);
      g.writeStartObject();
      for (Map.Entry<String, String> c : a.variants().choices().entrySet()) {
        g.writeStringField(c.getKey(), c.getValue());
      }
      g.writeEndObject();
    }
    if (!ignoredFields.isEmpty()) {
      g.writeFieldName(IGNORED_FIELDS);
      g.writeStartArray();
      for (String f : ignoredFields) {
        g.writeString(f);
      }
      g.writeEndArray();
    }
    g.writeFieldName(EVALUATIONS);
    g.writeStartArray();
    for (Models.Evaluation e : a.evaluations()) {
      evaluation(g, e);
    }
    g.writeEndArray();
    g.writeFieldName(PLAN);
    plan(g, a.plan());
    g.writeEndObject();
  }

  private static void evaluation(JsonGenerator g, Models.Evaluation e) throws IOException {
    g.writeStartObject();
    g.writeFieldName(MODEL);
    g.writeString(e.model().id());
    g.writeFieldName(REVISION);
    g.writeNumber(e.model().revision());
    g.writeFieldName(SUBJECT);
    g.writeString(e.subject());
    if (e.result() instanceof Complete c) {
      g.writeFieldName(KIND);
      g.writeString(COMPLETE);
      if (c.total().isPresent()) {
        g.writeFieldName(TOTAL);
        g.writeNumber(c.total().get().value());
      }
      if (c.category().isPresent()) {
        g.writeFieldName(CATEGORY);
        g.writeString(c.category().get().code());
      }
    } else if (e.result() instanceof Bounded b) {
      g.writeFieldName(KIND);
      g.writeString(BOUNDED);
      if (b.totals().isPresent()) {
        TotalRange t = b.totals().get();
        g.writeFieldName(MIN);
        g.writeNumber(t.min());
        g.writeFieldName(MAX);
        g.writeNumber(t.max());
      }
      g.writeFieldName(CATEGORIES);
      g.writeStartArray();
      for (Category cat : b.reachableCategories()) {
        g.writeString(cat.code());
      }
      g.writeEndArray();
      g.writeFieldName(DECIDING);
      g.writeStartArray();
      for (String d : b.decidingItems()) {
        g.writeString(d);
      }
      g.writeEndArray();
    } else if (e.result() instanceof NotApplicable n) {
      g.writeFieldName(KIND);
      g.writeString(NOT_APPLICABLE);
      g.writeFieldName(REASON);
      g.writeString(n.reason());
    }
    g.writeEndObject();
  }

  private static void plan(JsonGenerator g, TreatmentPlan plan) throws IOException {
    g.writeStartObject();
    g.writeFieldName(SURVIVAL_MODEL);
    g.writeString(plan.survival().modelId());
    g.writeFieldName(SURVIVAL);
    g.writeStartArray();
    for (SurvivalBand b : plan.survival().bands()) {
      g.writeString(b.toString());
    }
    g.writeEndArray();
    g.writeFieldName(ITEMS);
    g.writeStartArray();
    for (PlanItem i : plan.items()) {
      g.writeString(i.rule().id() + " " + i.domain() + " " + i.kind());
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
