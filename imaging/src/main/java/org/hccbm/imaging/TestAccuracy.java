package org.hccbm.imaging;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.evidence.Citation;
import org.hccbm.core.lesion.Modality;

/**
 * What one source reports about one modality's accuracy, with its provenance: the basis, the
 * population, what was detected, and which metrics were published. A figure that is not a
 * sensitivity/specificity pair can be shown, but {@link #requirePair(String)} refuses it for
 * computations that need one.
 *
 * @param modality the modality
 * @param basis per patient, per lesion or per region
 * @param population whom it was measured in
 * @param target what was detected, e.g. "bone metastasis" or "HCC metastasis at any site"
 * @param sensitivity the sensitivity, when reported
 * @param specificity the specificity, when reported
 * @param accuracy the accuracy, when only that is reported
 * @param counts the 2×2 table, for a single study that prints one
 * @param source the source
 * @param notes what a reader must know (equivocal-result rule, caveats, discrepancies)
 * @since 0.1.0
 */
public record TestAccuracy(
    Modality modality,
    Basis basis,
    Population population,
    String target,
    Optional<Estimate> sensitivity,
    Optional<Estimate> specificity,
    Optional<Estimate> accuracy,
    Optional<TwoByTwo> counts,
    Citation source,
    String notes) {
  /** Validates every component. */
  public TestAccuracy {
    requireNonNull(modality, "modality");
    requireNonNull(basis, "basis");
    requireNonNull(population, "population");
    requireNonNull(target, "target");
    requireNonNull(sensitivity, "sensitivity");
    requireNonNull(specificity, "specificity");
    requireNonNull(accuracy, "accuracy");
    requireNonNull(counts, "counts");
    requireNonNull(source, "source");
    requireNonNull(notes, "notes");
    if (sensitivity.isEmpty() && accuracy.isEmpty()) {
      throw new InvalidClinicalInputException(
          "test accuracy of " + modality, "no metric", "a sensitivity or an accuracy");
    }
    if (specificity.isPresent() && sensitivity.isEmpty()) {
      throw new InvalidClinicalInputException(
          "test accuracy of " + modality,
          "a specificity without a sensitivity",
          "a sensitivity with any specificity");
    }
  }

  /**
   * Returns a sensitivity/specificity pair.
   *
   * @param modality the modality
   * @param basis the basis
   * @param population the population
   * @param sensitivity the sensitivity
   * @param specificity the specificity
   * @param source the source
   * @param notes notes
   * @return the accuracy
   */
  public static TestAccuracy pair(
      Modality modality,
      Basis basis,
      Population population,
      Estimate sensitivity,
      Estimate specificity,
      Citation source,
      String notes) {
    return new TestAccuracy(
        modality,
        basis,
        population,
        "bone metastasis",
        Optional.of(sensitivity),
        Optional.of(specificity),
        Optional.empty(),
        Optional.empty(),
        source,
        notes);
  }

  /**
   * Returns the accuracy of a single study's 2×2 table.
   *
   * @param modality the modality
   * @param basis the basis
   * @param population the population
   * @param counts the table
   * @param source the source
   * @param notes notes
   * @return the accuracy, with point estimates from the counts
   */
  public static TestAccuracy fromCounts(
      Modality modality,
      Basis basis,
      Population population,
      TwoByTwo counts,
      Citation source,
      String notes) {
    return new TestAccuracy(
        modality,
        basis,
        population,
        "bone metastasis",
        Optional.of(Estimate.of(counts.sensitivity())),
        Optional.of(Estimate.of(counts.specificity())),
        Optional.empty(),
        Optional.of(counts),
        source,
        notes);
  }

  /**
   * Returns what the source reports.
   *
   * @return the metric type
   */
  public MetricType metricType() {
    if (sensitivity.isPresent() && specificity.isPresent()) {
      return MetricType.SE_SP;
    }
    return sensitivity.isPresent() ? MetricType.SE_ONLY : MetricType.ACCURACY_ONLY;
  }

  /**
   * Returns this accuracy when it is a sensitivity/specificity pair.
   *
   * @param computation what needs the pair, for the message (e.g. "a post-test probability")
   * @return this
   * @throws InvalidClinicalInputException if the source reports sensitivity or accuracy only
   */
  public TestAccuracy requirePair(String computation) {
    checkPair(computation);
    return this;
  }

  /** Throws unless this accuracy is a sensitivity/specificity pair (see requirePair). */
  void checkPair(String computation) {
    if (metricType() != MetricType.SE_SP) {
      throw new InvalidClinicalInputException(
          modality
              + " accuracy from "
              + source.authors()
              + " "
              + source.year()
              + " for "
              + computation,
          metricType() == MetricType.SE_ONLY ? "sensitivity only" : "accuracy only",
          "a sensitivity and specificity pair");
    }
  }

  /**
   * Returns the sensitivity of a pair.
   *
   * @return the sensitivity
   */
  double se() {
    return requirePair("this computation").sensitivity.orElseThrow().value();
  }

  /**
   * Returns the specificity of a pair.
   *
   * @return the specificity
   */
  double sp() {
    return requirePair("this computation").specificity.orElseThrow().value();
  }

  @Override
  public String toString() {
    StringBuilder out =
        new StringBuilder(modality.label())
            .append(", per ")
            .append(basis.name().toLowerCase(java.util.Locale.ROOT))
            .append(", ")
            .append(population.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    sensitivity.ifPresent(s -> out.append(": Se ").append(s));
    specificity.ifPresent(s -> out.append(", Sp ").append(s));
    accuracy.ifPresent(a -> out.append(": accuracy ").append(a));
    return out.append(" — ").append(source.authors()).append(' ').append(source.year()).toString();
  }
}
