package org.hccbm.report.svg;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.hccbm.core.Decimals;
import org.hccbm.core.InvalidClinicalInputException;
import org.jspecify.annotations.Nullable;

/**
 * The survival chart: one horizontal band per prognostic model on a common axis of months, the band
 * spanning the survival figures of the patient's category, the median marked where the source gives
 * one, the cohort written beside it, and the policy's chosen row outlined, marked "chosen" and set
 * in bold (never by colour alone).
 */
public final class SurvivalChart {
  /**
   * One model's survival band.
   *
   * @param model the model's name, e.g. "HCC-SM GPA"
   * @param category the patient's category, e.g. "group 1 (0–1 points)"
   * @param lowMonths the lowest survival figure of the category, in months, 0 or more
   * @param highMonths the highest, in months, at least {@code lowMonths}; {@link
   *     Double#POSITIVE_INFINITY} for an open band such as "6 months or more"
   * @param medianMonths the category's median survival in months, when the source gives one
   * @param cohort the derivation cohort, e.g. "HCC, n = 268"
   * @param chosen whether the policy chose this model's estimate
   */
  public record Row(
      String model,
      String category,
      double lowMonths,
      double highMonths,
      @Nullable Double medianMonths,
      String cohort,
      boolean chosen) {
    /** Validates every component. */
    public Row {
      requireNonNull(model, "model");
      requireNonNull(category, "category");
      requireNonNull(cohort, "cohort");
      if (!(lowMonths >= 0 && Double.isFinite(lowMonths))) {
        throw new InvalidClinicalInputException(
            "survival band low end of " + model, lowMonths + " months", "finite and >= 0 months");
      }
      if (!(highMonths >= lowMonths)) {
        throw new InvalidClinicalInputException(
            "survival band high end of " + model,
            highMonths + " months",
            ">= the low end, " + lowMonths + " months (infinity for an open band)");
      }
      if (medianMonths != null && !(medianMonths >= 0 && Double.isFinite(medianMonths))) {
        throw new InvalidClinicalInputException(
            "median survival of " + model, medianMonths + " months", "finite and >= 0 months");
      }
    }

    /** Whether the band has no upper figure. */
    boolean open() {
      return highMonths == Double.POSITIVE_INFINITY;
    }
  }

  private static final double WIDTH = 660;
  private static final double LEFT = 180;
  private static final double RIGHT = 500;
  private static final double COHORT_X = 512;
  private static final double TOP = 30;
  private static final double ROW = 34;
  private static final int COHORT_CHARS = 24;

  /** The smallest text and the headings, in user units (legible at 2/3 of a printed A4 width). */
  static final double TEXT = 11;

  private static final double HEAD = 12;

  private SurvivalChart() {}

  /**
   * Draws the chart.
   *
   * @param rows one row per model, in the order to show them
   * @return the SVG markup
   */
  public static String svg(List<Row> rows) {
    return svg(rows, true);
  }

  /**
   * Draws the chart, with or without its key (a page that states the key in its caption leaves it
   * out).
   *
   * @param rows one row per model, in the order to show them
   * @param withKey whether to draw the key under the axis
   * @return the SVG markup
   */
  public static String svg(List<Row> rows, boolean withKey) {
    List<Row> copy = List.copyOf(rows);
    double axisMax = axisMax(copy);
    double plotBottom = TOP + Math.max(copy.size(), 1) * ROW;
    double legendTop = plotBottom + 50;
    double height = withKey ? legendTop + 3 * 16 + 6 : plotBottom + 36;
    String chosen =
        copy.stream().filter(Row::chosen).map(Row::model).findFirst().orElse("none chosen");
    Svg svg =
        Svg.start(
            WIDTH,
            height,
            "Survival estimates by model, in months; the policy's choice: " + chosen);
    svg.open("desc")
        .text(
            "One band per prognostic model spanning its category's survival figures, the median"
                + " marked, the cohort beside it.")
        .close("desc");
    axis(svg, axisMax, plotBottom);
    if (copy.isEmpty()) {
      svg.open("text", "x", LEFT, "y", TOP + 18, "font-size", HEAD, "fill", Palette.INK)
          .text("no survival estimates")
          .close("text");
    }
    for (int i = 0; i < copy.size(); i++) {
      row(svg, copy.get(i), TOP + i * ROW, axisMax);
    }
    if (withKey) {
      legend(svg, legendTop);
    }
    return svg.end();
  }

  /** The axis end: the largest finite figure rounded up to a whole number of 6-month steps. */
  static double axisMax(List<Row> rows) {
    double max = 12;
    for (Row r : rows) {
      max = Math.max(max, r.lowMonths() * (r.open() ? 1.5 : 1));
      if (!r.open()) {
        max = Math.max(max, r.highMonths());
      }
      if (r.medianMonths() != null) {
        max = Math.max(max, r.medianMonths());
      }
    }
    double step = tickStep(max);
    return Math.ceil(max / step) * step;
  }

  private static double tickStep(double max) {
    return max <= 24 ? 3 : max <= 60 ? 6 : max <= 120 ? 12 : 24;
  }

  private static double x(double months, double axisMax) {
    return LEFT + Math.min(months, axisMax) / axisMax * (RIGHT - LEFT);
  }

  private static void axis(Svg svg, double axisMax, double bottom) {
    List<Axis.Tick> ticks = new ArrayList<>();
    double step = tickStep(axisMax);
    for (double m = 0; m <= axisMax + 1e-9; m += step) {
      ticks.add(new Axis.Tick(x(m, axisMax), Decimals.plain(m)));
    }
    Axis.draw(svg, LEFT, RIGHT, TOP - 4, bottom, ticks, "survival, months", TEXT);
    svg.open("text", "x", 4, "y", 14, "font-size", HEAD, "font-weight", "bold", "fill", Palette.INK)
        .text("Model and category")
        .close("text");
    svg.open(
            "text",
            "x",
            COHORT_X,
            "y",
            14,
            "font-size",
            HEAD,
            "font-weight",
            "bold",
            "fill",
            Palette.INK)
        .text("Cohort")
        .close("text");
  }

  private static void row(Svg svg, Row r, double top, double axisMax) {
    svg.open(
        "g",
        "class",
        r.chosen() ? "band chosen" : "band",
        "data-model",
        r.model(),
        "data-chosen",
        r.chosen() ? "true" : "false");
    double mid = top + ROW / 2;
    svg.open(
            "text",
            "x",
            4,
            "y",
            mid - 3,
            "font-size",
            TEXT,
            "font-weight",
            r.chosen() ? "bold" : "normal",
            "fill",
            Palette.INK)
        .text((r.chosen() ? "▶ chosen: " : "") + r.model())
        .close("text");
    svg.open("text", "x", 4, "y", mid + 11, "font-size", TEXT, "fill", Palette.INK)
        .text(r.category())
        .close("text");
    double x1 = x(r.lowMonths(), axisMax);
    double x2 = r.open() ? RIGHT : x(r.highMonths(), axisMax);
    double w = Math.max(x2 - x1, 2);
    svg.empty(
        "rect",
        "x",
        x1,
        "y",
        mid - 6,
        "width",
        w,
        "height",
        12,
        "fill",
        r.chosen() ? Palette.LOW : Palette.GREY,
        "stroke",
        Palette.EMPHASIS,
        "stroke-width",
        r.chosen() ? 2.5 : 0.5);
    if (r.open()) {
      svg.empty(
          "path",
          "d",
          "M"
              + Svg.number(RIGHT)
              + " "
              + Svg.number(mid - 9)
              + "L"
              + Svg.number(RIGHT + 8)
              + " "
              + Svg.number(mid)
              + "L"
              + Svg.number(RIGHT)
              + " "
              + Svg.number(mid + 9)
              + "Z",
          "fill",
          Palette.EMPHASIS);
    }
    Double median = r.medianMonths();
    if (median != null) {
      double mx = x(median, axisMax);
      svg.empty(
          "line",
          "class",
          "median",
          "x1",
          mx,
          "y1",
          mid - 9,
          "x2",
          mx,
          "y2",
          mid + 9,
          "stroke",
          Palette.EMPHASIS,
          "stroke-width",
          2.5);
    }
    // the figures start over the band, moved left so that they end before the cohort column
    String figures = figures(r);
    double figuresX = Math.max(LEFT, Math.min(x1, RIGHT - figures.length() * TEXT * 0.55));
    svg.open("text", "x", figuresX, "y", mid - 9, "font-size", TEXT, "fill", Palette.INK)
        .text(figures)
        .close("text");
    List<String> cohort = Svg.wrap(r.cohort(), COHORT_CHARS);
    for (int i = 0; i < cohort.size() && i < 2; i++) {
      svg.open("text", "x", COHORT_X, "y", mid - 3 + i * 12, "font-size", TEXT, "fill", Palette.INK)
          .text(cohort.get(i) + (i == 1 && cohort.size() > 2 ? " …" : ""))
          .close("text");
    }
    svg.close("g");
  }

  private static String figures(Row r) {
    String band =
        r.open()
            ? "≥ " + months(r.lowMonths())
            : r.lowMonths() == r.highMonths()
                ? months(r.lowMonths())
                : months(r.lowMonths()) + "–" + months(r.highMonths());
    Double median = r.medianMonths();
    return band + " mo" + (median == null ? "" : ", median " + months(median));
  }

  private static String months(double m) {
    return Decimals.plain(Math.round(m * 10) / 10.0);
  }

  private static void legend(Svg svg, double top) {
    svg.open("g", "class", "legend");
    entry(svg, top, Palette.GREY, "band: the category's survival figures, months (open: arrow)");
    entry(svg, top + 16, Palette.LOW, "outlined band, bold, ▶ chosen: the policy's choice");
    svg.open("g", "class", "legend-entry", "data-colour", Palette.EMPHASIS);
    svg.empty(
        "line",
        "x1",
        LEFT + 6,
        "y1",
        top + 32 - 9,
        "x2",
        LEFT + 6,
        "y2",
        top + 32 + 1,
        "stroke",
        Palette.EMPHASIS,
        "stroke-width",
        2.5);
    svg.open("text", "x", LEFT + 20, "y", top + 32, "font-size", TEXT, "fill", Palette.INK)
        .text("tick: median survival, where the source gives one")
        .close("text");
    svg.close("g");
    svg.close("g");
  }

  private static void entry(Svg svg, double y, String colour, String text) {
    svg.open("g", "class", "legend-entry", "data-colour", colour);
    svg.empty(
        "rect",
        "x",
        LEFT,
        "y",
        y - 8,
        "width",
        12,
        "height",
        9,
        "fill",
        colour,
        "stroke",
        Palette.EMPHASIS,
        "stroke-width",
        colour.equals(Palette.LOW) ? 2 : 0.5);
    svg.open("text", "x", LEFT + 20, "y", y, "font-size", TEXT, "fill", Palette.INK)
        .text(text)
        .close("text");
    svg.close("g");
  }
}
