package org.hccbm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hccbm.core.lab.LabValue;
import org.hccbm.core.patient.Patient;
import org.hccbm.jackson.HccbmJacksonModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: {@code hccbm generate --unknown-rate 0 --precision reported}, then {@code batch}. */
class GenerateProfileCliTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new HccbmJacksonModule());

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;

  private int run(String... args) {
    return HccbmCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void unknownRate0_reported_batchGivesCompleteResultsForEveryApplicableModel() throws Exception {
    Path patients = dir.resolve("complete.jsonl");
    assertThat(
            run(
                "generate",
                "--count",
                "300",
                "--seed",
                "15",
                "--unknown-rate",
                "0",
                "--precision",
                "reported",
                "--out",
                patients.toString()))
        .isZero();
    List<String> lines = Files.readAllLines(patients);
    assertThat(lines).hasSize(300);
    for (String line : lines) {
      Patient p = MAPPER.readValue(line, Patient.class);
      assertThat(
              p.age().isKnown()
                  && p.performanceStatus().isKnown()
                  && p.boneLesions().isKnown()
                  && p.frankel().isKnown())
          .isTrue();
      for (LabValue v : p.labs().values()) {
        assertThat(new BigDecimal(Double.toString(v.value())).stripTrailingZeros().scale())
            .as(v.toString())
            .isLessThanOrEqualTo(2);
      }
    }
    Path results = dir.resolve("results.jsonl");
    run("batch", "--in", patients.toString(), "--out", results.toString());
    List<String> records = Files.readAllLines(results);
    assertThat(records).hasSize(300);
    int complete = 0;
    for (String record : records) {
      JsonNode r = MAPPER.readTree(record);
      assertThat(r.get("status").asText()).as(record).isEqualTo("ok");
      for (JsonNode e : r.get("evaluations")) {
        assertThat(e.get("kind").asText()).as(e.toString()).isIn("complete", "notApplicable");
        if (e.get("kind").asText().equals("complete")) {
          complete++;
        }
      }
    }
    assertThat(complete).isGreaterThan(300 * 10);
  }

  @Test
  void unknownRate_outside0to1_orAnUnknownPrecision_isAUsageError() {
    assertThat(run("generate", "--unknown-rate", "1.5", "--out", "-")).isEqualTo(2);
    assertThat(err.toString()).contains("--unknown-rate must be in 0 … 1, was 1.5");
    assertThat(run("generate", "--precision", "exact", "--out", "-")).isEqualTo(2);
    assertThat(err.toString()).contains("--precision must be one of [full, reported], was exact");
  }

  @Test
  void siUnits_writeSiUnitsOnly() throws Exception {
    Path patients = dir.resolve("si.jsonl");
    assertThat(
            run(
                "generate",
                "--count",
                "50",
                "--unknown-rate",
                "0",
                "--units",
                "si",
                "--out",
                patients.toString()))
        .isZero();
    String all = Files.readString(patients);
    assertThat(all)
        .contains("\"umol/L\"")
        .contains("\"g/L\"")
        .doesNotContain("\"mg/dL\"")
        .doesNotContain("\"g/dL\"");
  }
}
