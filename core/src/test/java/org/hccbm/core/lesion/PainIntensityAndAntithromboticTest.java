package org.hccbm.core.lesion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.history.AntithromboticDrugClass;
import org.hccbm.core.history.AntithromboticKind;
import org.hccbm.core.history.AntithromboticTherapy;
import org.hccbm.core.patient.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The inputs added for the planner's gates (planner-safety PS-2, PS-21, PS-25). */
class PainIntensityAndAntithromboticTest {
  @ParameterizedTest
  @CsvSource({"0,NONE", "1,MILD", "3,MILD", "4,MODERATE", "6,MODERATE", "7,SEVERE", "10,SEVERE"})
  void ps25_nrsBands_nihCutPointsOnBothSides(int nrs, PainIntensity.Band band) {
    assertThat(PainIntensity.nrs(nrs).band()).isEqualTo(band);
  }

  @Test
  void ps25_nrsOutside0to10_isRefused() {
    assertThatThrownBy(() -> PainIntensity.nrs(11))
        .hasMessage("pain intensity (NRS) must be 0..10, was 11");
    assertThatThrownBy(() -> PainIntensity.nrs(-1))
        .hasMessage("pain intensity (NRS) must be 0..10, was -1");
  }

  @Test
  void ps21_femoralNeckAndHead_onTheFemurOnly() {
    assertThat(LongBoneSite.of(LongBone.FEMUR, LongBoneRegion.FEMORAL_NECK).label())
        .isEqualTo("femur, femoral neck");
    assertThatThrownBy(() -> LongBoneSite.of(LongBone.HUMERUS, LongBoneRegion.FEMORAL_HEAD))
        .hasMessage("femoral head region must be on the femur, was humerus");
  }

  @Test
  void ps02_antithromboticKindFollowsTheClasses_andNoneTakesNothing() {
    assertThat(
            AntithromboticTherapy.of(
                    Optional.empty(),
                    AntithromboticDrugClass.ASPIRIN,
                    AntithromboticDrugClass.HEPARIN)
                .kind())
        .isEqualTo(AntithromboticKind.ANTICOAGULANT);
    assertThat(
            AntithromboticTherapy.of(
                    Optional.of(LocalDate.of(2026, 11, 29)),
                    AntithromboticDrugClass.P2Y12_INHIBITOR)
                .toString())
        .isEqualTo("P2Y12 inhibitor, last dose 2026-11-29");
    assertThatThrownBy(
            () ->
                new AntithromboticTherapy(
                    AntithromboticKind.NONE,
                    List.of(AntithromboticDrugClass.ASPIRIN),
                    Optional.empty()))
        .hasMessage(
            "antithrombotic therapy must be without drug classes or last dose date, was "
                + "none with drug classes [ASPIRIN]");
    assertThatThrownBy(() -> AntithromboticTherapy.of(Optional.empty()))
        .hasMessage("antithrombotic drug classes must be at least one class, was none");
    assertThat(Patient.builder("x").build().antithromboticTherapy().isKnown()).isFalse();
    assertThat(
            Patient.builder("x")
                .antithromboticTherapy(AntithromboticTherapy.none())
                .build()
                .antithromboticTherapy()
                .known())
        .contains(AntithromboticTherapy.none());
  }
}
