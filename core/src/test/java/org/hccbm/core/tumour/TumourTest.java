package org.hccbm.core.tumour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hccbm.core.Observed;
import org.hccbm.core.liver.Encephalopathy;
import org.junit.jupiter.api.Test;

class TumourTest {
  @Test
  void vpGrade_isValidated() {
    assertThat(PortalVeinInvasion.of(3)).isEqualTo(PortalVeinInvasion.VP3);
    assertThat(PortalVeinInvasion.VP2).hasToString("Vp2");
    assertThatThrownBy(() -> PortalVeinInvasion.of(5))
        .hasMessage("portal vein invasion (Vp) grade must be 0..4, was 5");
  }

  @Test
  void encephalopathyGrade_isValidated() {
    assertThat(Encephalopathy.of(3)).isEqualTo(Encephalopathy.GRADE_3);
    assertThatThrownBy(() -> Encephalopathy.of(5))
        .hasMessage("hepatic encephalopathy grade must be 0..4, was 5");
  }

  @Test
  void visceralSites() {
    assertThat(MetastasisSite.LUNG.isVisceral()).isTrue();
    assertThat(MetastasisSite.REGIONAL_LYMPH_NODE.isVisceral()).isFalse();
  }

  @Test
  void observed_notAssessableNeedsAReason_andMapKeepsState() {
    assertThatThrownBy(() -> Observed.notAssessable(" "))
        .hasMessage("not-assessable reason must be non-blank, was \" \"");
    assertThat(Observed.<Integer>notAssessable("r").map(i -> i + 1))
        .isEqualTo(Observed.notAssessable("r"));
    assertThat(Observed.of(1).map(i -> i + 1)).isEqualTo(Observed.of(2));
    assertThat(Observed.<Integer>unknown().map(i -> i + 1).isKnown()).isFalse();
  }
}
