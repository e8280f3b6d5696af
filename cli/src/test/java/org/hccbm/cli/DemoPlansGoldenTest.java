package org.hccbm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hccbm.core.patient.Patient;
import org.hccbm.models.treatment.TreatmentPlanner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The treatment plans of the bundled demo patients, pinned as golden text: a change to any of them
 * changes what `hccbm demo` tells a tumour board. Regenerate with -Dhccbm.golden.update=true and
 * read the diff clinically.
 */
class DemoPlansGoldenTest {
  static java.util.List<String> patients() {
    return DemoCommand.PATIENTS;
  }

  @ParameterizedTest
  @MethodSource("patients")
  void demoPlan_isTheReviewedGolden(String name) throws IOException {
    Patient patient = DemoCommand.read(new Assessor(true), name);
    String actual = TreatmentPlanner.DEFAULT.plan(patient).render();
    String file = "demo-plan-" + name.replace(".json", ".txt");
    if (Boolean.getBoolean("hccbm.golden.update")) {
      Files.writeString(Path.of("src/test/resources/golden", file), actual);
    }
    try (InputStream in = DemoPlansGoldenTest.class.getResourceAsStream("/golden/" + file)) {
      assertThat(in).as("golden file " + file).isNotNull();
      assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
