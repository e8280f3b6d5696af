package org.hccbm.report.svg;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hccbm.core.Decimals;
import org.hccbm.core.evidence.Probability;
import org.hccbm.imaging.ImagingSummary;
import org.hccbm.imaging.Interval;
import org.hccbm.imaging.MetricType;
import org.hccbm.imaging.PostTest;
import org.hccbm.imaging.PostTestCalculator;
import org.hccbm.imaging.TestResult;

/**
 * The imaging chart: for each modality of an {@link ImagingSummary}, the probability of bone
 * metastasis after a positive and after a negative result, drawn as an arrow from the patient's
 * pre-test probability, with the 95 % interval where the source allows one and, underneath, the
 * post-test range over the summary's range of pre-test probabilities. A source that reports no
 * sensitivity/specificity pair gets a line of text, not a bar.
 */
public final class ImagingChart {
  private static final double WIDTH = 660;
  private static final double LEFT = 200;
  private static final double RIGHT = 480;
  private static final double VALUE_X = 488;
  private static final double TOP = 38;
  private static final double ROW = 36;

  /** The smallest text and the headings, in user units (legible at 2/3 of a printed A4 width). */
  static final double TEXT = 11;

  private static final double HEAD = 12;

  private ImagingChart() {}

  /**
   * Draws the chart.
   *
   * @param summary the modalities, with the pre-test range their post-test ranges were computed on
   * @param pretest the patient's pre-test probability, where the arrows start
   * @return the SVG markup
   */
  public static String svg(ImagingSummary summary, Probability pretest) {
    return svg(summary, pretest, true);
  }

  /**
   * Draws the chart, with or without its key (a page that states the key in its caption leaves it
   * out).
   *
   * @param summary the modalities, with the pre-test range their post-test ranges were computed on
   * @param pretest the patient's pre-test probability, where the arrows start
   * @param withKey whether to draw the key under the axis
   * @return the SVG markup
   */
  public static String svg(ImagingSummary summary, Probability pretest, boolean withKey) {
    requireNonNull(summary, "summary");
    requireNonNull(pretest, "pretest");
    List<ImagingSummary.Row> rows = summary.rows();
    double plotBottom = TOP + Math.max(rows.size(), 1) * ROW;
    double legendTop = plotBottom + 50;
    double height = withKey ? legendTop + 4 * 16 + 6 : plotBottom + 36;
    Svg svg =
        Svg.start(
            WIDTH,
            height,
            "Probability of bone metastasis after each imaging test, from a pre-test probability of "
                + pct(pretest.value()));
    svg.open("desc")
        .text(
            "For each modality, an arrow from the pre-test probability to the post-test"
                + " probability after a positive and after a negative result.")
        .close("desc");
    axis(svg, plotBottom, pretest);
    if (rows.isEmpty()) {
      svg.open("text", "x", LEFT, "y", TOP + 18, "font-size", HEAD, "fill", Palette.INK)
          .text("no imaging accuracy figures")
          .close("text");
    }
    for (int i = 0; i < rows.size(); i++) {
      row(svg, rows.get(i), TOP + i * ROW, pretest);
    }
    if (withKey) {
      legend(svg, legendTop, summary);
    }
    return svg.end();
  }

  private static double x(double p) {
    return LEFT + p * (RIGHT - LEFT);
  }

  private static void axis(Svg svg, double bottom, Probability pretest) {
    List<Axis.Tick> ticks = new ArrayList<>();
    for (int p = 0; p <= 100; p += 25) {
      ticks.add(new Axis.Tick(x(p / 100.0), p + " %"));
    }
    Axis.draw(svg, LEFT, RIGHT, TOP - 4, bottom, ticks, "probability of bone metastasis", TEXT);
    double px = x(pretest.value());
    svg.empty(
        "line",
        "class",
        "pretest",
        "x1",
        px,
        "y1",
        TOP - 10,
        "x2",
        px,
        "y2",
        bottom,
        "stroke",
        Palette.EMPHASIS,
        "stroke-width",
        1.2,
        "stroke-dasharray",
        "4 2");
    Axis.centred(svg, px, TOP - 13, TEXT, "pre-test " + pct(pretest.value()));
    svg.open("text", "x", 4, "y", 14, "font-size", HEAD, "font-weight", "bold", "fill", Palette.INK)
        .text("Modality (source)")
        .close("text");
    svg.open(
            "text",
            "x",
            VALUE_X,
            "y",
            14,
            "font-size",
            HEAD,
            "font-weight",
            "bold",
            "fill",
            Palette.INK)
        .text("Post-test (95 % CI)")
        .close("text");
  }

  private static void row(Svg svg, ImagingSummary.Row row, double top, Probability pretest) {
    var accuracy = row.accuracy();
    svg.open("g", "class", "modality", "data-modality", accuracy.modality().name());
    svg.open(
            "text",
            "x",
            4,
            "y",
            top + 12,
            "font-size",
            TEXT,
            "font-weight",
            "bold",
            "fill",
            Palette.INK)
        .text(
            accuracy.modality().label()
                + " · per "
                + accuracy.basis().name().toLowerCase(Locale.ROOT))
        .close("text");
    svg.open("text", "x", 4, "y", top + 25, "font-size", TEXT, "fill", Palette.INK)
        .text(
            accuracy.source().authors()
                + " "
                + accuracy.source().year()
                + ", "
                + accuracy.population().name().toLowerCase(Locale.ROOT).replace('_', ' '))
        .close("text");
    if (accuracy.metricType() != MetricType.SE_SP) {
      svg.open("text", "x", LEFT, "y", top + 20, "font-size", TEXT, "fill", Palette.INK)
          .text(
              (accuracy.metricType() == MetricType.SE_ONLY ? "sensitivity only" : "accuracy only")
                  + " reported: no post-test probability")
          .close("text");
      svg.close("g");
      return;
    }
    result(
        svg,
        PostTestCalculator.postTest(accuracy, TestResult.POSITIVE, pretest),
        row.positive(),
        top + 10);
    result(
        svg,
        PostTestCalculator.postTest(accuracy, TestResult.NEGATIVE, pretest),
        row.negative(),
        top + 24);
    svg.close("g");
  }

  private static void result(Svg svg, PostTest post, List<PostTest> overRange, double y) {
    boolean positive = post.result() == TestResult.POSITIVE;
    String colour = positive ? Palette.HIGH : Palette.LOW;
    svg.open("g", "class", positive ? "result positive" : "result negative");
    if (overRange.size() == 2) {
      double a = x(overRange.get(0).post().value());
      double b = x(overRange.get(1).post().value());
      svg.empty(
          "line",
          "class",
          "range",
          "x1",
          Math.min(a, b),
          "y1",
          y + 4.5,
          "x2",
          Math.max(a, b),
          "y2",
          y + 4.5,
          "stroke",
          Palette.GREY,
          "stroke-width",
          1.5);
    }
    double from = x(post.pre().value());
    double to = x(post.post().value());
    svg.empty("line", "x1", from, "y1", y, "x2", to, "y2", y, "stroke", colour, "stroke-width", 4);
    double dir = to >= from ? 1 : -1;
    svg.empty(
        "path",
        "d",
        "M"
            + Svg.number(to)
            + " "
            + Svg.number(y - 5)
            + "L"
            + Svg.number(to + 6 * dir)
            + " "
            + Svg.number(y)
            + "L"
            + Svg.number(to)
            + " "
            + Svg.number(y + 5)
            + "Z",
        "fill",
        colour);
    Optional<Interval> ci = post.interval();
    if (ci.isPresent()) {
      double l = x(ci.get().lower());
      double u = x(ci.get().upper());
      svg.empty(
          "path",
          "class",
          "interval",
          "d",
          "M"
              + Svg.number(l)
              + " "
              + Svg.number(y - 4)
              + "V"
              + Svg.number(y + 4)
              + "M"
              + Svg.number(l)
              + " "
              + Svg.number(y)
              + "H"
              + Svg.number(u)
              + "M"
              + Svg.number(u)
              + " "
              + Svg.number(y - 4)
              + "V"
              + Svg.number(y + 4),
          "stroke",
          Palette.EMPHASIS,
          "stroke-width",
          1,
          "fill",
          "none");
    }
    svg.open("text", "x", VALUE_X, "y", y + 4, "font-size", TEXT, "fill", Palette.INK)
        .text(
            (positive ? "positive " : "negative ")
                + pct(post.post().value())
                + ci.map(i -> " (" + number(i.lower()) + "–" + pct(i.upper()) + ")")
                    .orElse(" (no CI)"))
        .close("text");
    svg.close("g");
  }

  private static void legend(Svg svg, double top, ImagingSummary summary) {
    svg.open("g", "class", "legend");
    arrowEntry(svg, top, Palette.HIGH, "arrow: post-test probability after a positive result");
    arrowEntry(svg, top + 16, Palette.LOW, "arrow: post-test probability after a negative result");
    svg.open("g", "class", "legend-entry", "data-colour", Palette.EMPHASIS);
    svg.empty(
        "path",
        "d",
        "M"
            + Svg.number(LEFT)
            + " "
            + Svg.number(top + 32 - 7)
            + "v8M"
            + Svg.number(LEFT)
            + " "
            + Svg.number(top + 32 - 3)
            + "h14M"
            + Svg.number(LEFT + 14)
            + " "
            + Svg.number(top + 32 - 7)
            + "v8",
        "stroke",
        Palette.EMPHASIS,
        "fill",
        "none");
    text(svg, top + 32, "whiskers: 95 % interval; no CI: the source allows none");
    svg.close("g");
    svg.open("g", "class", "legend-entry", "data-colour", Palette.GREY);
    svg.empty(
        "line",
        "x1",
        LEFT,
        "y1",
        top + 48 - 3,
        "x2",
        LEFT + 14,
        "y2",
        top + 48 - 3,
        "stroke",
        Palette.GREY,
        "stroke-width",
        1.5);
    text(
        svg,
        top + 48,
        "thin line: post-test range for pre-test "
            + pct(summary.low().value())
            + "–"
            + pct(summary.high().value()));
    svg.close("g");
    svg.open("g", "class", "legend-entry", "data-colour", Palette.EMPHASIS);
    svg.empty(
        "line",
        "x1",
        LEFT + 7,
        "y1",
        top + 64 - 9,
        "x2",
        LEFT + 7,
        "y2",
        top + 64 + 1,
        "stroke",
        Palette.EMPHASIS,
        "stroke-dasharray",
        "4 2");
    text(svg, top + 64, "dashed line: the patient's pre-test probability");
    svg.close("g");
    svg.close("g");
  }

  private static void arrowEntry(Svg svg, double y, String colour, String label) {
    svg.open("g", "class", "legend-entry", "data-colour", colour);
    svg.empty(
        "line",
        "x1",
        LEFT,
        "y1",
        y - 3,
        "x2",
        LEFT + 12,
        "y2",
        y - 3,
        "stroke",
        colour,
        "stroke-width",
        4);
    text(svg, y, label);
    svg.close("g");
  }

  private static void text(Svg svg, double y, String text) {
    svg.open("text", "x", LEFT + 22, "y", y, "font-size", TEXT, "fill", Palette.INK)
        .text(text)
        .close("text");
  }

  private static String pct(double p) {
    return number(p) + " %";
  }

  /** A probability as a percentage with one decimal, without the unit. */
  private static String number(double p) {
    return Decimals.plain(Math.round(p * 1000) / 10.0);
  }
}
