package org.hccbm.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.hccbm.core.patient.Patient;
import org.hccbm.models.Models;
import org.junit.jupiter.api.Test;

class DashboardTest {
  /** The code under test: one dashboard line per result (stands for your own consumer). */
  static String line(Models.Evaluation e) {
    String what =
        e.result()
            .fold(
                c ->
                    c.category()
                        .map(x -> x.code())
                        .orElse(c.total().map(t -> "" + t.value()).orElse("?")),
                b -> "open: " + b.decidingItems(),
                n -> "n/a");
    return e.model().id() + " [" + e.subject() + "] " + what;
  }

  @Test
  void h2OnDialysis_showsMeld20() {
    Patient p = Fixtures.h2().toBuilder().onDialysis(true).build();
    assertThat(Models.evaluate(p).stream().map(DashboardTest::line))
        .contains("meld [patient] 20.0");
  }

  @Test
  void edgeCases_giveOneLinePerResult() {
    for (Patient p : EdgeCases.all()) {
      assertThat(Models.evaluate(p).stream().map(DashboardTest::line))
          .allSatisfy(l -> assertThat(l).doesNotEndWith(" "));
    }
  }

  @Test
  void publishedCases_showTheirCategory() {
    for (PublishedCases.Case k : PublishedCases.all()) {
      k.expectedCategory()
          .ifPresent(
              code ->
                  assertThat(
                          Models.evaluate(k.patient()).stream()
                              .filter(e -> e.model().id().equals(k.modelId()))
                              .map(DashboardTest::line))
                      .as(k.id())
                      .allMatch(l -> l.endsWith(" " + code)));
    }
  }

  @Test
  void anyPatient_givesALineForEveryModel() {
    PropertyCheck.forAllPatients(
        42L,
        300,
        GeneratorProfile.defaults().withUnknownRate(0.5).patients(),
        p ->
            Models.evaluate(p).stream().map(DashboardTest::line).distinct().count()
                >= Models.catalogue().size());
  }
}
