package org.hccbm.core.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.hccbm.core.evidence.Citation;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.junit.jupiter.api.Test;

/**
 * The total of a complete point score is the sum of its items' points, exactly as the compensated
 * stream sum gave it before the plain sum of whole and half points (issue 13, point 6).
 */
class CompleteTotalTest {
  private enum Group implements Category {
    ONLY;

    @Override
    public String code() {
      return name();
    }

    @Override
    public String label() {
      return "only";
    }

    @Override
    public String meaning() {
      return "the only group";
    }
  }

  private static final ModelInfo INFO =
      new ModelInfo(
          "test-score",
          "Test score",
          "none",
          1,
          ModelStatus.DRAFT,
          "test",
          new Citation("A", "T", "J", 2020, "doi:10/x"),
          Group.class);

  private static ItemScore item(String code, double points) {
    return new ItemScore(
        ItemCode.of(code),
        InputUsed.of("", Value.of(points)),
        new Band.Answer(true),
        OptionalDouble.of(points));
  }

  private static double total(double... points) {
    List<ItemScore> items = new ArrayList<>();
    for (int i = 0; i < points.length; i++) {
      items.add(item("item" + i, points[i]));
    }
    return Complete.ofPoints(INFO, items, Group.ONLY, List.of()).totalValue();
  }

  private static double streamSum(double... points) {
    return java.util.Arrays.stream(points).sum();
  }

  @Test
  void wholeAndHalfPoints_sumExactly() {
    assertThat(total(1, 2, 3)).isEqualTo(6.0);
    assertThat(total(0.5, 1, 1.5, -0.5)).isEqualTo(2.5);
    assertThat(total()).isEqualTo(0.0);
    assertThat(total(1e8, 0.5)).isEqualTo(100000000.5);
  }

  @Test
  void otherFractions_sumAsTheCompensatedStreamSum() {
    double[] tenths = {0.1, 0.2, 0.3, 0.4, 0.7, 1.1};
    assertThat(total(tenths)).isEqualTo(streamSum(tenths));
    // Ten tenths: the plain sum drifts (0.9999999999999999) where the compensated one does not.
    double[] mixed = {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1};
    assertThat(total(mixed)).isEqualTo(streamSum(mixed));
    double plain = 0;
    for (double p : mixed) {
      plain += p;
    }
    assertThat(plain).isNotEqualTo(streamSum(mixed));
    assertThat(total(mixed)).isEqualTo(1.0);
  }

  @Test
  void largeHalfPoints_fallBackToTheStreamSum() {
    double[] large = {1e9, 0.5, 1e9};
    assertThat(total(large)).isEqualTo(streamSum(large));
  }
}
