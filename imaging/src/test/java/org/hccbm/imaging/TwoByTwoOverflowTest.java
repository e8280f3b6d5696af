package org.hccbm.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Issue 12, defect 16 (second half): 2×2 counts whose int sum overflows. */
class TwoByTwoOverflowTest {
  private static final int MAX = Integer.MAX_VALUE;

  @Test
  void defect16_twoByTwoSumsDoNotOverflow() {
    TwoByTwo t = new TwoByTwo(MAX, MAX, 1, 1);
    // Before the fix, (tp + fn) wrapped to a negative int: sensitivity -0.9999...
    assertThat(t.sensitivity()).isEqualTo(MAX / (MAX + 1.0)).isBetween(0.0, 1.0);
    assertThat(t.specificity()).isEqualTo(1.0 / (MAX + 1.0));
    TwoByTwo all = new TwoByTwo(MAX, MAX, MAX, MAX);
    assertThat(all.sensitivity()).isEqualTo(0.5);
    assertThat(all.specificity()).isEqualTo(0.5);
    assertThat(new TwoByTwo(3, 1, 1, 3).sensitivity()).isCloseTo(0.75, within(1e-15));
    assertThat(new TwoByTwo(3, 1, 1, 3).specificity()).isCloseTo(0.75, within(1e-15));
  }
}
