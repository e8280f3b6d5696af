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
        "General condition (KPS)",
        1,
        "Extraspinal bone foci",
        1,
        "Vertebral-body metastases",
        2,
        "Metastases to major internal organs",
        0,
        "Primary site",
        1,
        "Palsy (Frankel)",
        1);
    assertThat(c.category()).contains(TokuhashiBand.SCORE_0_8);
  }

  @Test
  void h1_tomita10() {
    Complete c = complete(Tomita.INSTANCE.evaluate(Fixtures.h1()));
    points(c, 10, "Primary tumour", 4, "Visceral metastases", 4, "Bone metastases", 2);
    assertThat(c.category()).contains(TomitaStrategy.SUPPORTIVE_CARE);
  }

  @Test
  void h1_katagiri8() {
    Complete c = complete(Katagiri.INSTANCE.evaluate(Fixtures.h1()));
    points(
        c,
        8,
        "Primary lesion",
        3,
        "Visceral metastases",
        1,
        "Laboratory data",
        2,
        "ECOG performance status",
        0,
        "Previous chemotherapy",
        1,
        "Multiple skeletal metastases",
        1);
    assertThat(c.category()).contains(KatagiriGroup.HIGH);
  }

  @Test
  void h1_sinsT12is13() {
    Complete c = complete(Sins.INSTANCE.evaluate(lesion(Fixtures.h1(), "T12")));
    points(
        c,
        13,
        "Location",
        3,
        "Pain",
        3,
        "Bone lesion",
        2,
        "Alignment",
        0,
        "Vertebral body collapse",
        2,
        "Posterolateral involvement",
        3);
    assertThat(c.category()).contains(SinsCategory.UNSTABLE);
  }

  @Test
  void h1_vanDerLinden1_groupA() {
    Complete c = complete(VanDerLinden.INSTANCE.evaluate(Fixtures.h1()));
    points(c, 1, "KPS", 1, "Primary tumour", 0, "Visceral metastases", 0);
    assertThat(c.category()).contains(VanDerLindenGroup.A);
  }

  @Test
  void h1_hccSmGpa3_high() {
    Complete c = complete(HccSmGpa.INSTANCE.evaluate(Fixtures.h1()));
    points(
        c,
        3,
        "ECOG performance status",
        0,
        "Primary HCC controlled",
        2,
        "Extrahepatic metastases other than bone",
        1);
    assertThat(c.category()).contains(HccSmGpaGroup.HIGH);
  }

  @Test
  void h2_tokuhashi11() {
    Complete c = complete(Tokuhashi.INSTANCE.evaluate(Fixtures.h2()));
    points(
        c,
        11,
        "General condition (KPS)",
        2,
        "Extraspinal bone foci",
        2,
        "Vertebral-body metastases",
        2,
        "Metastases to major internal organs",
        2,
        "Primary site",
        1,
        "Palsy (Frankel)",
        2);
    assertThat(c.category()).contains(TokuhashiBand.SCORE_9_11);
  }

  @Test
  void h2_tomita5() {
    Complete c = complete(Tomita.INSTANCE.evaluate(Fixtures.h2()));
    points(c, 5, "Primary tumour", 4, "Visceral metastases", 0, "Bone metastases", 1);
    assertThat(c.category()).contains(TomitaStrategy.MARGINAL_OR_INTRALESIONAL);
  }

  @Test
  void h2_katagiri4() {
    Complete c = complete(Katagiri.INSTANCE.evaluate(Fixtures.h2()));
    points(
        c,
        4,
        "Primary lesion",
        3,
        "Visceral metastases",
        0,
        "Laboratory data",
        1,
        "ECOG performance status",
        0,
        "Previous chemotherapy",
        0,
        "Multiple skeletal metastases",
        0);
    assertThat(c.category()).contains(KatagiriGroup.INTERMEDIATE);
  }

  @Test
  void h2_sinsL1is9() {
    Complete c = complete(Sins.INSTANCE.evaluate(lesion(Fixtures.h2(), "L1")));
    points(
        c,
        9,
        "Location",
        3,
        "Pain",
        1,
        "Bone lesion",
        2,
        "Alignment",
        0,
        "Vertebral body collapse",
        2,
        "Posterolateral involvement",
        1);
    assertThat(c.category()).contains(SinsCategory.POTENTIALLY_UNSTABLE);
  }

  @Test
  void h2_vanDerLinden3_groupA() {
    Complete c = complete(VanDerLinden.INSTANCE.evaluate(Fixtures.h2()));
    points(c, 3, "KPS", 2, "Primary tumour", 0, "Visceral metastases", 1);
    assertThat(c.category()).contains(VanDerLindenGroup.A);
  }

  @Test
  void h2_hccSmGpa0_low() {
    Complete c = complete(HccSmGpa.INSTANCE.evaluate(Fixtures.h2()));
    points(
        c,
        0,
        "ECOG performance status",
        0,
        "Primary HCC controlled",
        0,
        "Extrahepatic metastases other than bone",
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
