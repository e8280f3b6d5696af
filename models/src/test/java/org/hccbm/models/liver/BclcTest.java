package org.hccbm.models.liver;

import static com.google.common.collect.Iterables.getOnlyElement;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hccbm.core.Diameter;
import org.hccbm.core.Observed;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.Karnofsky;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.junit.jupiter.api.Test;

/**
 * Worked examples BC-1…BC-6 (liver §4.1): the implied completion gives the printed stage, the
 * literal reading (unstated inputs unknown, errata) gives the bounded answer.
 */
class BclcTest {
  private static final List<ChildPughClass> ANY_CP = List.of(ChildPughClass.values());

  private static Observed<PerformanceStatus> ecog(int grade) {
    return Observed.of(PerformanceStatus.of(Ecog.of(grade)));
  }

  private static Observed<IntrahepaticTumour> nodules(double... cm) {
    Diameter[] d = new Diameter[cm.length];
    for (int i = 0; i < cm.length; i++) {
      d[i] = Diameter.cm(cm[i]);
    }
    return Observed.of(IntrahepaticTumour.of(d));
  }

  private static ModelResult stage(BclcInput in) {
    return Bclc.INSTANCE.evaluate(in);
  }

  private static BclcStage complete(BclcInput in) {
    return getOnlyElement(stage(in).asComplete().possibleCategories(BclcStage.class));
  }

  @Test
  void bc1_ps0_childPughA_single4cm_boneMetastasis_isC() {
    BclcInput in =
        new BclcInput(
            ecog(0),
            Observed.of(true),
            List.of(ChildPughClass.A),
            nodules(4),
            Observed.of(false),
            Observed.of(true));
    Complete c = stage(in).asComplete();
    assertThat(c.category()).contains(BclcStage.C);
    assertThat(c.item("ruleApplied").bandText()).startsWith("rule 3");
  }

  @Test
  void bc1_literal_macrovascularUnstated_isStillC() {
    BclcInput in =
        new BclcInput(
            ecog(0),
            Observed.unknown(),
            List.of(ChildPughClass.A),
            nodules(4),
            Observed.unknown(),
            Observed.of(true));
    Complete c = stage(in).asComplete();
    assertThat(c.category()).contains(BclcStage.C);
    assertThat(c.caveats())
        .anySatisfy(
            cv ->
                assertThat(cv.text())
                    .startsWith("PS cancer-related, Macrovascular invasion are unknown"));
  }

  @Test
  void bc2_ps3_any_isD() {
    BclcInput in =
        new BclcInput(
            ecog(3),
            Observed.of(true),
            ANY_CP,
            Observed.unknown(),
            Observed.unknown(),
            Observed.unknown());
    Complete c = stage(in).asComplete();
    assertThat(c.category()).contains(BclcStage.D);
    assertThat(c.item("ruleApplied").bandText()).isEqualTo("rule 1: ECOG 3–4, cancer-related → D");
  }

  @Test
  void bc2_ps3_cancerRelatedUnknown_isCorD_decidedByIt() {
    BclcInput in =
        new BclcInput(
            ecog(3),
            Observed.unknown(),
            List.of(ChildPughClass.A),
            nodules(4),
            Observed.of(false),
            Observed.of(true));
    Bounded b = stage(in).asBounded();
    assertThat(b.reachableCategories()).containsExactly(BclcStage.C, BclcStage.D);
    assertThat(b.decidingItems()).containsExactly("PS cancer-related");
  }

  @Test
  void bc3_childPughC_boneMetastasis_isD_whateverThePs() {
    BclcInput in =
        new BclcInput(
            Observed.unknown(),
            Observed.unknown(),
            List.of(ChildPughClass.C),
            Observed.unknown(),
            Observed.unknown(),
            Observed.of(true));
    Complete c = stage(in).asComplete();
    assertThat(c.category()).contains(BclcStage.D);
  }

  @Test
  void bc4_ps0_childPughA_twoNodules_noSpread_isA_andLiterallyAorC() {
    BclcInput implied =
        new BclcInput(
            ecog(0),
            Observed.of(true),
            List.of(ChildPughClass.A),
            nodules(2.5, 2.8),
            Observed.of(false),
            Observed.of(false));
    assertThat(complete(implied)).isEqualTo(BclcStage.A);
    BclcInput literal =
        new BclcInput(
            ecog(0),
            Observed.unknown(),
            List.of(ChildPughClass.A),
            nodules(2.5, 2.8),
            Observed.unknown(),
            Observed.of(false));
    Bounded b = stage(literal).asBounded();
    assertThat(b.reachableCategories()).containsExactly(BclcStage.A, BclcStage.C);
    assertThat(b.decidingItems()).containsExactly("Macrovascular invasion");
  }

  @Test
  void bc5_ps0_single1point8cm_is0_andLiterally0CorD() {
    BclcInput implied =
        new BclcInput(
            ecog(0),
            Observed.of(true),
            List.of(ChildPughClass.A),
            nodules(1.8),
            Observed.of(false),
            Observed.of(false));
    assertThat(complete(implied)).isEqualTo(BclcStage.STAGE_0);
    BclcInput literal =
        new BclcInput(
            ecog(0),
            Observed.unknown(),
            ANY_CP,
            nodules(1.8),
            Observed.unknown(),
            Observed.unknown());
    Bounded b = stage(literal).asBounded();
    assertThat(b.reachableCategories())
        .containsExactly(BclcStage.STAGE_0, BclcStage.C, BclcStage.D);
    assertThat(b.decidingItems())
        .containsExactlyInAnyOrder(
            "Child–Pugh class", "Macrovascular invasion", "Extrahepatic spread");
  }

  @Test
  void bc6_ps0_fourNodules_isB_andLiterallyBCorD() {
    BclcInput implied =
        new BclcInput(
            ecog(0),
            Observed.of(true),
            List.of(ChildPughClass.B),
            nodules(1, 1, 1, 1),
            Observed.of(false),
            Observed.of(false));
    assertThat(complete(implied)).isEqualTo(BclcStage.B);
    BclcInput literal =
        new BclcInput(
            ecog(0),
            Observed.unknown(),
            ANY_CP,
            nodules(1, 1, 1, 1),
            Observed.unknown(),
            Observed.unknown());
    assertThat(stage(literal).asBounded().reachableCategories())
        .containsExactly(BclcStage.B, BclcStage.C, BclcStage.D);
  }

  @Test
  void burdenBoundaries_2cm_and3cm_areInclusive() {
    assertThat(complete(preserved(0, nodules(2.0)))).isEqualTo(BclcStage.STAGE_0);
    assertThat(complete(preserved(0, nodules(2.01)))).isEqualTo(BclcStage.A);
    assertThat(complete(preserved(0, nodules(3.0, 3.0, 3.0)))).isEqualTo(BclcStage.A);
    assertThat(complete(preserved(0, nodules(3.01, 1.0)))).isEqualTo(BclcStage.B);
    assertThat(complete(preserved(0, nodules(8.0)))).isEqualTo(BclcStage.A);
  }

  private static BclcInput preserved(int ecog, Observed<IntrahepaticTumour> t) {
    return new BclcInput(
        ecog(ecog),
        Observed.of(true),
        List.of(ChildPughClass.A),
        t,
        Observed.of(false),
        Observed.of(false));
  }

  @Test
  void psBoundaries_ps0IsEarlyStage_ps1IsC_ps2IsC_ps3IsD() {
    assertThat(complete(preserved(0, nodules(1.5)))).isEqualTo(BclcStage.STAGE_0);
    assertThat(complete(preserved(1, nodules(1.5)))).isEqualTo(BclcStage.C);
    assertThat(complete(preserved(2, nodules(1.5)))).isEqualTo(BclcStage.C);
    assertThat(complete(preserved(3, nodules(1.5)))).isEqualTo(BclcStage.D);
    assertThat(complete(preserved(4, nodules(1.5)))).isEqualTo(BclcStage.D);
  }

  @Test
  void psNotCancerRelated_skipsThePsRules_withACaveat() {
    BclcInput in =
        new BclcInput(
            ecog(3),
            Observed.of(false),
            List.of(ChildPughClass.A),
            nodules(1.5),
            Observed.of(false),
            Observed.of(false));
    Complete c = stage(in).asComplete();
    assertThat(c.category()).contains(BclcStage.STAGE_0);
    assertThat(c.caveats()).anyMatch(cv -> cv.text().contains("not cancer-related"));
    assertThat(c.caveats())
        .extracting(cv -> cv.code())
        .contains("bclc.liverFunctionReading", "bclc.psNotCancerRelated");
  }

  @Test
  void childPughBIsPreserved_childPughCIsEndStage() {
    BclcInput b =
        new BclcInput(
            ecog(0),
            Observed.of(true),
            List.of(ChildPughClass.B),
            nodules(1.5),
            Observed.of(false),
            Observed.of(false));
    assertThat(complete(b)).isEqualTo(BclcStage.STAGE_0);
    BclcInput c =
        new BclcInput(
            ecog(0),
            Observed.of(true),
            List.of(ChildPughClass.C),
            nodules(1.5),
            Observed.of(false),
            Observed.of(false));
    assertThat(complete(c)).isEqualTo(BclcStage.D);
  }

  @Test
  void karnofsky_isConvertedWithACaveat() {
    BclcInput in =
        new BclcInput(
            Observed.of(PerformanceStatus.of(Karnofsky.KPS_70)),
            Observed.of(true),
            List.of(ChildPughClass.A),
            nodules(1.5),
            Observed.of(false),
            Observed.of(false));
    Complete c = stage(in).asComplete();
    assertThat(c.category()).contains(BclcStage.C);
    assertThat(c.caveats()).anyMatch(cv -> cv.kind() == CaveatKind.CONVERSION);
  }

  @Test
  void ecog5_orNothingToStage_isNotApplicable() {
    assertThat(
            stage(
                new BclcInput(
                    ecog(5),
                    Observed.of(true),
                    ANY_CP,
                    Observed.unknown(),
                    Observed.unknown(),
                    Observed.unknown())))
        .isInstanceOf(NotApplicable.class);
    assertThat(
            stage(
                new BclcInput(
                    ecog(0),
                    Observed.of(true),
                    ANY_CP,
                    Observed.of(IntrahepaticTumour.of()),
                    Observed.of(false),
                    Observed.of(false))))
        .isInstanceOf(NotApplicable.class);
  }

  @Test
  void everyHccBmPatient_isCorD() {
    for (int ps = 0; ps <= 4; ps++) {
      for (ChildPughClass cp : ChildPughClass.values()) {
        BclcStage s =
            complete(
                new BclcInput(
                    ecog(ps),
                    Observed.of(true),
                    List.of(cp),
                    nodules(1.0),
                    Observed.of(false),
                    Observed.of(true)));
        assertThat(s).isIn(BclcStage.C, BclcStage.D);
      }
    }
  }

  @Test
  void cancerRelatedUnknown_mattersFromEcog1_notAtEcog0() {
    BclcInput ecog0 =
        new BclcInput(
            ecog(0),
            Observed.unknown(),
            List.of(ChildPughClass.A),
            nodules(1.5),
            Observed.of(false),
            Observed.of(false));
    assertThat(complete(ecog0)).isEqualTo(BclcStage.STAGE_0);
    BclcInput ecog1 =
        new BclcInput(
            ecog(1),
            Observed.unknown(),
            List.of(ChildPughClass.A),
            nodules(1.5),
            Observed.of(false),
            Observed.of(false));
    Bounded b = stage(ecog1).asBounded();
    assertThat(b.reachableCategories()).containsExactly(BclcStage.STAGE_0, BclcStage.C);
    assertThat(b.decidingItems()).containsExactly("PS cancer-related");
  }

  @Test
  void noViableIntrahepaticTumour_withSpread_isC_andSaysSo_withSpreadUnknown_isNotApplicable() {
    Complete c =
        stage(
                new BclcInput(
                    ecog(0),
                    Observed.of(true),
                    List.of(ChildPughClass.A),
                    Observed.of(IntrahepaticTumour.of()),
                    Observed.of(false),
                    Observed.of(true)))
            .asComplete();
    assertThat(c.category()).contains(BclcStage.C);
    assertThat(c.item("tumourBurden").observed()).isEqualTo("no viable intrahepatic tumour");
    assertThat(
            stage(
                new BclcInput(
                    ecog(0),
                    Observed.of(true),
                    List.of(ChildPughClass.A),
                    Observed.of(IntrahepaticTumour.of()),
                    Observed.of(false),
                    Observed.unknown())))
        .isInstanceOfSatisfying(
            NotApplicable.class,
            n -> assertThat(n.reason()).endsWith("(either, still unknown, would make it stage C)"));
    assertThat(
            stage(
                new BclcInput(
                    ecog(0),
                    Observed.of(true),
                    List.of(ChildPughClass.A),
                    Observed.of(IntrahepaticTumour.of()),
                    Observed.of(false),
                    Observed.of(false))))
        .isInstanceOfSatisfying(
            NotApplicable.class, n -> assertThat(n.reason()).endsWith("nothing to stage"));
  }

  @Test
  void unknownTumour_reachesOnlyTheBurdenStages() {
    Bounded b =
        stage(
                new BclcInput(
                    ecog(0),
                    Observed.of(true),
                    List.of(ChildPughClass.A),
                    Observed.unknown(),
                    Observed.of(false),
                    Observed.of(false)))
            .asBounded();
    assertThat(b.reachableCategories())
        .containsExactly(BclcStage.STAGE_0, BclcStage.A, BclcStage.B);
  }
}
