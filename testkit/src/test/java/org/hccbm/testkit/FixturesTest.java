package org.hccbm.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.hccbm.models.Models;
import org.hccbm.models.liver.Bclc;
import org.hccbm.models.liver.BclcStage;
import org.hccbm.models.liver.ChildPugh;
import org.hccbm.models.liver.ChildPughClass;
import org.junit.jupiter.api.Test;

class FixturesTest {
  @Test
  void h1_isChildPughA_andBclcC() {
    HccbmAssertions.assertThat(ChildPugh.INSTANCE.evaluate(Fixtures.h1()))
        .hasCategory(ChildPughClass.A.code());
    HccbmAssertions.assertThat(Bclc.INSTANCE.evaluate(Fixtures.h1()))
        .hasCategory(BclcStage.C.code());
  }

  @Test
  void h2_isChildPughA() {
    HccbmAssertions.assertThat(ChildPugh.INSTANCE.evaluate(Fixtures.h2()))
        .hasCategory(ChildPughClass.A.code());
  }

  @Test
  void everyFixture_evaluatesEveryModelWithoutError() {
    Fixtures.all()
        .forEach(
            p ->
                assertThat(Models.evaluate(p).stream().map(e -> e.model().id()).distinct())
                    .hasSize(Models.catalogue().size()));
  }

  @Test
  void generatedPatients_alwaysEvaluate() {
    PropertyCheck.forAll(
        1L,
        500,
        Generators::patient,
        p ->
            Models.evaluate(p).stream().map(e -> e.model().id()).distinct().count()
                == Models.catalogue().size());
  }
}
