package org.hccbm.models;

import static java.util.Objects.requireNonNull;

import org.hccbm.core.evidence.ModelInfo;

/**
 * One named variant of a model: a documented reading of the source that changes some output (for
 * example Child–Pugh's albumin bands). Every model has at least one variant, its default; a model
 * the sources do not disagree about has the single variant {@value Variants#STANDARD}.
 *
 * @param name the stable name used in JSON ({@code "variants"}) and on the command line ({@code
 *     --variant MODEL=NAME}), e.g. {@code "albumin-3.0"}
 * @param info the model's metadata under this variant; {@code info().variant()} is what a result
 *     reports as the variant used
 * @param description what the variant changes, in one sentence
 * @param source where the reading comes from
 * @param isDefault whether this is the variant used when none is chosen
 * @since 0.2.0
 */
public record ModelVariant(
    String name, ModelInfo info, String description, String source, boolean isDefault) {
  /** Validates every component. */
  public ModelVariant {
    requireNonNull(name, "name");
    requireNonNull(info, "info");
    requireNonNull(description, "description");
    requireNonNull(source, "source");
  }

  /**
   * Returns the model's stable id.
   *
   * @return the id, e.g. "child-pugh"
   */
  public String model() {
    return info.id();
  }
}
