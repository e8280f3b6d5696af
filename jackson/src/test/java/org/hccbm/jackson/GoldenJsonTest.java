package org.hccbm.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hccbm.core.evidence.Probability;
import org.hccbm.imaging.PostTestCalculator;
import org.hccbm.imaging.TestResult;
import org.hccbm.imaging.evidence.ImagingEvidence;
import org.hccbm.models.Models;
import org.hccbm.models.treatment.TreatmentPlanner;
import org.hccbm.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Golden files pin the JSON format: a change to any of them is a format change for every EHR
 * integration. Regenerate with -Dhccbm.golden.update=true and review the diff.
 */
class GoldenJsonTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new HccbmJacksonModule())
          .enable(SerializationFeature.INDENT_OUTPUT);

  private static void golden(String name, Object value) throws IOException {
    String actual = MAPPER.writeValueAsString(value) + "\n";
    if (Boolean.getBoolean("hccbm.golden.update")) {
      Files.writeString(Path.of("src/test/resources/golden", name), actual);
    }
    try (InputStream in = GoldenJsonTest.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).as("golden file " + name).isNotNull();
      assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void patientH1() throws IOException {
    golden("patient-h1.json", Fixtures.h1());
  }

  @Test
  void evaluationsH1() throws IOException {
    golden("evaluations-h1.json", Models.evaluate(Fixtures.h1()));
  }

  @Test
  void planH2() throws IOException {
    golden("plan-h2.json", TreatmentPlanner.DEFAULT.plan(Fixtures.h2()));
  }

  @Test
  void postTestWholeBodyMri() throws IOException {
    golden(
        "posttest-wbmri.json",
        PostTestCalculator.postTest(
            ImagingEvidence.WU_WBMRI_PATIENT, TestResult.POSITIVE, Probability.of(0.1)));
  }

  @Test
  void catalogue() throws IOException {
    golden("catalogue.json", Models.catalogue());
  }
}
