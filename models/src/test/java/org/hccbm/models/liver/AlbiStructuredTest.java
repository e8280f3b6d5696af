package org.hccbm.models.liver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.result.Band;
import org.hccbm.core.result.Bound;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.result.Possible;
import org.hccbm.core.result.Quantity;
import org.hccbm.core.result.Value;
import org.junit.jupiter.api.Test;

/** ALBI items, open items and caveats as data (issue 13); the wording is unchanged. */
class AlbiStructuredTest {
  @Test
  void al1_itemsCarryCodesInputsAsScoredAndNamedTermBands() {
    Complete c =
        Albi.INSTANCE
            .evaluate(AlbiInput.of(Bilirubin.mgPerDl(1.2), Albumin.gPerDl(3.5)))
            .asComplete();
    ItemScore bili = c.item(ItemCode.of("bilirubin"));
    assertThat(bili.input().patientField()).isEqualTo("labs.totalBilirubin");
    assertThat(bili.input().asGiven()).isEqualTo(Quantity.of(20.52, "umol/L"));
    assertThat(bili.band())
        .isEqualTo(
            new Band.Named(
                "albiBilirubinTerm",
                new Band.Range(Optional.of(new Bound(0, false)), Optional.empty(), "umol/L")));
    assertThat(bili.toString())
        .isEqualTo("Bilirubin: 20.52 umol/L → 0.66 × log10(bilirubin umol/L) = 0.866");
    ItemScore alb = c.item(ItemCode.of("albumin"));
    assertThat(alb.input().patientField()).isEqualTo("labs.albumin");
    assertThat(alb.input().asGiven()).isEqualTo(Quantity.of(35, "g/L"));
    assertThat(((Band.Named) alb.band()).name()).isEqualTo("albiAlbuminTerm085");
    assertThat(alb.bandText()).isEqualTo("−0.085 × albumin g/L");
    assertThat(c.caveats())
        .extracting(Caveat::code)
        .containsExactly(
            "albi.bilirubinConverted", "albi.albuminConverted", "albi.mAlbiCutUnverified");
    assertThat(c.caveats())
        .extracting(Caveat::text)
        .containsExactly(
            "bilirubin 1.2 mg/dL converted to 20.52 umol/L (× 17.1)",
            "albumin 3.5 g/dL converted to 35 g/L (× 10)",
            "the mALBI 2a/2b cut-off −2.270 was corroborated only by a secondary source (U-4)");
  }

  @Test
  void variant0852_namesItsOwnAlbuminTerm() {
    Complete c =
        Albi.COEFFICIENT_0852
            .evaluate(AlbiInput.of(Bilirubin.umolPerL(10), Albumin.gPerL(40)))
            .asComplete();
    ItemScore alb = c.item(ItemCode.of("albumin"));
    assertThat(((Band.Named) alb.band()).name()).isEqualTo("albiAlbuminTerm0852");
    assertThat(alb.bandText()).isEqualTo("−0.0852 × albumin g/L");
  }

  @Test
  void u3_otherCoefficientCaveat_namesTheCoefficientAndTheGradeAsData() {
    // ALBI with −0.085 at 15 umol/L, 37.47 g/L sits just above −2.60; with −0.0852 it is ≤ −2.60.
    double bili = 15;
    double alb = (0.66 * Math.log10(bili) + 2.60) / 0.0852 + 0.01;
    Complete c =
        Albi.INSTANCE
            .evaluate(AlbiInput.of(Bilirubin.umolPerL(bili), Albumin.gPerL(alb)))
            .asComplete();
    assertThat(c.category()).contains(AlbiGrade.GRADE_2A);
    Caveat other =
        c.caveats().stream()
            .filter(cv -> cv.code().equals("albi.otherCoefficient"))
            .findFirst()
            .orElseThrow();
    assertThat(other.args())
        .containsExactly(Quantity.of(0.0852, ""), new Value.Coded("AlbiGrade", "GRADE_1"));
    assertThat(other.text())
        .isEqualTo("with albumin coefficient −0.0852 the grade would be ALBI grade 1 (U-3)");
  }

  @Test
  void unknownInputs_openItemsCarryPlausibleRangesAndClosedBy() {
    Bounded r =
        Albi.INSTANCE.evaluate(new AlbiInput(Observed.unknown(), Observed.unknown())).asBounded();
    OpenItem bili = r.openItem(ItemCode.of("bilirubin"));
    assertThat(bili.closedBy()).containsExactly("labs.totalBilirubin");
    assertThat(bili.possible())
        .isEqualTo(
            new Possible.Described(
                "albiBilirubinPlausible",
                java.util.List.of(
                    new Band.Range(
                        Optional.of(new Bound(1.71, true)),
                        Optional.of(new Bound(855, true)),
                        "umol/L"))));
    assertThat(bili.toString())
        .startsWith(
            "Bilirubin: unknown (1.71–855 umol/L (0.1–50 mg/dL, plausible range searched))");
    OpenItem alb = r.openItem(ItemCode.of("albumin"));
    assertThat(alb.closedBy()).containsExactly("labs.albumin");
    assertThat(alb.toString())
        .startsWith("Albumin: unknown (10–60 g/L (plausible range searched))");
    assertThat(r.deciding()).containsExactly(ItemCode.of("bilirubin"), ItemCode.of("albumin"));
  }
}
