package org.hccbm.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.hccbm.core.lab.Analyte;
import org.hccbm.core.lab.LabUnit;
import org.hccbm.core.lab.LabValue;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.LesionMorphology;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Bounded;
import org.hccbm.models.Models;
import org.hccbm.models.liver.ChildPugh;
import org.hccbm.models.liver.ChildPughClass;
import org.junit.jupiter.api.Test;

/** Issue 15: generator profiles (unknown rate, precision, units) and the review cohort. */
class GeneratorProfileTest {
  private static List<Patient> draw(Function<RandomGenerator, Patient> g, long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Patient> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(g.apply(r));
    }
    return out;
  }

  @Test
  void unknownRate0_everyModelIsCompleteOrNotApplicable() {
    for (Patient p : draw(GeneratorProfile.completeOnly().patients(), 150, 1_000)) {
      Models.evaluate(p)
          .forEach(
              e ->
                  assertThat(e.result())
                      .as(e.model().id() + " " + p)
                      .isNotInstanceOf(Bounded.class));
      assertThat(
              p.age().isKnown()
                  && p.sex().isKnown()
                  && p.weight().isKnown()
                  && p.performanceStatus().isKnown()
                  && p.frankel().isKnown()
                  && p.boneLesions().isKnown()
                  && p.extraskeletalMetastases().isKnown())
          .isTrue();
      assertThat(p.labs().values()).hasSize(9);
    }
  }

  @Test
  void unknownRate1_knowsNothing() {
    for (Patient p : draw(GeneratorProfile.defaults().withUnknownRate(1).patients(), 151, 200)) {
      assertThat(p).isEqualTo(Patient.builder(p.id()).build());
    }
  }

  @Test
  void unknownRateHalf_leavesAboutHalfTheLabsUnknown() {
    int known = 0;
    List<Patient> ps =
        draw(GeneratorProfile.defaults().withUnknownRate(0.5).patients(), 152, 2_000);
    for (Patient p : ps) {
      known += p.labs().values().size();
    }
    assertThat(known / (9.0 * ps.size())).isCloseTo(0.5, within(0.02));
  }

  @Test
  void unknownRate_outside0to1_isRefused() {
    assertThatThrownBy(() -> GeneratorProfile.defaults().withUnknownRate(1.01))
        .hasMessage("unknownRate must be in 0 … 1, was 1.01");
    assertThatThrownBy(() -> GeneratorProfile.defaults().withUnknownRate(-0.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GeneratorProfile.defaults().withUnknownRate(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static final Map<LabUnit, BigDecimal> STEP_BY_UNIT =
      Map.of(
          LabUnit.G_PER_L,
          BigDecimal.ONE,
          LabUnit.THOUSAND_PER_UL,
          BigDecimal.ONE,
          LabUnit.BILLION_PER_L,
          BigDecimal.ONE,
          LabUnit.U_PER_L,
          BigDecimal.ONE,
          LabUnit.MG_PER_L,
          BigDecimal.ONE,
          LabUnit.G_PER_DL,
          new BigDecimal("0.1"),
          LabUnit.INR,
          new BigDecimal("0.01"));

  private static BigDecimal step(LabValue v) {
    Analyte a = v.analyte();
    if (a == Analyte.TOTAL_BILIRUBIN || a == Analyte.CREATININE) {
      return v.unit() == LabUnit.UMOL_PER_L
          ? BigDecimal.ONE
          : a == Analyte.TOTAL_BILIRUBIN ? new BigDecimal("0.1") : new BigDecimal("0.01");
    }
    if (a == Analyte.SODIUM) {
      return BigDecimal.ONE;
    }
    if (a == Analyte.CALCIUM) {
      return v.unit() == LabUnit.MMOL_PER_L ? new BigDecimal("0.01") : new BigDecimal("0.1");
    }
    if (a == Analyte.CRP && v.unit() == LabUnit.MG_PER_DL) {
      return new BigDecimal("0.1");
    }
    return STEP_BY_UNIT.get(v.unit());
  }

  @Test
  void reportedPrecision_everyLabIsAMultipleOfItsReportingStep() {
    for (Patient p : draw(GeneratorProfile.completeOnly().patients(), 153, 1_000)) {
      for (LabValue v : p.labs().values()) {
        BigDecimal value = new BigDecimal(Double.toString(v.value()));
        assertThat(value.remainder(step(v)).signum()).as(v + " step " + step(v)).isZero();
      }
      assertThat(
              new BigDecimal(Double.toString(p.weight().known().orElseThrow().kg()))
                  .stripTrailingZeros()
                  .scale())
          .isLessThanOrEqualTo(1);
    }
  }

  @Test
  void fullPrecision_carriesMoreDigitsThanReported() {
    long longOnes =
        draw(GeneratorProfile.defaults().withUnknownRate(0).patients(), 154, 200).stream()
            .flatMap(p -> p.labs().values().stream())
            .filter(v -> new BigDecimal(Double.toString(v.value())).scale() > 4)
            .count();
    assertThat(longOnes).isGreaterThan(1_000);
  }

  @Test
  void unitMix_usGivesConventionalUnits_siGivesSi_mixedGivesBoth() {
    EnumSet<LabUnit> us = EnumSet.noneOf(LabUnit.class);
    draw(
            GeneratorProfile.completeOnly().withUnits(GeneratorProfile.UnitMix.US).patients(),
            155,
            300)
        .forEach(p -> p.labs().values().forEach(v -> us.add(v.unit())));
    assertThat(us)
        .containsExactlyInAnyOrder(
            LabUnit.MG_PER_DL,
            LabUnit.G_PER_DL,
            LabUnit.INR,
            LabUnit.MMOL_PER_L,
            LabUnit.THOUSAND_PER_UL,
            LabUnit.U_PER_L);
    EnumSet<LabUnit> si = EnumSet.noneOf(LabUnit.class);
    draw(
            GeneratorProfile.completeOnly().withUnits(GeneratorProfile.UnitMix.SI).patients(),
            156,
            300)
        .forEach(p -> p.labs().values().forEach(v -> si.add(v.unit())));
    assertThat(si)
        .containsExactlyInAnyOrder(
            LabUnit.UMOL_PER_L,
            LabUnit.G_PER_L,
            LabUnit.INR,
            LabUnit.MMOL_PER_L,
            LabUnit.BILLION_PER_L,
            LabUnit.U_PER_L,
            LabUnit.MG_PER_L);
    EnumSet<LabUnit> mixed = EnumSet.noneOf(LabUnit.class);
    draw(GeneratorProfile.completeOnly().patients(), 157, 300)
        .forEach(p -> p.labs().values().forEach(v -> mixed.add(v.unit())));
    assertThat(mixed).containsAll(us).containsAll(si);
  }

  @Test
  void reviewCohort_lesionMorphology_followsReference14() {
    int[] counts = new int[3];
    draw(ReviewCohort.of(GeneratorProfile.completeOnly())::patient, 158, 5_000)
        .forEach(
            p ->
                p.boneLesions()
                    .known()
                    .orElseThrow()
                    .forEach(l -> counts[l.morphology().known().orElseThrow().ordinal()]++));
    double n = counts[0] + counts[1] + counts[2];
    assertThat(counts[LesionMorphology.LYTIC.ordinal()] / n).isCloseTo(0.8244, within(0.01));
    assertThat(counts[LesionMorphology.BLASTIC.ordinal()] / n).isCloseTo(0.0976, within(0.01));
    assertThat(counts[LesionMorphology.MIXED.ordinal()] / n).isCloseTo(0.0780, within(0.01));
    assertThat(ReviewCohort.morphologyShares().get(2)).isCloseTo(0.0780, within(1e-9));
  }

  @Test
  void reviewCohort_setMarginals_areMet() {
    List<Patient> ps =
        draw(
            ReviewCohort.of(GeneratorProfile.completeOnly())
                    .withChildPughAShare(0.7)
                    .withSpineShare(0.6)
                    .withEcogWeights(4, 3, 2, 1, 0)
                ::patient,
            159,
            4_000);
    long a =
        ps.stream()
            .filter(
                p ->
                    ChildPugh.INSTANCE
                        .evaluate(p)
                        .possibleCategories(ChildPughClass.class)
                        .equals(List.of(ChildPughClass.A)))
            .count();
    assertThat(a / (double) ps.size()).isCloseTo(0.7, within(0.025));
    long lesions = ps.stream().mapToLong(p -> p.boneLesions().known().orElseThrow().size()).sum();
    long spinal =
        ps.stream()
            .flatMap(p -> p.boneLesions().known().orElseThrow().stream())
            .map(BoneLesion::site)
            .filter(s -> s.isSpinal())
            .count();
    assertThat(spinal / (double) lesions).isCloseTo(0.6, within(0.025));
    long ecog0 =
        ps.stream()
            .filter(p -> p.performanceStatus().known().orElseThrow().toString().contains("ECOG 0"))
            .count();
    assertThat(ecog0 / (double) ps.size()).isCloseTo(0.4, within(0.025));
    assertThat(ps)
        .noneMatch(p -> p.performanceStatus().known().orElseThrow().toString().contains("ECOG 4"));
  }

  @Test
  void reviewCohort_refusesBadMarginals() {
    ReviewCohort c = ReviewCohort.of(GeneratorProfile.defaults());
    assertThatThrownBy(() -> c.withSpineShare(1.5)).hasMessageContaining("spineShare");
    assertThatThrownBy(() -> c.withChildPughAShare(-1)).hasMessageContaining("childPughAShare");
    assertThatThrownBy(() -> c.withEcogWeights(1, 1)).hasMessageContaining("five weights");
    assertThatThrownBy(() -> c.withEcogWeights(0, 0, 0, 0, 0)).hasMessageContaining("not all zero");
  }
}
