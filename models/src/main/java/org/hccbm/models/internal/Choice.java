package org.hccbm.models.internal;

import java.util.List;
import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.result.OpenItem;

/**
 * One input of a rule-based model with the values it may take: one when known, several when open.
 *
 * @param <T> the input's type
 * @param name the input's name
 * @param options the values still possible
 * @param open how the input is shown when it is open; empty when known
 */
public record Choice<T>(String name, List<T> options, Optional<OpenItem> open) {
  /** Copies the options. */
  public Choice {
    options = List.copyOf(options);
    if (options.isEmpty()) {
      throw new IllegalArgumentException("choice " + name + " has no options");
    }
  }

  /**
   * Returns a known input.
   *
   * @param name the name
   * @param value the value
   * @param <T> the type
   * @return the choice
   */
  public static <T> Choice<T> known(String name, T value) {
    return new Choice<>(name, List.of(value), Optional.empty());
  }

  /**
   * Returns an open input.
   *
   * @param name the name
   * @param status why it is open
   * @param possible what it could be, in words
   * @param options the values it could take
   * @param <T> the type
   * @return the choice
   */
  public static <T> Choice<T> open(String name, String status, String possible, List<T> options) {
    return new Choice<>(name, options, Optional.of(new OpenItem(name, status, possible, 0, 0)));
  }

  /**
   * Returns a choice from an observation: known when it is, else open over every option.
   *
   * @param name the name
   * @param observed the observation
   * @param all every value the input could take
   * @param <T> the type
   * @return the choice
   */
  public static <T> Choice<T> of(String name, Observed<T> observed, List<T> all) {
    return observed
        .known()
        .map(v -> known(name, v))
        .orElseGet(() -> open(name, observed.toString(), describe(all), all));
  }

  /**
   * Returns whether the input is open.
   *
   * @return true when open
   */
  public boolean isOpen() {
    return open.isPresent();
  }

  static String describe(List<?> values) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(i == values.size() - 1 ? " or " : ", ");
      }
      out.append(Completions.show(values.get(i)));
    }
    return out.toString();
  }
}
