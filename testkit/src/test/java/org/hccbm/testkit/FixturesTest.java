package org.hccbm.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ModelResult;
import org.hccbm.models.Models;
import org.hccbm.models.liver.BclcStage;
import org.hccbm.models.liver.ChildPugh;
import org.hccbm.models.liver.ChildPughClass;
import org.hccbm.models.liver.Bclc;
import org.junit.jupiter.api.Test;

class FixturesTest {
  @Test
  void h1_isChildPughA_andBclcC() {
    assertThat(((Complete) ChildPugh.INSTANCE.evaluate(Fixtures.h1())).category())
        .contains(ChildPughClass.A);
    ModelResult bclc = Bclc.INSTANCE.evaluate(Fixtures.h1());
    assertThat(((Complete) bclc).category()).contains(BclcStage.C);
  }

  @Test
  void h2_isChildPughA() {
    assertThat(((Complete) ChildPugh.INSTANCE.evaluate(Fixtures.h2())).category())
        .contains(ChildPughClass.A);
  }

  @Test
  void everyFixture_evaluatesEveryModelWithoutError() {
    Fixtures.all().forEach(p -> assertThat(Models.evaluate(p).stream().map(e -> e.model().id())
        .distinct()).hasSize(Models.catalogue().size()));
  }

  @Test
  void generatedPatients_alwaysEvaluate() {
    PropertyCheck.forAll(1L, 500, Generators::patient, p -> Models.evaluate(p).stream()
        .map(e -> e.model().id()).distinct().count() == Models.catalogue().size());
  }
}
