package org.hccbm.models;

import static org.assertj.core.api.Assertions.assertThat;

import org.hccbm.models.bone.Bollen;
import org.hccbm.models.bone.HccSmGpa;
import org.hccbm.models.bone.Katagiri;
import org.hccbm.models.bone.Mirels;
import org.hccbm.models.bone.Sins;
import org.hccbm.models.bone.Tokuhashi;
import org.hccbm.models.bone.Tomita;
import org.hccbm.models.bone.Uka;
import org.hccbm.models.bone.VanDerLinden;
import org.hccbm.models.liver.Albi;
import org.hccbm.models.liver.Bclc;
import org.hccbm.models.liver.ChildPugh;
import org.hccbm.models.liver.Meld;
import org.hccbm.models.liver.Meld3;
import org.hccbm.models.liver.MeldNa;
import org.hccbm.models.liver.Milan;
import org.hccbm.models.liver.Ucsf;
import org.junit.jupiter.api.Test;

/** The catalogue of models (DESIGN.md): every patient-level and per-lesion model, in order. */
class ModelsCatalogueTest {
  @Test
  void all_isEveryPatientLevelModel_inCatalogueOrder() {
    assertThat(Models.all())
        .containsExactly(
            ChildPugh.INSTANCE,
            Albi.INSTANCE,
            Meld.INSTANCE,
            MeldNa.INSTANCE,
            Meld3.INSTANCE,
            Bclc.INSTANCE,
            Milan.INSTANCE,
            Ucsf.INSTANCE,
            HccSmGpa.INSTANCE,
            Tokuhashi.INSTANCE,
            Tomita.INSTANCE,
            Katagiri.INSTANCE,
            VanDerLinden.INSTANCE,
            Bollen.INSTANCE,
            Uka.INSTANCE);
  }

  @Test
  void lesionModels_areSinsAndMirels() {
    assertThat(Models.lesionModels()).containsExactly(Sins.INSTANCE, Mirels.INSTANCE);
  }
}
