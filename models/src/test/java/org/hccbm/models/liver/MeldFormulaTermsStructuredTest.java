package org.hccbm.models.liver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.SplittableRandom;
import org.hccbm.core.Decimals;
import org.hccbm.core.Diameter;
import org.hccbm.core.Observed;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Analyte;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Creatinine;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.LabValue;
import org.hccbm.core.lab.Sodium;
import org.hccbm.core.patient.Age;
import org.hccbm.core.patient.Sex;
import org.hccbm.core.result.Band;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.Quantity;
import org.hccbm.core.result.Renderer;
import org.hccbm.core.result.Value;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 points 1, 2: the MELD-family formula terms (liver §3.1–3.3) are data — each term's input
 * as given and as scored after the OPTN bounds (creatinine 1.0–4 mg/dL, sodium 125–137 mmol/L,
 * dialysis setting creatinine to the cap), the term as a {@code Band.Rule} with its coefficient,
 * coded clamp caveats with typed values — and every word comes from the bundle (pseudo-locale).
 * Display text is unchanged (the strings asserted here are the ones the models wrote in Java).
 */
class MeldFormulaTermsStructuredTest {
  /** Every English string wrapped in ⟦…⟧. */
  private static final class Pseudo extends ResourceBundle {
    private final ResourceBundle english = Renderer.englishBundle();

    @Override
    protected Object handleGetObject(String key) {
      return english.containsKey(key) ? "⟦" + english.getString(key) + "⟧" : null;
    }

    @Override
    public Enumeration<String> getKeys() {
      return Collections.enumeration(english.keySet());
    }
  }

  private static final Renderer PSEUDO = Renderer.of(new Pseudo());

  private static String outsideBundle(String rendering) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (char c : rendering.toCharArray()) {
      if (c == '⟦') {
        depth++;
      } else if (c == '⟧') {
        depth--;
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString().replace("\n", "").replace(" ", "");
  }

  private static MeldInput labs(double cr, double bili, double inr, double na) {
    return MeldInput.of(
        Bilirubin.mgPerDl(bili), Inr.ratio(inr), Creatinine.mgPerDl(cr), Sodium.mmolPerL(na));
  }

  private static Complete complete(ModelResult r) {
    return r.asComplete();
  }

  private static Caveat caveat(ModelResult r, String code) {
    return r.caveats().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
  }

  private static Quantity q(double value, String unit) {
    return Quantity.of(value, unit);
  }

  private static Quantity n(double value) {
    return Quantity.of(value, "");
  }

  @Test
  void meld_me1_termsAreRulesWithTheirCoefficient_inputsFromTheLabFields() {
    Complete c = complete(Meld.INSTANCE.evaluate(labs(1.9, 4.2, 1.6, 137)));
    ItemScore cr = c.item(ItemCode.of("creatinine"));
    assertThat(cr.input()).isEqualTo(InputUsed.of("labs.creatinine", q(1.9, "mg/dL")));
    assertThat(cr.band()).isEqualTo(new Band.Rule("meld.creatinineTerm", List.of(n(9.57))));
    assertThat(cr.toString())
        .isEqualTo("Creatinine: 1.9 mg/dL → 9.57 × ln(creatinine mg/dL) = 6.1425");
    ItemScore bili = c.item(ItemCode.of("bilirubin"));
    assertThat(bili.input()).isEqualTo(InputUsed.of("labs.totalBilirubin", q(4.2, "mg/dL")));
    assertThat(bili.band()).isEqualTo(new Band.Rule("meld.bilirubinTerm", List.of(n(3.78))));
    assertThat(bili.bandText()).isEqualTo("3.78 × ln(bilirubin mg/dL)");
    ItemScore inr = c.item(ItemCode.of("inr"));
    assertThat(inr.input()).isEqualTo(InputUsed.of("labs.inr", n(1.6)));
    assertThat(inr.toString()).isEqualTo("INR: 1.6 → 11.2 × ln(INR) = 5.264");
    ItemScore constant = c.item(ItemCode.of("constant"));
    assertThat(constant.input().asGiven()).isEqualTo(new Value.Coded("MeldTerm", "NO_INPUT"));
    assertThat(constant.toString()).isEqualTo("Constant: — → 6.43 = 6.43");
    assertThat(outsideBundle(PSEUDO.render(c))).isEmpty();
  }

  @Test
  void meld_creatinineAboveTheCap_givenAndScored_andAboveCapCaveatWithItsValues() {
    Complete c = complete(Meld.INSTANCE.evaluate(labs(5.23456, 1.0, 1.0, 137)));
    ItemScore cr = c.item(ItemCode.of("creatinine"));
    assertThat(cr.input())
        .isEqualTo(
            new InputUsed(
                "labs.creatinine", q(5.2346, "mg/dL"), q(4.0, "mg/dL"), Optional.empty()));
    assertThat(cr.observed()).isEqualTo("5.2346 mg/dL, bounded to 4");
    Caveat clamp = caveat(c, "meld.aboveCap");
    assertThat(clamp.kind()).isEqualTo(CaveatKind.CLAMP);
    assertThat(clamp.args())
        .containsExactly(new Value.Coded("MeldLab", "CREATININE"), q(5.2346, "mg/dL"), n(4));
    assertThat(clamp.text()).isEqualTo("creatinine 5.2346 mg/dL is above 4: set to 4");
    assertThat(PSEUDO.caveat(clamp))
        .isEqualTo("⟦⟦creatinine⟧ ⟦5.2346 mg/dL⟧ is above 4: set to 4⟧");
  }

  @Test
  void meld_labsBelowTheFloor_belowFloorCaveats_atTheFloorNone() {
    Complete c = complete(Meld.INSTANCE.evaluate(labs(0.9, 0.5, 0.95, 137)));
    assertThat(c.caveats())
        .extracting(Caveat::code)
        .containsExactly("meld.belowFloor", "meld.belowFloor", "meld.belowFloor");
    assertThat(c.caveats())
        .extracting(Caveat::text)
        .containsExactly(
            "creatinine 0.9 mg/dL is below 1: set to 1",
            "bilirubin 0.5 mg/dL is below 1: set to 1",
            "INR 0.95 is below 1: set to 1");
    assertThat(c.item(ItemCode.of("inr")).observed()).isEqualTo("0.95, bounded to 1");
    Complete atBounds = complete(Meld.INSTANCE.evaluate(labs(1.0, 1.0, 1.0, 137)));
    assertThat(atBounds.caveats()).isEmpty();
    assertThat(atBounds.item(ItemCode.of("creatinine")).input().asScored())
        .isEqualTo(q(1.0, "mg/dL"));
    Complete atCap = complete(Meld.INSTANCE.evaluate(labs(4.0, 1.0, 1.0, 137)));
    assertThat(atCap.caveats()).isEmpty();
    assertThat(atCap.item(ItemCode.of("creatinine")).observed()).isEqualTo("4 mg/dL");
  }

  @Test
  void meld_aValueShownAsItsBound_keepsItsDigits_soTheBoundStillShows() {
    Complete c = complete(Meld.INSTANCE.evaluate(labs(0.999996, 1.0, 1.0, 137)));
    ItemScore cr = c.item(ItemCode.of("creatinine"));
    assertThat(cr.input().asGiven()).isEqualTo(q(0.999996, "mg/dL"));
    assertThat(cr.input().asScored()).isEqualTo(q(1.0, "mg/dL"));
    assertThat(cr.observed()).isEqualTo("0.999996 mg/dL, bounded to 1");
  }

  @Test
  void dialysis_setsCreatinineToTheCap_asARuleFromOnDialysis_andCodedCaveats() {
    MeldInput in = labs(1.2, 1.0, 1.0, 137).withDialysis(true);
    Complete meld = complete(Meld.INSTANCE.evaluate(in));
    ItemScore cr = meld.item(ItemCode.of("creatinine"));
    assertThat(cr.input().patientField()).isEqualTo("onDialysis");
    assertThat(cr.input().asGiven()).isEqualTo(Value.of(true));
    assertThat(cr.input().asScored())
        .isEqualTo(
            Value.of(new Band.Rule("meld.creatinineOnDialysisCap4", List.of(q(4.0, "mg/dL")))));
    assertThat(cr.observed()).isEqualTo("on dialysis: set to 4.0 mg/dL");
    assertThat(caveat(meld, "meld.dialysisCap4").text())
        .isEqualTo("dialysis in the prior week: creatinine set to 4.0");
    Complete meld3 =
        complete(
            Meld3.INSTANCE.evaluate(
                in.withMeld3Items(Albumin.gPerDl(3.5), Sex.MALE, Age.years(50))));
    assertThat(caveat(meld3, "meld.dialysisCap3").text())
        .isEqualTo("dialysis in the prior week: creatinine set to 3.0");
    assertThat(meld3.item(ItemCode.of("creatinine")).input())
        .isEqualTo(InputUsed.of("onDialysis", q(3.0, "mg/dL")));
    assertThat(outsideBundle(PSEUDO.render(meld))).isEmpty();
    assertThat(outsideBundle(PSEUDO.render(meld3))).isEmpty();
  }

  @Test
  void meldNa_me3_sodiumBoundedTo125_roundingAndSodiumTermsCarryTheirValues() {
    Complete c = complete(MeldNa.INSTANCE.evaluate(labs(1.9, 4.2, 1.6, 120)));
    ItemScore rounding = c.item(ItemCode.of("optnRoundingOfMeldI"));
    assertThat(rounding.input().asGiven())
        .isEqualTo(Value.of(new Band.Rule("meldNa.meldIRounded", List.of(n(23.2612), n(23)))));
    assertThat(rounding.band()).isEqualTo(new Band.Rule("meldNa.optnRounding", List.of()));
    ItemScore sodium = c.item(ItemCode.of("sodium"));
    assertThat(sodium.input())
        .isEqualTo(
            new InputUsed("labs.sodium", q(120, "mmol/L"), q(125, "mmol/L"), Optional.empty()));
    assertThat(sodium.band()).isEqualTo(new Band.Rule("meldNa.sodiumTerm", List.of(n(12), n(23))));
    assertThat(sodium.toString())
        .isEqualTo("Sodium: 120 mmol/L, bounded to 125 → 1.32 × 12 − 0.033 × 23 × 12 = 6.732");
    assertThat(caveat(c, "meld.belowFloor").args())
        .containsExactly(new Value.Coded("MeldLab", "SODIUM"), q(120, "mmol/L"), n(125));
    assertThat(outsideBundle(PSEUDO.render(c))).isEmpty();
  }

  @Test
  void meldNa_sodiumInMeqPerL_isGivenInItsUnit_andMeldI11HasNoSodiumTerm() {
    MeldInput in =
        new MeldInput(
            Observed.of(Bilirubin.mgPerDl(1.0)),
            Observed.of(Inr.ratio(1.0)),
            Observed.of(Creatinine.mgPerDl(1.0)),
            Observed.of((Sodium) LabValue.of(Analyte.SODIUM, 131, "meq/L")),
            Observed.unknown(),
            Observed.unknown(),
            Observed.unknown(),
            Observed.of(false));
    Complete c = complete(MeldNa.INSTANCE.evaluate(in));
    ItemScore sodium = c.item(ItemCode.of("sodium"));
    assertThat(sodium.input()).isEqualTo(InputUsed.of("labs.sodium", q(131, "meq/L")));
    assertThat(sodium.band()).isEqualTo(new Band.Rule("meldNa.noSodiumTerm", List.of()));
    assertThat(sodium.toString()).isEqualTo("Sodium: 131 meq/L → MELD(i) ≤ 11: no sodium term = 0");
  }

  @Test
  void meldNa_bounded_knownSodiumItem_saysWhenTheTermApplies() {
    MeldInput in =
        new MeldInput(
            Observed.of(Bilirubin.mgPerDl(3.0)),
            Observed.of(Inr.ratio(1.5)),
            Observed.unknown(),
            Observed.of(Sodium.mmolPerL(140)),
            Observed.unknown(),
            Observed.unknown(),
            Observed.unknown(),
            Observed.of(false));
    ModelResult r = MeldNa.INSTANCE.evaluate(in);
    ItemScore sodium =
        r.fold(c -> c.items(), b -> b.knownItems(), x -> List.<ItemScore>of()).stream()
            .filter(i -> i.code().value().equals("sodium"))
            .findFirst()
            .orElseThrow();
    assertThat(sodium.band()).isEqualTo(new Band.Rule("meldNa.sodiumTermApplies", List.of()));
    assertThat(sodium.toString())
        .isEqualTo(
            "Sodium: 140 mmol/L, bounded to 137 → sodium term applies when MELD(i) > 11 = 0");
    assertThat(outsideBundle(PSEUDO.render(r))).isEmpty();
  }

  @Test
  void meld3_me8_termsAndCrossTermsAsData() {
    MeldInput in =
        labs(1.2, 2.5, 1.7, 130).withMeld3Items(Albumin.gPerDl(2.9), Sex.FEMALE, Age.years(60));
    Complete c = complete(Meld3.INSTANCE.evaluate(in));
    assertThat(c.item(ItemCode.of("sex")).input())
        .isEqualTo(InputUsed.of("sex", Value.of(Sex.FEMALE)));
    assertThat(c.item(ItemCode.of("sex")).toString())
        .isEqualTo("Sex: female → 1.33 × female = 1.33");
    assertThat(c.item(ItemCode.of("sodium")).band())
        .isEqualTo(new Band.Rule("meld3.sodiumTerm", List.of(n(0.82), n(7))));
    assertThat(c.item(ItemCode.of("sodium")).bandText()).isEqualTo("0.82 × (137 − Na) = 0.82 × 7");
    ItemScore cross = c.item(ItemCode.of("sodiumBilirubin"));
    assertThat(cross.input().asGiven())
        .isEqualTo(Value.of(new Band.Rule("meld3.sodiumBilirubinInput", List.of(n(7), n(2.5)))));
    assertThat(cross.toString())
        .startsWith("Sodium × bilirubin: 7 × ln(2.5) → −0.24 × (137 − Na) × ln(bilirubin) = ");
    assertThat(c.item(ItemCode.of("albumin")).bandText())
        .isEqualTo("1.85 × (3.5 − albumin) = 1.85 × 0.6");
    assertThat(c.item(ItemCode.of("albuminCreatinine")).observed()).isEqualTo("0.6 × ln(1.2)");
    ItemScore constant = c.item(ItemCode.of("constant"));
    assertThat(constant.input())
        .isEqualTo(InputUsed.of("age", new Value.Coded("MeldTerm", "AGE_18_OR_MORE")));
    assertThat(constant.toString()).isEqualTo("Constant: age 18 or more → 6 = 6");
    assertThat(outsideBundle(PSEUDO.render(c))).isEmpty();
  }

  @Test
  void meld3_adolescent_noSexTermRule_andConstant7point33() {
    MeldInput in =
        labs(1.5, 3.0, 1.8, 130).withMeld3Items(Albumin.gPerDl(2.8), Sex.MALE, Age.years(17));
    Complete c = complete(Meld3.INSTANCE.evaluate(in));
    assertThat(c.item(ItemCode.of("sex")).toString())
        .isEqualTo("Sex: male → age 12–17: no sex term = 0");
    assertThat(c.item(ItemCode.of("constant")).toString())
        .isEqualTo("Constant: age 12–17 → 7.33 = 7.33");
  }

  @Test
  void meld3_aboveTheRange_outsideRangeCaveat_andAgeUnknownAssumption() {
    MeldInput high =
        labs(3.0, 40, 8.0, 125).withMeld3Items(Albumin.gPerDl(1.5), Sex.FEMALE, Age.years(50));
    ModelResult r = Meld3.INSTANCE.evaluate(high);
    Caveat outside = caveat(r, "meld3.outsideRange");
    assertThat(outside.args().get(1)).isEqualTo(n(40));
    assertThat(outside.text()).matches("MELD 3\\.0 [0-9.]+ is outside \\[6, 40\\]: reported as 40");
    MeldInput noAge =
        new MeldInput(
            Observed.of(Bilirubin.mgPerDl(2.0)),
            Observed.of(Inr.ratio(1.5)),
            Observed.unknown(),
            Observed.of(Sodium.mmolPerL(130)),
            Observed.of(Albumin.gPerDl(3.0)),
            Observed.of(Sex.MALE),
            Observed.unknown(),
            Observed.of(false));
    ModelResult b = Meld3.INSTANCE.evaluate(noAge);
    assertThat(caveat(b, "meld3.ageUnknown").text())
        .isEqualTo(
            "age unknown: adult and 12–17-year forms both considered; under 12 years MELD 3.0"
                + " would not apply");
    assertThat(outsideBundle(PSEUDO.render(b))).isEmpty();
  }

  @Test
  void meldInteger_fastPath_agreesWithTheDecimalReference_includingExactHalves() {
    SplittableRandom random = new SplittableRandom(13);
    for (int i = 0; i < 200_000; i++) {
      double raw = 0.643 + random.nextDouble() * 4;
      assertThat(MeldTerms.meldInteger(raw)).isEqualTo(MeldTerms.meldIntegerDecimal(raw));
    }
    for (int tenths = 6; tenths <= 45; tenths++) {
      double half = (tenths + 0.5) / 10; // x.x5: half-up goes to the next tenth
      for (double x : new double[] {half, Math.nextDown(half), Math.nextUp(half)}) {
        assertThat(MeldTerms.meldInteger(x)).as("%s", x).isEqualTo(MeldTerms.meldIntegerDecimal(x));
      }
    }
    assertThat(MeldTerms.meldInteger(2.35)).isEqualTo(24);
    assertThat(MeldTerms.meldInteger(2.3499999)).isEqualTo(23);
  }

  @Test
  void shown_fastPath_agreesWithTheDecimalText_atEveryScale_andNearHalves() {
    SplittableRandom random = new SplittableRandom(17);
    for (int i = 0; i < 300_000; i++) {
      double scale = Math.pow(10, random.nextInt(-6, 7));
      double v = (random.nextDouble() - 0.2) * scale;
      assertThat(MeldTerms.shown(v)).as("%s", v).isEqualTo(MeldTerms.shownDecimal(v));
    }
    for (int k = -2000; k <= 2000; k++) {
      double half = (k + 0.5) / 1e4; // x.xxxx5: half-up to the next ten-thousandth
      for (double v : new double[] {half, Math.nextDown(half), Math.nextUp(half), half + 1.23}) {
        assertThat(MeldTerms.shown(v)).as("%s", v).isEqualTo(MeldTerms.shownDecimal(v));
      }
    }
  }

  @Test
  void shown_isTheValueTheResultShows() {
    assertThat(MeldTerms.shown(5.23456)).isEqualTo(5.2346);
    assertThat(MeldTerms.shown(4.0)).isEqualTo(4.0);
    assertThat(Decimals.plain(MeldTerms.shown(1.33614))).isEqualTo(Decimals.shown(1.33614));
  }

  /** The wording TumourBurden.describe gave the burden caveat before it was coded. */
  private static String oldBurdenWording(IntrahepaticTumour t) {
    return "tumour burden read from "
        + t.count()
        + (t.count() == 1 ? " nodule" : " nodules")
        + ": "
        + t.nodules()
        + (t.count() > 1 ? ", total " + Decimals.shown(TumourBurden.totalCm(t)) + " cm" : "")
        + " on the imaging supplied";
  }

  @Test
  void transplantBurdenCaveat_isCodedWithTheDiameters_wordingUnchanged() {
    List<IntrahepaticTumour> tumours =
        List.of(
            IntrahepaticTumour.of(Diameter.cm(4)),
            IntrahepaticTumour.of(Diameter.mm(23.5)),
            IntrahepaticTumour.of(Diameter.cm(4.5), Diameter.cm(2)),
            IntrahepaticTumour.of(Diameter.cm(4.5), Diameter.mm(20), Diameter.cm(1.5)),
            IntrahepaticTumour.of(
                Diameter.cm(1.11), Diameter.cm(1.22), Diameter.cm(1.33), Diameter.mm(5)));
    for (IntrahepaticTumour t : tumours) {
      Caveat c = TransplantCriteria.burdenRead(t);
      assertThat(c.kind()).isEqualTo(CaveatKind.ASSUMPTION);
      assertThat(c.text()).isEqualTo(oldBurdenWording(t));
      assertThat(outsideBundle(PSEUDO.caveat(c))).isEmpty();
    }
    Caveat three =
        TransplantCriteria.burdenRead(
            IntrahepaticTumour.of(Diameter.cm(4.5), Diameter.mm(20), Diameter.cm(1.5)));
    assertThat(three.code()).isEqualTo("transplant.burdenReadNodules");
    assertThat(three.args().get(0)).isEqualTo(n(3));
    assertThat(three.args().get(2)).isEqualTo(q(8, "cm"));
    assertThat(TransplantCriteria.burdenRead(IntrahepaticTumour.of(Diameter.cm(4))).args())
        .containsExactly(q(4, "cm"));
  }
}
