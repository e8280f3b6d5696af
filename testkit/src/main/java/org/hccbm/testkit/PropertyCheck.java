package org.hccbm.testkit;

import static java.util.Objects.requireNonNull;

import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import org.hccbm.core.patient.Patient;

/**
 * Runs a property over seeded generated values, engine-agnostic (plain Java, callable from any
 * JUnit test). A failure names the seed, the try and the counterexample, so it can be replayed.
 *
 * <pre>{@code
 * PropertyCheck.forAll(42L, 1_000, Generators::childPughInput,
 *     in -> ChildPugh.INSTANCE.evaluate(in) != null);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PropertyCheck {
  private PropertyCheck() {}

  /**
   * Checks a property for {@code tries} values drawn from a seeded generator.
   *
   * @param seed the seed; the same seed draws the same values
   * @param tries how many values, at least 1
   * @param generator draws one value from the random source
   * @param property must hold for every value
   * @param <T> the value type
   * @throws AssertionError naming the seed, the try and the value when the property fails
   */
  public static <T> void forAll(
      long seed, int tries, Function<RandomGenerator, T> generator, Predicate<? super T> property) {
    requireNonNull(generator, "generator");
    requireNonNull(property, "property");
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be >= 1, was " + tries);
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < tries; i++) {
      T value = generator.apply(random);
      boolean holds;
      try {
        holds = property.test(value);
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError(failure(seed, i, value) + ": " + e, e);
      }
      if (!holds) {
        throw new AssertionError(failure(seed, i, value));
      }
    }
  }

  /**
   * Checks a property of patients for {@code tries} patients drawn from a seeded generator, and on
   * failure shrinks the failing patient towards the nearest fixture ({@link PatientShrinker}): the
   * error names the seed, the try, the smallest failing patient found, the fixture it is nearest to
   * and the parts in which it differs, then the original patient.
   *
   * <pre>{@code
   * PropertyCheck.forAllPatients(42L, 1_000, GeneratorProfile.defaults().patients(),
   *     p -> myConsumer.handles(Models.evaluate(p)));
   * }</pre>
   *
   * @param seed the seed; the same seed draws the same patients
   * @param tries how many patients, at least 1
   * @param generator draws one patient from the random source
   * @param property must hold for every patient; an exception counts as a failure
   * @throws PropertyFailure when the property fails
   * @since 0.2.0
   */
  public static void forAllPatients(
      long seed,
      int tries,
      Function<RandomGenerator, Patient> generator,
      Predicate<? super Patient> property) {
    requireNonNull(generator, "generator");
    requireNonNull(property, "property");
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be >= 1, was " + tries);
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < tries; i++) {
      Patient value = generator.apply(random);
      Throwable cause = null;
      boolean holds;
      try {
        holds = property.test(value);
      } catch (RuntimeException | AssertionError e) {
        holds = false;
        cause = e;
      }
      if (!holds) {
        PatientShrinker.Shrunk shrunk = PatientShrinker.shrink(value, p -> !property.test(p));
        throw new PropertyFailure(seed, i, value, shrunk, cause);
      }
    }
  }

  /**
   * A failed patient property: the seed and try that found it, the original patient and the
   * smallest failing patient found by shrinking.
   *
   * @since 0.2.0
   */
  public static final class PropertyFailure extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final long seed;
    private final int attempt;
    private final transient Patient original;
    private final transient PatientShrinker.Shrunk shrunk;

    PropertyFailure(
        long seed,
        int attempt,
        Patient original,
        PatientShrinker.Shrunk shrunk,
        @org.jspecify.annotations.Nullable Throwable cause) {
      super(
          failure(seed, attempt, shrunk.patient())
              + " — shrunk in "
              + shrunk.steps()
              + " steps; differs from fixture "
              + shrunk.fixtureId()
              + " in "
              + shrunk.differences()
              + (cause == null ? "" : "; first error: " + cause)
              + "; original: "
              + original,
          cause);
      this.seed = seed;
      this.attempt = attempt;
      this.original = original;
      this.shrunk = shrunk;
    }

    /** Returns the seed that replays the failure. @return the seed */
    public long seed() {
      return seed;
    }

    /** Returns the try (0-based) at which the property failed. @return the try */
    public int attempt() {
      return attempt;
    }

    /** Returns the generated patient that failed. @return the patient */
    public Patient original() {
      return original;
    }

    /** Returns the smallest failing patient found, with its nearest fixture. @return it */
    public PatientShrinker.Shrunk shrunk() {
      return shrunk;
    }
  }

  private static String failure(long seed, int attempt, Object value) {
    return "property failed (seed " + seed + ", try " + attempt + ") for " + value;
  }
}
