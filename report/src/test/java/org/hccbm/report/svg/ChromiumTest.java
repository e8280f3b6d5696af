package org.hccbm.report.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The helper's measures, without a browser. */
class ChromiumTest {
  @Test
  void pageCount_countsPageObjectsNotThePagesTree() {
    String pdf =
        "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj 2 0 obj << /Type /Pages /Kids [3 0 R 4 0"
            + " R] /Count 2 >> endobj 3 0 obj <</Type/Page/Parent 2 0 R>> endobj 4 0 obj << /Type"
            + " /Page /Parent 2 0 R >> endobj";
    assertThat(Chromium.pageCount(pdf.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(2);
  }

  @Test
  void luminanceVariance_zeroWhenBlank_positiveWithAMark() {
    BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 10; y++) {
      for (int x = 0; x < 10; x++) {
        image.setRGB(x, y, 0xffffff);
      }
    }
    assertThat(Chromium.luminanceVariance(image))
        .isCloseTo(0, org.assertj.core.api.Assertions.within(1e-6));
    image.setRGB(5, 5, 0x000000);
    // one black pixel in 100 white: variance = 255² × 0.01 × 0.99
    assertThat(Chromium.luminanceVariance(image))
        .isCloseTo(255.0 * 255 * 0.01 * 0.99, org.assertj.core.api.Assertions.within(0.5));
    assertThat(Chromium.pixelsNear(image, "#000000", 0)).isEqualTo(1);
    assertThat(Chromium.pixelsNear(image, "#fafafa", 5)).isEqualTo(99);
  }
}
