package org.hccbm.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.patient.Patient;
import org.hccbm.models.Models;
import org.hccbm.models.VariantSelection;
import org.hccbm.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** Issue 16 point 4: the audit record in JSON and the hash of the canonical input document. */
class AuditJsonTest {
  private static final Instant NOW = Instant.parse("2026-11-30T17:00:00Z");

  private static AssessmentRequest request(Patient p) {
    return new AssessmentRequest(p, VariantSelection.defaults());
  }

  @Test
  void sha256_isTheDigestOfTheCanonicalDocument() throws Exception {
    AssessmentRequest r = request(Fixtures.h1());
    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(AuditJson.canonicalInput(r).getBytes(StandardCharsets.UTF_8)));
    assertThat(AuditJson.sha256(r)).isEqualTo(expected).hasSize(64);
    assertThat(AuditJson.canonicalInput(r)).doesNotContain("\n").startsWith("{\"schemaVersion\"");
  }

  @Test
  void sha256_stableForTheSameInput_changesWithAnyInputOrVariant() {
    Patient h1 = Fixtures.h1();
    String base = AuditJson.sha256(request(h1));
    assertThat(AuditJson.sha256(request(Fixtures.h1()))).isEqualTo(base);
    Patient changed = h1.toBuilder().labs(h1.labs().with(Albumin.gPerDl(2.0))).build();
    assertThat(AuditJson.sha256(request(changed))).isNotEqualTo(base);
    assertThat(
            AuditJson.sha256(
                new AssessmentRequest(
                    h1, VariantSelection.defaults().with("child-pugh", "albumin-3.0"))))
        .isNotEqualTo(base);
  }

  @Test
  void line_holdsEveryPartOfTheRecord() throws Exception {
    Patient h1 = Fixtures.h1();
    List<Models.Evaluation> evaluations = Models.evaluate(h1);
    String line =
        AuditJson.line(
            AuditJson.record(
                request(h1), evaluations, NOW, Map.of("labs.albumin", "Observation/alb-1")));
    assertThat(line).doesNotContain("\n");
    JsonNode n = new ObjectMapper().readTree(line);
    assertThat(n.get("schemaVersion").asInt()).isEqualTo(AuditJson.SCHEMA_VERSION);
    assertThat(n.get("timestamp").asText()).isEqualTo("2026-11-30T17:00:00Z");
    assertThat(n.get("library").asText()).startsWith("hccbm ");
    assertThat(n.get("patientId").asText()).isEqualTo(h1.id());
    assertThat(n.get("inputSha256").asText()).isEqualTo(AuditJson.sha256(request(h1)));
    assertThat(n.get("models").size())
        .isEqualTo((int) evaluations.stream().map(e -> e.model().id()).distinct().count());
    assertThat(n.get("models").get(0).get("revision").isInt()).isTrue();
    JsonNode albumin = null;
    for (JsonNode i : n.get("inputs")) {
      if (i.get("field").asText().equals("labs.albumin")) {
        albumin = i;
      }
    }
    assertThat(albumin).isNotNull();
    assertThat(albumin.get("source").asText()).isEqualTo("Observation/alb-1");
    assertThat(albumin.get("value").asText())
        .isEqualTo(h1.labs().albumin().known().orElseThrow().toString());
  }
}
