package org.hccbm.report.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hccbm.core.evidence.Probability;
import org.hccbm.core.patient.Patient;
import org.hccbm.models.Models;
import org.hccbm.testkit.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 point 4: each picture, inside a minimal page, rendered by headless Chromium: the
 * screenshot is not blank and the page prints on exactly one PDF page.
 */
class PicturesInChromiumTest {
  private static final Path DIR = Path.of("target", "browser");

  @BeforeAll
  static void browser() throws IOException {
    Chromium.require();
    Files.createDirectories(DIR);
  }

  static Map<String, String> pictures() {
    Map<String, String> pictures = new LinkedHashMap<>();
    for (Patient patient : Fixtures.all()) {
      pictures.put("skeletal-" + patient.id(), SkeletalMap.svg(patient, Models.evaluate(patient)));
    }
    pictures.put("skeletal-every-site", SkeletalMapTest.map(SkeletalMapTest.everySitePatient()));
    pictures.put("survival", SurvivalChart.svg(SurvivalChartTest.rows()));
    pictures.put(
        "imaging", ImagingChart.svg(ImagingChartTest.summary(), Probability.ofPercent(20)));
    return pictures;
  }

  @Test
  void everyPicture_rendersNonBlank_andPrintsOnOnePage() throws IOException {
    for (Map.Entry<String, String> e : pictures().entrySet()) {
      Path html = DIR.resolve(e.getKey() + ".html");
      Files.writeString(html, Chromium.page(e.getKey(), e.getValue()), StandardCharsets.UTF_8);
      BufferedImage shot = Chromium.screenshot(html, DIR.resolve(e.getKey() + ".png"), 800, 700);
      assertThat(Chromium.luminanceVariance(shot))
          .as(e.getKey() + " pixel variance")
          .isGreaterThan(100);
      assertThat(Chromium.printPages(html, DIR.resolve(e.getKey() + ".pdf")))
          .as(e.getKey() + " PDF pages")
          .isEqualTo(1);
    }
  }

  @Test
  void cordCompressionMap_showsItsCategoryColourOnScreen() throws IOException {
    Patient patient = Fixtures.cordCompression();
    String svg = SkeletalMap.svg(patient, Models.evaluate(patient));
    String colour =
        SkeletalMap.status(
                patient.boneLesions().known().orElseThrow().get(0), Models.evaluate(patient))
            .colour();
    Path html = DIR.resolve("colour-check.html");
    Files.writeString(html, Chromium.page("colour", svg), StandardCharsets.UTF_8);
    BufferedImage shot = Chromium.screenshot(html, DIR.resolve("colour-check.png"), 800, 700);
    // the T9 mark on both views plus the key's swatches: well over a hundred pixels of the colour
    assertThat(Chromium.pixelsNear(shot, colour, 8)).isGreaterThan(100);
  }

  @Test
  void blankPage_hasNoVariance_andCountsAsOnePage() throws IOException {
    Path html = DIR.resolve("blank.html");
    Files.writeString(html, Chromium.page("blank", ""), StandardCharsets.UTF_8);
    BufferedImage shot = Chromium.screenshot(html, DIR.resolve("blank.png"), 400, 300);
    assertThat(Chromium.luminanceVariance(shot)).isLessThan(1);
    assertThat(Chromium.printPages(html, DIR.resolve("blank.pdf"))).isEqualTo(1);
  }

  @Test
  void tallPage_printsOnMoreThanOnePage_soTheCountCanFail() throws IOException {
    Path html = DIR.resolve("tall.html");
    Files.writeString(
        html,
        Chromium.page("tall", "<div style=\"height:2000mm;border:1px solid #000\">tall</div>"),
        StandardCharsets.UTF_8);
    assertThat(Chromium.printPages(html, DIR.resolve("tall.pdf"))).isGreaterThan(1);
  }
}
