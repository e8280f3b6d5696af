package org.hccbm.models.liver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Creatinine;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.result.Band;
import org.hccbm.core.result.Bound;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.result.OpenStatus;
import org.hccbm.core.result.Possible;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 point 1: MELD-family open items (liver §2) are data: the item code, the status, what the
 * input could be as bounds (creatinine 1.0–4 mg/dL for MELD, 1.0–3 for MELD 3.0), and the patient
 * field that would close it ({@code onDialysis}, not "Creatinine"). Display text unchanged.
 */
class MeldOpenItemsStructuredTest {
  private static Band.Range closed(double lower, double upper, String unit) {
    return new Band.Range(
        Optional.of(new Bound(lower, true)), Optional.of(new Bound(upper, true)), unit);
  }

  private static MeldInput input(Observed<Creatinine> creatinine, Observed<Boolean> dialysis) {
    return new MeldInput(
        Observed.of(Bilirubin.mgPerDl(2.0)),
        Observed.of(Inr.ratio(1.5)),
        creatinine,
        Observed.unknown(),
        Observed.unknown(),
        Observed.unknown(),
        Observed.unknown(),
        dialysis);
  }

  @Test
  void meld_dialysisUnknown_isClosedByOnDialysis_withTheMeasuredCreatinine() {
    Bounded b =
        Meld.INSTANCE
            .evaluate(input(Observed.of(Creatinine.mgPerDl(1.2)), Observed.unknown()))
            .asBounded();
    OpenItem dialysis = b.openItem(ItemCode.of("dialysis"));
    assertThat(dialysis.status()).isEqualTo(OpenStatus.UNKNOWN);
    assertThat(dialysis.closedBy()).containsExactly("onDialysis");
    assertThat(dialysis.possible())
        .isEqualTo(
            new Possible.Described(
                "meld.dialysisMeasuredCap4", List.of(closed(1.2, 1.2, "mg/dL"))));
    assertThat(dialysis.toString())
        .isEqualTo(
            "Dialysis: unknown (no (creatinine 1.2 mg/dL after bounds) or yes (creatinine set to"
                + " 4 mg/dL)) = 0..0");
    assertThat(b.decidingFields()).containsExactly("onDialysis");
  }

  @Test
  void meld_creatinineAndDialysisUnknown_creatinineRangesToTheCap4() {
    Bounded b = Meld.INSTANCE.evaluate(input(Observed.unknown(), Observed.unknown())).asBounded();
    OpenItem creatinine = b.openItem(ItemCode.of("creatinine"));
    assertThat(creatinine.closedBy()).containsExactly("labs.creatinine");
    assertThat(creatinine.possible())
        .isEqualTo(
            new Possible.Described("meld.creatinineCap4", List.of(closed(1.0, 4.0, "mg/dL"))));
    assertThat(creatinine.toString())
        .startsWith("Creatinine: unknown (1.0–4 mg/dL after bounds (any value)) = 0..");
    assertThat(b.openItem(ItemCode.of("dialysis")).toString())
        .contains("no (creatinine as measured) or yes (creatinine set to 4 mg/dL)");
  }

  @Test
  void meld3_creatinineCapIs3_andSexAgeOpenItemsNameTheirFields() {
    Bounded b = Meld3.INSTANCE.evaluate(input(Observed.unknown(), Observed.of(false))).asBounded();
    assertThat(b.openItem(ItemCode.of("creatinine")).possible())
        .isEqualTo(
            new Possible.Described("meld.creatinineCap3", List.of(closed(1.0, 3.0, "mg/dL"))));
    assertThat(b.openItem(ItemCode.of("sex")).closedBy()).containsExactly("sex");
    assertThat(b.openItem(ItemCode.of("sex")).toString())
        .isEqualTo("Sex: unknown (female (+1.33 for adults) or male) = 0..1.33");
    assertThat(b.openItem(ItemCode.of("age")).closedBy()).containsExactly("age");
    assertThat(b.openItem(ItemCode.of("albumin")).closedBy()).containsExactly("labs.albumin");
    assertThat(b.openItem(ItemCode.of("sodium")).closedBy()).containsExactly("labs.sodium");
  }
}
