package org.hccbm.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The strict reader builds a JSON path only when it refuses a document (issue 13, point 6): every
 * refusal still names the exact path, at any depth, in objects and arrays, whether the document is
 * plain ASCII (no surrogate scan) or not.
 */
class StrictTreePathsTest {
  private static final String MIN = "{\"schemaVersion\":\"1.0\",\"id\":\"p\"";

  private static HccbmJsonException refused(PatientReader reader, String doc) {
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    HccbmJsonException e = catchThrowableOfType(HccbmJsonException.class, () -> reader.read(bytes));
    assertThat(e).as("refused").isNotNull();
    return e;
  }

  @Test
  void duplicateFieldInsideAnArrayElement_namesIndexAndField() {
    HccbmJsonException e =
        refused(
            PatientReader.relaxed(),
            MIN
                + ",\"boneLesions\":[{\"id\":"
                + "\"a\"},{\"id\":\"b\",\"site\":{\"otherBone\":\"rib\",\"otherBone\":\"rib\"}}]}");
    assertThat(e.jsonPath()).isEqualTo("$.boneLesions[1].site.otherBone");
    assertThat(e.problem()).isEqualTo("duplicate field (each field may appear once)");
  }

  @Test
  void nestedTooDeeply_namesTheContainerOverTheLimit() {
    HccbmJsonException e =
        refused(
            PatientReader.relaxed(),
            MIN + ",\"x\":{\"y\":" + "[".repeat(40) + "]".repeat(40) + "}}");
    // the root object is level 1, x level 2, y's arrays from level 3: the 33rd level is refused
    assertThat(e.jsonPath()).isEqualTo("$.x.y" + "[0]".repeat(30));
    assertThat(e.problem()).isEqualTo("nested too deeply (limit 32 levels)");
  }

  @Test
  void tooManyFields_namesTheFieldOverTheLimit() {
    StringBuilder doc = new StringBuilder(MIN + ",\"x\":{");
    for (int i = 0; i <= 1_000; i++) {
      doc.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":0");
    }
    HccbmJsonException e = refused(PatientReader.relaxed(), doc + "}}");
    assertThat(e.jsonPath()).isEqualTo("$.x.f1000");
    assertThat(e.problem()).isEqualTo("too many fields (limit 1000)");
  }

  @Test
  void numberTooLong_namesTheObjectHoldingIt() {
    HccbmJsonException e =
        refused(
            PatientReader.strict(),
            MIN + ",\"labs\":{\"albumin\":" + "{\"value\":" + "1".repeat(500) + "}}}");
    // the parser measures the number once it has read past it: the path is its object's
    assertThat(e.jsonPath()).isEqualTo("$.labs.albumin");
    assertThat(e.problem())
        .startsWith("too large: Number value length (500) exceeds the maximum " + "allowed (400");
  }

  @Test
  void tooManyElements_inANestedArray_namesTheElement() {
    StringBuilder doc = new StringBuilder(MIN + ",\"history\":{\"surgery\":[");
    for (int i = 0; i <= 1_000; i++) {
      doc.append(i == 0 ? "1" : ",1");
    }
    HccbmJsonException e = refused(PatientReader.strict(), doc + "]}}");
    assertThat(e.jsonPath()).isEqualTo("$.history.surgery[1000]");
  }

  @Test
  void unpairedSurrogate_inANestedString_orAFieldName_isRefusedWithItsPath() {
    HccbmJsonException inValue =
        refused(PatientReader.relaxed(), MIN + ",\"x\":[1,{\"y\":" + "\"ok\\udc00\"}]}");
    assertThat(inValue.jsonPath()).isEqualTo("$.x[1].y");
    assertThat(inValue.problem()).startsWith("holds an unpaired surrogate \\uDC00 at character 3");
    HccbmJsonException inName = refused(PatientReader.relaxed(), MIN + ",\"x\":{\"a\\ud800\":1}}");
    // an unpaired escape in a field name is the parser's own syntax error, at the object
    assertThat(inName.jsonPath()).isEqualTo("$.x");
    assertThat(inName.problem()).startsWith("syntax error: Broken surrogate pair in field name");
  }

  @Test
  void backslashOrNonAsciiInTheLastBytes_stillScansForSurrogates() {
    // fewer than eight bytes after the last whole word: the tail is checked byte by byte
    String doc = "{\"schemaVersion\":\"1.0\",\"id\":\"\\ud800\"}";
    for (int pad = 0; pad < 8; pad++) {
      HccbmJsonException e = refused(PatientReader.strict(), " ".repeat(pad) + doc);
      assertThat(e.jsonPath()).isEqualTo("$.id");
    }
    for (int pad = 0; pad < 8; pad++) {
      HccbmJsonException e =
          refused(
              PatientReader.strict(),
              " ".repeat(pad) + "{\"schemaVersion\":\"1.0\",\"id\":\"é\\ud800\"}");
      assertThat(e.problem()).startsWith("holds an unpaired surrogate");
    }
  }

  @Test
  void plainAsciiDocument_andOneWithEscapesAndPairs_areRead() throws Exception {
    assertThat(
            PatientReader.strict()
                .read((MIN + "}").getBytes(StandardCharsets.UTF_8))
                .patient()
                .id())
        .isEqualTo("p");
    assertThat(
            PatientReader.strict()
                .read(
                    "{\"schemaVersion\":\"1.0\",\"id\":\"a\\\"b😀\"}"
                        .getBytes(StandardCharsets.UTF_8))
                .patient()
                .id())
        .isEqualTo("a\"b😀");
  }
}
