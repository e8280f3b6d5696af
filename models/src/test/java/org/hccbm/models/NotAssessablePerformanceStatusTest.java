package org.hccbm.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hccbm.core.Diameter;
import org.hccbm.core.Observed;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.result.OpenStatus;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.models.bone.Bollen;
import org.hccbm.models.bone.BollenInput;
import org.hccbm.models.bone.ClinicalProfile;
import org.hccbm.models.liver.Bclc;
import org.hccbm.models.liver.BclcInput;
import org.hccbm.models.liver.ChildPughClass;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 bug: a performance status recorded as not assessable, with its reason, stays not
 * assessable in the rule models that read it (BCLC liver §4.1, Bollen bone §6.2): the open item's
 * status is {@code NOT_ASSESSABLE} and carries the reason, not {@code UNKNOWN}; an unknown status
 * stays {@code UNKNOWN} (both sides).
 */
class NotAssessablePerformanceStatusTest {
  private static final String REASON = "sedated in intensive care";

  private static OpenItem onlyOpenItem(ModelResult result) {
    assertThat(result).isInstanceOf(Bounded.class);
    List<OpenItem> open = result.asBounded().openItems();
    assertThat(open).hasSize(1);
    return open.get(0);
  }

  private static ModelResult bclc(Observed<PerformanceStatus> ps) {
    // Child–Pugh A, a single 1.5 cm nodule, no invasion or spread: the ECOG alone decides 0, C or
    // D.
    return Bclc.INSTANCE.evaluate(
        new BclcInput(
            ps,
            Observed.of(true),
            List.of(ChildPughClass.A),
            Observed.of(IntrahepaticTumour.of(Diameter.cm(1.5))),
            Observed.of(false),
            Observed.of(false)));
  }

  private static ModelResult bollen(Observed<PerformanceStatus> ps) {
    return Bollen.INSTANCE.evaluate(
        new BollenInput(Observed.of(ClinicalProfile.MODERATE), ps, Observed.of(false)));
  }

  @Test
  void bclc_ecogNotAssessable_openItemIsNotAssessableWithTheReason() {
    OpenItem ecog = onlyOpenItem(bclc(Observed.notAssessable(REASON)));
    assertThat(ecog.status()).isEqualTo(OpenStatus.NOT_ASSESSABLE);
    assertThat(ecog.reason()).contains(REASON);
    assertThat(ecog.statusText()).isEqualTo("not assessable (" + REASON + ")");
  }

  @Test
  void bclc_ecogUnknown_openItemStaysUnknown() {
    OpenItem ecog = onlyOpenItem(bclc(Observed.unknown()));
    assertThat(ecog.status()).isEqualTo(OpenStatus.UNKNOWN);
    assertThat(ecog.reason()).isEmpty();
  }

  @Test
  void bollen_kpsNotAssessable_openItemIsNotAssessableWithTheReason() {
    OpenItem kps = onlyOpenItem(bollen(Observed.notAssessable(REASON)));
    assertThat(kps.status()).isEqualTo(OpenStatus.NOT_ASSESSABLE);
    assertThat(kps.reason()).contains(REASON);
  }

  @Test
  void bollen_kpsUnknown_openItemStaysUnknown() {
    OpenItem kps = onlyOpenItem(bollen(Observed.unknown()));
    assertThat(kps.status()).isEqualTo(OpenStatus.UNKNOWN);
  }
}
