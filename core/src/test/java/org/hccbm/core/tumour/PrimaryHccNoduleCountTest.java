package org.hccbm.core.tumour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hccbm.core.Diameter;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.Observed;
import org.junit.jupiter.api.Test;

/** A nodule count without sizes (issue 10, point 7). */
class PrimaryHccNoduleCountTest {
  @Test
  void countOnly_isStatable_andSizesStayUnknown() {
    PrimaryHcc p = PrimaryHcc.builder().noduleCount(2).build();
    assertThat(p.noduleCount()).isEqualTo(Observed.of(2));
    assertThat(p.intrahepatic().isKnown()).isFalse();
    assertThat(p.knownNoduleCount()).hasValue(2);
    assertThat(PrimaryHcc.unknown().knownNoduleCount()).isEmpty();
  }

  @Test
  void withNoduleCountOnly_dropsTheSizes() {
    PrimaryHcc sized =
        PrimaryHcc.builder()
            .intrahepatic(IntrahepaticTumour.of(Diameter.cm(2), Diameter.cm(1)))
            .build();
    assertThat(sized.knownNoduleCount()).hasValue(2);
    PrimaryHcc counted = sized.withNoduleCountOnly(2);
    assertThat(counted.intrahepatic().isKnown()).isFalse();
    assertThat(counted.noduleCount()).isEqualTo(Observed.of(2));
  }

  @Test
  void countBelowOne_isRejected_withTheExactMessage() {
    assertThatThrownBy(() -> PrimaryHcc.builder().noduleCount(0).build())
        .isInstanceOf(InvalidClinicalInputException.class)
        .hasMessage("nodule count must be >= 1 (no viable tumour is an empty nodule list), was 0");
    assertThat(PrimaryHcc.builder().noduleCount(1).build().knownNoduleCount()).hasValue(1);
  }

  @Test
  void countDifferentFromTheNodulesListed_isRejected() {
    assertThatThrownBy(
            () ->
                PrimaryHcc.builder()
                    .intrahepatic(IntrahepaticTumour.of(Diameter.cm(3)))
                    .noduleCount(2)
                    .build())
        .isInstanceOf(InvalidClinicalInputException.class)
        .hasMessage("nodule count must be the number of nodules listed (1), was 2");
  }

  @Test
  void oldConstructor_leavesTheCountUnknown() {
    PrimaryHcc p =
        new PrimaryHcc(
            Observed.unknown(),
            Observed.unknown(),
            Observed.unknown(),
            Observed.unknown(),
            Observed.unknown(),
            Observed.unknown(),
            Observed.unknown());
    assertThat(p.noduleCount().isKnown()).isFalse();
    assertThat(p).isEqualTo(PrimaryHcc.unknown());
  }
}
