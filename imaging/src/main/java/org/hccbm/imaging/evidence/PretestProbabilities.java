package org.hccbm.imaging.evidence;

import java.util.List;
import org.hccbm.core.evidence.BoneMetastasisIncidence;
import org.hccbm.core.evidence.BoneMetastasisIncidence.Cohort;
import org.hccbm.core.evidence.Probability;

/**
 * Pre-test probabilities of bone metastasis in HCC from the cohorts of the review's Table 1, as a
 * range (the cohorts differ in period, diagnostic approach and selection; no single value is right
 * for a given patient).
 *
 * @since 0.1.0
 */
public final class PretestProbabilities {
  /**
   * A range of pre-test probabilities and the cohorts it comes from.
   *
   * @param low the lowest cohort incidence
   * @param high the highest cohort incidence
   * @param cohorts the cohorts with a reported incidence
   */
  public record Range(Probability low, Probability high, List<Cohort> cohorts) {
    /** Copies the cohorts. */
    public Range {
      cohorts = List.copyOf(cohorts);
    }
  }

  private PretestProbabilities() {}

  /**
   * Returns the range of incidences of Table 1's cohorts that report one (1.97 %–23.59 %).
   *
   * @return the range
   */
  public static Range fromReviewCohorts() {
    List<Cohort> withIncidence =
        BoneMetastasisIncidence.cohorts().stream().filter(c -> c.incidence().isPresent()).toList();
    double low =
        withIncidence.stream()
            .mapToDouble(c -> c.incidence().orElseThrow().percent())
            .min()
            .orElseThrow();
    double high =
        withIncidence.stream()
            .mapToDouble(c -> c.incidence().orElseThrow().percent())
            .max()
            .orElseThrow();
    return new Range(Probability.ofPercent(low), Probability.ofPercent(high), withIncidence);
  }
}
