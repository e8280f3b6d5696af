package org.hccbm.testkit;

import static java.util.Objects.requireNonNull;

import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

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
  public static <T> void forAll(long seed, int tries, Function<RandomGenerator, T> generator,
      Predicate<? super T> property) {
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

  private static String failure(long seed, int attempt, Object value) {
    return "property failed (seed " + seed + ", try " + attempt + ") for " + value;
  }
}
