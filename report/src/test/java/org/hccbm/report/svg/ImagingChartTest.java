package org.hccbm.report.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.hccbm.core.evidence.Probability;
import org.hccbm.core.lesion.Modality;
import org.hccbm.imaging.Basis;
import org.hccbm.imaging.Estimate;
import org.hccbm.imaging.ImagingSummary;
import org.hccbm.imaging.Population;
import org.hccbm.imaging.PostTestCalculator;
import org.hccbm.imaging.TestAccuracy;
import org.hccbm.imaging.TestResult;
import org.hccbm.imaging.evidence.ImagingEvidence;
import org.hccbm.imaging.evidence.ImagingSources;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ImagingChartTest {
  /** The assessor's summary: Yang 2011 per patient and Wu 2011 whole-body MRI. */
  static ImagingSummary summary() {
    return ImagingEvidence.perPatientSummary();
  }

  @Test
  void oneGroupPerModality_positiveAndNegativeFromThePatientsPretest() {
    Probability pre = Probability.ofPercent(20);
    String svg = ImagingChart.svg(summary(), pre);
    SvgDocs.write("imaging.svg", svg);
    Document doc = SvgDocs.assertAccessible(svg);
    List<Element> groups = SvgDocs.byClass(doc, "modality");
    assertThat(groups).hasSize(5);
    Element mri = groups.get(4);
    assertThat(mri.getAttribute("data-modality")).isEqualTo("WHOLE_BODY_MRI");
    double post =
        PostTestCalculator.postTest(ImagingEvidence.WU_WBMRI_PATIENT, TestResult.POSITIVE, pre)
            .post()
            .value();
    String expected = org.hccbm.core.Decimals.plain(Math.round(post * 1000) / 10.0) + " %";
    assertThat(SvgDocs.byClassWithin(mri, "positive").get(0).getTextContent())
        .startsWith("positive " + expected);
    // Wu publishes both intervals: whiskers on both results
    assertThat(SvgDocs.byClassWithin(mri, "interval")).hasSize(2);
    assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).endsWith("of 20 %");
  }

  @Test
  void pretestLine_sitsAtThePatientsProbability() {
    Element line =
        SvgDocs.byClass(
                SvgDocs.parse(ImagingChart.svg(summary(), Probability.ofPercent(25))), "pretest")
            .get(0);
    // the axis runs from x 200 (0 %) to x 480 (100 %): 200 + 0.25 × 280
    assertThat(line.getAttribute("x1")).isEqualTo("270");
  }

  @Test
  void negativeArrowGoesLeft_positiveRight() {
    Document doc = SvgDocs.parse(ImagingChart.svg(summary(), Probability.ofPercent(30)));
    Element pos = SvgDocs.byClass(doc, "positive").get(0);
    Element neg = SvgDocs.byClass(doc, "negative").get(0);
    assertThat(x2(pos)).isGreaterThan(x1(pos));
    assertThat(x2(neg)).isLessThan(x1(neg));
  }

  private static double x1(Element result) {
    return Double.parseDouble(
        ((Element) result.getElementsByTagName("line").item(1)).getAttribute("x1"));
  }

  private static double x2(Element result) {
    return Double.parseDouble(
        ((Element) result.getElementsByTagName("line").item(1)).getAttribute("x2"));
  }

  @Test
  void sensitivityOnlySource_getsTextNotABar() {
    TestAccuracy seOnly =
        new TestAccuracy(
            Modality.NAF_PET_CT,
            Basis.LESION,
            Population.HCC,
            "bone metastasis",
            Optional.of(Estimate.of(0.9)),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            ImagingSources.HO_2007,
            "");
    ImagingSummary summary =
        new ImagingSummary(
            Probability.ofPercent(2),
            Probability.ofPercent(24),
            List.of(new ImagingSummary.Row(seOnly, List.of(), List.of())));
    Document doc = SvgDocs.assertAccessible(ImagingChart.svg(summary, Probability.ofPercent(10)));
    Element group = SvgDocs.byClass(doc, "modality").get(0);
    assertThat(group.getTextContent())
        .contains("sensitivity only reported: no post-test probability");
    assertThat(SvgDocs.byClassWithin(group, "result")).isEmpty();
  }

  @Test
  void emptySummary_saysSo() {
    ImagingSummary none =
        new ImagingSummary(Probability.ofPercent(2), Probability.ofPercent(24), List.of());
    Document doc = SvgDocs.assertAccessible(ImagingChart.svg(none, Probability.ofPercent(10)));
    assertThat(doc.getDocumentElement().getTextContent()).contains("no imaging accuracy figures");
  }

  @Test
  void sameInput_sameBytes() {
    Probability pre = Probability.ofPercent(12.5);
    assertThat(ImagingChart.svg(summary(), pre)).isEqualTo(ImagingChart.svg(summary(), pre));
  }
}
