package org.hccbm.core.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hccbm.core.InvalidClinicalInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PerformanceStatusTest {
  @Test
  void ecog7_isRejected() {
    assertThatThrownBy(() -> Ecog.of(7))
        .isInstanceOf(InvalidClinicalInputException.class)
        .hasMessage("ECOG performance status must be 0..5, was 7");
  }

  @Test
  void ecogMinus1_isRejected() {
    assertThatThrownBy(() -> Ecog.of(-1))
        .hasMessage("ECOG performance status must be 0..5, was -1");
  }

  @Test
  void ecog_grades0to5_roundTrip() {
    for (int g = 0; g <= 5; g++) {
      assertThat(Ecog.of(g).grade()).isEqualTo(g);
    }
  }

  @Test
  void kps55_isRejected() {
    assertThatThrownBy(() -> Karnofsky.of(55))
        .hasMessage("Karnofsky performance status must be 0..100 in steps of 10, was 55");
  }

  @ParameterizedTest
  @ValueSource(ints = {-10, 110, 5})
  void kpsOutOfRange_isRejected(int kps) {
    assertThatThrownBy(() -> Karnofsky.of(kps)).isInstanceOf(InvalidClinicalInputException.class);
  }

  @Test
  void kps_allElevenValuesRoundTrip() {
    for (int p = 0; p <= 100; p += 10) {
      assertThat(Karnofsky.of(p).percent()).isEqualTo(p);
    }
  }

  // bone §10: ECOG 0 = 100/90, 1 = 80/70, 2 = 60/50, 3 = 40/30, 4 = 20/10, 5 = 0
  @Test
  void standardConvention_matchesTheTableInBothDirections() {
    PsConvention c = PsConvention.STANDARD;
    int[][] table = {
      {100, 0}, {90, 0}, {80, 1}, {70, 1}, {60, 2}, {50, 2}, {40, 3}, {30, 3}, {20, 4}, {10, 4},
      {0, 5}
    };
    for (int[] row : table) {
      assertThat(c.toEcog(Karnofsky.of(row[0]))).as("KPS %d", row[0]).isEqualTo(Ecog.of(row[1]));
    }
    assertThat(c.toKarnofsky(Ecog.of(0))).containsExactly(Karnofsky.KPS_90, Karnofsky.KPS_100);
    assertThat(c.toKarnofsky(Ecog.of(5))).containsExactly(Karnofsky.KPS_0);
  }

  @Test
  void ecog1_convertsToBothKpsBands_reportedAsAmbiguous() {
    PerformanceStatus ps = PerformanceStatus.of(Ecog.RESTRICTED_STRENUOUS);
    assertThat(ps.karnofskyCandidates(PsConvention.STANDARD))
        .containsExactly(Karnofsky.KPS_70, Karnofsky.KPS_80);
    assertThat(ps.ecogCandidates(PsConvention.STANDARD)).containsExactly(Ecog.RESTRICTED_STRENUOUS);
    assertThat(ps.nativeScale()).isEqualTo(PerformanceStatus.Scale.ECOG);
  }

  @Test
  void kps90_isEcog0ByDefault_andEcog1UnderTheVariant() {
    PerformanceStatus ps = PerformanceStatus.of(Karnofsky.KPS_90);
    assertThat(ps.ecogCandidates(PsConvention.STANDARD)).containsExactly(Ecog.FULLY_ACTIVE);
    assertThat(ps.ecogCandidates(PsConvention.KPS_90_AS_ECOG_1))
        .containsExactly(Ecog.RESTRICTED_STRENUOUS);
    assertThat(ps.karnofskyCandidates(PsConvention.STANDARD)).containsExactly(Karnofsky.KPS_90);
    assertThat(ps.nativeKarnofsky()).contains(Karnofsky.KPS_90);
    assertThat(ps.nativeEcog()).isEmpty();
  }

  @Test
  void variantConvention_mapsEcog1ToThreeKpsValues() {
    assertThat(PsConvention.KPS_90_AS_ECOG_1.toKarnofsky(Ecog.RESTRICTED_STRENUOUS))
        .containsExactly(Karnofsky.KPS_70, Karnofsky.KPS_80, Karnofsky.KPS_90);
  }

  @Test
  void everyKps_mapsToExactlyOneEcogUnderEachConvention() {
    for (PsConvention c : PsConvention.values()) {
      int total = 0;
      for (Ecog e : Ecog.values()) {
        total += c.toKarnofsky(e).size();
      }
      assertThat(total).as(c.name()).isEqualTo(Karnofsky.values().length);
    }
  }
}
