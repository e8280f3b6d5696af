package org.hccbm.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EvidenceTest {
  static final Citation CITATION =
      new Citation(
          "Pugh RN, et al.",
          "Transection of the oesophagus",
          "Br J Surg",
          1973,
          "doi:10.1002/bjs.1800600817");

  @Test
  void probability_outsideZeroToOne_isRejected() {
    assertThatThrownBy(() -> Probability.of(1.2))
        .hasMessage("probability must be in [0, 1], was 1.2");
    assertThatThrownBy(() -> Probability.of(-0.1))
        .hasMessage("probability must be in [0, 1], was -0.1");
    assertThatThrownBy(() -> Probability.of(Double.NaN))
        .hasMessage("probability must be in [0, 1], was NaN");
    assertThatThrownBy(() -> Probability.ofPercent(101))
        .hasMessage("probability must be in [0, 100] %, was 101.0 %");
  }

  @Test
  void probability_odds() {
    assertThat(Probability.of(0.2).odds()).isEqualTo(0.25);
    assertThat(Probability.of(1.0).odds()).isInfinite();
    assertThat(Probability.ofPercent(30).value()).isEqualTo(0.3);
  }

  @Test
  void modelInfo_idMustBeStableLowerCase() {
    assertThat(new ModelInfo("meld-3.0", "MELD 3.0", "", 1, ModelStatus.DRAFT, "", CITATION).id())
        .isEqualTo("meld-3.0");
    assertThatThrownBy(
            () -> new ModelInfo("Child Pugh", "x", "", 1, ModelStatus.DRAFT, "", CITATION))
        .hasMessage(
            "model id must be lower-case words of letters, digits and dots joined by "
                + "hyphens, was \"Child Pugh\"");
  }

  @Test
  void modelInfo_revisionStartsAtOne() {
    assertThatThrownBy(() -> new ModelInfo("albi", "ALBI", "", 0, ModelStatus.DRAFT, "", CITATION))
        .hasMessage("model revision must be >= 1, was 0");
  }

  @Test
  void citation_yearAndAuthorsAreValidated() {
    assertThatThrownBy(() -> new Citation("A", "T", "J", 1800, ""))
        .hasMessage("citation year must be 1900..2100, was 1800");
    assertThatThrownBy(() -> new Citation(" ", "T", "J", 2000, ""))
        .hasMessage("citation authors must be non-blank, was \"\"");
    assertThat(CITATION)
        .hasToString(
            "Pugh RN, et al. Transection of the oesophagus. Br J Surg "
                + "1973. doi:10.1002/bjs.1800600817");
  }
}
