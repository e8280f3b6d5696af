package org.hccbm.models.treatment;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Coded wording: a key of the plan bundle ({@code org/hccbm/plan.properties}) and its typed
 * arguments. Two wordings are equal when their keys and arguments are, which is when they read the
 * same; {@link PlanRenderer} is the only producer of their text.
 *
 * @param key the bundle key, e.g. {@code gate.haemostasis.unknown}
 * @param args the arguments filling the pattern's {@code {0}}, {@code {1}}…
 * @since 0.3.0
 */
public record Wording(String key, List<PlanArg> args) implements PlanArg {
  /** Validates and copies every component. */
  public Wording {
    requireNonNull(key, "key");
    args = List.copyOf(args);
  }

  /** The empty wording (a passed gate's reason). */
  public static final Wording NONE = new Wording("none", List.of());

  /**
   * Returns a wording.
   *
   * @param key the bundle key
   * @param args the arguments
   * @return the wording
   */
  public static Wording of(String key, PlanArg... args) {
    return new Wording(key, List.of(args));
  }

  /**
   * Returns a wording without arguments (no array per call).
   *
   * @param key the bundle key
   * @return the wording
   */
  public static Wording of(String key) {
    return new Wording(key, List.of());
  }

  /**
   * Returns a wording with one argument (no array per call).
   *
   * @param key the bundle key
   * @param arg the argument
   * @return the wording
   */
  public static Wording of(String key, PlanArg arg) {
    return new Wording(key, List.of(arg));
  }

  /**
   * Returns a wording with two arguments (no array per call).
   *
   * @param key the bundle key
   * @param first the first argument
   * @param second the second argument
   * @return the wording
   */
  public static Wording of(String key, PlanArg first, PlanArg second) {
    return new Wording(key, List.of(first, second));
  }

  /**
   * Returns text shown as given, for a note a caller adds to a plan itself (the bundle's {@code
   * text} key). The planner's own items never use it: every word they show comes from the bundle.
   *
   * @param text the text
   * @return the wording
   */
  public static Wording text(String text) {
    return new Wording(TEXT, List.of(PlanArg.text(text)));
  }

  /** The key of {@link #text(String)}. */
  static final String TEXT = "text";

  /**
   * Returns the English rendering.
   *
   * @return the text
   */
  public String text() {
    return PlanRenderer.english().render(this);
  }

  // Written out: the generated record methods are method-handle chains that the JIT
  // inlines into every hot caller; these are the same comparisons and the same hash.
  @Override
  public boolean equals(@Nullable Object o) {
    return o == this || (o instanceof Wording x && key.equals(x.key) && args.equals(x.args));
  }

  @Override
  public int hashCode() {
    return 31 * key.hashCode() + args.hashCode();
  }

  @Override
  public String toString() {
    return text();
  }
}
