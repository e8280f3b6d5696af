package org.hccbm.cli;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.patient.Patient;
import org.hccbm.report.svg.Chromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Issue 17, done-when: {@code hccbm report} for each of the five demo patients, opened in headless
 * Chromium as a person would: the page prints on exactly one PDF page, its screenshot is not blank,
 * and the skeletal map in it has one lesion mark per recorded lesion. The page is also printed with
 * its paper size named, A4 and Letter, one page each.
 */
class ReportInChromiumTest {
  private static final Path DIR = Path.of("target", "report-browser");

  @BeforeAll
  static void browser() throws Exception {
    Chromium.require();
    Files.createDirectories(DIR);
  }

  @Test
  void everyDemoPatient_onePage_notBlank_oneMarkPerLesion() throws Exception {
    for (String name : DemoCommand.PATIENTS) {
      Path json = DIR.resolve(name);
      try (InputStream in =
          requireNonNull(
              ReportInChromiumTest.class.getResourceAsStream("/demo/" + name), "/demo/" + name)) {
        Files.write(json, in.readAllBytes());
      }
      Path html = DIR.resolve(name.replace(".json", ".html"));
      StringWriter err = new StringWriter();
      int exit =
          HccbmCli.run(
              new String[] {"report", json.toString(), "--out", html.toString()},
              new PrintWriter(new StringWriter(), true),
              new PrintWriter(err, true));
      assertThat(exit).as(name + ": " + err).isZero();

      Patient patient = DemoCommand.read(new Assessor(true), name);
      List<String> ids =
          patient.boneLesions().known().orElse(List.of()).stream().map(BoneLesion::id).toList();
      assertThat(lesionMarks(Files.readString(html, StandardCharsets.UTF_8)))
          .as(name + " lesion marks")
          .isEqualTo(ids);

      String base = name.replace(".json", "");
      BufferedImage shot = Chromium.screenshot(html, DIR.resolve(base + ".png"), 900, 1270);
      assertThat(Chromium.luminanceVariance(shot)).as(name + " pixel variance").isGreaterThan(100);
      assertThat(Chromium.printPages(html, DIR.resolve(base + ".pdf")))
          .as(name + " printed pages")
          .isEqualTo(1);
      // the same page on each paper size named, A4 and Letter (the default depends on the locale)
      for (String paper : List.of("A4", "letter")) {
        Path sized = DIR.resolve(base + "-" + paper + ".html");
        Files.writeString(
            sized,
            Files.readString(html, StandardCharsets.UTF_8)
                .replace("</head>", "<style>@page{size:" + paper + "}</style></head>"),
            StandardCharsets.UTF_8);
        assertThat(Chromium.printPages(sized, DIR.resolve(base + "-" + paper + ".pdf")))
            .as(name + " printed pages on " + paper)
            .isEqualTo(1);
      }
    }
  }

  /** The data-lesion ids of the lesion groups in the page's SVG, in document order. */
  static List<String> lesionMarks(String page) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(page)));
    NodeList all = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      Element g = (Element) all.item(i);
      if (List.of(g.getAttribute("class").split(" ")).contains("lesion")) {
        ids.add(g.getAttribute("data-lesion"));
      }
    }
    return ids;
  }
}
