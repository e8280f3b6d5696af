package org.hccbm.models.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hccbm.core.Observed;
import org.hccbm.core.result.Band;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.result.OpenStatus;
import org.hccbm.core.result.Possible;
import org.hccbm.core.result.Value;
import org.jspecify.annotations.Nullable;

/**
 * One input of a rule-based model with the values it may take: one when known, several when open.
 * Values are booleans or enum constants; they are shown through the bundle ({@code answer.yes},
 * {@code value.<Type>.<CODE>}).
 *
 * @param <T> the input's type: {@code Boolean} or an enum
 */
public final class Choice<T> {
  private final ItemCode code;
  private final List<String> fields;
  private final List<T> options;
  private final Optional<OpenItem> open;
  // Built once for the choices an Input declares (null for a choice built per evaluation): the
  // known value's item "as recorded", and the open input's item and caveat when it cannot change
  // the result.
  private final @Nullable ItemScore recorded;
  private final @Nullable ItemScore sameResult;
  private final @Nullable Caveat aloneDidNotMatter;

  /**
   * Returns a choice.
   *
   * @param code the input's item code
   * @param fields the patient fields
   * @param options the values still possible, at least one
   * @param open how the input is shown when it is open; empty when known
   */
  public Choice(ItemCode code, List<String> fields, List<T> options, Optional<OpenItem> open) {
    this(code, fields, options, open, false);
  }

  private Choice(
      ItemCode code,
      List<String> fields,
      List<T> options,
      Optional<OpenItem> open,
      boolean shared) {
    this.code = requireNonNull(code, "code");
    this.fields = List.copyOf(fields);
    this.options = List.copyOf(options);
    this.open = requireNonNull(open, "open");
    if (this.options.isEmpty()) {
      throw new IllegalArgumentException("choice " + code + " has no options");
    }
    if (!shared) {
      this.recorded = null;
      this.sameResult = null;
      this.aloneDidNotMatter = null;
    } else if (open.isPresent()) {
      this.recorded = null;
      this.sameResult =
          Completions.didNotMatterItem(open.get(), "sameResult", OptionalDouble.empty());
      this.aloneDidNotMatter = Completions.didNotMatter(List.of(code));
    } else {
      this.recorded = Completions.asRecorded(this, this.options.get(0));
      this.sameResult = null;
      this.aloneDidNotMatter = null;
    }
  }

  /**
   * Returns the input's item code.
   *
   * @return the code
   */
  public ItemCode code() {
    return code;
  }

  /**
   * Returns the patient fields (JSON paths of docs/json.md) the input is read or derived from;
   * empty for an input the caller supplies outside the patient or that another model derives.
   *
   * @return the fields
   */
  public List<String> fields() {
    return fields;
  }

  /**
   * Returns the values still possible.
   *
   * @return the values
   */
  public List<T> options() {
    return options;
  }

  /**
   * Returns how the input is shown when it is open.
   *
   * @return the open item; empty when known
   */
  public Optional<OpenItem> open() {
    return open;
  }

  /** The known input's item "as recorded", built once for a declared input. */
  ItemScore recordedItem() {
    return recorded != null ? recorded : Completions.asRecorded(this, options.get(0));
  }

  /** The open input's item when it cannot change the result, built once for a declared input. */
  ItemScore sameResultItem(OpenItem item) {
    return sameResult != null
        ? sameResult
        : Completions.didNotMatterItem(item, "sameResult", OptionalDouble.empty());
  }

  /** The caveat naming this open input as the only unknown that did not matter. */
  Caveat aloneDidNotMatter() {
    return aloneDidNotMatter != null ? aloneDidNotMatter : Completions.didNotMatter(List.of(code));
  }

  /**
   * One input of a rule-based model declared once (a constant of the model): its code, fields and
   * every value it can take. The choice of a known value or of an unknown input is built here once,
   * with its items, and shared by every evaluation; a not-assessable input (whose reason varies)
   * and a value outside the list get a choice of their own.
   *
   * @param <T> the input's type: {@code Boolean} or an enum
   */
  public static final class Input<T> {
    private final ItemCode code;
    private final List<String> fields;
    private final List<T> all;
    private final Map<T, Choice<T>> known;
    private final Choice<T> unknown;
    // For an input another model derives: the choice of every set of two or more values.
    private final Map<List<T>, Choice<T>> derived;

    /**
     * Declares an input.
     *
     * @param code the input's item code
     * @param fields the patient fields
     * @param all every value the input could take, in the order an open item lists them
     */
    public Input(ItemCode code, List<String> fields, List<T> all) {
      this(requireNonNull(code, "code"), List.copyOf(fields), List.copyOf(all), Map.of());
    }

    private Input(
        ItemCode code, List<String> fields, List<T> all, Map<List<T>, Choice<T>> derived) {
      this.code = code;
      this.fields = fields;
      this.all = all;
      Map<T, Choice<T>> byValue = new HashMap<>();
      for (T value : all) {
        byValue.put(value, new Choice<>(code, fields, List.of(value), Optional.empty(), true));
      }
      // private and never changed: HashMap finds a key by a mask, Map.copyOf's table by a division
      this.known = byValue;
      this.unknown =
          new Choice<>(
              code,
              fields,
              all,
              Optional.of(OpenItem.of(code, Observed.unknown(), oneOf(all), 0, 0, fields)),
              true);
      this.derived = derived;
    }

    /**
     * Declares an input another model derives (e.g. the Child–Pugh class), as {@link
     * Choice#derived} builds it: known when one value is possible, else open over the values still
     * possible.
     *
     * @param code the input's item code
     * @param type the values' enum, of at most six constants
     * @param <E> the enum
     * @return the input
     */
    public static <E extends Enum<E>> Input<E> derived(ItemCode code, Class<E> type) {
      List<E> all = List.of(type.getEnumConstants());
      if (all.size() > 6) {
        throw new IllegalArgumentException("a derived input has at most six values: " + type);
      }
      Map<List<E>, Choice<E>> subsets = new HashMap<>();
      for (int mask = 1; mask < 1 << all.size(); mask++) {
        if (Integer.bitCount(mask) >= 2) {
          List<E> values = new ArrayList<>();
          for (int i = 0; i < all.size(); i++) {
            if ((mask & 1 << i) != 0) {
              values.add(all.get(i));
            }
          }
          subsets.put(
              List.copyOf(values),
              new Choice<>(
                  code, List.of(), values, Optional.of(derivedOpen(code, type, values)), true));
        }
      }
      return new Input<>(code, List.of(), all, Map.copyOf(subsets));
    }

    /**
     * Returns the choice of a derived input over the values still possible, as {@link
     * Choice#derived} would build it.
     *
     * @param values the values, at least one, in declaration order
     * @return the choice
     */
    public Choice<T> derived(List<T> values) {
      if (values.size() == 1) {
        return known(values.get(0));
      }
      Choice<T> shared = derived.get(values);
      if (shared == null) {
        throw new IllegalArgumentException(
            "values of " + code + " must be distinct and in declaration order, was " + values);
      }
      return shared;
    }

    /**
     * Returns the choice of an observation, as {@link Choice#of} would build it.
     *
     * @param observed the observation
     * @return the choice
     */
    public Choice<T> of(Observed<T> observed) {
      if (observed instanceof Observed.Known<T> k) {
        return known(k.value());
      }
      return observed instanceof Observed.Unknown<T>
          ? unknown
          : Choice.of(code, fields, observed, all);
    }

    /**
     * Returns the choice of a known value, as {@link Choice#known} would build it.
     *
     * @param value the value
     * @return the choice
     */
    public Choice<T> known(T value) {
      Choice<T> shared = known.get(value);
      return shared != null ? shared : Choice.known(code, fields, value);
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
        : new Choice<>(code, List.of(), values, Optional.of(derivedOpen(code, type, values)));
  }

  /** The open item of a derived input left bounded over some values: one band of them. */
  private static <T extends Enum<T>> OpenItem derivedOpen(
      ItemCode code, Class<T> type, List<T> values) {
    List<String> names = new ArrayList<>(values.size());
    for (T v : values) {
      names.add(v.name());
    }
    return new OpenItem(
        code,
        OpenStatus.NOT_DETERMINED,
        Optional.empty(),
        Optional.empty(),
        new Possible.OneOf(List.of(new Band.Values(type.getSimpleName(), names))),
        0,
        0,
        List.of());
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
    Band[] bands = new Band[values.size()];
    for (int i = 0; i < bands.length; i++) {
      bands[i] = band(values.get(i));
    }
    return new Possible.OneOf(List.of(bands));
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
      return EnumBands.answer(b);
    }
    if (value instanceof Enum<?> e) {
      return EnumBands.band(e);
    }
    throw new IllegalArgumentException("choice value " + value + " is neither boolean nor enum");
  }
}
