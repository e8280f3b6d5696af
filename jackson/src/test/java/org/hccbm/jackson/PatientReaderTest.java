package org.hccbm.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 12: the strict whole-document reader, one rule per test, each with its path. */
class PatientReaderTest {
  private static final String MIN = "{\"schemaVersion\":\"1.0\",\"id\":\"p\"";

  private static HccbmJsonException refused(PatientReader reader, String doc) {
    return refused(reader, doc.getBytes(StandardCharsets.UTF_8));
  }

  private static HccbmJsonException refused(PatientReader reader, byte[] doc) {
    HccbmJsonException e = catchThrowableOfType(HccbmJsonException.class, () -> reader.read(doc));
    assertThat(e).as("refused").isNotNull();
    return e;
  }

  @Test
  void minimalDocument_isRead_withAndWithoutByteOrderMark() throws Exception {
    assertThat(
            PatientReader.strict()
                .read((MIN + "}").getBytes(StandardCharsets.UTF_8))
                .patient()
                .id())
        .isEqualTo("p");
    byte[] bom = ("\uFEFF" + MIN + "}").getBytes(StandardCharsets.UTF_8);
    assertThat(PatientReader.strict().read(bom).patient().id()).isEqualTo("p");
  }

  @Test
  void defect05_duplicateFieldRefusedWithPath_evenWhenRelaxed() {
    HccbmJsonException e = refused(PatientReader.relaxed(), MIN + ",\"id\":\"q\"}");
    assertThat(e.jsonPath()).isEqualTo("$.id");
    assertThat(e.problem()).isEqualTo("duplicate field (each field may appear once)");
    assertThat(e.column()).isPositive();
  }

  @Test
  void defect05_trailingContentRefused() {
    HccbmJsonException e = refused(PatientReader.strict(), MIN + "} {}");
    assertThat(e.jsonPath()).isEqualTo("$");
    assertThat(e.problem()).startsWith("unexpected content after the document");
    assertThat(e.column()).isEqualTo(MIN.length() + 3);
  }

  @Test
  void defect02_unpairedSurrogateRefused_pairAccepted() throws Exception {
    HccbmJsonException e =
        refused(PatientReader.strict(), "{\"schemaVersion\":\"1.0\",\"id\":\"a\\ud800b\"}");
    assertThat(e.jsonPath()).isEqualTo("$.id");
    assertThat(e.problem())
        .isEqualTo(
            "holds an unpaired surrogate \\uD800 at character 2 (not " + "valid Unicode text)");
    assertThat(
            PatientReader.strict()
                .read(
                    "{\"schemaVersion\":\"1.0\",\"id\":\"\\ud83d\\ude00\"}"
                        .getBytes(StandardCharsets.UTF_8))
                .patient()
                .id())
        .isEqualTo("\uD83D\uDE00");
  }

  @Test
  void defect03_invalidUtf8NamedByByteOffset() {
    byte[] d = (MIN + "}").getBytes(StandardCharsets.UTF_8);
    d[5] = (byte) 0xFE;
    assertThat(refused(PatientReader.strict(), d).problem())
        .isEqualTo("not valid UTF-8: byte " + "0xFE at byte 6");
  }

  @Test
  void defect10_emptyAndNullDocumentsAreClearErrors() {
    assertThat(refused(PatientReader.strict(), "").problem())
        .isEqualTo("the document is empty " + "(a patient object is required)");
    assertThat(refused(PatientReader.strict(), " null ").problem())
        .isEqualTo("the document is " + "null (a patient object is required)");
  }

  @Test
  void defect14_syntaxErrorHasLineColumnAndPath() {
    HccbmJsonException e =
        refused(
            PatientReader.strict(),
            "{\n\"schemaVersion\":\"1.0\",\n\"labs\":{\"albumin\":{\"value\":}}}");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(28);
    assertThat(e.jsonPath()).isEqualTo("$.labs.albumin.value");
    assertThat(e.problem()).startsWith("syntax error: Unexpected character ('}'");
  }

  @Test
  void defect04_sizeLimitsRefusedAtTheFirstElementOver() {
    StringBuilder big = new StringBuilder(MIN + ",\"boneLesions\":[");
    for (int i = 0; i <= 1_000; i++) {
      big.append(i == 0 ? "{}" : ",{}");
    }
    HccbmJsonException e = refused(PatientReader.strict(), big + "]}");
    assertThat(e.jsonPath()).isEqualTo("$.boneLesions[1000]");
    assertThat(e.problem()).isEqualTo("too many elements in one array (limit 1000)");
    String deep = MIN + ",\"x\":" + "[".repeat(40) + "]".repeat(40) + "}";
    assertThat(refused(PatientReader.relaxed(), deep).problem()).startsWith("nested too deeply");
  }

  @Test
  void defect08_datesBefore1900AndAfterTheAssessmentRefused() {
    HccbmJsonException early =
        refused(PatientReader.strict(), MIN + ",\"assessmentDate\":\"1899-12-31\"}");
    assertThat(early.jsonPath()).isEqualTo("$.assessmentDate");
    assertThat(early.problem()).isEqualTo("must be on or after 1900-01-01, was 1899-12-31");
    HccbmJsonException late =
        refused(
            PatientReader.strict(),
            MIN
                + ",\"assessmentDate\":\"2026-11-01\",\"labs\":{\"albumin\":{\"value\":3,\"unit\":\"g/dL\","
                + "\"date\":\"2026-11-02\"}}}");
    assertThat(late.jsonPath()).isEqualTo("$.labs.albumin.date");
    assertThat(late.problem())
        .isEqualTo("must not lie after the assessment date 2026-11-01, was " + "2026-11-02");
    HccbmJsonException future =
        refused(
            PatientReader.strict(),
            MIN
                + ",\"labs\":{\"albumin\":{\"value\":3,\"unit\":\"g/dL\",\"date\":\"2999-01-01\"}}}");
    assertThat(future.problem()).startsWith("must not lie in the future");
  }

  @Test
  void defect08_sameDayAsAssessmentAccepted() throws Exception {
    assertThat(
            PatientReader.strict()
                .read(
                    (MIN
                            + ",\"assessmentDate\":\"2026-11-01\",\"labs\":"
                            + "{\"albumin\":{\"value\":3,\"unit\":\"g/dL\",\"date\":\"2026-11-01\"}}}")
                        .getBytes(StandardCharsets.UTF_8))
                .patient()
                .labs()
                .albumin()
                .isKnown())
        .isTrue();
  }

  @Test
  void defect15_relaxedReaderListsEveryIgnoredField() throws Exception {
    PatientReader.Reading r =
        PatientReader.relaxed()
            .read(
                (MIN + ",\"x\":1,\"labs\":{\"albumn\":" + "{\"value\":3}}}")
                    .getBytes(StandardCharsets.UTF_8));
    assertThat(r.ignoredFields()).containsExactly("$.x", "$.labs.albumn");
    assertThat(refused(PatientReader.strict(), MIN + ",\"x\":1}").jsonPath()).isEqualTo("$.x");
  }
}
