package org.hccbm.jackson.internal;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.Observed;
import org.jspecify.annotations.Nullable;

/** Small helpers for reading and writing the tree, each error carrying its JSON path. */
final class Json {
  static final JsonNodeFactory F = JsonNodeFactory.instance;
  static final String UNKNOWN = "unknown";

  /** The earliest date a document may carry. */
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  private final boolean strict;

  /** What one read on this thread has seen: ignored fields (relaxed) and every date, by path. */
  static final class ReadNotes {
    final java.util.function.Consumer<String> ignored;
    final Map<String, LocalDate> dates = new java.util.LinkedHashMap<>();

    ReadNotes(java.util.function.Consumer<String> ignored) {
      this.ignored = ignored;
    }
  }

  /** The notes of the read running on this thread (one codec serves many threads). */
  static final ThreadLocal<ReadNotes> NOTES = new ThreadLocal<>();

  Json(boolean strict) {
    this.strict = strict;
  }

  /** Checks that a node is an object and, when strict, that it has only the allowed fields. */
  @CanIgnoreReturnValue // mostly called as a check; the node is returned for convenience
  JsonNode object(JsonNode node, String path, String... allowed) {
    if (node == null || !node.isObject()) {
      throw new DocumentError(path, "must be an object, was " + describe(node));
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!contains(allowed, name)) {
        if (strict) {
          throw new DocumentError(
              path + "." + name, "unknown field (allowed: " + String.join(", ", allowed) + ")");
        }
        ReadNotes notes = NOTES.get();
        if (notes != null) {
          notes.ignored.accept(path + "." + name);
        }
      }
    }
    return node;
  }

  /**
   * Whether the name is one of the allowed: a scan, not a set built per call (a schema object has
   * at most a few tens of fields, and the parser's names are usually the interned literals, which
   * {@code equals} matches at once).
   */
  private static boolean contains(String[] allowed, String name) {
    for (String a : allowed) {
      if (a.equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Reads an optional field that may be absent, "unknown", {"notAssessable": …} or a value. */
  <T> Observed<T> observed(
      JsonNode parent, String field, String path, BiFunction<JsonNode, String, T> read) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull() || (n.isTextual() && n.asText().equals(UNKNOWN))) {
      return Observed.unknown();
    }
    String p = path + "." + field;
    if (n.isObject() && n.has("notAssessable")) {
      object(n, p, "notAssessable");
      String reason = text(n.get("notAssessable"), p + ".notAssessable");
      return guard(p + ".notAssessable", () -> Observed.notAssessable(reason));
    }
    return Observed.of(guard(p, () -> read.apply(n, p)));
  }

  /** Runs a domain factory, turning its validation error into a path-named error. */
  static <T> T guard(String path, java.util.function.Supplier<T> factory) {
    try {
      return factory.get();
    } catch (InvalidClinicalInputException e) {
      throw new DocumentError(path, e.getMessage());
    }
  }

  static String text(JsonNode n, String path) {
    if (n == null || !n.isTextual()) {
      throw new DocumentError(path, "must be a string, was " + describe(n));
    }
    return n.asText();
  }

  static double number(JsonNode n, String path) {
    if (n == null || !n.isNumber()) {
      throw new DocumentError(path, "must be a number, was " + describe(n));
    }
    return n.asDouble();
  }

  static int integer(JsonNode n, String path) {
    if (n == null || !n.isIntegralNumber() || !n.canConvertToInt()) {
      throw new DocumentError(path, "must be a whole number, was " + describe(n));
    }
    return n.asInt();
  }

  static boolean bool(JsonNode n, String path) {
    if (n == null || !n.isBoolean()) {
      throw new DocumentError(path, "must be true or false, was " + describe(n));
    }
    return n.asBoolean();
  }

  static LocalDate date(JsonNode n, String path) {
    String s = text(n, path);
    LocalDate d;
    try {
      d = LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new DocumentError(path, "must be a date (YYYY-MM-DD), was \"" + s + "\"");
    }
    if (d.isBefore(EARLIEST)) {
      throw new DocumentError(path, "must be on or after " + EARLIEST + ", was " + d);
    }
    ReadNotes notes = NOTES.get();
    if (notes != null) {
      notes.dates.put(path, d);
    }
    return d;
  }

  static <E extends Enum<E>> E enumValue(JsonNode n, String path, Class<E> type) {
    String s = text(n, path);
    Object found = ENUM_NAMES.get(type).get(s);
    if (found == null) {
      throw new DocumentError(
          path,
          "must be one of "
              + Arrays.stream(type.getEnumConstants()).map(Json::name).toList()
              + ", was \""
              + s
              + "\"");
    }
    return type.cast(found);
  }

  /** The constant with this JSON name, or null when the enum has none. */
  static <E extends Enum<E>> @Nullable E enumOrNull(String s, Class<E> type) {
    Object found = ENUM_NAMES.get(type).get(s);
    return found == null ? null : type.cast(found);
  }

  /** Each enum type's constants by their JSON name, looked up by the name's UTF-8 bytes. */
  static NameTable enumTable(Class<?> type) {
    return ENUM_TABLES.get(type);
  }

  /** Each enum's constants by their JSON name, looked up by bytes, built once per type. */
  private static final ClassValue<NameTable> ENUM_TABLES =
      new ClassValue<>() {
        @Override
        protected NameTable computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          String[] names = new String[constants.length];
          for (int i = 0; i < constants.length; i++) {
            names[i] = name((Enum<?>) constants[i]);
          }
          return new NameTable(names, constants);
        }
      };

  /**
   * Values by name, looked up by the name's UTF-8 bytes (an open-addressing table probed linearly):
   * reading a known name from a document's bytes needs no string.
   */
  static final class NameTable {
    private final byte[][] keys;
    private final Object[] values;
    private final int mask;

    /**
     * Creates a table.
     *
     * @param names the names, none twice
     * @param values the value of each name, same order
     */
    NameTable(String[] names, Object[] values) {
      int size = Integer.highestOneBit(Math.max(4, names.length * 4));
      this.keys = new byte[size][];
      this.values = new Object[size];
      this.mask = size - 1;
      for (int n = 0; n < names.length; n++) {
        byte[] key = names[n].getBytes(StandardCharsets.UTF_8);
        int i = hash(key, 0, key.length) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = key;
        this.values[i] = values[n];
      }
    }

    /** The value of the name made of these bytes, or null when there is none. */
    @Nullable Object get(byte[] bytes, int offset, int length) {
      for (int i = hash(bytes, offset, length) & mask; ; i = (i + 1) & mask) {
        byte[] key = keys[i];
        if (key == null) {
          return null;
        }
        if (key.length == length && Arrays.equals(key, 0, length, bytes, offset, offset + length)) {
          return values[i];
        }
      }
    }

    private static int hash(byte[] bytes, int offset, int length) {
      int h = 0;
      for (int i = offset; i < offset + length; i++) {
        h = 31 * h + bytes[i];
      }
      return h ^ (h >>> 16);
    }
  }

  /** Each enum's constants by their JSON name, built once per enum type. */
  private static final ClassValue<Map<String, Object>> ENUM_NAMES =
      new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
          Map<String, Object> byName = new HashMap<>();
          for (Object e : type.getEnumConstants()) {
            byName.put(name((Enum<?>) e), e);
          }
          return Map.copyOf(byName);
        }
      };

  // The ordinal indexes a table built in memory from the same enum, never persisted.
  @SuppressWarnings("EnumOrdinal")
  static String name(Enum<?> e) {
    return NAMES.get(e.getDeclaringClass())[e.ordinal()];
  }

  /**
   * An enum constant's JSON name as a string value encoded once, or null when the name needs an
   * escape (then the generator's own escaping writes it); no library enum's name does.
   */
  // The ordinal indexes a table built in memory from the same enum, never persisted.
  @SuppressWarnings("EnumOrdinal")
  static @Nullable SerializableString quotedName(Enum<?> e) {
    return QUOTED.get(e.getDeclaringClass())[e.ordinal()];
  }

  /**
   * The text encoded once when every character is printable ASCII other than a quote, a backslash
   * and a slash: written as a {@link SerializableString}, it gives the same bytes as the
   * generator's escaping of the string would (neither the standard escapes, nor the optional
   * escaping of slashes, nor the command line's terminal escapes apply to such characters), as for
   * the field names encoded once; otherwise null.
   */
  static @Nullable SerializableString plain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\' || c == '/') {
        return null;
      }
    }
    return new SerializedString(text);
  }

  private static final ClassValue<@Nullable SerializableString[]> QUOTED =
      new ClassValue<>() {
        @Override
        protected @Nullable SerializableString[] computeValue(Class<?> type) {
          String[] names = NAMES.get(type);
          @Nullable SerializableString[] quoted = new SerializableString[names.length];
          for (int i = 0; i < names.length; i++) {
            quoted[i] = plain(names[i]);
          }
          return quoted;
        }
      };

  /** Each enum's JSON names, by ordinal, built once per enum type. */
  private static final ClassValue<String[]> NAMES =
      new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          String[] names = new String[constants.length];
          for (int i = 0; i < constants.length; i++) {
            names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
          }
          return names;
        }
      };

  <T> List<T> list(JsonNode n, String path, BiFunction<JsonNode, String, T> read) {
    if (n == null || !n.isArray()) {
      throw new DocumentError(path, "must be an array, was " + describe(n));
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      out.add(read.apply(n.get(i), path + "[" + i + "]"));
    }
    return out;
  }

  static String describe(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "missing";
    }
    String s = n.toString();
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  /** Writes an observation: its value, "unknown", or {"notAssessable": reason}. */
  static <T> JsonNode write(Observed<T> o, Function<T, JsonNode> value) {
    if (o instanceof Observed.Known<T> k) {
      return value.apply(k.value());
    }
    if (o instanceof Observed.NotAssessable<T> n) {
      return F.objectNode().put("notAssessable", n.reason());
    }
    return F.textNode(UNKNOWN);
  }

  static ObjectNode obj() {
    return F.objectNode();
  }

  static Optional<JsonNode> field(JsonNode parent, String name) {
    JsonNode n = parent.get(name);
    return n == null || n.isNull() ? Optional.empty() : Optional.of(n);
  }
}
