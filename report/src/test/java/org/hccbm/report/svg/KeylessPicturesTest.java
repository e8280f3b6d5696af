package org.hccbm.report.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hccbm.core.evidence.Probability;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.patient.Patient;
import org.hccbm.models.Models;
import org.hccbm.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 17 point 4 (legible when printed): the pictures the page prints narrow — the skeletal
 * drawing without key and list, the charts without their keys — keep one mark per lesion, a title,
 * and text no smaller than their stated size; the key and the lesions move to the page's caption.
 */
class KeylessPicturesTest {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  /** The smallest font-size of the picture's texts. */
  static double smallestText(Document doc) {
    NodeList texts = doc.getElementsByTagNameNS(SVG_NS, "text");
    double min = Double.POSITIVE_INFINITY;
    for (int i = 0; i < texts.getLength(); i++) {
      min = Math.min(min, Double.parseDouble(((Element) texts.item(i)).getAttribute("font-size")));
    }
    return min;
  }

  static double viewBoxWidth(Document doc) {
    return Double.parseDouble(doc.getDocumentElement().getAttribute("viewBox").split(" ")[2]);
  }

  @Test
  void drawing_everyFixture_oneMarkPerLesion_noKeyNoList_textAtDrawingSize() {
    for (Patient patient : Fixtures.all()) {
      String svg = SkeletalMap.drawing(patient, Models.evaluate(patient));
      Document doc = SvgDocs.parse(svg);
      assertThat(doc.getDocumentElement().getFirstChild().getNodeName()).isEqualTo("title");
      List<String> ids =
          patient.boneLesions().known().orElse(List.of()).stream().map(BoneLesion::id).toList();
      assertThat(
              SkeletalMapTest.marks(doc).stream().map(e -> e.getAttribute("data-lesion")).toList())
          .as(patient.id())
          .isEqualTo(ids);
      assertThat(SvgDocs.byClass(doc, "legend")).isEmpty();
      assertThat(SvgDocs.byClass(doc, "lesion-list")).isEmpty();
      assertThat(viewBoxWidth(doc)).isEqualTo(SkeletalMap.DRAWING_WIDTH).isEqualTo(350);
      assertThat(smallestText(doc)).isEqualTo(SkeletalMap.DRAWING_TEXT).isEqualTo(12.5);
    }
  }

  @Test
  void drawing_unknownLesions_titleSaysSo() {
    Patient patient = Patient.builder("no-lesions").build();
    Document doc = SvgDocs.parse(SkeletalMap.drawing(patient, Models.evaluate(patient)));
    assertThat(SkeletalMapTest.marks(doc)).isEmpty();
    assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("Skeletal map of patient no-lesions: bone lesions not recorded");
    assertThat(SkeletalMap.lesionList(patient, Models.evaluate(patient))).isEmpty();
  }

  @Test
  void lesionList_cordCompression_namesTheLesionItsCategoryAndEscc() {
    Patient patient = Fixtures.cordCompression();
    List<Models.Evaluation> evaluations = Models.evaluate(patient);
    BoneLesion t9 = patient.boneLesions().known().orElseThrow().get(0);
    List<String> list = SkeletalMap.lesionList(patient, evaluations);
    assertThat(list).hasSize(1);
    assertThat(list.get(0))
        .startsWith("T9 — ")
        .contains(SkeletalMap.status(t9, evaluations).words())
        .contains("ESCC 3");
  }

  @Test
  void charts_withoutKey_noLegendEntries_shorter_sameTextSize() {
    Document with = SvgDocs.parse(SurvivalChart.svg(SurvivalChartTest.rows()));
    Document without = SvgDocs.parse(SurvivalChart.svg(SurvivalChartTest.rows(), false));
    assertThat(SvgDocs.byClass(with, "legend-entry")).hasSize(3);
    assertThat(SvgDocs.byClass(without, "legend-entry")).isEmpty();
    assertThat(height(without)).isLessThan(height(with));
    assertThat(smallestText(without)).isEqualTo(SurvivalChart.TEXT).isEqualTo(11);
    assertThat(SvgDocs.byClass(without, "band")).hasSameSizeAs(SurvivalChartTest.rows());

    Probability pretest = Probability.ofPercent(20);
    Document imaging = SvgDocs.parse(ImagingChart.svg(ImagingChartTest.summary(), pretest));
    Document bare = SvgDocs.parse(ImagingChart.svg(ImagingChartTest.summary(), pretest, false));
    assertThat(SvgDocs.byClass(imaging, "legend-entry")).hasSize(5);
    assertThat(SvgDocs.byClass(bare, "legend-entry")).isEmpty();
    assertThat(height(bare)).isLessThan(height(imaging));
    assertThat(smallestText(bare)).isEqualTo(ImagingChart.TEXT).isEqualTo(11);
    assertThat(SvgDocs.byClass(bare, "modality")).hasSameSizeAs(ImagingChartTest.summary().rows());
  }

  private static double height(Document doc) {
    return Double.parseDouble(doc.getDocumentElement().getAttribute("viewBox").split(" ")[3]);
  }

  @Test
  void survivalFigures_nearTheAxisEnd_moveLeftOfTheCohortColumn_elsewhereStartOverTheBand() {
    // 13.6 months on a 15-month axis: the band starts at x 180 + 13.6 / 15 × 320 = 470.13
    SurvivalChart.Row late = new SurvivalChart.Row("Late", "c", 13.6, 13.6, 13.6, "n = 63", true);
    SurvivalChart.Row early = new SurvivalChart.Row("Early", "c", 3, 6, null, "n = 1", false);
    Document doc = SvgDocs.parse(SurvivalChart.svg(List.of(late, early), false));
    List<Element> bands = SvgDocs.byClass(doc, "band");
    Element lateText = figuresText(bands.get(0));
    assertThat(lateText.getTextContent()).isEqualTo("13.6 mo, median 13.6");
    // 20 characters × 11 × 0.55 = 121 units, ending at the axis end, x 500
    assertThat(Double.parseDouble(lateText.getAttribute("x"))).isCloseTo(379, within(0.01));
    Element earlyText = figuresText(bands.get(1));
    assertThat(earlyText.getTextContent()).isEqualTo("3–6 mo");
    // 3 months: x 180 + 3 / 15 × 320 = 244
    assertThat(earlyText.getAttribute("x")).isEqualTo("244");
  }

  private static Element figuresText(Element band) {
    NodeList texts = band.getElementsByTagNameNS(SVG_NS, "text");
    for (int i = 0; i < texts.getLength(); i++) {
      Element t = (Element) texts.item(i);
      if (t.getTextContent().contains(" mo")) {
        return t;
      }
    }
    throw new AssertionError("no figures text in " + band.getAttribute("data-model"));
  }
}
