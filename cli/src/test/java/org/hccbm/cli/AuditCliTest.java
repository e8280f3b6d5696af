package org.hccbm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hccbm.jackson.AssessmentRequest;
import org.hccbm.jackson.AuditJson;
import org.hccbm.jackson.HccbmJacksonModule;
import org.hccbm.models.VariantSelection;
import org.hccbm.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16 point 4: {@code --audit FILE} on assess (one line) and batch (one per record). */
class AuditCliTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new HccbmJacksonModule());

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;

  private int run(String... args) {
    return HccbmCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void assess_audit_writesOneLineWithTheInputHash() throws Exception {
    Path p = dir.resolve("p.json");
    Files.writeString(p, MAPPER.writeValueAsString(Fixtures.h1()));
    Path audit = dir.resolve("audit.json");
    assertThat(run("assess", p.toString(), "--audit", audit.toString())).isZero();
    List<String> lines = Files.readAllLines(audit);
    assertThat(lines).hasSize(1);
    JsonNode n = new ObjectMapper().readTree(lines.get(0));
    assertThat(n.get("patientId").asText()).isEqualTo(Fixtures.h1().id());
    assertThat(n.get("inputSha256").asText())
        .isEqualTo(
            AuditJson.sha256(new AssessmentRequest(Fixtures.h1(), VariantSelection.defaults())));
    assertThat(n.get("models").size()).isPositive();
    assertThat(n.get("inputs").size()).isPositive();
  }

  @Test
  void batch_audit_oneLinePerAssessedRecord_noneForRejected() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(
        in,
        MAPPER.writeValueAsString(Fixtures.h1())
            + "\n{\"broken\n"
            + MAPPER.writeValueAsString(Fixtures.h2())
            + "\n");
    Path audit = dir.resolve("audit.jsonl");
    int code =
        run(
            "batch",
            "--in",
            in.toString(),
            "--out",
            dir.resolve("out.jsonl").toString(),
            "--audit",
            audit.toString());
    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    List<String> lines = Files.readAllLines(audit);
    assertThat(lines).hasSize(2);
    assertThat(new ObjectMapper().readTree(lines.get(0)).get("patientId").asText())
        .isEqualTo(Fixtures.h1().id());
    assertThat(new ObjectMapper().readTree(lines.get(1)).get("patientId").asText())
        .isEqualTo(Fixtures.h2().id());
  }

  @Test
  void batch_withoutAudit_writesNoAuditFile() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, MAPPER.writeValueAsString(Fixtures.h1()) + "\n");
    assertThat(run("batch", "--in", in.toString(), "--out", dir.resolve("out.jsonl").toString()))
        .isZero();
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("in.jsonl", "out.jsonl");
    }
  }
}
