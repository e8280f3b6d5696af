package org.hccbm.imaging;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.hccbm.core.evidence.Probability;

/**
 * How much a positive or a negative result of each per-patient test would move the probability of
 * bone metastasis, at both ends of a pre-test range.
 *
 * @param low the lowest pre-test probability
 * @param high the highest pre-test probability
 * @param rows one row per test
 * @since 0.1.0
 */
public record ImagingSummary(Probability low, Probability high, List<Row> rows) {
  /**
   * One test at both ends of the range.
   *
   * @param accuracy the figures used
   * @param positive post-test probabilities after a positive result, at low and high pre-test
   * @param negative post-test probabilities after a negative result, at low and high pre-test
   */
  public record Row(TestAccuracy accuracy, List<PostTest> positive, List<PostTest> negative) {
    /** Copies the lists. */
    public Row {
      requireNonNull(accuracy, "accuracy");
      positive = List.copyOf(positive);
      negative = List.copyOf(negative);
    }
  }

  /** Copies the rows. */
  public ImagingSummary {
    requireNonNull(low, "low");
    requireNonNull(high, "high");
    rows = List.copyOf(rows);
  }

  /**
   * Returns the summary for per-patient Se/Sp pairs at a pre-test range.
   *
   * @param tests the tests (Se/Sp pairs on the same basis)
   * @param low the lowest pre-test probability
   * @param high the highest pre-test probability
   * @return the summary
   */
  public static ImagingSummary of(List<TestAccuracy> tests, Probability low, Probability high) {
    return new ImagingSummary(
        low,
        high,
        tests.stream()
            .map(
                t ->
                    new Row(
                        t,
                        PostTestCalculator.overRange(t, TestResult.POSITIVE, low, high),
                        PostTestCalculator.overRange(t, TestResult.NEGATIVE, low, high)))
            .toList());
  }

  /**
   * Returns a plain-text table.
   *
   * @return the rendering
   */
  public String render() {
    StringBuilder out =
        new StringBuilder(
            "Imaging: probability of bone metastasis after a test, "
                + "pre-test "
                + pct(low.value())
                + "–"
                + pct(high.value())
                + "\n");
    for (Row r : rows) {
      out.append("  ")
          .append(r.accuracy().modality().label())
          .append(" (")
          .append(r.accuracy().source().authors())
          .append(' ')
          .append(r.accuracy().source().year())
          .append("): positive ")
          .append(pct(r.positive().get(0).post().value()))
          .append("–")
          .append(pct(r.positive().get(1).post().value()))
          .append(", negative ")
          .append(pct(r.negative().get(0).post().value()))
          .append("–")
          .append(pct(r.negative().get(1).post().value()))
          .append('\n');
    }
    return out.toString();
  }

  private static String pct(double p) {
    return org.hccbm.core.Decimals.plain(Math.round(p * 1000) / 10.0) + " %";
  }
}
