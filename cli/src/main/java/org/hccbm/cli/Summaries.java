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
import java.util.concurrent.ConcurrentHashMap;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.result.TotalRange;
import org.hccbm.jackson.HccbmJacksonModule;
import org.hccbm.models.Models;
import org.hccbm.models.SurvivalBand;
import org.hccbm.models.treatment.Domain;
import org.hccbm.models.treatment.PlanItem;
import org.hccbm.models.treatment.TreatmentPlan;
import org.jspecify.annotations.Nullable;

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
    repeated(g, e.model().id());
    g.writeFieldName(REVISION);
    g.writeNumber(e.model().revision());
    g.writeFieldName(SUBJECT);
    if (e.subject().equals(PATIENT_SUBJECT)) {
      g.writeString(PATIENT);
    } else {
      g.writeString(e.subject());
    }
    if (e.result() instanceof Complete c) {
      g.writeFieldName(KIND);
      g.writeString(COMPLETE);
      if (c.total().isPresent()) {
        g.writeFieldName(TOTAL);
        number(g, c.total().get().value());
      }
      if (c.category().isPresent()) {
        g.writeFieldName(CATEGORY);
        repeated(g, c.category().get().code());
      }
    } else if (e.result() instanceof Bounded b) {
      g.writeFieldName(KIND);
      g.writeString(BOUNDED);
      if (b.totals().isPresent()) {
        TotalRange t = b.totals().get();
        g.writeFieldName(MIN);
        number(g, t.min());
        g.writeFieldName(MAX);
        number(g, t.max());
      }
      g.writeFieldName(CATEGORIES);
      g.writeStartArray();
      for (Category cat : b.reachableCategories()) {
        repeated(g, cat.code());
      }
      g.writeEndArray();
      g.writeFieldName(DECIDING);
      g.writeStartArray();
      for (String d : b.decidingItems()) {
        repeated(g, d);
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
    repeated(g, plan.survival().modelId());
    g.writeFieldName(SURVIVAL);
    g.writeStartArray();
    for (SurvivalBand b : plan.survival().bands()) {
      repeated(g, b.toString());
    }
    g.writeEndArray();
    g.writeFieldName(ITEMS);
    g.writeStartArray();
    for (PlanItem i : plan.items()) {
      item(g, i);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static final String PATIENT_SUBJECT = "patient";
  private static final SerializableString PATIENT = new SerializedString(PATIENT_SUBJECT);

  /**
   * The strings records repeat (model ids, category codes, deciding items, survival bands), each
   * encoded once when {@link #plain}; {@link #NOT_PLAIN} marks one that is written as a string.
   * Bounded: past {@link #MAX_REPEATED} strings, new ones are written without being kept.
   */
  private static final ConcurrentHashMap<String, SerializableString> REPEATED =
      new ConcurrentHashMap<>();

  private static final int MAX_REPEATED = 4096;
  private static final SerializableString NOT_PLAIN = new SerializedString("");

  /** The plan items' texts ("rule domain kind") by rule id, then by domain and kind. */
  private static final ConcurrentHashMap<String, @Nullable SerializableString[]> ITEM_TEXTS =
      new ConcurrentHashMap<>();

  private static final int KINDS = PlanItem.Kind.values().length;
  private static final int ITEM_SLOTS = Domain.values().length * KINDS;

  /** Writes a string the records repeat, encoded once (the same bytes as writing the string). */
  private static void repeated(JsonGenerator g, String s) throws IOException {
    SerializableString encoded = REPEATED.get(s);
    if (encoded == null) {
      encoded = plain(s) ? new SerializedString(s) : NOT_PLAIN;
      if (REPEATED.size() < MAX_REPEATED) {
        REPEATED.putIfAbsent(s, encoded);
      }
    }
    if (encoded == NOT_PLAIN) {
      g.writeString(s);
    } else {
      g.writeString(encoded);
    }
  }

  /** Writes a plan item's "rule domain kind", encoded once per rule, domain and kind. */
  // The ordinals index a table built here in memory, never persisted.
  @SuppressWarnings("EnumOrdinal")
  private static void item(JsonGenerator g, PlanItem i) throws IOException {
    @Nullable SerializableString[] texts = null;
    if (ITEM_TEXTS.size() < MAX_REPEATED) {
      texts = ITEM_TEXTS.computeIfAbsent(i.rule().id(), id -> new SerializableString[ITEM_SLOTS]);
    } else {
      texts = ITEM_TEXTS.get(i.rule().id());
    }
    int slot = i.domain().ordinal() * KINDS + i.kind().ordinal();
    SerializableString text = texts == null ? null : texts[slot];
    if (text == null) {
      String s = i.rule().id() + " " + i.domain() + " " + i.kind();
      if (texts == null || !plain(s)) {
        g.writeString(s);
        return;
      }
      text = new SerializedString(s);
      texts[slot] = text; // a race writes an equal value
    }
    g.writeString(text);
  }

  /**
   * Whether a string is written the same encoded once as through the generator's escaping: every
   * character printable ASCII other than a quote, a backslash and a slash (no escape of the mapper,
   * standard or terminal, applies to them).
   */
  static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\' || c == '/') {
        return false;
      }
    }
    return true;
  }

  /** {@code Double.toString} of the whole numbers -1000 to 1000, by value + 1000. */
  private static final SerializableString[] WHOLE = whole();

  private static SerializableString[] whole() {
    SerializableString[] texts = new SerializableString[2001];
    for (int v = -1000; v <= 1000; v++) {
      texts[v + 1000] = new SerializedString(Double.toString(v));
    }
    return texts;
  }

  /**
   * Writes a double as {@link JsonGenerator#writeNumber(double)} does ({@code Double.toString}): a
   * whole number from -1000 to 1000 (not -0.0) from the texts made once by that same method.
   */
  static void number(JsonGenerator g, double value) throws IOException {
    if (value >= -1000
        && value <= 1000
        && value == Math.rint(value)
        && Double.doubleToRawLongBits(value) != NEGATIVE_ZERO) {
      g.writeRawValue(WHOLE[(int) value + 1000]);
    } else {
      g.writeNumber(value);
    }
  }

  private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);
}
