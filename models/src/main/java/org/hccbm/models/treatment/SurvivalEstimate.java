package org.hccbm.models.treatment;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hccbm.models.SurvivalBand;

/**
 * An expected-survival estimate from one prognostic model: the bands still possible (one when the
 * model's result is complete and its category's survival falls in one band) and what it rests on.
 *
 * @param modelId the model, e.g. "hcc-sm-gpa"
 * @param basis what the estimate rests on, e.g. "HCC-SM GPA high risk (3–4): median OS 2.6 months"
 * @param bands the survival bands still possible, in order
 * @since 0.1.0
 */
public record SurvivalEstimate(String modelId, String basis, List<SurvivalBand> bands) {
  /** Validates and orders every component. */
  public SurvivalEstimate {
    requireNonNull(modelId, "modelId");
    requireNonNull(basis, "basis");
    bands = bands.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(bands));
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("a survival estimate needs at least one band");
    }
  }

  /**
   * Returns an estimate that says nothing: every band possible.
   *
   * @param why why no model gives an estimate
   * @return the estimate
   */
  public static SurvivalEstimate unknown(String why) {
    return new SurvivalEstimate("none", why, List.of(SurvivalBand.values()));
  }

  /**
   * Returns whether the expected survival is at least the given number of months.
   *
   * @param months 3 or 6
   * @return true or false when every possible band agrees; empty when the estimate straddles it
   */
  public Optional<Boolean> atLeast(int months) {
    Set<SurvivalBand> above =
        months <= 3
            ? EnumSet.of(SurvivalBand.THREE_TO_6_MONTHS, SurvivalBand.AT_LEAST_6_MONTHS)
            : EnumSet.of(SurvivalBand.AT_LEAST_6_MONTHS);
    boolean all = above.containsAll(bands);
    boolean none = bands.stream().noneMatch(above::contains);
    return all ? Optional.of(true) : none ? Optional.of(false) : Optional.empty();
  }

  /**
   * Returns e.g. "hcc-sm-gpa → &lt; 3 months".
   *
   * @return the summary
   */
  public String summary() {
    return modelId + " → " + (bands.size() == 1 ? bands.get(0).toString() : "one of " + bands);
  }

  @Override
  public String toString() {
    return modelId
        + ": "
        + basis
        + " → expected survival "
        + (bands.size() == 1 ? bands.get(0) : "one of " + bands);
  }
}
