package org.hccbm.models.treatment;

import static java.util.Objects.requireNonNull;

import java.util.List;

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
   * Returns English text that no bundle key words yet, as a wording.
   *
   * @param text the text
   * @return the wording
   * @deprecated transitional adapter for rule files not yet converted to coded wording (issue 13;
   *     docs/decisions/0020-plan-as-data.md); to be removed once every rule file is converted
   */
  @Deprecated
  public static Wording legacy(String text) {
    return new Wording(LEGACY, List.of(PlanArg.text(text)));
  }

  /** The key of {@link #legacy(String)}. */
  static final String LEGACY = "legacy";

  /**
   * Returns the English rendering.
   *
   * @return the text
   */
  public String text() {
    return PlanRenderer.english().render(this);
  }

  @Override
  public String toString() {
    return text();
  }
}
