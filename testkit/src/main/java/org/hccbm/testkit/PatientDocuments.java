package org.hccbm.testkit;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Seeded generators of patient JSON documents (schema 1.1, docs/json.md) for testing an ingestion
 * layer: valid documents, and documents with one mutation of a named class, each labelled with the
 * outcome the strict reader ({@code PatientReader.strict()} of hccbm-jackson) must give — accepted,
 * or rejected at a JSON path. The text is written here without a JSON library (the testkit does not
 * depend on Jackson); the jackson module's tests check every label.
 *
 * <pre>{@code
 * PatientDocuments.Document d = PatientDocuments.mutated(random, Mutation.WRONG_UNIT);
 * // d.utf8() -> bytes for the reader; d.rejectedAt() -> Optional.of("$.labs.albumin")
 * }</pre>
 *
 * @since 0.2.0
 */
public final class PatientDocuments {
  private PatientDocuments() {}

  /** The classes of mutation, as the reliability suite uses them. */
  public enum Mutation {
    /** A value removed, leaving {@code "value":,} (a syntax error). */
    SYNTAX,
    /** A byte that is not UTF-8 (0xFE) inside the id string. */
    ENCODING,
    /** The {@code id} field written twice. */
    DUPLICATE_KEY,
    /** Albumin in a unit albumin is not measured in ({@code mmol/L}). */
    WRONG_UNIT,
    /** {@code onDialysis} as a string instead of a boolean. */
    WRONG_TYPE,
    /** A negative albumin. */
    ABSURD_VALUE,
    /** A field the schema does not have, {@code favouriteColour}. */
    UNKNOWN_FIELD
  }

  /**
   * A document and the outcome the strict reader must give.
   *
   * @param utf8 the document's bytes (UTF-8 except for an {@link Mutation#ENCODING} mutation)
   * @param mutation the mutation applied, or empty for a valid document
   * @param rejectedAt the JSON path of the error, or empty when the document is accepted
   */
  @SuppressWarnings("ArrayRecordComponent") // copied in and out; documents are not compared
  public record Document(byte[] utf8, Optional<Mutation> mutation, Optional<String> rejectedAt) {
    /** Copies the bytes. */
    public Document {
      utf8 = utf8.clone();
      requireNonNull(mutation, "mutation");
      requireNonNull(rejectedAt, "rejectedAt");
    }

    /** Returns a copy of the bytes. @return the bytes */
    @Override
    public byte[] utf8() {
      return utf8.clone();
    }

    /**
     * Returns the document as text, with replacement characters where it is not UTF-8. @return the
     * text
     */
    public String text() {
      return new String(utf8, StandardCharsets.UTF_8);
    }

    /** Returns whether the strict reader accepts the document. @return whether accepted */
    public boolean accepted() {
      return rejectedAt.isEmpty();
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object o) {
      return o instanceof Document d
          && java.util.Arrays.equals(utf8, d.utf8)
          && mutation.equals(d.mutation)
          && rejectedAt.equals(d.rejectedAt);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(utf8) * 31 + mutation.hashCode();
    }

    @Override
    public String toString() {
      return mutation.map(Enum::name).orElse("VALID")
          + " -> "
          + rejectedAt.map(p -> "rejected at " + p).orElse("accepted")
          + ": "
          + text();
    }
  }

  /**
   * A valid patient document: id, age, sex, performance status, five laboratory values in US or SI
   * units at reported precision, bedside liver items, dialysis and one to three bone lesions; every
   * part except the id and albumin is present or {@code "unknown"} at random.
   *
   * @param r the source
   * @return the document, labelled accepted
   */
  public static Document valid(RandomGenerator r) {
    return new Document(
        text(r).getBytes(StandardCharsets.UTF_8), Optional.empty(), Optional.empty());
  }

  /**
   * A document with one mutation of the given class.
   *
   * @param r the source
   * @param mutation the class of mutation
   * @return the document, labelled with the expected outcome
   */
  public static Document mutated(RandomGenerator r, Mutation mutation) {
    String doc = text(r);
    String albumin = doc.substring(doc.indexOf("\"albumin\":{\"value\":"));
    String albuminValue =
        albumin.substring("\"albumin\":{\"value\":".length(), albumin.indexOf(','));
    return switch (mutation) {
      case SYNTAX ->
          labelled(
              doc.replace("\"albumin\":{\"value\":" + albuminValue, "\"albumin\":{\"value\":"),
              mutation,
              "$.labs.albumin.value");
      case ENCODING -> {
        byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
        int at = doc.indexOf("\"id\":\"") + 6; // first character of the id
        bytes[at] = (byte) 0xFE;
        yield new Document(bytes, Optional.of(mutation), Optional.of("$"));
      }
      case DUPLICATE_KEY -> labelled(doc.replaceFirst("\\{", "{\"id\":\"dup\","), mutation, "$.id");
      case WRONG_UNIT ->
          labelled(
              doc.replaceFirst(
                  "(\"albumin\":\\{\"value\":[^,]*,\"unit\":)" + "\"[^\"]*\"", "$1\"mmol/L\""),
              mutation,
              "$.labs.albumin");
      case WRONG_TYPE ->
          labelled(
              doc.replaceFirst("\"onDialysis\":[a-z\"]+", "\"onDialysis\":\"yes\""),
              mutation,
              "$.onDialysis");
      case ABSURD_VALUE ->
          labelled(
              doc.replace(
                  "\"albumin\":{\"value\":" + albuminValue,
                  "\"albumin\":{\"value\":-" + albuminValue),
              mutation,
              "$.labs.albumin");
      case UNKNOWN_FIELD ->
          labelled(
              doc.substring(0, doc.length() - 1) + ",\"favouriteColour\":\"blue\"}",
              mutation,
              "$.favouriteColour");
    };
  }

  /**
   * A valid document (one in five) or one with a random mutation.
   *
   * @param r the source
   * @return the labelled document
   */
  public static Document any(RandomGenerator r) {
    if (r.nextInt(5) == 0) {
      return valid(r);
    }
    return mutated(r, Generators.oneOf(r, Mutation.values()));
  }

  private static Document labelled(String doc, Mutation mutation, String path) {
    return new Document(
        doc.getBytes(StandardCharsets.UTF_8), Optional.of(mutation), Optional.of(path));
  }

  private static String text(RandomGenerator r) {
    StringBuilder b = new StringBuilder("{\"schemaVersion\":\"1.1\"");
    b.append(",\"id\":\"doc-").append(Long.toHexString(r.nextLong())).append('"');
    b.append(",\"age\":")
        .append(
            r.nextInt(4) == 0
                ? "\"unknown\""
                : "{\"value\":" + (30 + r.nextInt(55)) + ",\"unit\":\"a\"}");
    b.append(",\"sex\":").append(maybe(r, Generators.oneOf(r, "\"male\"", "\"female\"")));
    b.append(",\"performanceStatus\":")
        .append(
            maybe(
                r,
                r.nextBoolean()
                    ? "{\"scale\":\"ecog\",\"value\":" + r.nextInt(5) + "}"
                    : "{\"scale\":\"karnofsky\",\"value\":" + 10 * (1 + r.nextInt(10)) + "}"));
    boolean si = r.nextBoolean();
    b.append(",\"labs\":{");
    b.append("\"albumin\":")
        .append(si ? lab(20 + r.nextInt(31), "g/L") : lab(r.nextInt(20, 51) / 10.0, "g/dL"));
    if (r.nextInt(4) != 0) {
      b.append(",\"totalBilirubin\":")
          .append(si ? lab(5 + r.nextInt(200), "umol/L") : lab(r.nextInt(2, 120) / 10.0, "mg/dL"));
    }
    if (r.nextInt(4) != 0) {
      b.append(",\"inr\":").append(lab(r.nextInt(80, 400) / 100.0, "{INR}"));
    }
    if (r.nextInt(4) != 0) {
      b.append(",\"creatinine\":")
          .append(
              si ? lab(30 + r.nextInt(500), "umol/L") : lab(r.nextInt(30, 600) / 100.0, "mg/dL"));
    }
    if (r.nextInt(4) != 0) {
      b.append(",\"sodium\":").append(lab(118 + r.nextInt(30), "mmol/L"));
    }
    b.append('}');
    b.append(",\"liver\":{\"ascites\":")
        .append(maybe(r, Generators.oneOf(r, "\"none\"", "\"mild\"", "\"moderate\"", "\"severe\"")))
        .append(",\"encephalopathy\":")
        .append(maybe(r, String.valueOf(r.nextInt(5))))
        .append(",\"cholestaticDisease\":false}");
    b.append(",\"onDialysis\":").append(Generators.oneOf(r, "false", "true", "\"unknown\""));
    b.append(",\"boneLesions\":[");
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      String level = Generators.oneOf(r, "T4", "T9", "T12", "L1", "L3", "S1");
      b.append(i == 0 ? "" : ",")
          .append("{\"id\":\"lesion-")
          .append(i)
          .append("\",\"site\":{\"spinalLevel\":\"")
          .append(level)
          .append("\"}")
          .append(",\"morphology\":")
          .append(maybe(r, Generators.oneOf(r, "\"lytic\"", "\"mixed\"", "\"blastic\"")))
          .append(",\"painCharacter\":")
          .append(
              maybe(
                  r,
                  Generators.oneOf(
                      r, "\"none\"", "\"occasional_non_mechanical\"", "\"mechanical\"")))
          .append('}');
    }
    b.append("]}");
    return b.toString();
  }

  private static String maybe(RandomGenerator r, String value) {
    return r.nextInt(4) == 0 ? "\"unknown\"" : value;
  }

  private static String lab(double value, String unit) {
    String v =
        value == Math.rint(value)
            ? String.valueOf((long) value)
            : String.format(Locale.ROOT, "%s", value);
    return "{\"value\":" + v + ",\"unit\":\"" + unit + "\"}";
  }
}
