package org.hccbm.jackson.internal;

import static com.fasterxml.jackson.core.JsonToken.END_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.END_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_FALSE;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NULL;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_STRING;
import static com.fasterxml.jackson.core.JsonToken.VALUE_TRUE;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.NumberInput;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.hccbm.core.Observed;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of one JSON document in UTF-8 bytes, for {@link DirectPatientReader}: a strict subset
 * of what Jackson's parser reads, in few methods. Whatever it does not read exactly as Jackson
 * would (any syntax error, a number type other than int, long or double, a nesting deeper than
 * {@link #MAX_DEPTH}, a string holding a UTF-16 surrogate, ...) throws {@link
 * DirectPatientReader.Fallback}, and the caller reads the document with Jackson instead; so this
 * class never has to name a problem, only to refuse it.
 *
 * <p>An object is read field by field ({@link #field}: the name looked up in the object's {@link
 * Names}, and the value's first token with what it is, {@link #kind}); an array or the root value
 * token by token ({@link #next}). Both are one method, {@link #step}: over 325 bytes of bytecode,
 * the just-in-time compiler compiles it once and calls it, instead of copying it into each method
 * of the reader (as it copies a small hot method into every caller).
 *
 * <p>The bytes must be valid UTF-8 (the caller checks them first). Field names and strings without
 * an escape are compared as bytes, without making a string.
 */
final class ByteTokens {
  /** Deeper than any document the reader accepts, and shallower than {@link StrictTree}'s limit. */
  static final int MAX_DEPTH = 16;

  /** Longer than any number the reader needs, and much shorter than the parser's limit. */
  private static final int MAX_NUMBER_CHARS = 64;

  /** Far shorter than the parser's string limit. */
  private static final int MAX_STRING_BYTES = 1_000_000;

  /** What a field's value is ({@link #kind}): null or "unknown". */
  static final int UNKNOWN = 0;

  /** {"notAssessable": reason} alone, read whole (the reason in {@link #reason}). */
  static final int NOT_ASSESSABLE = 1;

  /** A value that is not an object: {@link #token} is the value (or the start of the array). */
  static final int SCALAR = 2;

  /** Another object: positioned inside it, before its first field. */
  static final int OBJECT = 3;

  /** What the next token may be. */
  private static final int ROOT = 0;

  private static final int AFTER_VALUE = 1;
  private static final int OBJECT_START = 2;
  private static final int ARRAY_START = 3;

  private static final byte[] UNKNOWN_BYTES = Json.UNKNOWN.getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NOT_ASSESSABLE_FIELD =
      "\"notAssessable\"".getBytes(StandardCharsets.US_ASCII);
  private static final Names NOT_ASSESSABLE_NAMES = new Names("notAssessable");

  /**
   * The field names of one object of the schema, each with its index: a lookup is a probe or two of
   * an open-addressing table by the name's bytes and hash ({@link String#hashCode} of an ASCII
   * name), in {@link #step} for every object, where a {@code switch} on the name compiles to a hash
   * switch and an equals per case in each method that has one. {@link #ANY} takes any name (index
   * 0; {@link #currentName} gives it).
   */
  static final class Names {
    static final Names ANY = new Names();

    private final byte[][] keys;
    private final int[] indices;
    private final int mask;

    /** The enum constants of the field at each index that holds one, by JSON name; or none. */
    private final Json.@Nullable NameTable[] enums;

    Names(String... names) {
      this(new Class<?>[names.length], names);
    }

    /**
     * The names of an object, and the enum type of each field that holds one (null for the others):
     * the constant a field's string names is looked up with the field ({@link #constant}).
     */
    Names(@Nullable Class<?>[] enumTypes, String... names) {
      enums = new Json.NameTable[names.length];
      for (int n = 0; n < names.length; n++) {
        Class<?> type = enumTypes[n];
        enums[n] = type == null ? null : Json.enumTable(type);
      }
      int size = Integer.highestOneBit(names.length * 4 + 3);
      keys = new byte[size][];
      indices = new int[size];
      mask = size - 1;
      for (int n = 0; n < names.length; n++) {
        int i = spread(names[n].hashCode()) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = names[n].getBytes(StandardCharsets.US_ASCII);
        indices[i] = n;
      }
    }

    private static int spread(int h) {
      return h ^ (h >>> 16);
    }
  }

  private final byte[] b;
  private final int end;
  private int pos;
  private int state = ROOT;
  private int depth;

  /** Bit d set when the container at depth d (1-based) is an object. */
  private long objects;

  /** Values read so far (not names, not ends), as {@link StrictTree} counts them. */
  private int values;

  /** The token {@link #step} read last: a value's first token, or the end of an array. */
  JsonToken token = VALUE_NULL;

  /** What the last field's value is: {@link #UNKNOWN}, {@link #NOT_ASSESSABLE}, ... */
  int kind;

  /** The reason of the last "notAssessable" object. */
  String reason = "";

  /**
   * The enum constant the last field's string names, when the field holds an enum ({@link Names}),
   * the string has no escape and names one; null otherwise.
   */
  @Nullable Object constant;

  /**
   * What the last field's value observes when it is not a value: unknown, or not assessable with
   * its reason; null when it is a value (a scalar or an object).
   */
  @Nullable Observed<?> missing;

  /** The current field name's bytes. */
  private int nameStart;

  private int nameLength;

  /** The current string's bytes (between the quotes) and whether it has an escape. */
  private int textStart;

  private int textLength;
  private boolean escaped;

  /** The current number's text, and the digits of its integer part. */
  private int numberStart;

  private int numberLength;
  private int intDigits;

  ByteTokens(byte[] bytes, int start, int end) {
    this.b = bytes;
    this.pos = start;
    this.end = end;
  }

  private static DirectPatientReader.Fallback fail() {
    return new DirectPatientReader.Fallback();
  }

  /** The next token of an array (a value or its end) or the root value. */
  JsonToken next() {
    int unused = step(null);
    return token;
  }

  /**
   * The next field of the current object: the index of its name in the object's names (-1 at the
   * end of the object), its value's first token in {@link #token} and what it is in {@link #kind}.
   */
  int field(Names names) {
    return step(names);
  }

  /** Whether only whitespace follows the root value. */
  boolean atEnd() {
    return state == AFTER_VALUE && depth == 0 && skipSpace() < 0;
  }

  /**
   * Reads the next field of an object (names given; returns the name's index, or -1 at the object's
   * end) or the next token of an array or the root (names null; returns 0).
   */
  private int step(@Nullable Names names) {
    int c = skipSpace();
    boolean inObject = names != null;
    switch (state) {
      case AFTER_VALUE -> {
        if (depth == 0 || ((objects & (1L << depth)) != 0) != inObject) {
          throw fail(); // content after the document, or a reader out of step
        }
        if (c == (inObject ? '}' : ']')) {
          return close(inObject);
        }
        if (c != ',') {
          throw fail();
        }
        pos++;
        c = skipSpace();
      }
      case OBJECT_START, ARRAY_START -> {
        if ((state == OBJECT_START) != inObject) {
          throw fail();
        }
        if (c == (inObject ? '}' : ']')) {
          return close(inObject);
        }
      }
      default -> {
        if (inObject) {
          throw fail();
        }
      }
    }
    int index = 0;
    if (names != null) {
      // A field name, plain ASCII (the schema's names are), its index and its colon.
      if (c != '"') {
        throw fail();
      }
      int start = ++pos;
      int h = 0;
      for (; ; pos++) {
        if (pos >= end) {
          throw fail();
        }
        byte x = b[pos];
        if (x == '"') {
          break;
        }
        if (x < 0x20 || x == '\\') {
          throw fail(); // a control character, an escape or a non-ASCII byte: no name of ours
        }
        h = 31 * h + x;
      }
      nameStart = start;
      nameLength = pos - start;
      pos++;
      if (names != Names.ANY) {
        for (int i = Names.spread(h) & names.mask; ; i = (i + 1) & names.mask) {
          byte[] key = names.keys[i];
          if (key == null) {
            throw fail(); // a name the object does not have
          }
          if (key.length == nameLength && Arrays.equals(b, start, pos - 1, key, 0, key.length)) {
            index = names.indices[i];
            break;
          }
        }
      }
      if (skipSpace() != ':') {
        throw fail();
      }
      pos++;
      c = skipSpace();
    }
    if (++values > StrictTree.MAX_VALUES) {
      throw fail();
    }
    state = AFTER_VALUE;
    JsonToken t;
    switch (c) {
      case '"' -> {
        int start = ++pos;
        boolean esc = false;
        for (; ; pos++) {
          if (pos >= end) {
            throw fail();
          }
          byte x = b[pos];
          if (x == '"') {
            break;
          }
          if (x >= 0x20) {
            if (x == '\\') {
              esc = true;
              pos += escapeLength(pos) - 1;
            }
            continue;
          }
          // A control character (refused, as the parser does) or a non-ASCII byte: one that starts
          // a four-byte sequence is a surrogate pair in UTF-16, which the tree reader checks.
          if (x >= 0 || (x & 0xF8) == 0xF0) {
            throw fail();
          }
        }
        textStart = start;
        textLength = pos - start;
        if (textLength > MAX_STRING_BYTES) {
          throw fail();
        }
        escaped = esc;
        pos++;
        t = VALUE_STRING;
      }
      case '{' -> t = open(true);
      case '[' -> t = open(false);
      case 't' -> t = literal(TRUE, VALUE_TRUE);
      case 'f' -> t = literal(FALSE, VALUE_FALSE);
      case 'n' -> t = literal(NULL, VALUE_NULL);
      default -> t = number(c);
    }
    token = t;
    if (names != null) {
      Json.NameTable table = names.enums.length > index ? names.enums[index] : null;
      constant =
          table != null && t == VALUE_STRING && !escaped
              ? table.get(b, textStart, textLength)
              : null;
      int k;
      if (t == VALUE_NULL) {
        k = UNKNOWN;
      } else if (t == VALUE_STRING) {
        k = textIs(UNKNOWN_BYTES) ? UNKNOWN : SCALAR;
      } else if (t == START_OBJECT) {
        k = startsNotAssessable() ? notAssessable() : OBJECT;
      } else {
        k = SCALAR;
      }
      kind = k;
      missing =
          k == UNKNOWN
              ? Observed.unknown()
              : k == NOT_ASSESSABLE ? Observed.notAssessable(reason) : null;
    }
    return index;
  }

  /** Ends the current object or array (the caller saw its closing byte). */
  private int close(boolean object) {
    pos++;
    depth--;
    state = AFTER_VALUE;
    token = object ? END_OBJECT : END_ARRAY;
    return -1;
  }

  private JsonToken open(boolean object) {
    pos++;
    if (++depth > MAX_DEPTH) {
      throw fail();
    }
    if (object) {
      objects |= 1L << depth;
      state = OBJECT_START;
      return START_OBJECT;
    }
    objects &= ~(1L << depth);
    state = ARRAY_START;
    return START_ARRAY;
  }

  /** Whether the object just opened starts with the field "notAssessable". */
  private boolean startsNotAssessable() {
    int c = skipSpace();
    return c == '"'
        && pos + NOT_ASSESSABLE_FIELD.length <= end
        && Arrays.equals(
            b,
            pos,
            pos + NOT_ASSESSABLE_FIELD.length,
            NOT_ASSESSABLE_FIELD,
            0,
            NOT_ASSESSABLE_FIELD.length);
  }

  /** Reads {"notAssessable": reason} alone, the object just opened; anything else falls back. */
  private int notAssessable() {
    if (step(NOT_ASSESSABLE_NAMES) != 0 || token != VALUE_STRING) {
      throw fail();
    }
    String r = getText();
    if (step(NOT_ASSESSABLE_NAMES) != -1) {
      throw fail();
    }
    reason = r;
    token = START_OBJECT;
    return NOT_ASSESSABLE;
  }

  /** The byte at the position after whitespace, or -1 at the end. */
  private int skipSpace() {
    while (pos < end) {
      byte c = b[pos];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return c;
      }
      pos++;
    }
    return -1;
  }

  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  private JsonToken literal(byte[] word, JsonToken t) {
    int to = pos + word.length;
    if (to > end || !Arrays.equals(b, pos, to, word, 0, word.length)) {
      throw fail();
    }
    pos = to; // whatever follows must be a separator (checked by the next step)
    return t;
  }

  /** The length of the escape at i (a backslash), which must be a JSON escape. */
  private int escapeLength(int i) {
    if (i + 1 >= end) {
      throw fail();
    }
    switch (b[i + 1]) {
      case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
        return 2;
      }
      case 'u' -> {
        if (i + 5 >= end) {
          throw fail();
        }
        int unused = hex(b[i + 2]) | hex(b[i + 3]) | hex(b[i + 4]) | hex(b[i + 5]);
        return 6;
      }
      default -> throw fail();
    }
  }

  private static int hex(byte c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    throw fail();
  }

  /** A number as JSON writes one: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
  private JsonToken number(int c) {
    int start = pos;
    if (c == '-') {
      pos++;
    }
    int digits = pos;
    if (pos < end && b[pos] == '0') {
      pos++;
    } else {
      skipDigits();
    }
    int ints = pos - digits;
    if (ints == 0) {
      throw fail();
    }
    boolean fraction = false;
    if (pos < end && b[pos] == '.') {
      pos++;
      fraction = true;
      if (skipDigits() == 0) {
        throw fail();
      }
    }
    if (pos < end && (b[pos] == 'e' || b[pos] == 'E')) {
      pos++;
      fraction = true;
      if (pos < end && (b[pos] == '+' || b[pos] == '-')) {
        pos++;
      }
      if (skipDigits() == 0) {
        throw fail();
      }
    }
    numberStart = start;
    numberLength = pos - start;
    if (numberLength > MAX_NUMBER_CHARS) {
      throw fail();
    }
    intDigits = ints;
    return fraction ? VALUE_NUMBER_FLOAT : VALUE_NUMBER_INT;
  }

  /** Skips digits, returning how many. */
  @com.google.errorprone.annotations.CanIgnoreReturnValue
  private int skipDigits() {
    int from = pos;
    while (pos < end && b[pos] >= '0' && b[pos] <= '9') {
      pos++;
    }
    return pos - from;
  }

  // ------------------------------------------------------------------ values

  /**
   * Whether the current int token is an int, as the parser types it: up to nine digits, or ten that
   * fit. More than eighteen digits (a long or a big integer there) are not read at all.
   */
  boolean isInt() {
    if (intDigits <= 9) {
      return true;
    }
    long v = getLongValue();
    return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
  }

  int getIntValue() {
    return (int) getLongValue();
  }

  long getLongValue() {
    if (intDigits > 18) {
      throw fail();
    }
    int i = numberStart;
    boolean negative = b[i] == '-';
    if (negative) {
      i++;
    }
    long v = 0;
    for (int to = numberStart + numberLength; i < to; i++) {
      v = v * 10 + (b[i] - '0');
    }
    return negative ? -v : v;
  }

  /**
   * A float token's value, as the parser reads it with its fast double parser (correctly rounded,
   * as {@code Double.parseDouble}, and much less code to compile for 16 and 17 digits).
   */
  double getDoubleValue() {
    double d =
        NumberInput.parseDouble(
            new String(b, numberStart, numberLength, StandardCharsets.ISO_8859_1), true);
    if (Double.isInfinite(d)) {
      throw fail();
    }
    return d;
  }

  /** Whether the current string is exactly these (ASCII) bytes. */
  boolean textIs(byte[] ascii) {
    return !escaped
        && textLength == ascii.length
        && Arrays.equals(b, textStart, textStart + textLength, ascii, 0, ascii.length);
  }

  /** The value of the current string in a table of names, or null (always for an escape). */
  @Nullable Object lookUp(Json.NameTable table) {
    return escaped ? null : table.get(b, textStart, textLength);
  }

  /** The current string. */
  String getText() {
    if (escaped) {
      return unescape();
    }
    return new String(b, textStart, textLength, StandardCharsets.UTF_8);
  }

  /** The current field name (the schema's are ASCII). */
  String currentName() {
    return new String(b, nameStart, nameLength, StandardCharsets.ISO_8859_1);
  }

  /** A string with escapes, decoded; one that decodes to a surrogate is refused. */
  private String unescape() {
    StringBuilder s = new StringBuilder(textLength);
    int to = textStart + textLength;
    int i = textStart;
    while (i < to) {
      int run = i;
      while (i < to && b[i] != '\\') {
        i++;
      }
      s.append(new String(b, run, i - run, StandardCharsets.UTF_8));
      if (i >= to) {
        break;
      }
      byte e = b[i + 1];
      char c;
      switch (e) {
        case 'b' -> c = '\b';
        case 'f' -> c = '\f';
        case 'n' -> c = '\n';
        case 'r' -> c = '\r';
        case 't' -> c = '\t';
        case 'u' ->
            c =
                (char)
                    (hex(b[i + 2]) << 12 | hex(b[i + 3]) << 8 | hex(b[i + 4]) << 4 | hex(b[i + 5]));
        default -> c = (char) e; // '"', '\\' or '/'
      }
      if (Character.isSurrogate(c)) {
        throw fail();
      }
      s.append(c);
      i += e == 'u' ? 6 : 2;
    }
    return s.toString();
  }
}
