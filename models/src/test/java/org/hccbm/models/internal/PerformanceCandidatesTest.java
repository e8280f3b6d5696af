package org.hccbm.models.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.hccbm.core.Observed;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.Karnofsky;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.performance.PsConvention;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.ItemCode;
import org.junit.jupiter.api.Test;

/**
 * A status recorded on the other scale converts to several candidates; the item is open over the
 * candidates' distinct points, ascending, whatever order the model's table gives them in (issue 13,
 * point 6: the points are sorted in an array, no longer in a TreeSet).
 */
class PerformanceCandidatesTest {
  private static final ItemCode CODE = ItemCode.of("performanceStatus");
  private static final PerformanceStatus ECOG_1 = PerformanceStatus.of(Ecog.RESTRICTED_STRENUOUS);

  @Test
  void candidatesScoringDescending_giveTheDistinctPointsAscending() {
    List<Karnofsky> candidates = ECOG_1.karnofskyCandidates(PsConvention.STANDARD);
    assertThat(candidates).hasSizeGreaterThan(1);
    // points fall as KPS rises, so the candidates (in KPS order) score in descending order
    PointScore.Part part =
        PerformanceItems.karnofsky(
            CODE,
            Observed.of(ECOG_1),
            k ->
                new PerformanceItems.Band(
                    PerformanceItems.kps(k.percent(), k.percent()), 10 - k.percent() / 10),
            List.of(0, 10),
            new ArrayList<Caveat>());
    TreeSet<Integer> expected = new TreeSet<>();
    for (Karnofsky k : candidates) {
      expected.add(10 - k.percent() / 10);
    }
    assertThat(part).isInstanceOf(PointScore.Open.class);
    PointScore.Open open = (PointScore.Open) part;
    assertThat(open.possiblePoints()).containsExactlyElementsOf(expected);
    assertThat(open.item().minPoints()).isEqualTo((double) expected.first());
    assertThat(open.item().maxPoints()).isEqualTo((double) expected.last());
  }

  @Test
  void candidatesScoringAlike_areOnePointsValue_andScored() {
    List<Caveat> caveats = new ArrayList<>();
    PointScore.Part part =
        PerformanceItems.karnofsky(
            CODE,
            Observed.of(ECOG_1),
            k -> new PerformanceItems.Band(PerformanceItems.kps(60, 100), 2),
            List.of(0, 2),
            caveats);
    assertThat(part).isNotInstanceOf(PointScore.Open.class);
    assertThat(caveats).extracting(Caveat::code).containsExactly("performance.convertedToKps");
  }

  @Test
  void twoOfThreeCandidatesScoringAlike_giveTwoPointsValues() {
    List<Karnofsky> candidates = ECOG_1.karnofskyCandidates(PsConvention.STANDARD);
    Karnofsky highest = candidates.get(candidates.size() - 1);
    PointScore.Part part =
        PerformanceItems.karnofsky(
            CODE,
            Observed.of(ECOG_1),
            k ->
                new PerformanceItems.Band(
                    PerformanceItems.kps(k.percent(), k.percent()), k == highest ? 1 : 5),
            List.of(1, 5),
            new ArrayList<Caveat>());
    assertThat(((PointScore.Open) part).possiblePoints()).containsExactly(1, 5);
  }
}
