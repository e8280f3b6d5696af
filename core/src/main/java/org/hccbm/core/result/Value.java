package org.hccbm.core.result;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A typed value in a result: a quantity, a coded (enumerated) value, a yes/no answer, an input that
 * is not known, or text supplied by the caller (a reason, an identifier).
 *
 * @since 0.3.0
 */
public sealed interface Value
    permits Quantity, Value.Coded, Value.YesNo, Value.OfBand, Value.Open, Value.Text {
  /**
   * An enumerated value, e.g. {@code Encephalopathy.GRADE_1}.
   *
   * @param type the value set, e.g. {@code Encephalopathy}
   * @param code the value's code in that set, e.g. {@code GRADE_1}
   */
  record Coded(String type, String code) implements Value {
    /** Validates every component. */
    public Coded {
      requireNonNull(type, "type");
      requireNonNull(code, "code");
    }
  }

  /**
   * A yes/no answer.
   *
   * @param yes the answer
   */
  record YesNo(boolean yes) implements Value {}

  /**
   * A band, as an argument of a caveat (e.g. the band another table would have matched).
   *
   * @param band the band
   */
  record OfBand(Band band) implements Value {
    /** Validates the band. */
    public OfBand {
      requireNonNull(band, "band");
    }
  }

  /**
   * An input that is not known, shown where a model used it: e.g. dialysis status unknown beside a
   * MELD creatinine, or an unknown whose every possible value gives the same score. It is the open
   * item's status as data; its rendering is the status ("unknown", "not assessable (amputated)").
   *
   * @param item the open item's code, e.g. {@code dialysis}
   * @param status why it is open
   * @param reason the reason, for the statuses that carry one (as {@link OpenItem#reason()})
   * @param aspect the aspect that is open, for an item open in one aspect only
   * @since 0.3.0
   */
  record Open(ItemCode item, OpenStatus status, Optional<String> reason, Optional<ItemCode> aspect)
      implements Value {
    /** Validates every component. */
    public Open {
      requireNonNull(item, "item");
      requireNonNull(status, "status");
      requireNonNull(reason, "reason");
      requireNonNull(aspect, "aspect");
    }

    /**
     * Returns the value of an open item: its code, status, reason and aspect.
     *
     * @param open the open item
     * @return the value
     */
    public static Open of(OpenItem open) {
      return new Open(open.code(), open.status(), open.reason(), open.aspect());
    }
  }

  /**
   * Text taken as given: a caller-supplied reason or identifier, or a value a model has not yet
   * typed.
   *
   * @param text the text
   */
  record Text(String text) implements Value {
    /** Validates the text. */
    public Text {
      requireNonNull(text, "text");
    }
  }

  /**
   * Returns the coded value of an enum constant.
   *
   * @param value the constant
   * @return the value
   */
  static Value of(Enum<?> value) {
    return EnumNames.coded(value);
  }

  /**
   * Returns a yes/no value.
   *
   * @param yes the answer
   * @return the value
   */
  static Value of(boolean yes) {
    return new YesNo(yes);
  }

  /**
   * Returns a pure number.
   *
   * @param number the number
   * @return the value
   */
  static Value of(double number) {
    return new Quantity(number, "");
  }

  /**
   * Returns a band value.
   *
   * @param band the band
   * @return the value
   */
  static Value of(Band band) {
    return new OfBand(band);
  }

  /**
   * Returns a text value.
   *
   * @param text the text
   * @return the value
   */
  static Value text(String text) {
    return new Text(text);
  }
}
