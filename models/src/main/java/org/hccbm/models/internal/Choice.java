package org.hccbm.models.internal;

import java.util.List;
import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.result.Band;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.result.OpenStatus;
import org.hccbm.core.result.Possible;
import org.hccbm.core.result.Value;

/**
 * One input of a rule-based model with the values it may take: one when known, several when open.
 * Values are booleans or enum constants; they are shown through the bundle ({@code answer.yes},
 * {@code value.<Type>.<CODE>}).
 *
 * @param <T> the input's type: {@code Boolean} or an enum
 * @param code the input's item code
 * @param fields the patient fields (JSON paths of docs/json.md) it is read or derived from; empty
 *     for an input the caller supplies outside the patient or that another model derives
 * @param options the values still possible
 * @param open how the input is shown when it is open; empty when known
 */
public record Choice<T>(
    ItemCode code, List<String> fields, List<T> options, Optional<OpenItem> open) {
  /** Copies the options and fields. */
  public Choice {
    fields = List.copyOf(fields);
    options = List.copyOf(options);
    if (options.isEmpty()) {
      throw new IllegalArgumentException("choice " + code + " has no options");
    }
  }

  /**
   * Returns a known input.
   *
   * @param code the code
   * @param fields the patient fields
   * @param value the value
   * @param <T> the type
   * @return the choice
   */
  public static <T> Choice<T> known(ItemCode code, List<String> fields, T value) {
    return new Choice<>(code, fields, List.of(value), Optional.empty());
  }

  /**
   * Returns an input open for a reason other than its own observation: a class another model leaves
   * bounded ({@code NOT_DETERMINED}), or an input partly known ({@code PARTLY_KNOWN}, with what is
   * known).
   *
   * @param code the code
   * @param fields the patient fields that would close it
   * @param status why it is open
   * @param reason what is known, for {@code PARTLY_KNOWN}; else empty
   * @param possible what it could be
   * @param options the values it could take
   * @param <T> the type
   * @return the choice
   */
  public static <T> Choice<T> open(
      ItemCode code,
      List<String> fields,
      OpenStatus status,
      Optional<String> reason,
      Possible possible,
      List<T> options) {
    return new Choice<>(
        code,
        fields,
        options,
        Optional.of(new OpenItem(code, status, reason, Optional.empty(), possible, 0, 0, fields)));
  }

  /**
   * Returns an input another model derives (e.g. the Child–Pugh class): known when it gives one
   * value, else {@code NOT_DETERMINED} over the values it leaves possible, shown as one band of
   * them (bundle key {@code band.<Type>.<C1>+<C2>}, e.g. "class [A, B]").
   *
   * @param code the code
   * @param type the values' enum
   * @param values the values still possible, at least one
   * @param <T> the type
   * @return the choice
   */
  public static <T extends Enum<T>> Choice<T> derived(
      ItemCode code, Class<T> type, List<T> values) {
    return values.size() == 1
        ? known(code, List.of(), values.get(0))
        : open(
            code,
            List.of(),
            OpenStatus.NOT_DETERMINED,
            Optional.empty(),
            new Possible.OneOf(
                List.of(
                    new Band.Values(
                        type.getSimpleName(), values.stream().map(Enum::name).toList()))),
            values);
  }

  /**
   * Returns a choice from an observation: known when it is, else open (unknown, or not assessable
   * with its reason) over every option.
   *
   * @param code the code
   * @param fields the patient fields
   * @param observed the observation
   * @param all every value the input could take
   * @param <T> the type
   * @return the choice
   */
  public static <T> Choice<T> of(
      ItemCode code, List<String> fields, Observed<T> observed, List<T> all) {
    if (observed.known().isPresent()) {
      return known(code, fields, observed.known().get());
    }
    return new Choice<>(
        code, fields, all, Optional.of(OpenItem.of(code, observed, oneOf(all), 0, 0, fields)));
  }

  /**
   * Returns the bands of some values, for an open item's possibilities.
   *
   * @param values the values
   * @return every value as a band, in order
   */
  public static Possible.OneOf oneOf(List<?> values) {
    return new Possible.OneOf(values.stream().map(Choice::band).toList());
  }

  /**
   * Returns whether the input is open.
   *
   * @return true when open
   */
  public boolean isOpen() {
    return open.isPresent();
  }

  /**
   * Returns the input as used when its value is {@code value}.
   *
   * @param value the value
   * @return the input
   */
  InputUsed input(Object value) {
    return InputUsed.of(fields.size() == 1 ? fields.get(0) : "", value(value));
  }

  /** A boolean as yes/no, an enum constant as a coded value. */
  static Value value(Object value) {
    if (value instanceof Boolean b) {
      return Value.of(b);
    }
    if (value instanceof Enum<?> e) {
      return Value.of(e);
    }
    throw new IllegalArgumentException("choice value " + value + " is neither boolean nor enum");
  }

  /** A boolean as a yes/no band, an enum constant as a band of that one value. */
  static Band band(Object value) {
    if (value instanceof Boolean b) {
      return new Band.Answer(b);
    }
    if (value instanceof Enum<?> e) {
      return new Band.Values(e.getDeclaringClass().getSimpleName(), List.of(e.name()));
    }
    throw new IllegalArgumentException("choice value " + value + " is neither boolean nor enum");
  }
}
