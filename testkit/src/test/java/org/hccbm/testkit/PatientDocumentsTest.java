package org.hccbm.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.hccbm.testkit.PatientDocuments.Document;
import org.hccbm.testkit.PatientDocuments.Mutation;
import org.junit.jupiter.api.Test;

/**
 * The document generators are seeded and label every mutation (the jackson module checks the labels
 * against the reader: PatientDocumentsLabelTest).
 */
class PatientDocumentsTest {
  @Test
  void sameSeed_sameDocuments() {
    assertThat(PatientDocuments.any(new SplittableRandom(5)))
        .isEqualTo(PatientDocuments.any(new SplittableRandom(5)));
  }

  @Test
  void everyMutation_isLabelledRejected_andChangesTheDocument() {
    for (Mutation m : Mutation.values()) {
      Document valid = PatientDocuments.valid(new SplittableRandom(9));
      Document bad = PatientDocuments.mutated(new SplittableRandom(9), m);
      assertThat(bad.mutation()).contains(m);
      assertThat(bad.accepted()).isFalse();
      assertThat(bad.rejectedAt().orElseThrow()).startsWith("$");
      assertThat(bad.utf8()).as(m.name()).isNotEqualTo(valid.utf8());
    }
  }

  @Test
  void validDocuments_areUtf8_withSchemaVersionAndNoMutation() {
    Document d = PatientDocuments.valid(new SplittableRandom(3));
    assertThat(d.accepted()).isTrue();
    assertThat(d.mutation()).isEmpty();
    assertThat(new String(d.utf8(), StandardCharsets.UTF_8))
        .startsWith("{\"schemaVersion\":\"1.1\",\"id\":\"doc-")
        .endsWith("]}");
  }

  @Test
  void encodingMutation_putsAByteThatIsNotUtf8() {
    byte[] b = PatientDocuments.mutated(new SplittableRandom(4), Mutation.ENCODING).utf8();
    boolean found = false;
    for (byte x : b) {
      found |= x == (byte) 0xFE;
    }
    assertThat(found).isTrue();
  }
}
