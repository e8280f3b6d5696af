package org.hccbm.imaging;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.hccbm.core.Decimals;
import org.hccbm.core.evidence.Probability;

/**
 * A post-test probability with how it was reached: the accuracy used, the result, the pre-test
 * probability, the likelihood ratio, and the interval carried through (when the source allows one).
 *
 * @param accuracy the accuracy figures used
 * @param result the test result
 * @param pre the pre-test probability
 * @param likelihoodRatio the likelihood ratio applied (LR+ or LR−)
 * @param post the post-test probability
 * @param likelihoodRatioInterval the likelihood ratio's 95 % interval, when it can be derived
 * @param interval the post-test probability's 95 % interval, when it can be derived
 * @param method how the interval was derived, or why there is none
 * @param notes what a reader must know (source notes, population, basis)
 * @since 0.1.0
 */
public record PostTest(
    TestAccuracy accuracy,
    TestResult result,
    Probability pre,
    double likelihoodRatio,
    Probability post,
    Optional<Interval> likelihoodRatioInterval,
    Optional<Interval> interval,
    String method,
    List<String> notes) {
  /** Validates and copies every component. */
  public PostTest {
    requireNonNull(accuracy, "accuracy");
    requireNonNull(result, "result");
    requireNonNull(pre, "pre");
    requireNonNull(post, "post");
    requireNonNull(likelihoodRatioInterval, "likelihoodRatioInterval");
    requireNonNull(interval, "interval");
    requireNonNull(method, "method");
    notes = List.copyOf(notes);
  }

  /**
   * Returns a plain-text rendering.
   *
   * @return the rendering, lines separated by '\n'
   */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(accuracy.modality().label())
        .append(' ')
        .append(result.name().toLowerCase(java.util.Locale.ROOT))
        .append(" (per ")
        .append(accuracy.basis().name().toLowerCase(java.util.Locale.ROOT))
        .append(")\n");
    out.append("  Accuracy: ").append(accuracy).append('\n');
    out.append("  Pre-test probability: ").append(pct(pre.value())).append('\n');
    out.append("  Likelihood ratio: ").append(Decimals.plain(round4(likelihoodRatio)));
    likelihoodRatioInterval.ifPresent(i -> out.append(" (95 % CI ").append(i).append(')'));
    out.append('\n');
    out.append("  Post-test probability: ").append(pct(post.value()));
    interval.ifPresent(
        i ->
            out.append(" (95 % CI ")
                .append(pct(i.lower()))
                .append("–")
                .append(pct(i.upper()))
                .append(')'));
    out.append('\n').append("  Interval: ").append(method).append('\n');
    notes.forEach(n -> out.append("  Note — ").append(n).append('\n'));
    return out.toString();
  }

  private static String pct(double p) {
    return Decimals.plain(Math.round(p * 1000) / 10.0) + " %";
  }

  private static double round4(double v) {
    return Double.isFinite(v) ? Math.round(v * 1e4) / 1e4 : v;
  }
}
