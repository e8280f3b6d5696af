package org.hccbm.models.bone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hccbm.models.bone.BoneTestSupport.ecog;
import static org.hccbm.models.bone.BoneTestSupport.kps;

import java.util.List;
import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.neuro.FrankelGrade;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.Karnofsky;
import org.hccbm.core.result.Band;
import org.hccbm.core.result.Bound;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.result.OpenStatus;
import org.hccbm.core.result.Value;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 points 1, 2: performance-status items (HCC-SM GPA and Katagiri on ECOG, bone §7, §13;
 * van der Linden and Tokuhashi on KPS, §6.1, §5) are data: the status as recorded, the status
 * scored after the standard ECOG–KPS conversion (bone §10), the band on the model's scale, the
 * conversion caveat's code and values, and an ambiguous conversion as an AMBIGUOUS open item closed
 * by {@code performanceStatus}. Display text unchanged.
 */
class PerformanceItemsStructuredTest {
  private static ItemScore item(Complete c, String code) {
    return c.items().stream().filter(i -> i.code().value().equals(code)).findFirst().orElseThrow();
  }

  private static Band.Range closed(double lower, double upper, String unit) {
    return new Band.Range(
        Optional.of(new Bound(lower, true)), Optional.of(new Bound(upper, true)), unit);
  }

  @Test
  void hccSmGpa_kps60_isScoredAsEcog2_inBandEcog0to2() {
    Complete c =
        HccSmGpa.INSTANCE
            .evaluate(new HccSmGpaInput(kps(60), Observed.of(true), Observed.of(false)))
            .asComplete();
    ItemScore ps = item(c, "ecogPerformanceStatus");
    assertThat(ps.input())
        .isEqualTo(
            new InputUsed(
                "performanceStatus",
                Value.of(Karnofsky.KPS_60),
                Value.of(Ecog.AMBULATORY_SELF_CARE),
                Optional.empty()));
    assertThat(ps.band()).isEqualTo(new Band.Qualified("ecog", closed(0, 2, "")));
    assertThat(ps.observed()).isEqualTo("KPS 60 → ECOG 2");
    assertThat(ps.bandText()).isEqualTo("ECOG 0–2");
    Caveat conversion =
        c.caveats().stream()
            .filter(k -> k.code().equals("performance.convertedToEcog"))
            .findFirst()
            .orElseThrow();
    assertThat(conversion.args())
        .containsExactly(Value.of(Karnofsky.KPS_60), Value.of(Ecog.AMBULATORY_SELF_CARE));
  }

  @Test
  void hccSmGpa_ecog3_isInBandEcog3to4_recordedAsGiven() {
    Complete c =
        HccSmGpa.INSTANCE
            .evaluate(new HccSmGpaInput(ecog(3), Observed.of(true), Observed.of(false)))
            .asComplete();
    ItemScore ps = item(c, "ecogPerformanceStatus");
    assertThat(ps.input())
        .isEqualTo(InputUsed.of("performanceStatus", Value.of(Ecog.LIMITED_SELF_CARE)));
    assertThat(ps.band()).isEqualTo(new Band.Qualified("ecog", closed(3, 4, "")));
    assertThat(ps.points()).hasValue(1);
    assertThat(c.caveats()).noneMatch(k -> k.code().startsWith("performance."));
  }

  @Test
  void tokuhashi_kps80_isInBandKps80to100Percent() {
    Complete c =
        Tokuhashi.INSTANCE
            .evaluate(
                new TokuhashiInput(
                    kps(80),
                    Observed.of(0),
                    Observed.of(1),
                    Observed.of(OrganMetastases.NONE),
                    TokuhashiPrimary.LIVER_GALLBLADDER_UNIDENTIFIED,
                    Observed.of(FrankelGrade.E),
                    Observed.unknown()))
            .asComplete();
    ItemScore ps = item(c, "generalConditionKps");
    assertThat(ps.band()).isEqualTo(new Band.Qualified("kps", closed(80, 100, "%")));
    assertThat(ps.bandText()).isEqualTo("KPS 80–100 %");
  }

  @Test
  void vanDerLinden_ecog1_isAmbiguous_kps70or80_scoreDifferently() {
    Bounded b =
        VanDerLinden.INSTANCE
            .evaluate(
                new VanDerLindenInput(ecog(1), VanDerLindenPrimary.values()[0], Observed.of(false)))
            .asBounded();
    OpenItem open = b.openItem(ItemCode.of("kps"));
    assertThat(open.status()).isEqualTo(OpenStatus.AMBIGUOUS);
    assertThat(open.reason()).contains("ECOG 1");
    assertThat(open.closedBy()).containsExactly("performanceStatus");
    assertThat(open.minPoints()).isEqualTo(1);
    assertThat(open.maxPoints()).isEqualTo(2);
    assertThat(open.toString())
        .isEqualTo(
            "KPS: ambiguous conversion of ECOG 1 (ECOG 1 is KPS 70 or KPS 80, which score"
                + " differently) = 1..2");
  }

  @Test
  void vanDerLinden_kps10_isBelowThePublishedBands_namedBand() {
    Complete c =
        VanDerLinden.INSTANCE
            .evaluate(
                new VanDerLindenInput(kps(10), VanDerLindenPrimary.values()[0], Observed.of(false)))
            .asComplete();
    ItemScore ps = item(c, "kps");
    assertThat(ps.band()).isEqualTo(new Band.Named("vanDerLindenKps10", closed(10, 10, "")));
    assertThat(ps.bandText()).isEqualTo("10 (below 20–40)");
    assertThat(ps.points()).hasValue(0);
  }

  @Test
  void unknownStatus_isOpenOverEveryBand_closedByPerformanceStatus() {
    Bounded b =
        VanDerLinden.INSTANCE
            .evaluate(
                new VanDerLindenInput(
                    Observed.unknown(), VanDerLindenPrimary.values()[0], Observed.of(false)))
            .asBounded();
    OpenItem open = b.openItem(ItemCode.of("kps"));
    assertThat(open.status()).isEqualTo(OpenStatus.UNKNOWN);
    assertThat(open.closedBy()).isEqualTo(List.of("performanceStatus"));
    assertThat(open.statusText()).isEqualTo("unknown");
  }
}
