package org.hccbm.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.hccbm.core.Observed;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.patient.Patient;
import org.hccbm.models.liver.ChildPugh;
import org.hccbm.models.liver.ChildPughClass;
import org.junit.jupiter.api.Test;

/** Issue 15: variants of fixtures are one-liners, and the round trip loses nothing. */
class ToBuilderRoundTripTest {
  @Test
  void everyFixture_toBuilderBuild_equalsOriginal() {
    Fixtures.all().forEach(p -> assertThat(p.toBuilder().build()).isEqualTo(p));
    EdgeCases.all().forEach(p -> assertThat(p.toBuilder().build()).isEqualTo(p));
  }

  @Test
  void generatedPatients_toBuilderBuild_equalsOriginal() {
    PropertyCheck.forAll(15L, 2_000, Generators::patient, p -> p.toBuilder().build().equals(p));
    PropertyCheck.forAll(
        16L, 500, Generators::patientWithNoduleCountOnly, p -> p.toBuilder().build().equals(p));
  }

  @Test
  void generatedLesions_toBuilderBuild_equalsOriginal() {
    PropertyCheck.forAll(
        17L, 2_000, r -> Generators.boneLesion(r, "x"), l -> l.toBuilder().build().equals(l));
  }

  @Test
  void h2OnDialysis_isAOneLiner_andChangesOnlyDialysis() {
    Patient h2 = Fixtures.h2();
    Patient variant = Fixtures.h2().toBuilder().onDialysis(true).build();
    assertThat(variant.onDialysis()).isEqualTo(Observed.of(true));
    assertThat(variant.toBuilder().onDialysis(false).build()).isEqualTo(h2);
  }

  @Test
  void h1WithBilirubin3point2_isChildPughB() {
    Patient p =
        Fixtures.h1().toBuilder().labs(Fixtures.h1().labs().with(Bilirubin.mgPerDl(3.2))).build();
    HccbmAssertions.assertThat(ChildPugh.INSTANCE.evaluate(p)).hasCategory(ChildPughClass.B.code());
  }

  @Test
  void lesionVariant_isAOneLiner() {
    BoneLesion l1 = Fixtures.h2().boneLesions().known().orElseThrow().get(0);
    BoneLesion fractured = l1.toBuilder().pathologicalFracture(true).build();
    assertThat(fractured.pathologicalFracture()).isEqualTo(Observed.of(true));
    assertThat(fractured.toBuilder().build()).isEqualTo(fractured);
  }
}
