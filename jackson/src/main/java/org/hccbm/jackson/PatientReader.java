package org.hccbm.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.patient.Patient;
import org.hccbm.jackson.internal.DirectPatientReader;
import org.hccbm.jackson.internal.DocumentError;
import org.hccbm.jackson.internal.PatientCodec;
import org.hccbm.jackson.internal.StrictTree;
import org.hccbm.models.VariantSelection;
import org.jspecify.annotations.Nullable;

/**
 * Reads one whole patient document from UTF-8 bytes, refusing everything a lenient reader would
 * pass silently: bytes that are not UTF-8, an empty or {@code null} document, a duplicate field, an
 * unpaired surrogate, content after the document, and documents beyond the size limits
 * (docs/json.md). Every refusal is an {@link HccbmJsonException} naming the JSON path and, for
 * errors in the text, the line and column.
 *
 * <pre>{@code
 * PatientReader.Reading r = PatientReader.strict().read(bytes);
 * Patient p = r.patient();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class PatientReader {
  // The fast double parser reads the same (correctly rounded) values as Double.parseDouble.
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(400).build())
          .build();

  private static final PatientReader STRICT = new PatientReader(true);
  private static final PatientReader RELAXED = new PatientReader(false);

  private final PatientCodec codec;

  private PatientReader(boolean strict) {
    this.codec = new PatientCodec(strict);
  }

  /**
   * Returns the strict reader: a field the schema does not know is an error.
   *
   * @return it
   */
  public static PatientReader strict() {
    return STRICT;
  }

  /**
   * Returns the relaxed reader: a field the schema does not know is ignored and reported in {@link
   * Reading#ignoredFields()}.
   *
   * @return the reader
   */
  public static PatientReader relaxed() {
    return RELAXED;
  }

  /**
   * A document read.
   *
   * @param patient the patient
   * @param variants the model variants the document chose (its optional "variants" object)
   * @param ignoredFields the JSON path of each field the relaxed reader ignored, in document order
   *     (always empty when strict)
   */
  public record Reading(Patient patient, VariantSelection variants, List<String> ignoredFields) {
    /** Copies the list. */
    public Reading {
      java.util.Objects.requireNonNull(patient, "patient");
      java.util.Objects.requireNonNull(variants, "variants");
      ignoredFields = List.copyOf(ignoredFields);
    }

    /**
     * Returns the patient with the variants chosen.
     *
     * @return the request
     */
    public AssessmentRequest request() {
      return new AssessmentRequest(patient, variants);
    }
  }

  /**
   * Reads a document.
   *
   * @param utf8 the document's bytes, UTF-8 (a leading byte-order mark is allowed)
   * @return the patient and the fields ignored
   * @throws HccbmJsonException naming the JSON path, the problem and, where it lies in the text,
   *     the line and column
   */
  public Reading read(byte[] utf8) throws HccbmJsonException {
    int start =
        utf8.length >= 3
                && (utf8[0] & 0xFF) == 0xEF
                && (utf8[1] & 0xFF) == 0xBB
                && (utf8[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    boolean plain = checkUtf8(utf8, start);
    // A plainly valid document is read straight from its bytes; anything else (including every
    // error) is read again through the tree, which names the problem as it always has.
    DirectPatientReader.Read direct = DirectPatientReader.read(utf8, start, utf8.length);
    if (direct != null) {
      return new Reading(direct.patient(), direct.variants(), List.of());
    }
    try (JsonParser p = FACTORY.createParser(utf8, start, utf8.length - start)) {
      JsonNode tree = StrictTree.read(p, !plain);
      if (tree == null) {
        throw new HccbmJsonException(
            p,
            "$",
            "the document is empty (a patient object is " + "required)",
            p.currentLocation());
      }
      if (tree.isNull()) {
        throw new HccbmJsonException(
            p,
            "$",
            "the document is null (a patient object is " + "required)",
            p.currentTokenLocation());
      }
      JsonToken after;
      try {
        after = p.nextToken();
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        after = JsonToken.NOT_AVAILABLE;
      }
      if (after != null) {
        JsonLocation at = p.currentTokenLocation();
        throw new HccbmJsonException(
            p, "$", "unexpected content after the document (one " + "document per input)", at);
      }
      List<String> ignored = new ArrayList<>();
      Patient patient = codec.read(tree, ignored::add);
      return new Reading(patient, codec.readVariants(tree), ignored);
    } catch (DocumentError e) {
      throw exception(null, e);
    } catch (InvalidClinicalInputException e) {
      throw new HccbmJsonException(null, "$", e.getMessage());
    } catch (HccbmJsonException e) {
      throw e;
    } catch (IOException e) {
      // Reading from a byte array: no I/O can fail; a parser's own error is a DocumentError.
      throw new UncheckedIOException(e);
    }
  }

  static HccbmJsonException exception(@Nullable JsonParser p, DocumentError e) {
    JsonLocation at =
        e.line() < 0
            ? null
            : new JsonLocation(ContentReference.unknown(), -1L, e.line(), e.column());
    return new HccbmJsonException(p, e.path(), e.problem(), at);
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long ONES = 0x0101010101010101L;
  private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;

  /**
   * Refuses bytes that are not UTF-8, naming the first bad byte's offset.
   *
   * @return true when every byte is ASCII and none is a backslash: such a document holds no escape,
   *     so none of its strings can hold a UTF-16 surrogate
   */
  private static boolean checkUtf8(byte[] bytes, int start) throws HccbmJsonException {
    boolean ascii = true;
    boolean backslash = false;
    int i = start;
    // Eight bytes at a time: a set high bit is a non-ASCII byte; the zero-byte test on the
    // word XOR backslashes finds a backslash.
    for (; i + 8 <= bytes.length; i += 8) {
      long w = (long) LONGS.get(bytes, i);
      if ((w & HIGH_BITS) != 0) {
        ascii = false;
        break;
      }
      long x = w ^ BACKSLASHES;
      if (((x - ONES) & ~x & HIGH_BITS) != 0) {
        backslash = true;
      }
    }
    if (ascii) {
      for (; i < bytes.length; i++) {
        if (bytes[i] < 0) {
          ascii = false;
          break;
        }
        if (bytes[i] == '\\') {
          backslash = true;
        }
      }
    }
    if (ascii) {
      return !backslash;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      decoder.decode(in);
    } catch (CharacterCodingException e) {
      // decode() leaves the buffer at the start of the bad sequence
      int at = in.position();
      boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF);
      throw new HccbmJsonException(
          null,
          "$",
          String.format(
              "not valid UTF-8: byte 0x%02X at " + "byte %d%s",
              bytes[Math.min(at, bytes.length - 1)] & 0xFF,
              at + 1,
              utf16 ? " (this looks like UTF-16; documents must be UTF-8)" : ""),
          new JsonLocation(ContentReference.unknown(), at, -1, -1));
    }
    return false;
  }
}
