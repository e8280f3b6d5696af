package org.hccbm.models.liver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hccbm.core.Observed;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.OtherBone;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.tumour.AjccN;
import org.hccbm.core.tumour.ExtraskeletalMetastasis;
import org.hccbm.core.tumour.MetastasisSite;
import org.hccbm.core.tumour.PortalVeinInvasion;
import org.hccbm.core.tumour.PrimaryHcc;
import org.junit.jupiter.api.Test;

class PatientFactsTest {
  @Test
  void boneLesion_isExtrahepaticSpread() {
    Patient p =
        Patient.builder("p")
            .boneLesions(List.of(BoneLesion.at("rib", OtherBone.RIB).build()))
            .build();
    assertThat(PatientFacts.extrahepaticSpread(p)).isEqualTo(Observed.of(true));
  }

  @Test
  void lungMetastasis_orN1_isExtrahepaticSpread() {
    assertThat(
            PatientFacts.extrahepaticSpread(
                Patient.builder("p")
                    .extraskeletalMetastases(
                        List.of(ExtraskeletalMetastasis.at(MetastasisSite.LUNG)))
                    .build()))
        .isEqualTo(Observed.of(true));
    assertThat(
            PatientFacts.extrahepaticSpread(
                Patient.builder("p").primary(PrimaryHcc.builder().ajccN(AjccN.N1).build()).build()))
        .isEqualTo(Observed.of(true));
  }

  @Test
  void noSpread_needsEveryPartKnown() {
    Patient none =
        Patient.builder("p")
            .boneLesions(List.of())
            .extraskeletalMetastases(List.of())
            .primary(PrimaryHcc.builder().ajccN(AjccN.N0).build())
            .build();
    assertThat(PatientFacts.extrahepaticSpread(none)).isEqualTo(Observed.of(false));
    Patient nodesUnknown =
        Patient.builder("p").boneLesions(List.of()).extraskeletalMetastases(List.of()).build();
    assertThat(PatientFacts.extrahepaticSpread(nodesUnknown).isKnown()).isFalse();
  }

  @Test
  void vpGrade_impliesMacrovascularInvasion_onlyWhenTheFlagIsUnknown() {
    assertThat(
            PatientFacts.macrovascularInvasion(
                Patient.builder("p")
                    .primary(
                        PrimaryHcc.builder().portalVeinInvasion(PortalVeinInvasion.VP1).build())
                    .build()))
        .isEqualTo(Observed.of(true));
    assertThat(
            PatientFacts.macrovascularInvasion(
                    Patient.builder("p")
                        .primary(
                            PrimaryHcc.builder().portalVeinInvasion(PortalVeinInvasion.VP0).build())
                        .build())
                .isKnown())
        .isFalse();
    assertThat(
            PatientFacts.macrovascularInvasion(
                Patient.builder("p")
                    .primary(
                        PrimaryHcc.builder()
                            .portalVeinInvasion(PortalVeinInvasion.VP3)
                            .macrovascularInvasion(false)
                            .build())
                    .build()))
        .isEqualTo(Observed.of(false));
  }
}
