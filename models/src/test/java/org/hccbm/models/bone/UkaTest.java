package org.hccbm.models.bone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hccbm.core.Diameter;
import org.hccbm.core.Observed;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Complete;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.core.tumour.PortalVeinInvasion;
import org.hccbm.models.liver.ChildPughClass;
import org.junit.jupiter.api.Test;

/** Worked examples UK-1…UK-4 (liver §10) and the LCSGJ T factor (§4.3). */
class UkaTest {
  private static UkaInput in(ChildPughClass cp, LcsgjT t, PortalVeinInvasion vp) {
    return new UkaInput(
        List.of(cp), Observed.of(t), vp == null ? Observed.unknown() : Observed.of(vp));
  }

  private static Object category(Uka model, UkaInput in) {
    return model.evaluate(in).asComplete().category().orElseThrow();
  }

  @Test
  void uk1_childPughA_t2_vp0_isEligible() {
    assertThat(category(Uka.INSTANCE, in(ChildPughClass.A, LcsgjT.T2, PortalVeinInvasion.VP0)))
        .isEqualTo(UkaEligibility.ELIGIBLE);
  }

  @Test
  void uk2_childPughB_isNotEligible_forHepaticReserve() {
    Complete c =
        Uka.INSTANCE.evaluate(in(ChildPughClass.B, LcsgjT.T1, PortalVeinInvasion.VP0)).asComplete();
    assertThat(c.category()).contains(UkaEligibility.NOT_ELIGIBLE);
    assertThat(c.item("ruleApplied").bandText()).startsWith("hepatic reserve");
  }

  @Test
  void uk3_childPughA_t3_isNotEligible_whateverTheVp() {
    // One reachable category: complete, with a note naming the unknown that did not matter.
    Complete c = Uka.INSTANCE.evaluate(in(ChildPughClass.A, LcsgjT.T3, null)).asComplete();
    assertThat(c.category()).contains(UkaEligibility.NOT_ELIGIBLE);
    assertThat(c.caveats())
        .anySatisfy(
            cv ->
                assertThat(cv.kind())
                    .isEqualTo(org.hccbm.core.result.CaveatKind.UNKNOWN_DID_NOT_MATTER));
  }

  @Test
  void uk4_vp2_isNotEligibleByDefault_andEligibleUnderVp0to2() {
    UkaInput input = in(ChildPughClass.A, LcsgjT.T1, PortalVeinInvasion.VP2);
    assertThat(category(Uka.INSTANCE, input)).isEqualTo(UkaEligibility.NOT_ELIGIBLE);
    assertThat(category(Uka.VP_0_TO_2, input)).isEqualTo(UkaEligibility.ELIGIBLE);
    assertThat(category(Uka.VP_0_TO_2, in(ChildPughClass.A, LcsgjT.T1, PortalVeinInvasion.VP3)))
        .isEqualTo(UkaEligibility.NOT_ELIGIBLE);
    assertThat(category(Uka.INSTANCE, in(ChildPughClass.A, LcsgjT.T1, PortalVeinInvasion.VP1)))
        .isEqualTo(UkaEligibility.NOT_ELIGIBLE);
  }

  @Test
  void stage_t2Eligible_t3NotEligible_boundary() {
    assertThat(category(Uka.INSTANCE, in(ChildPughClass.A, LcsgjT.T0, PortalVeinInvasion.VP0)))
        .isEqualTo(UkaEligibility.ELIGIBLE);
    assertThat(category(Uka.INSTANCE, in(ChildPughClass.A, LcsgjT.T3, PortalVeinInvasion.VP0)))
        .isEqualTo(UkaEligibility.NOT_ELIGIBLE);
  }

  @Test
  void lcsgjT_countsTheCriteriaMet_with2cmInclusive() {
    assertThat(LcsgjT.of(IntrahepaticTumour.of(Diameter.cm(2.0)), false)).isEqualTo(LcsgjT.T1);
    assertThat(LcsgjT.of(IntrahepaticTumour.of(Diameter.cm(2.01)), false)).isEqualTo(LcsgjT.T2);
    assertThat(LcsgjT.of(IntrahepaticTumour.of(Diameter.cm(1.5), Diameter.cm(1.0)), false))
        .isEqualTo(LcsgjT.T2);
    assertThat(LcsgjT.of(IntrahepaticTumour.of(Diameter.cm(3), Diameter.cm(1.0)), false))
        .isEqualTo(LcsgjT.T3);
    assertThat(LcsgjT.of(IntrahepaticTumour.of(Diameter.cm(3), Diameter.cm(1.0)), true))
        .isEqualTo(LcsgjT.T4);
    assertThat(LcsgjT.of(IntrahepaticTumour.of(), true)).isEqualTo(LcsgjT.T0);
  }

  @Test
  void childPughUnknown_decides() {
    Bounded b =
        Uka.INSTANCE
            .evaluate(
                new UkaInput(
                    List.of(ChildPughClass.values()),
                    Observed.of(LcsgjT.T1),
                    Observed.of(PortalVeinInvasion.VP0)))
            .asBounded();
    assertThat(b.reachableCategories())
        .containsExactly(UkaEligibility.ELIGIBLE, UkaEligibility.NOT_ELIGIBLE);
    assertThat(b.decidingItems()).containsExactly("Child–Pugh class");
  }
}
