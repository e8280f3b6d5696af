package org.hccbm.models;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hccbm.core.InvalidClinicalInputException;

/**
 * The variants chosen for one assessment, by model id; every model not named uses its default.
 *
 * <pre>{@code
 * VariantSelection chosen = VariantSelection.defaults().with("child-pugh", "albumin-3.0");
 * List<Models.Evaluation> results = Models.evaluate(patient, chosen);
 * }</pre>
 *
 * @since 0.2.0
 */
public final class VariantSelection {
  private static final VariantSelection DEFAULTS = new VariantSelection(Map.of());

  /** The chosen variant names by model id, in the order they were chosen. */
  private final Map<String, String> choices;

  private VariantSelection(Map<String, String> choices) {
    this.choices = choices;
  }

  /**
   * Returns the selection in which every model uses its default.
   *
   * @return the selection
   */
  public static VariantSelection defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the selection of the given variants.
   *
   * @param choices variant names by model id
   * @return the selection
   * @throws InvalidClinicalInputException if a model id or a variant name is unknown
   */
  public static VariantSelection of(Map<String, String> choices) {
    VariantSelection s = DEFAULTS;
    for (Map.Entry<String, String> e : choices.entrySet()) {
      s = s.with(e.getKey(), e.getValue());
    }
    return s;
  }

  /**
   * Returns this selection with one more choice (replacing an earlier one for the same model).
   *
   * @param model the model id, e.g. "child-pugh"
   * @param variant the variant name, e.g. "albumin-3.0"
   * @return the selection
   * @throws InvalidClinicalInputException if the model id or the variant name is unknown; the
   *     message lists the allowed names
   */
  public VariantSelection with(String model, String variant) {
    requireNonNull(model, "model");
    requireNonNull(variant, "variant");
    ModelVariant chosen = Variants.find(model, variant);
    Map<String, String> next = new LinkedHashMap<>(choices);
    next.put(model, chosen.name());
    return new VariantSelection(java.util.Collections.unmodifiableMap(next));
  }

  /**
   * Returns the variant a model uses under this selection: the chosen one, or its default.
   *
   * @param model the model id
   * @return the variant
   * @throws InvalidClinicalInputException if the model id is unknown
   */
  public ModelVariant variant(String model) {
    String chosen = choices.get(model);
    return chosen == null ? Variants.defaultOf(model) : Variants.find(model, chosen);
  }

  /**
   * Returns the explicit choices, by model id.
   *
   * @return the choices (empty for the defaults)
   */
  public Map<String, String> choices() {
    return choices;
  }

  Object model(String model) {
    String chosen = choices.get(model);
    return chosen == null
        ? Variants.entry(model, Variants.defaultOf(model).name()).model()
        : Variants.entry(model, chosen).model();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VariantSelection other && other.choices.equals(choices);
  }

  @Override
  public int hashCode() {
    return choices.hashCode();
  }

  @Override
  public String toString() {
    return choices.isEmpty() ? "default variants" : choices.toString();
  }
}
