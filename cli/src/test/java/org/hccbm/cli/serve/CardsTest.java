package org.hccbm.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Card text rules (CDS Hooks 2.0 "Card Attributes": summary under 140 characters, detail GFM). */
class CardsTest {
  @Test
  void fit_139Characters_isKeptWhole() {
    String s = "a".repeat(139);
    assertThat(Cards.fit(s)).isEqualTo(s);
  }

  @Test
  void fit_140Characters_isShortenedBelow140WithAnEllipsis() {
    String s = "word ".repeat(28); // 140 characters
    assertThat(s).hasSize(140);
    assertThat(Cards.fit(s)).hasSizeLessThan(140).endsWith("…").startsWith("word word");
  }

  @Test
  void fit_longWordlessText_isCutBelow140() {
    assertThat(Cards.fit("x".repeat(500))).hasSizeLessThan(140).endsWith("…");
  }

  @Test
  void head_stopsAtTheFirstColonSemicolonOrDash() {
    assertThat(Cards.head("Spinal precautions now: immobilise"))
        .isEqualTo("Spinal precautions now");
    assertThat(Cards.head("Hypercalcaemia of malignancy (severe): treat now"))
        .isEqualTo("Hypercalcaemia of malignancy (severe)");
    assertThat(Cards.head("Stop calcium; check PTH")).isEqualTo("Stop calcium");
    assertThat(Cards.head("Option — ruled out")).isEqualTo("Option");
    assertThat(Cards.head("No stop here")).isEqualTo("No stop here");
  }

  @Test
  void md_escapesMarkupAndLineBreaks() {
    assertThat(Cards.md("a|b *c* _d_ [e] <f> `g` #h\ni"))
        .isEqualTo("a\\|b \\*c\\* \\_d\\_ \\[e\\] \\<f\\> \\`g\\` \\#h i");
  }
}
