package org.hccbm.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ModelResult;
import org.hccbm.models.Models;
import org.hccbm.models.bone.HccSmGpa;
import org.hccbm.models.bone.HccSmGpaGroup;
import org.hccbm.models.bone.Katagiri;
import org.hccbm.models.bone.KatagiriGroup;
import org.hccbm.models.bone.Sins;
import org.hccbm.models.bone.SinsCategory;
import org.hccbm.models.bone.Tokuhashi;
import org.hccbm.models.bone.TokuhashiBand;
import org.hccbm.models.bone.Tomita;
import org.hccbm.models.bone.TomitaStrategy;
import org.hccbm.models.bone.VanDerLinden;
import org.hccbm.models.bone.VanDerLindenGroup;
import org.junit.jupiter.api.Test;

/**
 * The integrated HCC test patients H-1 and H-2 (bone §11) on every system, scored from the whole
 * patient record through the library's derivations, every item asserted.
 */
class IntegratedPatientsTest {
  private static Complete complete(ModelResult r) {
    return HccbmAssertions.assertThat(r).asComplete();
  }

  private static void points(Complete c, int total, Object... itemsAndPoints) {
    for (int i = 0; i < itemsAndPoints.length; i += 2) {
      assertThat(c.item((String) itemsAndPoints[i]).points())
          .as((String) itemsAndPoints[i])
          .hasValue((Integer) itemsAndPoints[i + 1]);
    }
    assertThat(c.totalValue()).isEqualTo(total);
  }

  private static BoneLesion lesion(Patient p, String id) {
    return p.boneLesions().known().orElseThrow().stream()
        .filter(l -> l.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void h1_tokuhashi6() {
    Complete c = complete(Tokuhashi.INSTANCE.evaluate(Fixtures.h1()));
    points(
        c,
        6,
        "generalConditionKps",
        1,
        "extraspinalBoneFoci",
        1,
        "vertebralBodyMetastases",
        2,
        "metastasesToMajorInternalOrgans",
        0,
        "primarySite",
        1,
        "palsyFrankel",
        1);
    assertThat(c.category()).contains(TokuhashiBand.SCORE_0_8);
  }

  @Test
  void h1_tomita10() {
    Complete c = complete(Tomita.INSTANCE.evaluate(Fixtures.h1()));
    points(c, 10, "primaryTumour", 4, "visceralMetastases", 4, "boneMetastases", 2);
    assertThat(c.category()).contains(TomitaStrategy.SUPPORTIVE_CARE);
  }

  @Test
  void h1_katagiri8() {
    Complete c = complete(Katagiri.INSTANCE.evaluate(Fixtures.h1()));
    points(
        c,
        8,
        "primaryLesion",
        3,
        "visceralMetastases",
        1,
        "laboratoryData",
        2,
        "ecogPerformanceStatus",
        0,
        "previousChemotherapy",
        1,
        "multipleSkeletalMetastases",
        1);
    assertThat(c.category()).contains(KatagiriGroup.HIGH);
  }

  @Test
  void h1_sinsT12is13() {
    Complete c = complete(Sins.INSTANCE.evaluate(lesion(Fixtures.h1(), "T12")));
    points(
        c,
        13,
        "location",
        3,
        "pain",
        3,
        "boneLesion",
        2,
        "alignment",
        0,
        "vertebralBodyCollapse",
        2,
        "posterolateralInvolvement",
        3);
    assertThat(c.category()).contains(SinsCategory.UNSTABLE);
  }

  @Test
  void h1_vanDerLinden1_groupA() {
    Complete c = complete(VanDerLinden.INSTANCE.evaluate(Fixtures.h1()));
    points(c, 1, "kps", 1, "primaryTumour", 0, "visceralMetastases", 0);
    assertThat(c.category()).contains(VanDerLindenGroup.A);
  }

  @Test
  void h1_hccSmGpa3_high() {
    Complete c = complete(HccSmGpa.INSTANCE.evaluate(Fixtures.h1()));
    points(
        c,
        3,
        "ecogPerformanceStatus",
        0,
        "primaryHccControlled",
        2,
        "extrahepaticMetastasesOtherThanBone",
        1);
    assertThat(c.category()).contains(HccSmGpaGroup.HIGH);
  }

  @Test
  void h2_tokuhashi11() {
    Complete c = complete(Tokuhashi.INSTANCE.evaluate(Fixtures.h2()));
    points(
        c,
        11,
        "generalConditionKps",
        2,
        "extraspinalBoneFoci",
        2,
        "vertebralBodyMetastases",
        2,
        "metastasesToMajorInternalOrgans",
        2,
        "primarySite",
        1,
        "palsyFrankel",
        2);
    assertThat(c.category()).contains(TokuhashiBand.SCORE_9_11);
  }

  @Test
  void h2_tomita5() {
    Complete c = complete(Tomita.INSTANCE.evaluate(Fixtures.h2()));
    points(c, 5, "primaryTumour", 4, "visceralMetastases", 0, "boneMetastases", 1);
    assertThat(c.category()).contains(TomitaStrategy.MARGINAL_OR_INTRALESIONAL);
  }

  @Test
  void h2_katagiri4() {
    Complete c = complete(Katagiri.INSTANCE.evaluate(Fixtures.h2()));
    points(
        c,
        4,
        "primaryLesion",
        3,
        "visceralMetastases",
        0,
        "laboratoryData",
        1,
        "ecogPerformanceStatus",
        0,
        "previousChemotherapy",
        0,
        "multipleSkeletalMetastases",
        0);
    assertThat(c.category()).contains(KatagiriGroup.INTERMEDIATE);
  }

  @Test
  void h2_sinsL1is9() {
    Complete c = complete(Sins.INSTANCE.evaluate(lesion(Fixtures.h2(), "L1")));
    points(
        c,
        9,
        "location",
        3,
        "pain",
        1,
        "boneLesion",
        2,
        "alignment",
        0,
        "vertebralBodyCollapse",
        2,
        "posterolateralInvolvement",
        1);
    assertThat(c.category()).contains(SinsCategory.POTENTIALLY_UNSTABLE);
  }

  @Test
  void h2_vanDerLinden3_groupA() {
    Complete c = complete(VanDerLinden.INSTANCE.evaluate(Fixtures.h2()));
    points(c, 3, "kps", 2, "primaryTumour", 0, "visceralMetastases", 1);
    assertThat(c.category()).contains(VanDerLindenGroup.A);
  }

  @Test
  void h2_hccSmGpa0_low() {
    Complete c = complete(HccSmGpa.INSTANCE.evaluate(Fixtures.h2()));
    points(
        c,
        0,
        "ecogPerformanceStatus",
        0,
        "primaryHccControlled",
        0,
        "extrahepaticMetastasesOtherThanBone",
        0);
    assertThat(c.category()).contains(HccSmGpaGroup.LOW);
  }

  @Test
  void catalogue_evaluatesSinsPerSpinalLesionOfH1() {
    List<Models.Evaluation> sins =
        Models.evaluate(Fixtures.h1()).stream().filter(e -> e.model().id().equals("sins")).toList();
    assertThat(sins).extracting(Models.Evaluation::subject).containsExactly("T12");
  }
}
