package org.hccbm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hccbm.jackson.HccbmJacksonModule;
import org.hccbm.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamplesTest {
  @TempDir Path dir;

  @Test
  void jsonExample_readsAndWrites() throws Exception {
    String out = JsonExample.run();
    assertThat(out).contains("\"id\" : \"child-pugh\"").contains("\"code\" : \"B\"");
  }

  @Test
  void variantsExample_cp6_isClassAUnderPugh_andBUnderTheAlbumin30Variant() throws Exception {
    String out = VariantsExample.run();
    assertThat(out)
        .contains("document: Child–Pugh class B (INR or PT; albumin 3.0–3.5 g/dL")
        .contains("pugh-1973: Child–Pugh class A (INR or PT; albumin 2.8–3.5 g/dL")
        .contains("si-converted: the conversion path");
  }

  @Test
  void cohortExample_countsGroupsAndRejections() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new HccbmJacksonModule());
    Path file = dir.resolve("c.jsonl");
    Files.writeString(
        file,
        mapper.writeValueAsString(Fixtures.h1())
            + "\n"
            + mapper.writeValueAsString(Fixtures.h2())
            + "\n{broken\n");
    Map<String, Integer> counts = CohortExample.run(file);
    assertThat(counts)
        .containsEntry("HIGH", 1)
        .containsEntry("LOW", 1)
        .containsEntry("rejected", 1);
  }
}
