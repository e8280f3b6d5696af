package org.hccbm.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.random.RandomGenerator;
import org.hccbm.core.Observed;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Creatinine;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.Sodium;
import org.hccbm.core.liver.Ascites;
import org.hccbm.core.liver.Encephalopathy;
import org.hccbm.core.patient.Age;
import org.hccbm.core.patient.Sex;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ModelResult;
import org.hccbm.models.Score;
import org.hccbm.models.liver.Albi;
import org.hccbm.models.liver.AlbiInput;
import org.hccbm.models.liver.ChildPugh;
import org.hccbm.models.liver.ChildPughClass;
import org.hccbm.models.liver.ChildPughInput;
import org.hccbm.models.liver.Meld;
import org.hccbm.models.liver.Meld3;
import org.hccbm.models.liver.MeldInput;
import org.hccbm.models.liver.MeldNa;
import org.junit.jupiter.api.Test;

/**
 * Properties of the liver models over seeded generated inputs: bounded results contain the complete
 * result of every completion of their unknowns; totals, categories and items agree.
 */
class LiverModelProperties {
  private static final int TRIES = 2_000;
  private static final int COMPLETIONS = 20;

  private static <T> T fill(
      Observed<T> o, RandomGenerator r, java.util.function.Function<RandomGenerator, T> g) {
    return o.known().orElseGet(() -> g.apply(r));
  }

  static ChildPughInput complete(ChildPughInput in, RandomGenerator r) {
    return new ChildPughInput(
        Observed.of(fill(in.bilirubin(), r, Generators::bilirubin)),
        Observed.of(fill(in.albumin(), r, Generators::albumin)),
        Observed.of(fill(in.inr(), r, Generators::inr)),
        in.ptProlongation(),
        Observed.of(fill(in.ascites(), r, x -> Generators.oneOf(x, Ascites.values()))),
        Observed.of(
            fill(in.encephalopathy(), r, x -> Generators.oneOf(x, Encephalopathy.values()))),
        Observed.of(fill(in.cholestaticDisease(), r, RandomGenerator::nextBoolean)));
  }

  static AlbiInput complete(AlbiInput in, RandomGenerator r) {
    // Completions stay inside the plausible range that bounds the search.
    return new AlbiInput(
        Observed.of(fill(in.bilirubin(), r, x -> Bilirubin.umolPerL(3 + 852 * x.nextDouble()))),
        Observed.of(fill(in.albumin(), r, x -> Albumin.gPerL(10 + 50 * x.nextDouble()))));
  }

  static MeldInput complete(MeldInput in, RandomGenerator r) {
    return new MeldInput(
        Observed.of(fill(in.bilirubin(), r, x -> Bilirubin.mgPerDl(0.1 + 49.9 * x.nextDouble()))),
        Observed.of(fill(in.inr(), r, x -> Inr.ratio(0.8 + 9.2 * x.nextDouble()))),
        Observed.of(fill(in.creatinine(), r, x -> Creatinine.mgPerDl(0.2 + 15 * x.nextDouble()))),
        Observed.of(fill(in.sodium(), r, x -> Sodium.mmolPerL(100 + 80 * x.nextDouble()))),
        Observed.of(fill(in.albumin(), r, x -> Albumin.gPerDl(1 + 5 * x.nextDouble()))),
        Observed.of(fill(in.sex(), r, x -> Generators.oneOf(x, Sex.values()))),
        Observed.of(fill(in.age(), r, x -> Age.years(12 + x.nextInt(80)))),
        Observed.of(fill(in.dialysis(), r, RandomGenerator::nextBoolean)));
  }

  /** A generated input with the seed of its completions; prints both on failure. */
  record Case<I>(I input, long completionSeed) {}

  private static <I> Case<I> caseOf(I input, RandomGenerator r) {
    return new Case<>(input, r.nextLong());
  }

  /** The total of a result that must be complete (a bounded one fails, naming it). */
  private static double total(ModelResult r) {
    return HccbmAssertions.assertThat(r).asComplete().totalValue();
  }

  private static <I> boolean boundedContainsCompletions(
      Score<I> model,
      Case<I> testCase,
      java.util.function.BiFunction<I, RandomGenerator, I> completion) {
    I in = testCase.input();
    RandomGenerator r = new java.util.SplittableRandom(testCase.completionSeed());
    ModelResult result = model.evaluate(in);
    if (!result.isBounded()) {
      return true;
    }
    Bounded b = HccbmAssertions.assertThat(result).asBounded();
    for (int i = 0; i < COMPLETIONS; i++) {
      ModelResult done = model.evaluate(completion.apply(in, r));
      if (done.isComplete()) {
        Complete c = HccbmAssertions.assertThat(done).asComplete();
        double total = c.totalValue();
        boolean inRange =
            b.totalRange().reachable().isEmpty()
                ? total >= b.totalRange().min() - 1e-9 && total <= b.totalRange().max() + 1e-9
                : b.totalRange().reachable().contains(total);
        if (!inRange
            || (c.category().isPresent()
                && !b.reachableCategories().contains(c.category().get()))) {
          throw new AssertionError("completion " + c.render() + " escapes " + b.render());
        }
      }
    }
    return true;
  }

  @Test
  void childPugh_boundedContainsEveryCompletion() {
    PropertyCheck.forAll(
        20261129L,
        TRIES,
        r -> caseOf(Generators.childPughInput(r), r),
        c -> boundedContainsCompletions(ChildPugh.INSTANCE, c, LiverModelProperties::complete));
  }

  @Test
  void albi_boundedContainsEveryCompletionInThePlausibleRange() {
    PropertyCheck.forAll(
        7L,
        TRIES,
        r -> caseOf(Generators.albiInput(r), r),
        c -> boundedContainsCompletions(Albi.INSTANCE, c, LiverModelProperties::complete));
  }

  @Test
  void meldFamily_boundedContainsEveryCompletion() {
    for (Score<MeldInput> model :
        List.<Score<MeldInput>>of(Meld.INSTANCE, MeldNa.INSTANCE, Meld3.INSTANCE)) {
      PropertyCheck.forAll(
          11L,
          TRIES,
          r -> caseOf(Generators.meldInput(r), r),
          c -> boundedContainsCompletions(model, c, LiverModelProperties::complete));
    }
  }

  @Test
  void childPugh_boundedReachesExactlyTheTotalsOfItsBandCompletions() {
    // Tightness: enumerate one value per band for each unknown item; the reachable set must equal
    // the totals those completions give (no unreachable total is claimed).
    PropertyCheck.forAll(
        3L,
        300,
        Generators::childPughInput,
        in -> {
          ModelResult result = ChildPugh.INSTANCE.evaluate(in);
          if (!result.isBounded()) {
            return true;
          }
          Bounded b = HccbmAssertions.assertThat(result).asBounded();
          java.util.Set<Double> seen = new java.util.TreeSet<>();
          for (Bilirubin bili :
              in.bilirubin()
                  .known()
                  .map(List::of)
                  .orElse(
                      List.of(
                          Bilirubin.mgPerDl(1),
                          Bilirubin.mgPerDl(2.5),
                          Bilirubin.mgPerDl(5),
                          Bilirubin.mgPerDl(12)))) {
            for (Albumin alb :
                in.albumin()
                    .known()
                    .map(List::of)
                    .orElse(List.of(Albumin.gPerDl(4), Albumin.gPerDl(3), Albumin.gPerDl(2)))) {
              for (Inr inr :
                  in.inr()
                      .known()
                      .map(List::of)
                      .orElse(List.of(Inr.ratio(1), Inr.ratio(2), Inr.ratio(3)))) {
                for (Ascites a :
                    in.ascites()
                        .known()
                        .map(List::of)
                        .orElse(List.of(Ascites.NONE, Ascites.MILD, Ascites.SEVERE))) {
                  for (Encephalopathy e :
                      in.encephalopathy()
                          .known()
                          .map(List::of)
                          .orElse(
                              List.of(
                                  Encephalopathy.NONE,
                                  Encephalopathy.GRADE_1,
                                  Encephalopathy.GRADE_3))) {
                    for (boolean chol :
                        in.cholestaticDisease()
                            .known()
                            .map(List::of)
                            .orElse(List.of(false, true))) {
                      seen.add(
                          total(
                              ChildPugh.INSTANCE.evaluate(
                                  new ChildPughInput(
                                      Observed.of(bili),
                                      Observed.of(alb),
                                      Observed.of(inr),
                                      Observed.unknown(),
                                      Observed.of(a),
                                      Observed.of(e),
                                      Observed.of(chol)))));
                    }
                  }
                }
              }
            }
          }
          return seen.equals(new java.util.TreeSet<>(b.totalRange().reachable()));
        });
  }

  @Test
  void childPugh_complete_totalIsSumOfItems_inRange_classAgrees() {
    PropertyCheck.forAll(
        5L,
        TRIES,
        r -> complete(Generators.childPughInput(r), r),
        in -> {
          Complete c = HccbmAssertions.assertThat(ChildPugh.INSTANCE.evaluate(in)).asComplete();
          double sum = c.items().stream().mapToDouble(i -> i.pointsOrZero()).sum();
          return sum == c.totalValue()
              && sum >= 5
              && sum <= 15
              && c.category().orElseThrow() == ChildPughClass.forTotal((int) sum);
        });
  }

  @Test
  void childPugh_worseningAlbumin_neverLowersTheTotal() {
    PropertyCheck.forAll(
        6L,
        TRIES,
        r -> complete(Generators.childPughInput(r), r),
        in -> {
          double g = in.albumin().known().orElseThrow().inGPerDl();
          ChildPughInput worse =
              new ChildPughInput(
                  in.bilirubin(),
                  Observed.of(Albumin.gPerDl(g * 0.8)),
                  in.inr(),
                  in.ptProlongation(),
                  in.ascites(),
                  in.encephalopathy(),
                  in.cholestaticDisease());
          return total(ChildPugh.INSTANCE.evaluate(worse))
              >= total(ChildPugh.INSTANCE.evaluate(in));
        });
  }

  @Test
  void childPugh_albuminUnitInvariance_gPerLAndGPerDlScoreTheSame() {
    PropertyCheck.forAll(
        8L,
        TRIES,
        r -> 1.0 + 5.0 * r.nextDouble(),
        g -> {
          ChildPughInput dl =
              ChildPughInput.of(
                  Bilirubin.mgPerDl(1),
                  Albumin.gPerDl(g),
                  Inr.ratio(1),
                  Ascites.NONE,
                  Encephalopathy.NONE);
          ChildPughInput l =
              ChildPughInput.of(
                  Bilirubin.mgPerDl(1),
                  Albumin.gPerL(g * 10),
                  Inr.ratio(1),
                  Ascites.NONE,
                  Encephalopathy.NONE);
          return total(ChildPugh.INSTANCE.evaluate(dl)) == total(ChildPugh.INSTANCE.evaluate(l));
        });
  }

  @Test
  void meldNa_isNeverBelowMeld() {
    PropertyCheck.forAll(
        9L,
        TRIES,
        r -> complete(Generators.meldInput(r), r),
        in -> total(MeldNa.INSTANCE.evaluate(in)) >= total(Meld.INSTANCE.evaluate(in)));
  }

  @Test
  void meld3_isWithin6and40() {
    PropertyCheck.forAll(
        10L,
        TRIES,
        r -> complete(Generators.meldInput(r), r),
        in -> {
          double v = total(Meld3.INSTANCE.evaluate(in));
          return v >= 6 && v <= 40;
        });
  }

  @Test
  void propertyCheck_reportsSeedAndCounterexample() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PropertyCheck.forAll(99L, 10, r -> r.nextInt(10), i -> i < 0))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("property failed (seed 99, try 0) for ");
  }

  @Test
  void invalidGenerators_areAllRefused() {
    for (double v : Generators.invalidAlbuminValues()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Albumin.gPerDl(v))
          .isInstanceOf(org.hccbm.core.InvalidClinicalInputException.class);
    }
    for (int k : Generators.invalidKarnofskyValues()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> org.hccbm.core.performance.Karnofsky.of(k))
          .isInstanceOf(org.hccbm.core.InvalidClinicalInputException.class);
    }
    for (String level : Generators.invalidSpinalLevels()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> org.hccbm.core.lesion.SpinalLevel.parse(level))
          .isInstanceOf(org.hccbm.core.InvalidClinicalInputException.class);
    }
    assertThat(Generators.invalidEcogValues())
        .allSatisfy(
            e ->
                org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> org.hccbm.core.performance.Ecog.of(e))
                    .isInstanceOf(org.hccbm.core.InvalidClinicalInputException.class));
  }
}
