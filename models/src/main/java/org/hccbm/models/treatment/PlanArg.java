package org.hccbm.models.treatment;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.hccbm.core.result.Quantity;
import org.hccbm.core.result.Value;
import org.jspecify.annotations.Nullable;

/**
 * An argument of a {@link Wording}: a typed value, a lesion id, a nested wording, a list joined by
 * one of the bundle's separators, or "unknown". Arguments hold data only; {@link PlanRenderer}
 * formats numbers and words them when a plan is shown.
 *
 * @since 0.3.0
 */
public sealed interface PlanArg
    permits Wording,
        PlanArg.Val,
        PlanArg.Id,
        PlanArg.Join,
        PlanArg.Unknown,
        PlanArg.Category,
        PlanArg.Meaning,
        PlanArg.Points,
        PlanArg.Date {
  /**
   * A typed value: a {@link Quantity} (formatted at 4 decimals at most, its unit worded by the
   * bundle's {@code unit.<unit>} pattern), a coded value (worded by {@code value.<Type>.<CODE>}), a
   * yes/no answer, or caller-supplied text (a reason, a record's own rendering).
   *
   * @param value the value
   */
  record Val(Value value) implements PlanArg {
    /** Validates the value. */
    public Val {
      requireNonNull(value, "value");
    }

    // Written out: the generated record methods are method-handle chains that the JIT
    // inlines into every hot caller; these are the same comparisons and the same hash.
    @Override
    public boolean equals(@Nullable Object o) {
      return o == this || (o instanceof Val x && value.equals(x.value));
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }
  }

  /**
   * An identifier shown as given: a lesion id, a model id.
   *
   * @param id the id
   */
  record Id(String id) implements PlanArg {
    /** Validates the id. */
    public Id {
      requireNonNull(id, "id");
    }

    // Written out: the generated record methods are method-handle chains that the JIT
    // inlines into every hot caller; these are the same comparisons and the same hash.
    @Override
    public boolean equals(@Nullable Object o) {
      return o == this || (o instanceof Id x && id.equals(x.id));
    }

    @Override
    public int hashCode() {
      return id.hashCode();
    }
  }

  /**
   * A list shown with the bundle's separator {@code join.<separator>} between its items.
   *
   * @param separator the separator's name: {@code comma}, {@code semicolon}, {@code and}, {@code
   *     or}, {@code plus}
   * @param items the items
   */
  record Join(String separator, List<PlanArg> items) implements PlanArg {
    /** Validates and copies every component. */
    public Join {
      requireNonNull(separator, "separator");
      items = List.copyOf(items);
    }

    // Written out: the generated record methods are method-handle chains that the JIT
    // inlines into every hot caller; these are the same comparisons and the same hash.
    @Override
    public boolean equals(@Nullable Object o) {
      return o == this
          || (o instanceof Join x && separator.equals(x.separator) && items.equals(x.items));
    }

    @Override
    public int hashCode() {
      return 31 * separator.hashCode() + items.hashCode();
    }
  }

  /** A value not recorded (worded by the bundle's {@code unknown}). */
  record Unknown() implements PlanArg {
    // Written out: the generated record methods are method-handle chains that the JIT
    // inlines into every hot caller; these are the same comparisons and the same hash.
    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Unknown;
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }

  /**
   * A model's category, worded by its label in the result bundle ({@code category.<type>.<code>}),
   * e.g. "SINS potentially unstable (7–12)".
   *
   * @param type the category type, e.g. {@code SinsCategory}
   * @param code the category's code
   */
  record Category(String type, String code) implements PlanArg {
    /** Validates every component. */
    public Category {
      requireNonNull(type, "type");
      requireNonNull(code, "code");
    }

    // Written out: the generated record methods are method-handle chains that the JIT
    // inlines into every hot caller; these are the same comparisons and the same hash.
    @Override
    public boolean equals(@Nullable Object o) {
      return o == this || (o instanceof Category x && type.equals(x.type) && code.equals(x.code));
    }

    @Override
    public int hashCode() {
      return 31 * type.hashCode() + code.hashCode();
    }
  }

  /**
   * What a model's category meant in its derivation cohort, worded by the result bundle ({@code
   * category.<type>.<code>.meaning}), e.g. "median OS 2.6 months; …". Only for categories whose
   * source gives a meaning.
   *
   * @param type the category type, e.g. {@code HccSmGpaGroup}
   * @param code the category's code
   * @since 0.3.0
   */
  record Meaning(String type, String code) implements PlanArg {
    /** Validates every component. */
    public Meaning {
      requireNonNull(type, "type");
      requireNonNull(code, "code");
    }

    // Written out: the generated record methods are method-handle chains that the JIT
    // inlines into every hot caller; these are the same comparisons and the same hash.
    @Override
    public boolean equals(@Nullable Object o) {
      return o == this || (o instanceof Meaning x && type.equals(x.type) && code.equals(x.code));
    }

    @Override
    public int hashCode() {
      return 31 * type.hashCode() + code.hashCode();
    }
  }

  /**
   * A model's total in points (a score, not a quantity: it has no unit), shown as a number.
   *
   * @param model the model's id, e.g. {@code sins}
   * @param value the total
   * @since 0.3.0
   */
  record Points(String model, double value) implements PlanArg {
    /** Validates the model. */
    public Points {
      requireNonNull(model, "model");
    }

    // Written out: the generated record methods are method-handle chains that the JIT
    // inlines into every hot caller; these are the same comparisons and the same hash.
    @Override
    public boolean equals(@Nullable Object o) {
      return o == this
          || (o instanceof Points x
              && model.equals(x.model)
              && Double.compare(value, x.value) == 0);
    }

    @Override
    public int hashCode() {
      return 31 * model.hashCode() + Double.hashCode(value);
    }
  }

  /**
   * A calendar date, shown as ISO 8601 ({@code 2026-05-01}).
   *
   * @param date the date
   * @since 0.3.0
   */
  record Date(LocalDate date) implements PlanArg {
    /** Validates the date. */
    public Date {
      requireNonNull(date, "date");
    }

    // Written out: the generated record methods are method-handle chains that the JIT
    // inlines into every hot caller; these are the same comparisons and the same hash.
    @Override
    public boolean equals(@Nullable Object o) {
      return o == this || (o instanceof Date x && date.equals(x.date));
    }

    @Override
    public int hashCode() {
      return date.hashCode();
    }
  }

  /**
   * Returns a category's meaning.
   *
   * @param category the category
   * @return the argument
   */
  static PlanArg meaning(org.hccbm.core.result.Category category) {
    return new Meaning(type(category), category.code());
  }

  /**
   * Returns a model's total.
   *
   * @param model the model's id
   * @param total the total
   * @return the argument
   */
  static PlanArg points(String model, double total) {
    return new Points(model, total);
  }

  /**
   * Returns a date.
   *
   * @param date the date
   * @return the argument
   */
  static PlanArg date(LocalDate date) {
    return new Date(date);
  }

  /**
   * Returns a category.
   *
   * @param category the category
   * @return the argument
   */
  static PlanArg category(org.hccbm.core.result.Category category) {
    return new Category(type(category), category.code());
  }

  private static String type(org.hccbm.core.result.Category category) {
    return category instanceof Enum<?> e
        ? e.getDeclaringClass().getSimpleName()
        : category.getClass().getSimpleName();
  }

  /**
   * Returns a pure number: a count or a grade on a scale the wording names. A quantity carries its
   * unit ({@link #quantity}), a model's total its model ({@link #points}).
   *
   * @param number the number
   * @return the argument
   */
  static PlanArg num(double number) {
    return new Val(new Quantity(number, ""));
  }

  /**
   * Returns a quantity.
   *
   * @param number the number
   * @param unit its unit (UCUM)
   * @return the argument
   */
  static PlanArg quantity(double number, String unit) {
    return new Val(new Quantity(number, unit));
  }

  /**
   * Returns a coded value.
   *
   * @param value the enum constant
   * @return the argument
   */
  static PlanArg of(Enum<?> value) {
    return new Val(Value.of(value));
  }

  /**
   * Returns an id.
   *
   * @param id the id
   * @return the argument
   */
  static PlanArg id(String id) {
    return new Id(id);
  }

  /**
   * Returns caller-supplied text.
   *
   * @param text the text
   * @return the argument
   */
  static PlanArg text(String text) {
    return new Val(Value.text(text));
  }

  /**
   * Returns "unknown".
   *
   * @return the argument
   */
  static PlanArg unknown() {
    return new Unknown();
  }

  /**
   * Returns a list joined by a separator.
   *
   * @param separator the separator's name
   * @param items the items
   * @return the argument
   */
  static PlanArg join(String separator, List<? extends PlanArg> items) {
    return new Join(separator, Lists.copy(items));
  }
}
