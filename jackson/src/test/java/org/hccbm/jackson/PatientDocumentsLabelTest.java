package org.hccbm.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.hccbm.testkit.PatientDocuments;
import org.hccbm.testkit.PatientDocuments.Document;
import org.hccbm.testkit.PatientDocuments.Mutation;
import org.junit.jupiter.api.Test;

/** Issue 15: every label of the testkit's document generators is what the strict reader does. */
class PatientDocumentsLabelTest {
  private static void check(Document d) {
    try {
      PatientReader.Reading r = PatientReader.strict().read(d.utf8());
      assertThat(d.accepted()).as("accepted, but labelled " + d).isTrue();
      assertThat(r.patient().id()).startsWith("doc-");
    } catch (HccbmJsonException e) {
      assertThat(d.rejectedAt()).as(e.getMessage() + " for " + d).contains(e.jsonPath());
    }
  }

  @Test
  void validDocuments_areAccepted() {
    SplittableRandom r = new SplittableRandom(15);
    for (int i = 0; i < 2_000; i++) {
      Document d = PatientDocuments.valid(r);
      assertThat(d.accepted()).isTrue();
      check(d);
    }
  }

  @Test
  void everyMutationClass_isRejectedAtItsLabelledPath() {
    SplittableRandom r = new SplittableRandom(16);
    Map<Mutation, Integer> seen = new EnumMap<>(Mutation.class);
    for (int i = 0; i < 3_000; i++) {
      Document d = PatientDocuments.any(r);
      check(d);
      d.mutation().ifPresent(m -> seen.merge(m, 1, Integer::sum));
    }
    assertThat(seen.keySet()).containsExactlyInAnyOrder(Mutation.values());
  }

  @Test
  void relaxedReader_acceptsAnUnknownField_andNamesIt() throws Exception {
    Document d = PatientDocuments.mutated(new SplittableRandom(17), Mutation.UNKNOWN_FIELD);
    assertThat(PatientReader.relaxed().read(d.utf8()).ignoredFields())
        .containsExactly("$.favouriteColour");
  }
}
