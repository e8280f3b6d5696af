package org.hccbm.report.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** WCAG 2 contrast (relative luminance, success criterion 1.4.3: 4.5:1 for normal text). */
class PaletteTest {
  private static final List<String> DATA_COLOURS =
      List.of(
          Palette.LOW, Palette.MIDDLE, Palette.HIGH, Palette.GREY, Palette.EMPHASIS, Palette.INK);

  @Test
  void contrast_blackOnWhite_is21() {
    assertThat(Palette.contrast("#000000", "#ffffff")).isCloseTo(21.0, within(1e-9));
    assertThat(Palette.contrast("#ffffff", "#ffffff")).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void contrast_knownGreys_matchTheWcagFigures() {
    // #767676 is the lightest grey that passes 4.5:1 on white (4.54); #777777 just fails (4.48)
    assertThat(Palette.contrast("#767676", "#ffffff")).isCloseTo(4.54, within(0.01));
    assertThat(Palette.contrast("#777777", "#FFFFFF")).isCloseTo(4.48, within(0.01));
  }

  @Test
  void luminance_usesTheLowChannelLinearSegment() {
    // channel 10/255 = 0.0392 <= 0.03928: linear segment, c / 12.92
    assertThat(Palette.luminance("#0a0a0a")).isCloseTo(10 / 255.0 / 12.92, within(1e-12));
    // channel 11/255 = 0.0431 > 0.03928: power segment
    assertThat(Palette.luminance("#0b0b0b"))
        .isCloseTo(Math.pow((11 / 255.0 + 0.055) / 1.055, 2.4), within(1e-12));
    assertThat(Palette.luminance("#ff0000")).isCloseTo(0.2126, within(1e-12));
    assertThat(Palette.luminance("#00ff00")).isCloseTo(0.7152, within(1e-12));
    assertThat(Palette.luminance("#0000ff")).isCloseTo(0.0722, within(1e-12));
  }

  @Test
  void everyDataColour_reaches4point5To1OnThePage() {
    for (String colour : DATA_COLOURS) {
      assertThat(Palette.contrast(colour, Palette.BACKGROUND))
          .as(colour)
          .isGreaterThanOrEqualTo(4.5);
    }
  }

  @Test
  void tierColours_areDistinct() {
    assertThat(List.of(Palette.LOW, Palette.MIDDLE, Palette.HIGH, Palette.GREY))
        .doesNotHaveDuplicates();
  }

  @Test
  void luminance_refusesAnythingButHashSixHex() {
    assertThatThrownBy(() -> Palette.luminance("red"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("colour must be #rrggbb, was red");
  }
}
