package org.hccbm.jackson.internal;

import static org.hccbm.jackson.internal.PlanReader.guard;
import static org.hccbm.jackson.internal.PlanReader.object;
import static org.hccbm.jackson.internal.ResultReader.list;
import static org.hccbm.jackson.internal.ResultReader.need;
import static org.hccbm.jackson.internal.ResultReader.num;
import static org.hccbm.jackson.internal.ResultReader.number;
import static org.hccbm.jackson.internal.ResultReader.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.evidence.Citation;
import org.hccbm.core.evidence.Probability;
import org.hccbm.core.lesion.Modality;
import org.hccbm.imaging.Basis;
import org.hccbm.imaging.Estimate;
import org.hccbm.imaging.Interval;
import org.hccbm.imaging.Population;
import org.hccbm.imaging.PostTest;
import org.hccbm.imaging.TestAccuracy;
import org.hccbm.imaging.TestResult;
import org.hccbm.imaging.TwoByTwo;

/**
 * Reads imaging outputs written by {@link ResultCodec#postTest} and {@link ResultCodec#accuracy}
 * back into equal records. An interval bound or likelihood ratio written as the string {@code
 * "Infinity"} reads as positive infinity; {@code "unknown"} in place of an interval reads as no
 * interval. The {@code metricType} is derived from the estimates present and must agree with them.
 */
public final class ImagingReader {
  private static final String INFINITY = "Infinity";

  private ImagingReader() {}

  /**
   * Reads a post-test probability.
   *
   * @param n the node
   * @return the result
   * @throws DocumentError naming the path of the first bad field
   */
  public static PostTest postTest(JsonNode n) {
    object(n, "$");
    TestAccuracy accuracy = accuracy(need(n, "accuracy", "$"), "$.accuracy");
    TestResult result = named(TestResult.class, text(n, "result", "$"), "$.result");
    Probability pre = probability(n, "pretest");
    double lr = unbounded(need(n, "likelihoodRatio", "$"), "$.likelihoodRatio");
    Optional<Interval> lrInterval =
        interval(need(n, "likelihoodRatioInterval", "$"), "$.likelihoodRatioInterval");
    Probability post = probability(n, "posttest");
    Optional<Interval> interval = interval(need(n, "interval", "$"), "$.interval");
    return new PostTest(
        accuracy,
        result,
        pre,
        lr,
        post,
        lrInterval,
        interval,
        text(n, "method", "$"),
        list(need(n, "notes", "$"), "$.notes", ResultReader::string));
  }

  /**
   * Reads test accuracy figures with their provenance.
   *
   * @param n the node
   * @param path its JSON path
   * @return the figures
   * @throws DocumentError naming the path of the first bad field
   */
  public static TestAccuracy accuracy(JsonNode n, String path) {
    object(n, path);
    Modality modality = modality(text(n, "modality", path), path + ".modality");
    Basis basis = named(Basis.class, text(n, "basis", path), path + ".basis");
    Population population =
        named(Population.class, text(n, "population", path), path + ".population");
    Optional<Estimate> se = estimate(n, "sensitivity", path);
    Optional<Estimate> sp = estimate(n, "specificity", path);
    Optional<Estimate> acc = estimate(n, "accuracy", path);
    Optional<TwoByTwo> counts =
        n.has("counts") ? Optional.of(counts(need(n, "counts", path), path)) : Optional.empty();
    JsonNode c = need(n, "source", path);
    String cp = path + ".source";
    object(c, cp);
    Citation source =
        new Citation(
            text(c, "authors", cp),
            text(c, "title", cp),
            text(c, "source", cp),
            (int) num(c, "year", cp),
            text(c, "locator", cp));
    String target = text(n, "target", path);
    String notes = text(n, "notes", path);
    TestAccuracy a =
        guard(
            path,
            () ->
                new TestAccuracy(
                    modality, basis, population, target, se, sp, acc, counts, source, notes));
    String metric = text(n, "metricType", path);
    if (!a.metricType().name().equals(metric)) {
      throw new DocumentError(
          path + ".metricType",
          "must be "
              + a.metricType().name()
              + " (from the estimates present), was \""
              + metric
              + "\"");
    }
    return a;
  }

  private static TwoByTwo counts(JsonNode t, String path) {
    String p = path + ".counts";
    object(t, p);
    int tp = count(t, "tp", p);
    int fp = count(t, "fp", p);
    int fn = count(t, "fn", p);
    int tn = count(t, "tn", p);
    return guard(p, () -> new TwoByTwo(tp, fp, fn, tn));
  }

  private static int count(JsonNode t, String field, String path) {
    JsonNode v = need(t, field, path);
    if (!v.canConvertToInt() || !v.isIntegralNumber()) {
      throw new DocumentError(path + "." + field, "must be a whole number, was " + v);
    }
    return v.intValue();
  }

  private static Optional<Estimate> estimate(JsonNode n, String field, String path) {
    if (!n.has(field)) {
      return Optional.empty();
    }
    String p = path + "." + field;
    JsonNode e = need(n, field, path);
    object(e, p);
    double value = num(e, "value", p);
    Optional<Interval> ci = interval(need(e, "ci", p), p + ".ci");
    return Optional.of(guard(p, () -> new Estimate(value, ci)));
  }

  private static Optional<Interval> interval(JsonNode n, String path) {
    if (n.isTextual() && n.asText().equals(Json.UNKNOWN)) {
      return Optional.empty();
    }
    if (!n.isObject()) {
      throw new DocumentError(path, "must be an interval or \"unknown\", was " + n);
    }
    double lower = number(need(n, "lower", path), path + ".lower");
    double upper = unbounded(need(n, "upper", path), path + ".upper");
    return Optional.of(guard(path, () -> new Interval(lower, upper)));
  }

  private static double unbounded(JsonNode v, String path) {
    if (v.isTextual() && v.asText().equals(INFINITY)) {
      return Double.POSITIVE_INFINITY;
    }
    if (!v.isNumber()) {
      throw new DocumentError(path, "must be a number or \"Infinity\", was " + v);
    }
    return v.asDouble();
  }

  private static Probability probability(JsonNode n, String field) {
    double v = num(n, field, "$");
    return guard("$." + field, () -> Probability.of(v));
  }

  private static Modality modality(String label, String path) {
    for (Modality m : Modality.values()) {
      if (m.label().equals(label)) {
        return m;
      }
    }
    throw new DocumentError(path, "must be a modality label, was \"" + label + "\"");
  }

  private static <E extends Enum<E>> E named(Class<E> type, String name, String path) {
    for (E e : type.getEnumConstants()) {
      if (Json.name(e).equals(name)) {
        return e;
      }
    }
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Json::name).toList();
    throw new DocumentError(path, "must be one of " + names + ", was \"" + name + "\"");
  }
}
