package org.hccbm.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.tumour.PrimaryControl;
import org.hccbm.core.tumour.PrimaryHcc;
import org.hccbm.jackson.internal.PatientCodec;
import org.hccbm.jackson.internal.PatientWriter;
import org.hccbm.testkit.EdgeCases;
import org.hccbm.testkit.Fixtures;
import org.hccbm.testkit.GeneratorProfile;
import org.hccbm.testkit.Generators;
import org.hccbm.testkit.ProfiledGenerator;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 6: a patient is streamed to the generator, not built as a tree first; the text is
 * the tree's, character for character, for every fixture, edge case and generated patient. To a
 * plain generator it is assembled as bytes and written as one raw value; to any other (escapes of
 * printable characters, a pretty printer, ...) field by field: both give the same text.
 */
class PatientWriterTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new HccbmJacksonModule());

  private static List<Patient> patients() {
    List<Patient> all = new ArrayList<>(Fixtures.all());
    all.addAll(EdgeCases.all());
    SplittableRandom random = new SplittableRandom(13);
    ProfiledGenerator complete = ProfiledGenerator.of(GeneratorProfile.completeOnly());
    for (int i = 0; i < 3_000; i++) {
      all.add(Generators.patient(random));
      all.add(Generators.planningPatient(random));
      all.add(Generators.patientWithNoduleCountOnly(random));
      all.add(complete.patient(random));
    }
    return all;
  }

  @Test
  void streamedPatient_isTheTreeText() throws Exception {
    for (Patient p : patients()) {
      assertThat(MAPPER.writeValueAsString(p))
          .as(p.id())
          .isEqualTo(MAPPER.writeValueAsString(PatientCodec.write(p)));
    }
  }

  @Test
  void streamedPatient_isTheTreeText_prettyPrinted() throws Exception {
    ObjectMapper pretty = MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);
    for (Patient p : Fixtures.all()) {
      assertThat(pretty.writeValueAsString(p))
          .isEqualTo(pretty.writeValueAsString(PatientCodec.write(p)));
    }
    for (Patient p : EdgeCases.all()) {
      assertThat(pretty.writeValueAsString(p))
          .isEqualTo(pretty.writeValueAsString(PatientCodec.write(p)));
    }
  }

  @Test
  void everyNotAssessable_andEveryUnknown_areWrittenAsTheTreeWritesThem() throws Exception {
    String notAssessable = MAPPER.writeValueAsString(EdgeCases.everyNotAssessable());
    assertThat(notAssessable).contains("{\"notAssessable\":");
    assertThat(notAssessable)
        .isEqualTo(MAPPER.writeValueAsString(PatientCodec.write(EdgeCases.everyNotAssessable())));
    String unknown = MAPPER.writeValueAsString(EdgeCases.everyUnknown());
    assertThat(unknown).contains("\"age\":\"unknown\"").doesNotContain("noduleCount");
  }

  /** Escapes that also escape '~' (printable ASCII): the raw text would differ, so none is used. */
  private static final class TildeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    TildeEscapes() {
      ascii['~'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }

  /** As the command line's escapes: DEL escaped too, printable ASCII left alone (raw text). */
  private static final class DelEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    DelEscapes() {
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }

  private static String written(JsonFactory factory, Patient p) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = factory.createGenerator(out)) {
      PatientWriter.write(p, g);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void rawText_isTheStreamedText_forEveryPatient() throws Exception {
    JsonFactory raw = new JsonFactory();
    JsonFactory del = new JsonFactory().setCharacterEscapes(new DelEscapes());
    JsonFactory streamed = new JsonFactory().setCharacterEscapes(new TildeEscapes());
    JsonFactory slashes =
        JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES).build();
    for (Patient p : patients()) {
      String expected = written(streamed, p);
      assertThat(written(raw, p)).as(p.id()).isEqualTo(expected);
      assertThat(written(del, p)).as(p.id()).isEqualTo(expected);
      assertThat(written(slashes, p)).isEqualTo(expected.replace("/", "\\/"));
    }
  }

  @Test
  void rawText_isTheStreamedText_forThePatientFilesOfTheRepository() throws Exception {
    JsonFactory raw = new JsonFactory();
    JsonFactory streamed = new JsonFactory().setCharacterEscapes(new TildeEscapes());
    for (byte[] doc : DirectPatientReaderTest.repositoryPatients()) {
      Patient p = PatientReader.strict().read(doc).patient();
      String expected = MAPPER.writeValueAsString(PatientCodec.write(p));
      assertThat(written(raw, p)).isEqualTo(expected);
      assertThat(written(streamed, p)).isEqualTo(expected);
    }
  }

  @Test
  void stringsThatAreNotPlain_areWrittenAsTheTreeWritesThem() throws Exception {
    Patient h1 = Fixtures.h1();
    JsonFactory del = new JsonFactory().setCharacterEscapes(new DelEscapes());
    for (String text :
        List.of(
            "plain",
            "Jos\u00e9",
            "say \"no\"",
            "back\\slash",
            "a/b",
            "tab\there",
            "del\u007f",
            "emoji \ud83d\ude00",
            "bidi \u202e")) {
      Patient p =
          h1.toBuilder()
              .id(text)
              .primary(PrimaryHcc.builder().control(new PrimaryControl(true, text)).build())
              .boneLesions(List.of(BoneLesion.at(text, SpinalLevel.L1).build()))
              .notAssessable("weight", text)
              .build();
      String tree = MAPPER.writeValueAsString(PatientCodec.write(p));
      assertThat(MAPPER.writeValueAsString(p)).as(text).isEqualTo(tree);
      ObjectMapper terminal = new ObjectMapper(del).registerModule(new HccbmJacksonModule());
      assertThat(terminal.writeValueAsString(p))
          .as(text)
          .isEqualTo(terminal.writeValueAsString(PatientCodec.write(p)));
    }
  }
}
