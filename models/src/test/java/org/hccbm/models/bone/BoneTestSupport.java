package org.hccbm.models.bone;

import static org.assertj.core.api.Assertions.assertThat;

import org.hccbm.core.Observed;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.Karnofsky;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ModelResult;

/** Shared helpers for the bone-score tests. */
final class BoneTestSupport {
  private BoneTestSupport() {}

  static Observed<PerformanceStatus> kps(int percent) {
    return Observed.of(PerformanceStatus.of(Karnofsky.of(percent)));
  }

  static Observed<PerformanceStatus> ecog(int grade) {
    return Observed.of(PerformanceStatus.of(Ecog.of(grade)));
  }

  /** Asserts each named item's points in order, then the total; returns the complete result. */
  static Complete assertPoints(ModelResult result, int total, Object... itemsAndPoints) {
    assertThat(result).isInstanceOf(Complete.class);
    Complete c = result.asComplete();
    for (int i = 0; i < itemsAndPoints.length; i += 2) {
      String item = (String) itemsAndPoints[i];
      int points = (Integer) itemsAndPoints[i + 1];
      assertThat(c.item(item).points()).as(item).hasValue(points);
    }
    assertThat(c.totalValue()).isEqualTo(total);
    return c;
  }
}
