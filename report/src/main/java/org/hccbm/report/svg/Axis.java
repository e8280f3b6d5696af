package org.hccbm.report.svg;

import java.util.List;

/**
 * The horizontal axis the charts share: a base line from {@code left} to {@code right}, a short
 * tick and a dotted grid line up to {@code top} at each tick, the tick labels under the line and
 * the axis title under them.
 */
final class Axis {
  private Axis() {}

  /** One tick: where it is and what it says. */
  record Tick(double x, String label) {}

  /**
   * Draws the axis.
   *
   * @param svg the picture
   * @param left the x of the axis' start
   * @param right the x of its end
   * @param top the y the grid lines reach up to
   * @param bottom the y of the axis line
   * @param ticks the ticks, left to right
   * @param title the axis title
   * @param textSize the font size of the labels and the title
   */
  static void draw(
      Svg svg,
      double left,
      double right,
      double top,
      double bottom,
      List<Tick> ticks,
      String title,
      double textSize) {
    svg.open("g", "class", "axis", "stroke", Palette.INK, "stroke-width", 0.75);
    svg.empty("line", "x1", left, "y1", bottom, "x2", right, "y2", bottom);
    for (Tick t : ticks) {
      svg.empty("line", "x1", t.x(), "y1", bottom, "x2", t.x(), "y2", bottom + 4);
      svg.empty(
          "line",
          "x1",
          t.x(),
          "y1",
          top,
          "x2",
          t.x(),
          "y2",
          bottom,
          "stroke-dasharray",
          "1 3",
          "stroke-width",
          0.5);
    }
    svg.close("g");
    for (Tick t : ticks) {
      centred(svg, t.x(), bottom + 16, textSize, t.label());
    }
    centred(svg, (left + right) / 2, bottom + 30, textSize, title);
  }

  /** Writes a line of text centred on {@code x}. */
  static void centred(Svg svg, double x, double y, double size, String text) {
    svg.open(
            "text", "x", x, "y", y, "font-size", size, "text-anchor", "middle", "fill", Palette.INK)
        .text(text)
        .close("text");
  }
}
