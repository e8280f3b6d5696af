package org.hccbm.jackson.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON value from a parser into a tree, refusing what the default tree reader accepts
 * silently: a duplicate field (the last one would win), a string or field name holding an unpaired
 * UTF-16 surrogate (valid JSON syntax, but not text: it cannot be written as UTF-8), and documents
 * beyond the size limits below. Every refusal is a {@link DocumentError} with the JSON path and the
 * line and column; so is every syntax error. Reading stops at the first refusal, so an array of a
 * million lesions costs no more memory than its first {@link #MAX_ARRAY_ELEMENTS}.
 *
 * <p>Iterative (an explicit stack), so a deeply nested document cannot overflow the thread stack.
 */
public final class StrictTree {
  /** Elements in one array: far above any patient's lesions, nodules or courses. */
  public static final int MAX_ARRAY_ELEMENTS = 1_000;

  /** Fields in one object (relaxed reading keeps unknown fields until they are reported). */
  public static final int MAX_OBJECT_FIELDS = 1_000;

  /** Nesting depth: the patient schema needs 6. */
  public static final int MAX_DEPTH = 32;

  /** Values in one document: a complete patient has a few hundred. */
  public static final int MAX_VALUES = 100_000;

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private StrictTree() {}

  /**
   * An open container on the stack, with where it sits in its parent and, for an object, the
   * pending field. Its JSON path is built only when an error needs it: a valid document never pays
   * for the strings.
   */
  private static final class Open {
    final JsonNode node;
    final @Nullable Open parent;

    /** The field holding this container in its parent object (unused in an array). */
    final @Nullable String key;

    /** The index of this container in its parent array, or -1 in an object or at the root. */
    final int index;

    @Nullable String path;
    @Nullable String field;

    Open(JsonNode node, @Nullable Open parent, @Nullable String key, int index) {
      this.node = node;
      this.parent = parent;
      this.key = key;
      this.index = index;
    }

    String path() {
      String s = path;
      if (s == null) {
        s =
            parent == null
                ? "$"
                : index >= 0 ? parent.path() + "[" + index + "]" : parent.path() + "." + key;
        path = s;
      }
      return s;
    }

    String childPath() {
      return node.isArray() ? path() + "[" + node.size() + "]" : path() + "." + field;
    }
  }

  /**
   * Reads the value at the parser's current token (or the next one when there is none).
   *
   * @param p the parser
   * @return the value, or null when the input holds no value at all
   * @throws DocumentError on a syntax error, a duplicate field, an unpaired surrogate or a limit
   * @throws IOException when the underlying input cannot be read
   */
  public static @Nullable JsonNode read(JsonParser p) throws IOException {
    return read(p, true);
  }

  /**
   * Reads the value at the parser's current token (or the next one when there is none).
   *
   * @param p the parser
   * @param mayHoldSurrogates false only when the input cannot produce a UTF-16 surrogate (every
   *     byte is ASCII and none is a backslash, so there is no escape): the strings are then not
   *     scanned for unpaired surrogates
   * @return the value, or null when the input holds no value at all
   * @throws DocumentError on a syntax error, a duplicate field, an unpaired surrogate or a limit
   * @throws IOException when the underlying input cannot be read
   */
  public static @Nullable JsonNode read(JsonParser p, boolean mayHoldSurrogates)
      throws IOException {
    Deque<Open> stack = new ArrayDeque<>();
    int values = 0;
    JsonToken t = p.currentToken();
    if (t == null) {
      t = next(p, null, null);
      if (t == null) {
        return null;
      }
    }
    while (true) {
      if (t == JsonToken.FIELD_NAME) {
        Open top = stack.peek();
        String name = p.currentName();
        if (mayHoldSurrogates && hasSurrogate(name)) {
          checkText(name, top.path() + "." + escapeSurrogates(name), p);
        }
        if (top.node.has(name)) {
          throw error(top.path() + "." + name, "duplicate field (each field may appear once)", p);
        }
        if (top.node.size() >= MAX_OBJECT_FIELDS) {
          throw error(
              top.path() + "." + name, "too many fields (limit " + MAX_OBJECT_FIELDS + ")", p);
        }
        top.field = name;
        t = next(p, top, name);
        continue;
      }
      if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        Open done = stack.pop();
        if (stack.isEmpty()) {
          return done.node;
        }
        t = next(p, stack.peek(), null);
        continue;
      }
      if (++values > MAX_VALUES) {
        throw error(pathOf(stack), "too many values in one document (limit " + MAX_VALUES + ")", p);
      }
      JsonNode value;
      switch (t) {
        case START_OBJECT -> value = F.objectNode();
        case START_ARRAY -> value = F.arrayNode();
        case VALUE_STRING -> {
          String s = p.getText();
          if (mayHoldSurrogates && hasSurrogate(s)) {
            checkText(s, pathOf(stack), p);
          }
          value = F.textNode(s);
        }
        case VALUE_NUMBER_INT ->
            value =
                switch (p.getNumberType()) {
                  case INT -> F.numberNode(p.getIntValue());
                  case LONG -> F.numberNode(p.getLongValue());
                  default -> F.numberNode(p.getBigIntegerValue());
                };
        case VALUE_NUMBER_FLOAT -> value = F.numberNode(p.getDoubleValue());
        case VALUE_TRUE -> value = F.booleanNode(true);
        case VALUE_FALSE -> value = F.booleanNode(false);
        case VALUE_NULL -> value = F.nullNode();
        default -> throw error(pathOf(stack), "unexpected " + t, p);
      }
      Open top = stack.peek();
      // Where a new container sits in its parent, taken before it is added (its path is the
      // parent's child path at this moment).
      String key = null;
      int index = -1;
      if (top != null) {
        if (top.node instanceof ArrayNode a) {
          if (a.size() >= MAX_ARRAY_ELEMENTS) {
            throw error(
                pathOf(stack),
                "too many elements in one array (limit " + MAX_ARRAY_ELEMENTS + ")",
                p);
          }
          index = a.size();
          a.add(value);
        } else {
          key = top.field;
          ((ObjectNode) top.node).set(key, value);
        }
      }
      if (value.isContainerNode()) {
        Open open = new Open(value, top, key, index);
        if (stack.size() >= MAX_DEPTH) {
          throw error(open.path(), "nested too deeply (limit " + MAX_DEPTH + " levels)", p);
        }
        stack.push(open);
        t = next(p, open, null);
      } else if (top == null) {
        return value;
      } else {
        t = next(p, top, null);
      }
    }
  }

  private static String pathOf(Deque<Open> stack) {
    return stack.isEmpty() ? "$" : stack.peek().childPath();
  }

  /** The text with every surrogate written as its escape, so a path can always be encoded. */
  private static String escapeSurrogates(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(Character.isSurrogate(c) ? String.format("\\u%04X", (int) c) : c);
    }
    return out.toString();
  }

  private static boolean hasSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The next token; a limit error names the path of {@code in} (the root when null) or, with a
   * field, of that field in it.
   */
  private static JsonToken next(JsonParser p, @Nullable Open in, @Nullable String field)
      throws IOException {
    try {
      return p.nextToken();
    } catch (StreamConstraintsException e) {
      String path = in == null ? "$" : field == null ? in.path() : in.path() + "." + field;
      throw error(path, "too large: " + e.getOriginalMessage(), p);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
      throw new DocumentError(
          parserPath(p),
          "syntax error: " + firstLine(e.getOriginalMessage()),
          at.getLineNr(),
          at.getColumnNr());
    }
  }

  /** The parser's own idea of where it is (a syntax error can precede our bookkeeping). */
  private static String parserPath(JsonParser p) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        String name = c.getCurrentName();
        parts.push("." + (hasSurrogate(name) ? escapeSurrogates(name) : name));
      }
    }
    return "$" + String.join("", parts);
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /** Refuses a string holding an unpaired UTF-16 surrogate. */
  private static void checkText(String s, String path, JsonParser p) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw error(
            path,
            String.format(
                "holds an unpaired surrogate \\u%04X at character %d " + "(not valid Unicode text)",
                (int) c, i + 1),
            p);
      }
    }
  }

  static DocumentError error(String path, String problem, JsonParser p) {
    JsonLocation at = p.currentTokenLocation();
    return new DocumentError(path, problem, at.getLineNr(), at.getColumnNr());
  }
}
