package org.hccbm.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hccbm.core.patient.Patient;
import org.hccbm.jackson.internal.PatientCodec;
import org.hccbm.testkit.EdgeCases;
import org.hccbm.testkit.Fixtures;
import org.hccbm.testkit.GeneratorProfile;
import org.hccbm.testkit.Generators;
import org.hccbm.testkit.ProfiledGenerator;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 6: a patient is streamed to the generator, not built as a tree first; the text is
 * the tree's, character for character, for every fixture, edge case and generated patient.
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
}
