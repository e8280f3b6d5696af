package org.hccbm.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.result.Renderer;
import org.hccbm.core.result.TotalRange;
import org.hccbm.jackson.HccbmJacksonModule;
import org.hccbm.models.Models;
import org.hccbm.models.SurvivalBand;
import org.hccbm.models.treatment.Domain;
import org.hccbm.models.treatment.PlanItem;
import org.hccbm.models.treatment.RuleInfo;
import org.hccbm.models.treatment.SurvivalEstimate;
import org.hccbm.models.treatment.TreatmentPlan;
import org.jspecify.annotations.Nullable;

/**
 * The compact records of {@code hccbm batch --detail summary}: each result by model id and revision
 * (the catalogue, {@code hccbm models}, has the rest), without items, caveats and citations, which
 * {@code assess} and {@code --detail full} write.
 *
 * <p>A record is assembled as bytes from runs encoded once (field names with their punctuation,
 * each model's id and revision, category codes, deciding labels, survival bands, plan items, the
 * whole and half numbers) and handed to the generator as one raw value. The runs are what the
 * batch's generator writes for the same strings and numbers: plain ASCII is copied, any other
 * string is encoded once by a generator with the same escapes, numbers are {@link NumberOutput}'s
 * text. Whatever the raw path cannot vouch for (another generator configuration, a per-record
 * string that needs escaping, a number that is not finite) is written field by field through the
 * generator instead. {@code SummariesTest} holds both to the tree the records were once built as,
 * byte for byte.
 */
final class Summaries {
  private Summaries() {}

  /**
   * Returns one batch record with the summary detail, as {@link #record(JsonGenerator, long,
   * String, Assessor.Assessment, List)} writes it.
   */
  static byte[] record(
      ObjectMapper mapper,
      long lineNumber,
      String patientId,
      Assessor.Assessment a,
      List<String> ignoredFields)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192); // a record is about 4 KB
    try (JsonGenerator g = mapper.createGenerator(out, JsonEncoding.UTF8)) {
      record(g, lineNumber, patientId, a, ignoredFields);
    }
    return out.toByteArray();
  }

  /**
   * Writes one batch record with the summary detail to a generator of the batch's factory or
   * mapper: assembled from pre-encoded runs and written as one raw value when the generator is the
   * batch's configuration, else streamed field by field.
   */
  static void record(
      JsonGenerator g,
      long lineNumber,
      String patientId,
      Assessor.Assessment a,
      List<String> ignoredFields)
      throws IOException {
    if (rawWritable(g)) {
      Raw r = RAW.get();
      if (r.record(lineNumber, patientId, a, ignoredFields)) {
        g.writeRawValue(r);
        r.release();
        return;
      }
    }
    streamed(g, lineNumber, patientId, a, ignoredFields);
  }

  /**
   * Whether the raw runs are this generator's bytes: UTF-8 output, the batch's escapes, no pretty
   * printer, quoted field names, no escape of all non-ASCII and numbers written as {@code
   * Double.toString}.
   */
  static boolean rawWritable(JsonGenerator g) {
    return g instanceof UTF8JsonGenerator
        && g.getCharacterEscapes() instanceof Assessor.TerminalEscapes
        && g.getPrettyPrinter() == null
        && g.getHighestEscapedChar() == 0
        && g.isEnabled(JsonWriteFeature.QUOTE_FIELD_NAMES.mappedFeature())
        && !g.isEnabled(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS.mappedFeature())
        && !g.isEnabled(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature())
        && !g.isEnabled(StreamWriteFeature.USE_FAST_DOUBLE_WRITER);
  }

  // ------------------------------------------------------------------ the raw runs

  /** Encodes strings that are not plain, with the escapes of the batch's generators. */
  private static final JsonFactory ENCODER =
      new JsonFactory().setCharacterEscapes(new Assessor.TerminalEscapes());

  /** A string as the batch's generator writes it, quotes included. */
  static byte[] encode(String s) {
    if (plain(s)) {
      return ascii('"' + s + '"');
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() * 3 + 2);
    try (JsonGenerator g = ENCODER.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeString(s);
    } catch (IOException e) {
      throw new IllegalStateException("a generator over memory cannot fail", e);
    }
    return out.toByteArray();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static final byte[] RECORD_START =
      concat(
          ascii("{\"schemaVersion\":"),
          encode(HccbmJacksonModule.SCHEMA_VERSION),
          ascii(",\"line\":"));
  private static final byte[] STATUS_AND_ID = ascii(",\"status\":\"ok\",\"patientId\":");
  private static final byte[] KIND_BOUNDED = ascii(",\"kind\":\"bounded\"");
  private static final byte[] KIND_COMPLETE = ascii(",\"kind\":\"complete\"");
  private static final byte[] KIND_NOT_APPLICABLE = ascii(",\"kind\":\"notApplicable\"");
  private static final byte[] REASON = ascii(",\"reason\":");

  /** The kinds of an evaluation, by {@code Raw}'s index (complete, bounded, not applicable). */
  private static final byte[][] KINDS_TEXT = {KIND_COMPLETE, KIND_BOUNDED, KIND_NOT_APPLICABLE};

  private static final byte[] VARIANTS_START = ascii(",\"variants\":{");
  private static final byte[] IGNORED_START = ascii(",\"ignoredFields\":[");
  private static final byte[] EVALUATIONS_START = ascii(",\"evaluations\":[");
  private static final byte[] PLAN_START = ascii("],\"plan\":{\"survivalModel\":");
  private static final byte[] SURVIVAL_START = ascii(",\"survival\":[");
  private static final byte[] ITEMS_START = ascii("],\"items\":[");
  private static final byte[] PLAN_END = ascii("]}}");
  private static final byte[] PATIENT = encode("patient");
  private static final byte[] TOTAL = ascii(",\"total\":");
  private static final byte[] CATEGORY = ascii(",\"category\":");
  private static final byte[] MIN = ascii(",\"min\":");
  private static final byte[] MAX = ascii(",\"max\":");
  private static final byte[] CATEGORIES_START = ascii(",\"categories\":[");
  private static final byte[] DECIDING_START = ascii("],\"deciding\":[");
  private static final byte[] ARRAY_OBJECT_END = ascii("]}");

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }

  /** The survival bands' encodings, by ordinal. */
  private static final byte[][] BANDS = bands();

  private static byte[][] bands() {
    SurvivalBand[] all = SurvivalBand.values();
    byte[][] texts = new byte[all.length][];
    // values() is in declaration order: position i holds the i-th constant (read back by ordinal)
    for (int i = 0; i < all.length; i++) {
      texts[i] = encode(all[i].toString());
    }
    return texts;
  }

  private static final int MAX_CACHED = 4096;
  private static final int KINDS = PlanItem.Kind.values().length;
  private static final int ITEM_SLOTS = Domain.values().length * KINDS;

  /** {@code Double.toString} of the halves from -1000 to 1000, by twice the value + 2000. */
  private static final byte[][] HALVES = halves();

  private static byte[][] halves() {
    byte[][] texts = new byte[4001][];
    for (int h = -2000; h <= 2000; h++) {
      texts[h + 2000] = ascii(NumberOutput.toString(h / 2.0, false));
    }
    return texts;
  }

  private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

  /** A thread's record under construction, reused from record to record. */
  private static final ThreadLocal<Raw> RAW = ThreadLocal.withInitial(Raw::new);

  /**
   * A record's bytes, assembled in place and written by the generator as one raw value ({@link
   * JsonGenerator#writeRawValue(SerializableString)} copies its unquoted UTF-8 form): only the
   * unquoted forms exist.
   */
  static final class Raw implements SerializableString {
    private static final int INITIAL = 8192;
    private static final int KEPT = 1 << 20;

    private byte[] bytes = new byte[INITIAL];
    private int length;

    // What records repeat, encoded once per thread (no locking; each cache stops growing at
    // MAX_CACHED entries, past which a new key is encoded each time).

    /** Category codes by category (the categories are enum constants: identity is equality). */
    private final IdentityHashMap<Category, byte[]> categories = new IdentityHashMap<>();

    /** Reasons and survival models' ids by the string. */
    private final HashMap<String, byte[]> strings = new HashMap<>();

    /** The English labels of deciding items ({@link Bounded#decidingItems()}) by item code. */
    private final HashMap<String, byte[]> labels = new HashMap<>();

    /**
     * The start of each model's evaluations of the patient, to its kind, by model (revision
     * included): one per kind (complete, bounded, not applicable); and to its revision only.
     */
    private final IdentityHashMap<ModelInfo, byte[][]> models = new IdentityHashMap<>();

    /**
     * The plan items' texts ("rule domain kind") by rule, then by domain and kind. By identity: the
     * library's rules are constants, so a look-up never compares ids; a caller's rule made anew for
     * each plan only takes more entries (up to MAX_CACHED), never a wrong text.
     */
    private final IdentityHashMap<RuleInfo, byte[][]> items = new IdentityHashMap<>();

    /** Drops a buffer that one very large record grew, so a thread does not hold it. */
    void release() {
      if (bytes.length > KEPT) {
        bytes = new byte[INITIAL];
      }
      length = 0;
    }

    private void room(int n) {
      if (bytes.length - length < n) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
      }
    }

    private void add(byte[] b) {
      room(b.length);
      System.arraycopy(b, 0, bytes, length, b.length);
      length += b.length;
    }

    private void add(char c) {
      room(1);
      bytes[length++] = (byte) c;
    }

    /** A per-record string, quoted, when it is plain; false (nothing added) when it is not. */
    private boolean addPlain(String s) {
      if (!plain(s)) {
        return false;
      }
      room(s.length() + 2);
      bytes[length++] = '"';
      addAscii(s);
      bytes[length++] = '"';
      return true;
    }

    private void addLong(long v) {
      if (v >= 0 && v < 10) {
        add((char) ('0' + v));
        return;
      }
      addAscii(Long.toString(v));
    }

    /** Characters known to be ASCII, one byte each. */
    private void addAscii(String s) {
      int n = s.length();
      room(n);
      for (int i = 0; i < n; i++) {
        bytes[length + i] = (byte) s.charAt(i);
      }
      length += n;
    }

    /**
     * A finite number as {@link JsonGenerator#writeNumber(double)} writes it; false if not finite.
     */
    private boolean addNumber(double v) {
      if (!Double.isFinite(v)) {
        return false;
      }
      double twice = v * 2;
      if (twice >= -2000
          && twice <= 2000
          && twice == Math.rint(twice)
          && Double.doubleToRawLongBits(v) != NEGATIVE_ZERO) {
        add(HALVES[(int) twice + 2000]);
      } else {
        addAscii(NumberOutput.toString(v, false)); // digits, sign, point, exponent
      }
      return true;
    }

    /** Assembles a record; false when it needs the streamed path (its bytes are then undefined). */
    boolean record(long lineNumber, String patientId, Assessor.Assessment a, List<String> ignored) {
      length = 0;
      add(RECORD_START);
      addLong(lineNumber);
      add(STATUS_AND_ID);
      if (!addPlain(patientId)) {
        return false;
      }
      add(a.bounded() ? KIND_BOUNDED : KIND_COMPLETE);
      Map<String, String> choices = a.variants().choices();
      if (!choices.isEmpty()) {
        add(VARIANTS_START);
        boolean first = true;
        for (Map.Entry<String, String> c : choices.entrySet()) {
          if (!first) {
            add(',');
          }
          first = false;
          if (!addPlain(c.getKey())) {
            return false;
          }
          add(':');
          if (!addPlain(c.getValue())) {
            return false;
          }
        }
        add('}');
      }
      if (!ignored.isEmpty()) {
        add(IGNORED_START);
        for (int i = 0; i < ignored.size(); i++) {
          if (i > 0) {
            add(',');
          }
          if (!addPlain(ignored.get(i))) {
            return false;
          }
        }
        add(']');
      }
      add(EVALUATIONS_START);
      List<Models.Evaluation> evaluations = a.evaluations();
      for (int i = 0; i < evaluations.size(); i++) {
        if (i > 0) {
          add(',');
        }
        if (!evaluation(evaluations.get(i))) {
          return false;
        }
      }
      plan(a.plan());
      return true;
    }

    private static final int COMPLETE = 0;
    private static final int BOUNDED = 1;
    private static final int NOT_APPLICABLE = 2;
    private static final int SUBJECT_NEXT = 3;

    private boolean evaluation(Models.Evaluation e) {
      ModelResult result = e.result();
      int kind =
          result instanceof Complete
              ? COMPLETE
              : result instanceof Bounded
                  ? BOUNDED
                  : result instanceof NotApplicable ? NOT_APPLICABLE : -1;
      byte[][] start = modelStarts(e.model());
      String subject = e.subject();
      if (kind >= 0 && subject.equals(PATIENT_SUBJECT)) {
        add(start[kind]);
      } else {
        add(start[SUBJECT_NEXT]);
        if (!addPlain(subject)) {
          return false;
        }
        if (kind >= 0) {
          add(KINDS_TEXT[kind]);
        }
      }
      if (result instanceof Bounded b) {
        return bounded(b);
      }
      if (result instanceof Complete c) {
        return complete(c);
      }
      if (result instanceof NotApplicable n) {
        add(REASON);
        add(string(n.reason()));
      }
      add('}');
      return true;
    }

    private boolean complete(Complete c) {
      if (c.total().isPresent()) {
        add(TOTAL);
        if (!addNumber(c.total().get().value())) {
          return false;
        }
      }
      if (c.category().isPresent()) {
        add(CATEGORY);
        add(category(c.category().get()));
      }
      add('}');
      return true;
    }

    private boolean bounded(Bounded b) {
      if (b.totals().isPresent()) {
        TotalRange t = b.totals().get();
        add(MIN);
        if (!addNumber(t.min())) {
          return false;
        }
        add(MAX);
        if (!addNumber(t.max())) {
          return false;
        }
      }
      add(CATEGORIES_START);
      List<Category> reachable = b.reachableCategories();
      for (int i = 0; i < reachable.size(); i++) {
        if (i > 0) {
          add(',');
        }
        add(category(reachable.get(i)));
      }
      add(DECIDING_START);
      List<ItemCode> deciding = b.deciding();
      for (int i = 0; i < deciding.size(); i++) {
        if (i > 0) {
          add(',');
        }
        add(label(deciding.get(i)));
      }
      add(ARRAY_OBJECT_END);
      return true;
    }

    private byte[] category(Category c) {
      byte[] b = categories.get(c);
      if (b == null) {
        b = encode(c.code());
        if (categories.size() < MAX_CACHED) {
          categories.put(c, b);
        }
      }
      return b;
    }

    private byte[] string(String s) {
      byte[] b = strings.get(s);
      if (b == null) {
        b = encode(s);
        if (strings.size() < MAX_CACHED) {
          strings.put(s, b);
        }
      }
      return b;
    }

    private byte[] label(ItemCode code) {
      byte[] b = labels.get(code.value());
      if (b == null) {
        b = encode(Renderer.english().label(code));
        if (labels.size() < MAX_CACHED) {
          labels.put(code.value(), b);
        }
      }
      return b;
    }

    /**
     * A model's evaluation starts: its model, revision and subject "patient" up to its kind, for
     * each kind; and up to the subject's name, for another subject.
     */
    private byte[][] modelStarts(ModelInfo m) {
      byte[][] starts = models.get(m);
      if (starts == null) {
        byte[] id = encode(m.id());
        byte[] head =
            concat(
                ascii("{\"model\":"), id, ascii(",\"revision\":" + m.revision() + ",\"subject\":"));
        starts = new byte[SUBJECT_NEXT + 1][];
        for (int kind = COMPLETE; kind <= NOT_APPLICABLE; kind++) {
          starts[kind] = concat(head, PATIENT, KINDS_TEXT[kind]);
        }
        starts[SUBJECT_NEXT] = head;
        if (models.size() < MAX_CACHED) {
          models.put(m, starts);
        }
      }
      return starts;
    }

    /** A plan item's "rule domain kind", encoded once per rule, domain and kind. */
    // The ordinals index a table built here in memory, never persisted.
    @SuppressWarnings("EnumOrdinal")
    private byte[] itemText(PlanItem i) {
      RuleInfo rule = i.rule();
      byte[][] texts = items.get(rule);
      if (texts == null && items.size() < MAX_CACHED) {
        texts = new byte[ITEM_SLOTS][];
        items.put(rule, texts);
      }
      int slot = i.domain().ordinal() * KINDS + i.kind().ordinal();
      byte[] text = texts == null ? null : texts[slot];
      if (text == null) {
        text = encode(rule.id() + " " + i.domain() + " " + i.kind());
        if (texts != null) {
          texts[slot] = text;
        }
      }
      return text;
    }

    // The ordinals index a table built here in memory, never persisted.
    @SuppressWarnings("EnumOrdinal")
    private void plan(TreatmentPlan plan) {
      SurvivalEstimate survival = plan.survival();
      add(PLAN_START);
      add(string(survival.modelId()));
      add(SURVIVAL_START);
      List<SurvivalBand> bands = survival.bands();
      for (int i = 0; i < bands.size(); i++) {
        if (i > 0) {
          add(',');
        }
        add(BANDS[bands.get(i).ordinal()]);
      }
      add(ITEMS_START);
      List<PlanItem> items = plan.items();
      for (int i = 0; i < items.size(); i++) {
        if (i > 0) {
          add(',');
        }
        add(itemText(items.get(i)));
      }
      add(PLAN_END);
    }

    // ---------------------------------------------------------------- SerializableString

    @Override
    public String getValue() {
      return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    @Override
    public int charLength() {
      return getValue().length();
    }

    @Override
    public byte[] asUnquotedUTF8() {
      return Arrays.copyOf(bytes, length);
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
      if (buffer.length - offset < length) {
        return -1;
      }
      System.arraycopy(bytes, 0, buffer, offset, length);
      return length;
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
      out.write(bytes, 0, length);
      return length;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
      if (buffer.remaining() < length) {
        return -1;
      }
      buffer.put(bytes, 0, length);
      return length;
    }

    @Override
    public char[] asQuotedChars() {
      throw quoted();
    }

    @Override
    public byte[] asQuotedUTF8() {
      throw quoted();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
      throw quoted();
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
      throw quoted();
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
      throw quoted();
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) {
      throw quoted();
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
      throw quoted();
    }

    private static UnsupportedOperationException quoted() {
      return new UnsupportedOperationException(
          "a raw record is written as UTF-8 bytes only, never quoted or as characters");
    }
  }

  // ------------------------------------------------------------------ the streamed path

  private static final String PATIENT_SUBJECT = "patient";

  /**
   * Writes one record field by field through the generator: for a generator of another
   * configuration, and for a record with a string of its own that needs escaping.
   */
  static void streamed(
      JsonGenerator g,
      long lineNumber,
      String patientId,
      Assessor.Assessment a,
      List<String> ignoredFields)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("schemaVersion", HccbmJacksonModule.SCHEMA_VERSION);
    g.writeNumberField("line", lineNumber);
    g.writeStringField("status", "ok");
    g.writeStringField("patientId", patientId);
    g.writeStringField("kind", a.bounded() ? "bounded" : "complete");
    if (!a.variants().choices().isEmpty()) {
      g.writeObjectFieldStart("variants");
      for (Map.Entry<String, String> c : a.variants().choices().entrySet()) {
        g.writeStringField(c.getKey(), c.getValue());
      }
      g.writeEndObject();
    }
    if (!ignoredFields.isEmpty()) {
      g.writeArrayFieldStart("ignoredFields");
      for (String f : ignoredFields) {
        g.writeString(f);
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("evaluations");
    for (Models.Evaluation e : a.evaluations()) {
      streamedEvaluation(g, e);
    }
    g.writeEndArray();
    TreatmentPlan plan = a.plan();
    g.writeObjectFieldStart("plan");
    g.writeStringField("survivalModel", plan.survival().modelId());
    g.writeArrayFieldStart("survival");
    for (SurvivalBand b : plan.survival().bands()) {
      g.writeString(b.toString());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("items");
    for (PlanItem i : plan.items()) {
      g.writeString(i.rule().id() + " " + i.domain() + " " + i.kind());
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void streamedEvaluation(JsonGenerator g, Models.Evaluation e) throws IOException {
    g.writeStartObject();
    g.writeStringField("model", e.model().id());
    g.writeNumberField("revision", e.model().revision());
    g.writeStringField("subject", e.subject());
    if (e.result() instanceof Complete c) {
      g.writeStringField("kind", "complete");
      if (c.total().isPresent()) {
        g.writeNumberField("total", c.total().get().value());
      }
      if (c.category().isPresent()) {
        g.writeStringField("category", c.category().get().code());
      }
    } else if (e.result() instanceof Bounded b) {
      g.writeStringField("kind", "bounded");
      if (b.totals().isPresent()) {
        TotalRange t = b.totals().get();
        g.writeNumberField("min", t.min());
        g.writeNumberField("max", t.max());
      }
      g.writeArrayFieldStart("categories");
      for (Category cat : b.reachableCategories()) {
        g.writeString(cat.code());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("deciding");
      for (String d : b.decidingItems()) {
        g.writeString(d);
      }
      g.writeEndArray();
    } else if (e.result() instanceof NotApplicable n) {
      g.writeStringField("kind", "notApplicable");
      g.writeStringField("reason", n.reason());
    }
    g.writeEndObject();
  }

  /**
   * Whether a string is written as it is by the batch's generator: every character printable ASCII
   * other than a quote, a backslash and a slash (no escape of the mapper, standard or terminal,
   * applies to them).
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

  /** Appends a number as the raw path does (for {@code SummariesTest}); false when not finite. */
  static @Nullable String number(double value) {
    Raw r = new Raw();
    return r.addNumber(value) ? r.getValue() : null;
  }
}
