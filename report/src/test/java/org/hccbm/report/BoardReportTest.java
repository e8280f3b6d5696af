package org.hccbm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hccbm.core.patient.Patient;
import org.hccbm.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class BoardReportTest {
  private static final String HOSTILE =
      "<script>alert(\"x\")</script> & <img src=x onerror=alert(1)> 'q' | **b** [l](http://e)";

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  @Test
  void html_everyFixture_wellFormedSelfContainedAndWithoutScript() throws Exception {
    for (Patient p : Fixtures.all()) {
      String html = BoardReport.html(BoardSummary.of(p));
      Document doc = parse(html);
      assertThat(doc.getDocumentElement().getTagName()).isEqualTo("html");
      assertThat(doc.getElementsByTagName("style").getLength()).isEqualTo(1);
      assertThat(doc.getElementsByTagName("script").getLength()).isZero();
      assertThat(html.toLowerCase(java.util.Locale.ROOT))
          .doesNotContain("<script")
          .doesNotContain("src=")
          .doesNotContain("href=")
          .doesNotContain("url(")
          .doesNotContain("@import")
          .contains("@media print");
      assertThat(doc.getElementsByTagName("table").getLength()).isEqualTo(1);
      // one row per prognostic model
      assertThat(doc.getElementsByTagName("tr").getLength()).isEqualTo(1 + 6);
    }
  }

  @Test
  void html_statesTheNotADirectiveCautionOnce() {
    String html = BoardReport.html(BoardSummary.of(Fixtures.h1()));
    assertThat(html.split("not a directive", -1)).hasSize(2);
  }

  @Test
  void html_hostilePatientId_isEscapedByTheLibraryEscaper() throws Exception {
    Patient p = Fixtures.cordCompression().toBuilder().id(HOSTILE).build();
    String html = BoardReport.html(BoardSummary.of(p));
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img");
    Document doc = parse(html);
    assertThat(doc.getElementsByTagName("h1").item(0).getTextContent())
        .isEqualTo("Tumour board: " + HOSTILE);
  }

  @Test
  void markdown_hostilePatientId_isEscaped() {
    Patient p = Fixtures.cordCompression().toBuilder().id(HOSTILE).build();
    String md = BoardReport.markdown(BoardSummary.of(p));
    assertThat(md.lines().findFirst().orElseThrow())
        .isEqualTo(
            "# Tumour board: \\<script\\>alert(\"x\")\\</script\\> \\& \\<img src=x onerror=alert(1)\\>"
                + " 'q' \\| \\*\\*b\\*\\* \\[l\\](http://e)");
  }

  @Test
  void markdown_cordCompression_sectionsInOrderWithoutPictures() {
    String md = BoardReport.markdown(BoardSummary.of(Fixtures.cordCompression()));
    assertThat(md)
        .doesNotContain("<svg")
        .doesNotContain("![")
        .containsSubsequence(
            "## Emergencies — first",
            "R-SPINE-01",
            "## Liver",
            "Child–Pugh class A (5)",
            "## Survival: the models side by side",
            "| **HCC-SM GPA** (used) |",
            "| Revised Tokuhashi |",
            "| Tomita |",
            "| New Katagiri |",
            "| van der Linden |",
            "| Bollen |",
            "## Decisions",
            "## Missing inputs",
            "**Portal vein invasion** would settle Uka criteria");
  }

  @Test
  void markdown_incomplete_missingInputsListedInRankOrder() {
    BoardSummary s = BoardSummary.of(Fixtures.incomplete());
    String md = BoardReport.markdown(s);
    assertThat(md)
        .containsSubsequence(
            s.missing().stream().map(m -> "- **" + BoardReport.md(m.label()) + "**").toList())
        .contains(
            "**Extrahepatic metastases other than bone** would settle Tomita; would help settle"
                + " HCC-SM GPA")
        .contains("**INR** would help settle Child–Pugh, MELD, MELD-Na, MELD 3.0")
        .contains("**Prothrombin time prolongation** would help settle Child–Pugh")
        .contains("**Alignment** would help settle SINS (T11)");
  }

  @Test
  void verdict_keepsTheFirstClauseAndTheFirstReason_dropsLongAsides() {
    BoardSummary.Verdict v =
        new BoardSummary.Verdict(
            org.hccbm.models.treatment.PlanItem.Kind.RULED_OUT,
            java.util.Optional.empty(),
            "T9",
            "SBRT/SRS to T9 (radioresistant HCC; NOMS: low-grade epidural disease → SRS) — ruled"
                + " out: performance status not good (ECOG ≥ 2); neurological deficit",
            "R-RT-05");
    assertThat(BoardReport.verdict(v))
        .isEqualTo("Ruled out: SBRT/SRS to T9: performance status not good (ECOG ≥ 2) …");
  }

  @Test
  void months_inBriefForEachKindOfFigure() {
    assertThat(
            BoardReport.months(
                PrognosticFigures.of("bollen").orElseThrow().category("B").orElseThrow()))
        .isEqualTo("median 15.4 mo (95 % CI 11.9–18.2)");
    assertThat(
            BoardReport.months(
                PrognosticFigures.of("hcc-sm-gpa").orElseThrow().category("HIGH").orElseThrow()))
        .isEqualTo("median 2.6 mo");
    assertThat(
            BoardReport.months(
                PrognosticFigures.of("tokuhashi-revised")
                    .orElseThrow()
                    .category("SCORE_0_8")
                    .orElseThrow()))
        .isEqualTo("< 6 mo");
    assertThat(
            BoardReport.months(
                PrognosticFigures.of("katagiri-new")
                    .orElseThrow()
                    .category("INTERMEDIATE")
                    .orElseThrow()))
        .isEqualTo("6–12 mo");
    assertThat(
            BoardReport.months(
                PrognosticFigures.of("katagiri-new").orElseThrow().category("LOW").orElseThrow()))
        .isEqualTo("≥ 24 mo");
  }

  @Test
  void incomplete_boundedSurvivalRowsListEachReachableCategoryInBrief() {
    String md = BoardReport.markdown(BoardSummary.of(Fixtures.incomplete()));
    assertThat(md)
        .contains(
            "| HCC-SM GPA | low risk (0) or intermediate risk (1–2) or high risk (3–4) | median 13.6 mo"
                + " or median 4.8 mo or median 2.6 mo → \\< 3 months or 3–6 months or ≥ 6 months");
  }

  @Test
  void html_threePicturesEachInASectionWithTitleAndCaption() throws Exception {
    for (Patient p : Fixtures.all()) {
      Document doc = parse(BoardReport.html(BoardSummary.of(p)));
      assertThat(doc.getElementsByTagName("svg").getLength()).as(p.id()).isEqualTo(3);
      assertThat(doc.getElementsByTagName("figcaption").getLength()).isEqualTo(3);
      java.util.List<String> titles = new java.util.ArrayList<>();
      for (int i = 0; i < doc.getElementsByTagName("h2").getLength(); i++) {
        titles.add(doc.getElementsByTagName("h2").item(i).getTextContent());
      }
      assertThat(titles)
          .containsSubsequence(
              "Liver",
              "Skeletal map",
              "Survival by model",
              "Imaging: probability of bone metastasis after a test",
              "Survival: the models side by side",
              "Decisions",
              "Missing inputs");
    }
  }

  @Test
  void chartRows_cordCompression_oneBandPerModelWithFigures() {
    assertThat(BoardReport.chartRows(BoardSummary.of(Fixtures.cordCompression())))
        .extracting(
            org.hccbm.report.svg.SurvivalChart.Row::model,
            org.hccbm.report.svg.SurvivalChart.Row::lowMonths,
            org.hccbm.report.svg.SurvivalChart.Row::highMonths,
            org.hccbm.report.svg.SurvivalChart.Row::medianMonths,
            org.hccbm.report.svg.SurvivalChart.Row::cohort,
            org.hccbm.report.svg.SurvivalChart.Row::chosen)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("HCC-SM GPA", 13.6, 13.6, 13.6, "n = 63", true),
            org.assertj.core.api.Assertions.tuple(
                "Revised Tokuhashi", 6.0, Double.POSITIVE_INFINITY, null, "n not retrieved", false),
            org.assertj.core.api.Assertions.tuple(
                "New Katagiri", 24.0, Double.POSITIVE_INFINITY, null, "n = 808", false),
            org.assertj.core.api.Assertions.tuple(
                "van der Linden", 3.0, 3.0, 3.0, "n = 342", false));
  }

  @Test
  void chartRows_incomplete_spanEveryReachableCategoryWithoutAMedian() {
    assertThat(BoardReport.chartRows(BoardSummary.of(Fixtures.incomplete())))
        .filteredOn(r -> r.model().equals("HCC-SM GPA"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.lowMonths()).isEqualTo(2.6);
              assertThat(r.highMonths()).isEqualTo(13.6);
              assertThat(r.medianMonths()).isNull();
            });
  }

  @Test
  void html_imagingPicture_startsFromTheCallersPretest() {
    Patient p = Fixtures.h1();
    org.hccbm.models.treatment.TreatmentPlanner.Assessment a =
        org.hccbm.models.treatment.TreatmentPlanner.DEFAULT.assess(
            p,
            org.hccbm.models.VariantSelection.defaults(),
            org.hccbm.models.LabFreshness.DEFAULT_WINDOW_DAYS);
    BoardSummary own = BoardSummary.of(p, a, org.hccbm.core.evidence.Probability.ofPercent(40));
    String page = BoardReport.html(own);
    assertThat(page)
        .contains(
            org.hccbm.report.svg.ImagingChart.svg(
                own.imaging(), org.hccbm.core.evidence.Probability.ofPercent(40), false))
        .contains("From a pre-test probability of 40 %");
    assertThat(BoardReport.html(BoardSummary.of(p)))
        .contains(
            org.hccbm.report.svg.ImagingChart.svg(
                BoardSummary.IMAGING, BoardSummary.DEFAULT_PRETEST, false))
        .contains("From a pre-test probability of 5.5 %");
  }

  @Test
  void html_skeletalCaption_carriesTheKeyAndEachLesionInWords() {
    Patient p = Fixtures.cordCompression();
    BoardSummary summary = BoardSummary.of(p);
    String page = BoardReport.html(summary);
    String caption = page.substring(page.indexOf("<figcaption>"), page.indexOf("</figcaption>"));
    for (String lesion : org.hccbm.report.svg.SkeletalMap.lesionList(p, summary.evaluations())) {
      assertThat(caption)
          .contains(com.google.common.html.HtmlEscapers.htmlEscaper().escape(lesion));
    }
    assertThat(caption)
        .contains("Blue = SINS stable")
        .contains("orange = SINS potentially unstable")
        .contains("red = SINS unstable")
        .contains("grey = bounded")
        .contains("hollow = not scored")
        .contains("cross = prior RT");
    assertThat(page)
        .contains(org.hccbm.report.svg.SkeletalMap.drawing(p, summary.evaluations()))
        .doesNotContain("class=\"legend\"");
  }
}
