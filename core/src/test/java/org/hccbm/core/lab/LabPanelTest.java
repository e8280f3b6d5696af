package org.hccbm.core.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.hccbm.core.Observed;
import org.junit.jupiter.api.Test;

/**
 * {@link LabPanel}'s accessors: a known analyte reads as its value, an absent one as unknown, and
 * the panel answers with one instance per analyte (the models read each several times per patient,
 * docs/performance.md, tenth pass).
 */
class LabPanelTest {
  private final Albumin albumin = Albumin.gPerL(34);
  private final Sodium sodium = Sodium.mmolPerL(131);
  private final LabPanel panel = LabPanel.of(Bilirubin.umolPerL(30), albumin, sodium);

  @Test
  void knownAnalyte_readsAsItsValue_unknownAnalyte_asUnknown() {
    assertThat(panel.albumin()).isEqualTo(Observed.of(albumin));
    assertThat(panel.sodium()).isEqualTo(Observed.of(sodium));
    assertThat(panel.get(Analyte.ALBUMIN)).isEqualTo(Observed.of(albumin));
    assertThat(panel.inr()).isEqualTo(Observed.unknown());
    assertThat(panel.get(Analyte.INR)).isEqualTo(Observed.unknown());
    assertThat(LabPanel.empty().albumin()).isEqualTo(Observed.unknown());
  }

  @Test
  void eachAnalyte_isAnsweredWithOneInstance_typedOrNot() {
    assertThat(panel.albumin()).isSameAs(panel.albumin());
    assertThat((Object) panel.albumin()).isSameAs(panel.get(Analyte.ALBUMIN));
    assertThat(panel.creatinine()).isSameAs(panel.creatinine());
  }

  @Test
  void withAndWithout_giveNewPanels_andLeaveThisOneAsItWas() {
    Albumin lower = Albumin.gPerL(25);
    LabPanel changed = panel.with(lower).without(Analyte.SODIUM);
    assertThat(changed.albumin()).isEqualTo(Observed.of(lower));
    assertThat(changed.sodium()).isEqualTo(Observed.unknown());
    assertThat(panel.albumin()).isEqualTo(Observed.of(albumin));
    assertThat(panel.sodium()).isEqualTo(Observed.of(sodium));
  }
}
