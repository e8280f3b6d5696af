package org.hccbm.core;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.Function;

/**
 * What is known of one clinical item: its value, that it is unknown, or that it cannot be assessed.
 *
 * <p>Unknown is never the same as absent: "no ascites" is {@code Observed.of(Ascites.NONE)}, while
 * an ascites status nobody recorded is {@link #unknown()}. Models never impute an unknown item;
 * they return a bounded result instead.
 *
 * @param <T> the type of the value
 * @since 0.1.0
 */
public sealed interface Observed<T>
    permits Observed.Known, Observed.Unknown, Observed.NotAssessable {

  /**
   * A known value.
   *
   * @param value the value
   * @param <T> the type of the value
   */
  record Known<T>(T value) implements Observed<T> {
    /** Validates the value. */
    public Known {
      requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * Not recorded: any value is still possible.
   *
   * @param <T> the type of the missing value
   */
  record Unknown<T>() implements Observed<T> {
    // Every unknown is equal to every other: one instance serves them all.
    private static final Unknown<?> INSTANCE = new Unknown<>();

    @Override
    public String toString() {
      return "unknown";
    }
  }

  /**
   * Cannot be assessed, with the reason (e.g. "imaging not interpretable").
   *
   * @param reason why the item cannot be assessed
   * @param <T> the type of the missing value
   */
  record NotAssessable<T>(String reason) implements Observed<T> {
    /** Validates the reason. */
    public NotAssessable {
      requireNonNull(reason, "reason");
      if (reason.isBlank()) {
        throw new InvalidClinicalInputException(
            "not-assessable reason", "\"" + reason + "\"", "non-blank");
      }
    }

    @Override
    public String toString() {
      return "not assessable (" + reason + ")";
    }
  }

  /**
   * Returns a known value.
   *
   * @param value the value
   * @param <T> the type of the value
   * @return the observation
   */
  static <T> Observed<T> of(T value) {
    return new Known<>(value);
  }

  /**
   * Returns an unknown item.
   *
   * @param <T> the type of the missing value
   * @return the observation
   */
  @SuppressWarnings("unchecked") // an Unknown holds no T
  static <T> Observed<T> unknown() {
    return (Observed<T>) Unknown.INSTANCE;
  }

  /**
   * Returns an item that cannot be assessed.
   *
   * @param reason why, e.g. "no imaging of the spine"
   * @param <T> the type of the missing value
   * @return the observation
   * @throws InvalidClinicalInputException if the reason is blank
   */
  static <T> Observed<T> notAssessable(String reason) {
    return new NotAssessable<>(reason);
  }

  /**
   * Returns an observation of a value that may be absent from the caller's record.
   *
   * @param value the value, or empty when unknown
   * @param <T> the type of the value
   * @return known when present, unknown otherwise
   */
  static <T> Observed<T> ofOptional(Optional<T> value) {
    return value.<Observed<T>>map(Observed::of).orElseGet(Observed::unknown);
  }

  /**
   * Returns whether the value is known.
   *
   * @return true when known
   */
  default boolean isKnown() {
    return this instanceof Known;
  }

  /**
   * Returns the value when known.
   *
   * @return the value, or empty
   */
  default Optional<T> known() {
    return this instanceof Known<T> k ? Optional.of(k.value()) : Optional.empty();
  }

  /**
   * Maps a known value; unknown and not-assessable states are kept.
   *
   * @param mapper the mapping
   * @param <R> the result type
   * @return the mapped observation
   */
  default <R> Observed<R> map(Function<? super T, ? extends R> mapper) {
    if (this instanceof Known<T> k) {
      return Observed.of(mapper.apply(k.value()));
    }
    if (this instanceof NotAssessable<T> n) {
      @SuppressWarnings("unchecked") // a NotAssessable holds no T: it stays itself, already valid
      Observed<R> same = (Observed<R>) n;
      return same;
    }
    return Observed.unknown();
  }
}
