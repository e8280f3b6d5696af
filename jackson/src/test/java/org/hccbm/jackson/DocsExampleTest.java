package org.hccbm.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hccbm.core.patient.Patient;
import org.hccbm.models.Models;
import org.junit.jupiter.api.Test;

/** The complete example of docs/json.md is a valid document. */
class DocsExampleTest {
  @Test
  void docsJsonExample_isReadAndScored() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "json.md"));
    int start = doc.indexOf("```json\n") + 8;
    String json = doc.substring(start, doc.indexOf("```", start));
    Patient p =
        new ObjectMapper().registerModule(new HccbmJacksonModule()).readValue(json, Patient.class);
    assertThat(p.id()).isEqualTo("H-1");
    assertThat(p.boneLesions().known().orElseThrow()).hasSize(3);
    assertThat(p.history().radiotherapy().known().orElseThrow()).hasSize(1);
    assertThat(Models.evaluate(p)).isNotEmpty();
  }
}
