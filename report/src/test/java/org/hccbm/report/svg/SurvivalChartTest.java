package org.hccbm.report.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hccbm.core.InvalidClinicalInputException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SurvivalChartTest {
  /** Rows shaped like the cord-compression patient's: the figures are only for drawing. */
  static List<SurvivalChart.Row> rows() {
    return List.of(
        new SurvivalChart.Row(
            "HCC-SM GPA",
            "group 1 (0–1 points)",
            1.5,
            4.0,
            2.6,
            "HCC spinal metastases, n = 268",
            true),
        new SurvivalChart.Row(
            "revised Tokuhashi",
            "9–11 points",
            6,
            Double.POSITIVE_INFINITY,
            null,
            "mixed primaries, n = 246",
            false),
        new SurvivalChart.Row(
            "new Katagiri", "low risk (0–3)", 12, 30, null, "mixed primaries, n = 808", false));
  }

  @Test
  void oneBandPerRow_theChosenOneOutlinedAndWrittenChosen() {
    String svg = SurvivalChart.svg(rows());
    SvgDocs.write("survival.svg", svg);
    Document doc = SvgDocs.assertAccessible(svg);
    List<Element> bands = SvgDocs.byClass(doc, "band");
    assertThat(bands).hasSize(3);
    assertThat(bands.stream().map(b -> b.getAttribute("data-model")).toList())
        .containsExactly("HCC-SM GPA", "revised Tokuhashi", "new Katagiri");
    assertThat(SvgDocs.byClass(doc, "chosen")).containsExactly(bands.get(0));
    assertThat(bands.get(0).getTextContent()).contains("▶ chosen: HCC-SM GPA");
    assertThat(bands.get(1).getTextContent()).doesNotContain("chosen");
    assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("Survival estimates by model, in months; the policy's choice: HCC-SM GPA");
  }

  @Test
  void medianTick_onlyWhereGiven_andFiguresWritten() {
    Document doc = SvgDocs.parse(SurvivalChart.svg(rows()));
    List<Element> bands = SvgDocs.byClass(doc, "band");
    assertThat(SvgDocs.byClassWithin(bands.get(0), "median")).hasSize(1);
    assertThat(SvgDocs.byClassWithin(bands.get(1), "median")).isEmpty();
    assertThat(bands.get(0).getTextContent()).contains("1.5–4 mo, median 2.6");
    assertThat(bands.get(1).getTextContent()).contains("≥ 6 mo").contains("n = 246");
  }

  @Test
  void medianTick_sitsAtItsMonthOnTheAxis() {
    // axis 0..30 months (Katagiri's 30 is the largest finite figure) over x 180..500
    Element tick = SvgDocs.byClass(SvgDocs.parse(SurvivalChart.svg(rows())), "median").get(0);
    assertThat(Double.parseDouble(tick.getAttribute("x1")))
        .isEqualTo(180 + 2.6 / 30 * 320, org.assertj.core.api.Assertions.within(0.01));
  }

  @Test
  void axisMax_roundsUpToWholeSteps() {
    assertThat(SurvivalChart.axisMax(List.of())).isEqualTo(12);
    assertThat(SurvivalChart.axisMax(rows())).isEqualTo(30);
    assertThat(
            SurvivalChart.axisMax(
                List.of(new SurvivalChart.Row("m", "c", 10, 25, null, "x", false))))
        .isEqualTo(30);
    assertThat(
            SurvivalChart.axisMax(
                List.of(new SurvivalChart.Row("m", "c", 10, 61, null, "x", false))))
        .isEqualTo(72);
  }

  @Test
  void noRows_saysSo() {
    Document doc = SvgDocs.assertAccessible(SurvivalChart.svg(List.of()));
    assertThat(doc.getDocumentElement().getTextContent()).contains("no survival estimates");
    assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).endsWith("none chosen");
  }

  @Test
  void row_refusesAHighEndBelowTheLowEnd_namingTheModel() {
    assertThatThrownBy(() -> new SurvivalChart.Row("Tomita", "c", 6, 3, null, "x", false))
        .isInstanceOf(InvalidClinicalInputException.class)
        .hasMessageContaining("survival band high end of Tomita")
        .hasMessageContaining("3.0 months");
    assertThatThrownBy(() -> new SurvivalChart.Row("Tomita", "c", -1, 3, null, "x", false))
        .isInstanceOf(InvalidClinicalInputException.class)
        .hasMessageContaining("survival band low end of Tomita");
    assertThatThrownBy(() -> new SurvivalChart.Row("Tomita", "c", 1, 3, Double.NaN, "x", false))
        .isInstanceOf(InvalidClinicalInputException.class)
        .hasMessageContaining("median survival of Tomita");
  }

  @Test
  void sameInput_sameBytes() {
    assertThat(SurvivalChart.svg(rows())).isEqualTo(SurvivalChart.svg(rows()));
  }
}
