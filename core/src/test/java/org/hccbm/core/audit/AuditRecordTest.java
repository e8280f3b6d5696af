package org.hccbm.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hccbm.core.HccbmVersion;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.evidence.Citation;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.LabPanel;
import org.hccbm.core.patient.Age;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.PerformanceStatus;
import org.junit.jupiter.api.Test;

/** Issue 16 point 4: the audit record of an assessment. */
class AuditRecordTest {
  private static final String HASH = "a".repeat(64);
  private static final Instant NOW = Instant.parse("2026-11-30T17:00:00Z");

  private static ModelInfo model(String id, int revision) {
    return new ModelInfo(
        id,
        id,
        "",
        revision,
        ModelStatus.DRAFT,
        "test model",
        new Citation("A", "T", "J", 2000, "10.1/x"));
  }

  @Test
  void of_listsModelsOnce_inputsWithDatesAndSources() {
    Patient p =
        Patient.builder("P-1")
            .age(Age.years(61))
            .performanceStatus(PerformanceStatus.of(Ecog.of(1)))
            .labs(
                LabPanel.of(
                    Albumin.gPerDl(3.1).takenOn(LocalDate.of(2026, 10, 30)),
                    Bilirubin.mgPerDl(1.1)))
            .build();
    AuditRecord r =
        AuditRecord.of(
            p,
            List.of(model("sins", 1), model("albi", 2), model("sins", 1)),
            HASH,
            NOW,
            Map.of("labs.albumin", "Observation/alb-1"));
    assertThat(r.timestamp()).isEqualTo(NOW);
    assertThat(r.libraryVersion()).isEqualTo(HccbmVersion.current());
    assertThat(r.patientId()).isEqualTo("P-1");
    assertThat(r.models())
        .containsExactly(new AuditRecord.ModelRef("sins", 1), new AuditRecord.ModelRef("albi", 2));
    assertThat(r.inputs())
        .containsExactly(
            new AuditRecord.Input(
                "labs.totalBilirubin", "1.1 mg/dL", Optional.empty(), "patient document"),
            new AuditRecord.Input(
                "labs.albumin",
                "3.1 g/dL",
                Optional.of(LocalDate.of(2026, 10, 30)),
                "Observation/alb-1"),
            new AuditRecord.Input("age", "61 years", Optional.empty(), "patient document"),
            new AuditRecord.Input(
                "performanceStatus", "ECOG 1", Optional.empty(), "patient document"));
  }

  @Test
  void hash_mustBe64LowerCaseHex() {
    assertThatThrownBy(() -> new AuditRecord(NOW, "0", "p", List.of(), "ABC", List.of()))
        .isInstanceOf(InvalidClinicalInputException.class)
        .hasMessage("input SHA-256 must be 64 lower-case hex digits, was ABC");
    assertThatThrownBy(() -> new AuditRecord(NOW, "0", "p", List.of(), "A".repeat(64), List.of()))
        .isInstanceOf(InvalidClinicalInputException.class);
    assertThat(new AuditRecord(NOW, "0", "p", List.of(), HASH, List.of()).inputSha256())
        .isEqualTo(HASH);
  }
}
