package org.hccbm.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hccbm.core.patient.Patient;
import org.hccbm.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Issue 17 point 4, "checked as a person would see it": the review found the pictures' text printed
 * at about 3.6 pt on the one-page A4 PDF. Every text of the printed page must be at least 6 pt on
 * A4, the narrower of A4 and Letter: an SVG text prints at its font size × the picture's printed
 * width / its viewBox width, the picture's printed width being its column's share of the printable
 * width (the page's grid, written from the same constants). No browser needed.
 */
class PrintedTextSizeTest {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final double MIN_PT = 6;

  /** The printable width of an A4 page in points: 210 mm less both margins. */
  static final double A4_PRINTABLE_PT = (210 - 2 * BoardReport.PAGE_MARGIN_MM) / 25.4 * 72;

  /** The printed size in points of an SVG text. */
  static double printedPt(double fontSize, double share, double viewBoxWidth) {
    return fontSize * share * A4_PRINTABLE_PT / viewBoxWidth;
  }

  @Test
  void printedPt_oldLayout_wasBelowSixPoint_soTheCheckCanFail() {
    // 194 mm = 549.92 pt
    assertThat(A4_PRINTABLE_PT).isCloseTo(549.92, within(0.01));
    // the review's case: a 9-unit text in a 660-unit picture at about half the width, zoom 0.9
    assertThat(printedPt(9, 0.5 * 0.9, 660)).isCloseTo(3.37, within(0.01)).isLessThan(MIN_PT);
  }

  @Test
  void everyFixture_everySvgText_printsAtLeastSixPointOnA4() throws Exception {
    for (Patient patient : Fixtures.all()) {
      String page = BoardReport.html(BoardSummary.of(patient));
      // the page's grid gives the pictures the shares this test computes with
      assertThat(page)
          .contains("grid-template-columns:32% 66%")
          .contains(".fig:first-child{grid-row:span 2}")
          .contains("body{margin:0;padding:0;max-width:none;");
      assertThat(BoardReport.MAP_SHARE).isEqualTo(0.32);
      assertThat(BoardReport.CHART_SHARE).isEqualTo(0.66);
      Document doc = parse(page);
      NodeList svgs = doc.getElementsByTagNameNS(SVG_NS, "svg");
      assertThat(svgs.getLength()).as(patient.id() + " pictures").isEqualTo(3);
      for (int i = 0; i < svgs.getLength(); i++) {
        Element svg = (Element) svgs.item(i);
        double share = i == 0 ? BoardReport.MAP_SHARE : BoardReport.CHART_SHARE;
        double width = Double.parseDouble(svg.getAttribute("viewBox").split(" ")[2]);
        NodeList texts = svg.getElementsByTagNameNS(SVG_NS, "text");
        assertThat(texts.getLength()).as(patient.id() + " picture " + i + " texts").isPositive();
        for (int t = 0; t < texts.getLength(); t++) {
          Element text = (Element) texts.item(t);
          String size = text.getAttribute("font-size");
          assertThat(size)
              .as(patient.id() + " text without a size: " + text.getTextContent())
              .isNotEmpty();
          assertThat(printedPt(Double.parseDouble(size), share, width))
              .as(patient.id() + " picture " + i + " text '" + text.getTextContent() + "'")
              .isGreaterThanOrEqualTo(MIN_PT);
        }
      }
    }
  }

  @Test
  void css_everyFontSizeAtLeastSixPoint_andNoZoomThatWouldShrinkIt() {
    String page = BoardReport.html(BoardSummary.of(Fixtures.cordCompression()));
    String css = page.substring(page.indexOf("<style>"), page.indexOf("</style>"));
    assertThat(css).doesNotContain("zoom").doesNotContain("transform");
    Matcher m = Pattern.compile("font(?:-size)?:([0-9.]+)(\\w+)").matcher(css);
    List<Double> sizes = new ArrayList<>();
    while (m.find()) {
      assertThat(m.group(2)).as("font size unit").isEqualTo("pt");
      sizes.add(Double.parseDouble(m.group(1)));
    }
    assertThat(sizes)
        .hasSizeGreaterThan(10)
        .allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(MIN_PT));
  }

  private static Document parse(String page) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(page)));
  }
}
