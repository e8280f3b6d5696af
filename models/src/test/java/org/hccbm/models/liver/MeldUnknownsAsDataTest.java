package org.hccbm.models.liver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Creatinine;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.Sodium;
import org.hccbm.core.patient.Age;
import org.hccbm.core.patient.Sex;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.OpenStatus;
import org.hccbm.core.result.Quantity;
import org.hccbm.core.result.Renderer;
import org.hccbm.core.result.Value;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: an unknown MELD input that made no difference is data on the item that shows it (a
 * {@link Value.Open} with the open item's code and status), not English text; its wording is the
 * renderer's, unchanged from before.
 */
class MeldUnknownsAsDataTest {
  private static final Value.Open DIALYSIS_UNKNOWN =
      new Value.Open(
          ItemCode.of("dialysis"), OpenStatus.UNKNOWN, Optional.empty(), Optional.empty());

  private static MeldInput input(
      Double cr, Double na, Double alb, Sex sex, Integer age, Boolean dialysis) {
    return new MeldInput(
        Observed.of(Bilirubin.mgPerDl(2.0)),
        Observed.of(Inr.ratio(1.69)),
        obs(cr == null ? null : Creatinine.mgPerDl(cr)),
        obs(na == null ? null : Sodium.mmolPerL(na)),
        obs(alb == null ? null : Albumin.gPerDl(alb)),
        obs(sex),
        obs(age == null ? null : Age.years(age)),
        obs(dialysis));
  }

  private static <T> Observed<T> obs(T value) {
    return value == null ? Observed.unknown() : Observed.of(value);
  }

  @Test
  void dialysisUnknown_atTheCap_isShownBesideTheCreatinineItsValueKeptTyped() {
    // creatinine 6.5 mg/dL is above MELD's cap of 4.0, so dialysis cannot change the score
    Complete meld = Meld.INSTANCE.evaluate(input(6.5, 130.0, 3.0, Sex.MALE, 50, null)).asComplete();
    ItemScore cr = meld.item("creatinine");
    InputUsed in = cr.input();
    assertThat(in.asGiven()).isEqualTo(new Quantity(6.5, "mg/dL"));
    assertThat(in.noDifference()).containsExactly(DIALYSIS_UNKNOWN);
    assertThat(cr.observed())
        .isEqualTo("6.5 mg/dL, bounded to 4; dialysis unknown (no difference)");
    // the known inputs carry no unknowns
    assertThat(meld.item("bilirubin").input().noDifference()).isEmpty();
    assertThat(meld.item("inr").input().noDifference()).isEmpty();
  }

  @Test
  void dialysisKnown_showsNoUnknowns() {
    Complete meld =
        Meld.INSTANCE.evaluate(input(6.5, 130.0, 3.0, Sex.MALE, 50, false)).asComplete();
    assertThat(meld.items()).allSatisfy(i -> assertThat(i.input().noDifference()).isEmpty());
    assertThat(meld.item("creatinine").observed()).isEqualTo("6.5 mg/dL, bounded to 4");
  }

  @Test
  void meldNa_sodiumUnknownThatCannotMatter_isItsOwnItemsOpenValue() {
    // MELD(i) 11 is at or below the threshold at which the sodium term applies
    MeldInput in =
        new MeldInput(
            Observed.of(Bilirubin.mgPerDl(1)),
            Observed.of(Inr.ratio(1)),
            Observed.of(Creatinine.mgPerDl(1.6)),
            Observed.unknown(),
            Observed.unknown(),
            Observed.unknown(),
            Observed.unknown(),
            Observed.of(false));
    Complete c = MeldNa.INSTANCE.evaluate(in).asComplete();
    ItemScore sodium = c.item("sodium");
    Value.Open unknown =
        new Value.Open(
            ItemCode.of("sodium"), OpenStatus.UNKNOWN, Optional.empty(), Optional.empty());
    assertThat(sodium.input().asGiven()).isEqualTo(unknown);
    assertThat(sodium.input().asScored()).isEqualTo(unknown);
    assertThat(sodium.input().noDifference()).containsExactly(unknown);
    assertThat(sodium.observed()).isEqualTo("unknown (any value gives the same score)");
    assertThat(c.item("creatinine").input().asGiven()).isEqualTo(new Quantity(1.6, "mg/dL"));
  }

  @Test
  void meld3_sexUnknownAtTheUpperCap_isShownAsUnknownNotAsTheValueFilledIn() {
    MeldInput in =
        new MeldInput(
            Observed.of(Bilirubin.mgPerDl(30)),
            Observed.of(Inr.ratio(5)),
            Observed.of(Creatinine.mgPerDl(3.0)),
            Observed.of(Sodium.mmolPerL(125)),
            Observed.of(Albumin.gPerDl(1.5)),
            Observed.unknown(),
            Observed.of(Age.years(50)),
            Observed.of(false));
    Complete c = Meld3.INSTANCE.evaluate(in).asComplete();
    assertThat(c.totalValue()).isEqualTo(40.0);
    ItemScore sex = c.item("sex");
    assertThat(sex.input().asGiven()).isInstanceOf(Value.Open.class);
    assertThat(((Value.Open) sex.input().asGiven()).item()).isEqualTo(ItemCode.of("sex"));
    assertThat(sex.observed()).isEqualTo("unknown (any value gives the same score)");
  }

  @Test
  void notAssessableDialysis_keepsItsReasonAsData() {
    MeldInput in =
        new MeldInput(
            Observed.of(Bilirubin.mgPerDl(2.0)),
            Observed.of(Inr.ratio(1.69)),
            Observed.of(Creatinine.mgPerDl(6.5)),
            Observed.of(Sodium.mmolPerL(130)),
            Observed.of(Albumin.gPerDl(3.0)),
            Observed.of(Sex.MALE),
            Observed.of(Age.years(50)),
            Observed.notAssessable("records from another centre"));
    InputUsed cr = Meld.INSTANCE.evaluate(in).asComplete().item("creatinine").input();
    assertThat(cr.noDifference())
        .containsExactly(
            new Value.Open(
                ItemCode.of("dialysis"),
                OpenStatus.NOT_ASSESSABLE,
                Optional.of("records from another centre"),
                Optional.empty()));
    assertThat(Renderer.english().input(cr))
        .isEqualTo(
            "6.5 mg/dL, bounded to 4; dialysis not assessable (records from another centre)"
                + " (no difference)");
  }

  @Test
  void inputUsed_withoutUnknowns_rendersAsBefore_andCopiesItsList() {
    InputUsed plain = InputUsed.of("labs.creatinine", new Quantity(1.2, "mg/dL"));
    assertThat(plain.noDifference()).isEmpty();
    assertThat(Renderer.english().input(plain)).isEqualTo("1.2 mg/dL");
    List<Value.Open> unknowns = new java.util.ArrayList<>(List.of(DIALYSIS_UNKNOWN));
    InputUsed with = plain.withNoDifference(unknowns);
    unknowns.clear();
    assertThat(with.noDifference()).containsExactly(DIALYSIS_UNKNOWN);
    assertThat(with.asGiven()).isEqualTo(plain.asGiven());
  }
}
