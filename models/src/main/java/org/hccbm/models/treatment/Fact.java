package org.hccbm.models.treatment;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fact a rule read, as used: a stable code (its name is the bundle's {@code fact.<code>}, e.g.
 * "creatinine clearance"), the arguments of that name (e.g. the lesion in "previous RT near T10")
 * and its typed value, {@link PlanArg.Unknown} when it is not recorded. The text is a rendering:
 * {@link #name()}, {@link #text()} and {@link #toString()} are English.
 *
 * @param code the fact's code, e.g. {@code creatinineClearance}
 * @param about the arguments of the fact's name; empty for most facts
 * @param value its value as used
 * @since 0.1.0
 */
public record Fact(String code, List<PlanArg> about, PlanArg value) {
  /** Validates and copies every component. */
  public Fact {
    requireNonNull(code, "code");
    about = List.copyOf(about);
    requireNonNull(value, "value");
  }

  /**
   * Returns a fact.
   *
   * @param code the code
   * @param value the value
   * @return the fact
   * @since 0.3.0
   */
  public static Fact of(String code, PlanArg value) {
    return new Fact(code, List.of(), value);
  }

  /**
   * Returns a fact whose name has an argument (e.g. the lesion).
   *
   * @param code the code
   * @param about the name's argument
   * @param value the value
   * @return the fact
   * @since 0.3.0
   */
  public static Fact about(String code, PlanArg about, PlanArg value) {
    return new Fact(code, List.of(about), value);
  }

  /**
   * Returns whether the value is not recorded.
   *
   * @return true for unknown
   */
  public boolean isUnknown() {
    return value instanceof PlanArg.Unknown;
  }

  /**
   * Returns the fact's name in English, e.g. "creatinine clearance".
   *
   * @return the name
   */
  public String name() {
    return PlanRenderer.english().name(this);
  }

  /**
   * Returns the value in English, e.g. "56.7 mL/min (Cockcroft–Gault)" or "unknown".
   *
   * @return the value
   */
  public String text() {
    return PlanRenderer.english().value(this);
  }

  // Written out: the generated record methods are method-handle chains that the JIT
  // inlines into every hot caller; these are the same comparisons and the same hash.
  @Override
  public boolean equals(@Nullable Object o) {
    return o == this
        || (o instanceof Fact x
            && code.equals(x.code)
            && about.equals(x.about)
            && value.equals(x.value));
  }

  @Override
  public int hashCode() {
    return 31 * (31 * code.hashCode() + about.hashCode()) + value.hashCode();
  }

  @Override
  public String toString() {
    return name() + ": " + text();
  }
}
