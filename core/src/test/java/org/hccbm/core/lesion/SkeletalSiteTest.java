package org.hccbm.core.lesion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hccbm.core.Diameter;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.Observed;
import org.junit.jupiter.api.Test;

class SkeletalSiteTest {
  @Test
  void spine_hasEveryLevelFromOcciputToCoccyx() {
    assertThat(SpinalLevel.values()).hasSize(1 + 7 + 12 + 5 + 5 + 1);
    assertThat(SpinalLevel.values()[0]).isEqualTo(SpinalLevel.OCCIPUT);
    assertThat(SpinalLevel.values()[30]).isEqualTo(SpinalLevel.COCCYX);
  }

  @Test
  void parse_readsEveryLevelByItsLabel() {
    for (SpinalLevel level : SpinalLevel.values()) {
      assertThat(SpinalLevel.parse(level.label())).isEqualTo(level);
    }
    assertThat(SpinalLevel.parse(" t12 ")).isEqualTo(SpinalLevel.T12);
  }

  @Test
  void t13_isRejected() {
    assertThatThrownBy(() -> SpinalLevel.parse("T13"))
        .isInstanceOf(InvalidClinicalInputException.class)
        .hasMessage(
            "spinal level must be one of Occiput, C1..C7, T1..T12, L1..L5, S1..S5, "
                + "Coccyx, was \"T13\"");
  }

  @Test
  void regions_followTheLevels() {
    assertThat(SpinalLevel.OCCIPUT.region()).isEqualTo(SpinalLevel.Region.CERVICAL);
    assertThat(SpinalLevel.C7.region()).isEqualTo(SpinalLevel.Region.CERVICAL);
    assertThat(SpinalLevel.T1.region()).isEqualTo(SpinalLevel.Region.THORACIC);
    assertThat(SpinalLevel.T12.region()).isEqualTo(SpinalLevel.Region.THORACIC);
    assertThat(SpinalLevel.L1.region()).isEqualTo(SpinalLevel.Region.LUMBAR);
    assertThat(SpinalLevel.L5.region()).isEqualTo(SpinalLevel.Region.LUMBAR);
    assertThat(SpinalLevel.S1.region()).isEqualTo(SpinalLevel.Region.SACRAL);
    assertThat(SpinalLevel.S5.region()).isEqualTo(SpinalLevel.Region.SACRAL);
    assertThat(SpinalLevel.COCCYX.region()).isEqualTo(SpinalLevel.Region.COCCYGEAL);
  }

  @Test
  void peritrochanteric_isOnlyOnTheFemur() {
    assertThat(LongBoneSite.of(LongBone.FEMUR, LongBoneRegion.PERITROCHANTERIC).label())
        .isEqualTo("femur, peritrochanteric");
    assertThatThrownBy(() -> LongBoneSite.of(LongBone.HUMERUS, LongBoneRegion.PERITROCHANTERIC))
        .hasMessage("peritrochanteric region must be on the femur, was humerus");
  }

  @Test
  void longBones_knowTheirLimb() {
    assertThat(LongBone.HUMERUS.limb()).isEqualTo(LongBone.Limb.UPPER);
    assertThat(LongBone.FEMUR.limb()).isEqualTo(LongBone.Limb.LOWER);
  }

  @Test
  void diameterFraction_boundariesFallInTheMiddleBand() {
    assertThat(DiameterFraction.ofFraction(0.0)).isEqualTo(DiameterFraction.LESS_THAN_ONE_THIRD);
    assertThat(DiameterFraction.ofFraction(0.333)).isEqualTo(DiameterFraction.LESS_THAN_ONE_THIRD);
    assertThat(DiameterFraction.ofFraction(1.0 / 3))
        .isEqualTo(DiameterFraction.ONE_THIRD_TO_TWO_THIRDS);
    assertThat(DiameterFraction.ofFraction(0.5))
        .isEqualTo(DiameterFraction.ONE_THIRD_TO_TWO_THIRDS);
    assertThat(DiameterFraction.ofFraction(2.0 / 3))
        .isEqualTo(DiameterFraction.ONE_THIRD_TO_TWO_THIRDS);
    assertThat(DiameterFraction.ofFraction(0.667)).isEqualTo(DiameterFraction.MORE_THAN_TWO_THIRDS);
    assertThat(DiameterFraction.ofFraction(1.0)).isEqualTo(DiameterFraction.MORE_THAN_TWO_THIRDS);
  }

  @Test
  void diameterFraction_outsideZeroToOne_isRejected() {
    assertThatThrownBy(() -> DiameterFraction.ofFraction(1.2))
        .hasMessage("fraction of bone diameter must be in [0, 1], was 1.2");
    assertThatThrownBy(() -> DiameterFraction.ofFraction(Double.NaN))
        .hasMessage("fraction of bone diameter must be in [0, 1], was NaN");
  }

  @Test
  void esccGrade_isKeptAsItsPrintedCode() {
    assertThat(EsccGrade.parse("1b")).isEqualTo(EsccGrade.GRADE_1B);
    assertThat(EsccGrade.parse("1c").code()).isEqualTo("1c");
    assertThat(EsccGrade.GRADE_1C.cordCompressed()).isFalse();
    assertThat(EsccGrade.GRADE_2.cordCompressed()).isTrue();
    assertThatThrownBy(() -> EsccGrade.parse("1"))
        .hasMessage("ESCC grade must be one of 0, 1a, 1b, 1c, 2, 3, was \"1\"");
  }

  @Test
  void spinalFinding_onALongBoneLesion_isRejected() {
    assertThatThrownBy(
            () ->
                BoneLesion.at("femur", LongBoneSite.of(LongBone.FEMUR, LongBoneRegion.DIAPHYSIS))
                    .collapse(VertebralCollapse.UNDER_HALF)
                    .build())
        .hasMessage(
            "vertebral collapse must be recorded only for a spinal lesion, "
                + "was UNDER_HALF at femur, diaphysis");
  }

  @Test
  void lesion_unsetFindingsAreUnknown_notAbsent() {
    BoneLesion lesion =
        BoneLesion.at("T12", SpinalLevel.T12)
            .morphology(LesionMorphology.LYTIC)
            .notAssessable("alignment", "no upright films")
            .size(Diameter.cm(2.5))
            .build();
    assertThat(lesion.morphology().known()).contains(LesionMorphology.LYTIC);
    assertThat(lesion.collapse()).isEqualTo(Observed.unknown());
    assertThat(lesion.alignment()).isEqualTo(Observed.notAssessable("no upright films"));
    assertThat(lesion.site().isSpinal()).isTrue();
  }

  @Test
  void lesion_blankIdOrUnknownNotAssessableFinding_isRejected() {
    assertThatThrownBy(() -> BoneLesion.at(" ", SpinalLevel.L1).build())
        .hasMessage("lesion id must be non-blank, was \" \"");
    assertThatThrownBy(() -> BoneLesion.at("L1", SpinalLevel.L1).notAssessable("colour", "x"))
        .hasMessage(
            "not-assessable finding must be one of collapse, alignment, posterolateral, "
                + "escc, morphology, painCharacter, was \"colour\"");
  }

  @Test
  void diameter_mustBePositive_andConvertsBetweenCmAndMm() {
    assertThat(Diameter.cm(2.5).inMm()).isEqualTo(25.0);
    assertThat(Diameter.mm(18).inCm()).isEqualTo(1.8);
    assertThat(Diameter.cm(2.0)).isEqualTo(Diameter.mm(20));
    assertThatThrownBy(() -> Diameter.cm(0)).hasMessage("diameter must be > 0 cm, was 0.0 cm");
    assertThatThrownBy(() -> Diameter.mm(-3)).hasMessage("diameter must be > 0 mm, was -3.0 mm");
    assertThatThrownBy(() -> Diameter.cm(101))
        .hasMessage("diameter must be <= 100 cm (1 m), was 101.0 cm");
    assertThat(Diameter.mm(1000).inCm()).isEqualTo(100.0);
  }
}
