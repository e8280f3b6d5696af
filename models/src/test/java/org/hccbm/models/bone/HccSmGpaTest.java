package org.hccbm.models.bone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hccbm.models.bone.BoneTestSupport.assertPoints;
import static org.hccbm.models.bone.BoneTestSupport.ecog;
import static org.hccbm.models.bone.BoneTestSupport.kps;

import org.hccbm.core.Observed;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.NotApplicable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples G-1…G-5 and GPA-1 (bone §7.3; liver §9.2a). */
class HccSmGpaTest {
  private static final String PS = "ecogPerformanceStatus";
  private static final String CONTROL = "primaryHccControlled";
  private static final String EHM = "extrahepaticMetastasesOtherThanBone";

  private static HccSmGpaInput in(int ecog, boolean controlled, boolean ehm) {
    return new HccSmGpaInput(ecog(ecog), Observed.of(controlled), Observed.of(ehm));
  }

  @Test
  void g1_ecog1_controlled_boneOnly_is0_low() {
    assertThat(
            assertPoints(
                    HccSmGpa.INSTANCE.evaluate(in(1, true, false)), 0, PS, 0, CONTROL, 0, EHM, 0)
                .category())
        .contains(HccSmGpaGroup.LOW);
  }

  @Test
  void g2_ecog2_uncontrolled_lung_is3_high() {
    assertThat(
            assertPoints(
                    HccSmGpa.INSTANCE.evaluate(in(2, false, true)), 3, PS, 0, CONTROL, 2, EHM, 1)
                .category())
        .contains(HccSmGpaGroup.HIGH);
  }

  @Test
  void g3_ecog3_controlled_boneOnly_is1_intermediate() {
    assertThat(
            assertPoints(
                    HccSmGpa.INSTANCE.evaluate(in(3, true, false)), 1, PS, 1, CONTROL, 0, EHM, 0)
                .category())
        .contains(HccSmGpaGroup.INTERMEDIATE);
  }

  @Test
  void g4_ecog4_uncontrolled_adrenal_is4_high() {
    assertThat(
            assertPoints(
                    HccSmGpa.INSTANCE.evaluate(in(4, false, true)), 4, PS, 1, CONTROL, 2, EHM, 1)
                .category())
        .contains(HccSmGpaGroup.HIGH);
  }

  @Test
  void g5_ecog2_uncontrolled_boneOnly_is2_intermediate_boundary() {
    assertThat(
            assertPoints(
                    HccSmGpa.INSTANCE.evaluate(in(2, false, false)), 2, PS, 0, CONTROL, 2, EHM, 0)
                .category())
        .contains(HccSmGpaGroup.INTERMEDIATE);
  }

  @Test
  void gpa1_ecog1_uncontrolled_lung_is3_high() {
    assertThat(
            assertPoints(
                    HccSmGpa.INSTANCE.evaluate(in(1, false, true)), 3, PS, 0, CONTROL, 2, EHM, 1)
                .category())
        .contains(HccSmGpaGroup.HIGH);
  }

  @ParameterizedTest(name = "total {0} -> {1}")
  @CsvSource({"0,LOW", "1,INTERMEDIATE", "2,INTERMEDIATE", "3,HIGH", "4,HIGH"})
  void groups_bothSidesOfEachCut(int total, HccSmGpaGroup group) {
    assertThat(HccSmGpaGroup.forTotal(total)).isEqualTo(group);
  }

  @Test
  void karnofsky_isConvertedUnambiguously_kps40isEcog3() {
    HccSmGpaInput in = new HccSmGpaInput(kps(40), Observed.of(true), Observed.of(false));
    assertThat(assertPoints(HccSmGpa.INSTANCE.evaluate(in), 1, PS, 1).caveats())
        .anyMatch(c -> c.kind() == CaveatKind.CONVERSION);
    HccSmGpaInput kps50 = new HccSmGpaInput(kps(50), Observed.of(true), Observed.of(false));
    assertPoints(HccSmGpa.INSTANCE.evaluate(kps50), 0, PS, 0);
  }

  @Test
  void unknownControl_isBounded_lowOrIntermediate() {
    Bounded b =
        HccSmGpa.INSTANCE
            .evaluate(new HccSmGpaInput(ecog(1), Observed.unknown(), Observed.of(false)))
            .asBounded();
    assertThat(b.totalRange().reachable()).containsExactly(0.0, 2.0);
    assertThat(b.reachableCategories())
        .containsExactly(HccSmGpaGroup.LOW, HccSmGpaGroup.INTERMEDIATE);
    assertThat(b.deciding()).containsExactly(org.hccbm.core.result.ItemCode.of(CONTROL));
    assertThat(b.decidingItems()).containsExactly("Primary HCC controlled");
  }

  @Test
  void ecog5_isNotApplicable() {
    assertThat(HccSmGpa.INSTANCE.evaluate(in(5, true, false))).isInstanceOf(NotApplicable.class);
  }
}
