package org.hccbm.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.hccbm.core.result.Category;
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

  /** A category enum, as a model declares it. */
  enum Grade implements Category {
    LOW,
    HIGH;

    @Override
    public String code() {
      return name();
    }

    @Override
    public String label() {
      return name();
    }

    @Override
    public String meaning() {
      return "";
    }
  }

  /** A category enum without constants, which no model could assign. */
  enum NoGrade implements Category {
    ;

    @Override
    public String code() {
      return name();
    }

    @Override
    public String label() {
      return name();
    }

    @Override
    public String meaning() {
      return "";
    }
  }

  /** A category type that is not an enum. */
  record Free(String code) implements Category {
    @Override
    public String label() {
      return code;
    }

    @Override
    public String meaning() {
      return "";
    }
  }

  @Test
  void modelInfo_categoryType_declaredOrNone() {
    ModelInfo graded =
        new ModelInfo("albi", "ALBI", "", 1, ModelStatus.DRAFT, "", CITATION, Grade.class);
    ModelInfo totalOnly = new ModelInfo("meld", "MELD", "", 1, ModelStatus.DRAFT, "", CITATION);
    assertThat(graded.categoryType()).contains(Grade.class);
    assertThat(totalOnly.categoryType()).isEmpty();
    assertThat(graded)
        .isEqualTo(
            new ModelInfo(
                "albi", "ALBI", "", 1, ModelStatus.DRAFT, "", CITATION, Optional.of(Grade.class)))
        .isNotEqualTo(
            new ModelInfo(
                "albi", "ALBI", "", 1, ModelStatus.DRAFT, "", CITATION, Optional.empty()));
  }

  @Test
  void modelInfo_categoryType_mustBeAnEnumWithConstants() {
    assertThatThrownBy(
            () -> new ModelInfo("x", "X", "", 1, ModelStatus.DRAFT, "", CITATION, Free.class))
        .hasMessage(
            "model category type must be an enum with at least one constant, was "
                + Free.class.getName());
    assertThatThrownBy(
            () -> new ModelInfo("x", "X", "", 1, ModelStatus.DRAFT, "", CITATION, NoGrade.class))
        .hasMessage(
            "model category type must be an enum with at least one constant, was "
                + NoGrade.class.getName());
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
