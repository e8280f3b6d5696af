package org.hccbm.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.patient.Patient;
import org.hccbm.models.Models;
import org.hccbm.models.liver.Meld;
import org.junit.jupiter.api.Test;

/** Issue 15: PropertyCheck shrinks a failing patient towards a fixture. */
class ShrinkingTest {
  /**
   * A deliberately broken consumer: it formats the MELD total for a dashboard but assumes a patient
   * on dialysis never has a bilirubin of 3 mg/dL or more (it divides by the wrong term and throws).
   */
  static String brokenDashboard(Patient p) {
    boolean dialysis = p.onDialysis().known().orElse(false);
    double bilirubin = p.labs().bilirubin().known().map(b -> b.inMgPerDl()).orElse(0.0);
    if (dialysis && bilirubin >= 3) {
      throw new ArithmeticException("dashboard cannot place MELD for this patient");
    }
    return Meld.INSTANCE.evaluate(p).toString();
  }

  private static PropertyCheck.PropertyFailure runBroken() {
    try {
      PropertyCheck.forAllPatients(
          7L,
          2_000,
          GeneratorProfile.defaults().withUnknownRate(0.2).patients(),
          p -> !brokenDashboard(p).isEmpty());
    } catch (PropertyCheck.PropertyFailure f) {
      return f;
    }
    throw new AssertionError("the broken consumer was not caught");
  }

  @Test
  void brokenConsumer_isCaught_andShrunkToAtMostTwoDifferencesFromAFixture() {
    PropertyCheck.PropertyFailure f = runBroken();
    assertThat(f).isNotNull();
    assertThat(f.getMessage()).contains("seed 7").contains("differs from fixture");
    PatientShrinker.Shrunk s = f.shrunk();
    Patient fixture =
        Fixtures.all().stream().filter(p -> p.id().equals(s.fixtureId())).findFirst().orElseThrow();
    assertThat(PatientShrinker.differences(s.patient(), fixture))
        .isEqualTo(s.differences())
        .hasSizeLessThanOrEqualTo(2)
        .contains("onDialysis");
    assertThatThrownBy(() -> brokenDashboard(s.patient())).isInstanceOf(ArithmeticException.class);
    // the original was a whole random patient, further from every fixture
    assertThat(PatientShrinker.differences(f.original(), fixture).size())
        .isGreaterThan(s.differences().size());
    // replaying the seed finds the same failure
    PropertyCheck.PropertyFailure again = runBroken();
    assertThat(again.attempt()).isEqualTo(f.attempt());
    assertThat(again.shrunk()).isEqualTo(s);
  }

  @Test
  void shrinking_movesAValueToACutPoint() {
    Patient p =
        Fixtures.h1().toBuilder()
            .onDialysis(true)
            .labs(Fixtures.h1().labs().with(Bilirubin.mgPerDl(7.3)))
            .build();
    PatientShrinker.Shrunk s =
        PatientShrinker.shrink(
            p,
            q -> {
              try {
                brokenDashboard(q);
                return false;
              } catch (ArithmeticException e) {
                return true;
              }
            },
            List.of(Fixtures.h1()));
    assertThat(s.patient().labs().bilirubin().known()).contains(Bilirubin.mgPerDl(3.0));
    assertThat(s.differences()).containsExactlyInAnyOrder("onDialysis", "labs.total bilirubin");
  }

  @Test
  void shrinking_dropsLesions_thatDoNotMatter() {
    Patient p = Fixtures.h1().toBuilder().id("many").build();
    PatientShrinker.Shrunk s =
        PatientShrinker.shrink(
            p,
            q ->
                q.boneLesions()
                    .known()
                    .map(l -> l.stream().anyMatch(x -> x.id().equals("T12")))
                    .orElse(false),
            List.of(Fixtures.h2()));
    assertThat(s.patient().boneLesions().known().orElseThrow())
        .extracting(x -> x.id())
        .containsExactly("T12");
  }

  @Test
  void passingProperty_doesNotThrow_andAFailureWithoutShrinkStillNamesTheSeed() {
    PropertyCheck.forAllPatients(
        3L,
        200,
        GeneratorProfile.completeOnly().patients(),
        p ->
            Models.evaluate(p).stream()
                .allMatch(e -> e.result().model().id().equals(e.model().id())));
    assertThatThrownBy(() -> PropertyCheck.forAllPatients(3L, 0, Generators::patient, p -> true))
        .hasMessage("tries must be >= 1, was 0");
  }
}
