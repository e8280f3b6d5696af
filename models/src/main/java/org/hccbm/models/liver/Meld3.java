package org.hccbm.models.liver;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.hccbm.core.Observed;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Creatinine;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.Sodium;
import org.hccbm.core.patient.Age;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.patient.Sex;
import org.hccbm.core.result.Band;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.result.Quantity;
import org.hccbm.core.result.Total;
import org.hccbm.core.result.Value;
import org.hccbm.models.Score;
import org.hccbm.models.internal.FormulaBounds;
import org.hccbm.models.internal.HalfUp;
import org.hccbm.models.internal.Sources;
import org.hccbm.models.liver.MeldTerms.MeldLab;

/**
 * Computes MELD 3.0 (Kim 2021; OPTN 13 July 2023; liver §3.3).
 *
 * <pre>
 * 1.33 × female + 4.56 × ln(bili) + 0.82 × (137 − Na) − 0.24 × (137 − Na) × ln(bili)
 *   + 9.09 × ln(INR) + 11.14 × ln(Cr) + 1.85 × (3.5 − Alb) − 1.83 × (3.5 − Alb) × ln(Cr) + 6
 * Bili, INR, Cr &lt; 1.0 → 1.0; Cr &gt; 3.0 or dialysis → 3.0; Na to [125, 137]; Alb to [1.5, 3.5] g/dL.
 * Rounded HALF_UP to an integer, within [6, 40]. Age 12–17: no sex term, constant 7.33.
 * Under 12 years: not applicable.
 * </pre>
 *
 * <p>With unknown inputs the score is bounded. In the variables ln(bili), 137 − Na, ln(INR), ln(Cr)
 * and 3.5 − Alb the formula is multilinear, so its extremes over the box of possible values lie at
 * the box's corners; every integer between them is reachable. The 90-day survival function is not
 * implemented (U-6).
 *
 * @since 0.1.0
 */
public final class Meld3 implements Score<MeldInput> {
  /** MELD 3.0. */
  public static final Meld3 INSTANCE = new Meld3();

  private static final double CREATININE_CAP = 3.0;
  private static final ModelInfo INFO =
      new ModelInfo(
          "meld-3.0",
          "MELD 3.0",
          "OPTN 2023 bounds; " + "age 12–17 without sex term, constant 7.33",
          2,
          ModelStatus.VERIFIED,
          "reproduces worked examples ME-7…ME-10 (docs/sources.md, liver §3.4, errata); equation [S]",
          Sources.KIM_2021);

  private Meld3() {}

  @Override
  public ModelInfo info() {
    return INFO;
  }

  @Override
  public MeldInput inputFrom(Patient patient) {
    return MeldInput.from(patient);
  }

  /** The unrounded score from bounded inputs; {@code adolescent} means age 12–17. */
  static double raw(
      boolean female,
      boolean adolescent,
      double bili,
      double na,
      double inr,
      double cr,
      double alb) {
    double sexTerm = adolescent ? 0 : (female ? 1.33 : 0);
    double constant = adolescent ? 7.33 : 6;
    double lnB = Math.log(bili);
    double lnC = Math.log(cr);
    return sexTerm
        + 4.56 * lnB
        + 0.82 * (137 - na)
        - 0.24 * (137 - na) * lnB
        + 9.09 * Math.log(inr)
        + 11.14 * lnC
        + 1.85 * (3.5 - alb)
        - 1.83 * (3.5 - alb) * lnC
        + constant;
  }

  /**
   * Returns the reported score, summing the terms in decimal so that an exact half rounds up (an
   * exact .5 summed in binary can land just below it). Near a half the rounding is decided by
   * {@link Meld3NearHalf} (the decimal sum, near every step the engine bisects for, would compile
   * and run BigDecimal in every batch); only an exact half takes the decimal sum.
   */
  static int reportedExact(
      boolean female,
      boolean adolescent,
      double bili,
      double na,
      double inr,
      double cr,
      double alb) {
    double approx = raw(female, adolescent, bili, na, inr, cr, alb);
    if (HalfUp.decides(approx)) {
      return Math.max(6, Math.min(40, HalfUp.of(approx)));
    }
    return nearHalf(female, adolescent, bili, na, inr, cr, alb, approx);
  }

  /**
   * {@link #reportedExact} near a half: a method of its own, so that its rare branches are not
   * compiled into (and do not deoptimise) every caller of the score.
   */
  private static int nearHalf(
      boolean female,
      boolean adolescent,
      double bili,
      double na,
      double inr,
      double cr,
      double alb,
      double approx) {
    if (bili == 1.0 && inr == 1.0 && cr == 1.0) {
      int exact = atNormalLogs(female, adolescent, na, alb);
      if (exact != NOT_IN_TEN_THOUSANDTHS) {
        return exact;
      }
    }
    if (approx < 1e6) { // NaN and huge sums go to the decimal sum
      int near =
          Meld3NearHalf.reported(
              female || adolescent, (int) Math.floor(approx), bili, na, inr, cr, alb);
      if (near != Meld3NearHalf.UNDECIDED) {
        return near;
      }
    }
    return reportedDecimal(female, adolescent, bili, na, inr, cr, alb);
  }

  /** What {@link #atNormalLogs} returns when sodium or albumin is not of the form it takes. */
  static final int NOT_IN_TEN_THOUSANDTHS = -1;

  /**
   * Returns the reported score when every logarithm is exactly 0 (bilirubin, INR and creatinine at
   * 1.0): the decimal sum is then the constant + 0.82 × (137 − Na) + 1.85 × (3.5 − Alb), and when
   * sodium and albumin are multiples of 0.0001 within the equation's bounds (the double nearest
   * such a decimal reads back as it: MeldExactHalfTest checks every one in range) that sum in
   * millionths is a whole number, taken exactly in a long and rounded half up.
   *
   * @return the score, or {@link #NOT_IN_TEN_THOUSANDTHS} when sodium or albumin is not a multiple
   *     of 0.0001 within 125–137 mmol/L and 1.5–3.5 g/dL
   */
  static int atNormalLogs(boolean female, boolean adolescent, double na, double alb) {
    long naTenThousandths = Math.round(na * 1e4);
    long albTenThousandths = Math.round(alb * 1e4);
    if (naTenThousandths / 1e4 != na
        || albTenThousandths / 1e4 != alb
        || naTenThousandths < 1_250_000L
        || naTenThousandths > 1_370_000L
        || albTenThousandths < 15_000L
        || albTenThousandths > 35_000L) {
      return NOT_IN_TEN_THOUSANDTHS;
    }
    long millionths =
        (adolescent || female ? 7_330_000L : 6_000_000L)
            + 82 * (1_370_000L - naTenThousandths)
            + 185 * (35_000L - albTenThousandths);
    // half up: the sum is positive (at least the constant)
    int rounded = (int) ((millionths + 500_000) / 1_000_000);
    return Math.max(6, Math.min(40, rounded));
  }

  /** The reported score with the terms always summed in decimal (the reference of the above). */
  static int reportedDecimal(
      boolean female,
      boolean adolescent,
      double bili,
      double na,
      double inr,
      double cr,
      double alb) {
    BigDecimal lnB = BigDecimal.valueOf(Math.log(bili));
    BigDecimal lnC = BigDecimal.valueOf(Math.log(cr));
    BigDecimal dNa = D137.subtract(BigDecimal.valueOf(na));
    BigDecimal dAlb = D3_5.subtract(BigDecimal.valueOf(alb));
    BigDecimal sum = adolescent ? D7_33 : female ? D7_33_ADULT_FEMALE : D6;
    sum =
        sum.add(D4_56.multiply(lnB))
            .add(D0_82.multiply(dNa))
            .subtract(D0_24.multiply(dNa).multiply(lnB))
            .add(D9_09.multiply(BigDecimal.valueOf(Math.log(inr))))
            .add(D11_14.multiply(lnC))
            .add(D1_85.multiply(dAlb))
            .subtract(D1_83.multiply(dAlb).multiply(lnC));
    return Math.max(6, Math.min(40, sum.setScale(0, RoundingMode.HALF_UP).intValueExact()));
  }

  // The equation's decimals, parsed once (the decimal sum runs near every half).
  private static final BigDecimal D137 = BigDecimal.valueOf(137);
  private static final BigDecimal D3_5 = new BigDecimal("3.5");
  private static final BigDecimal D6 = BigDecimal.valueOf(6);
  private static final BigDecimal D7_33 = new BigDecimal("7.33");
  private static final BigDecimal D7_33_ADULT_FEMALE = D6.add(new BigDecimal("1.33"));
  private static final BigDecimal D4_56 = new BigDecimal("4.56");
  private static final BigDecimal D0_82 = new BigDecimal("0.82");
  private static final BigDecimal D0_24 = new BigDecimal("0.24");
  private static final BigDecimal D9_09 = new BigDecimal("9.09");
  private static final BigDecimal D11_14 = new BigDecimal("11.14");
  private static final BigDecimal D1_85 = new BigDecimal("1.85");
  private static final BigDecimal D1_83 = new BigDecimal("1.83");

  /** MELD 3.0 as a formula over the engine's point; multilinear, so corners bound it. */
  static final FormulaBounds.Formula FORMULA =
      new FormulaBounds.Formula() {
        @Override
        public double raw(double[] x) {
          return Meld3.raw(
              x[MeldSpace.FEMALE] == 1,
              x[MeldSpace.ADOLESCENT] == 1,
              x[MeldSpace.BILIRUBIN],
              x[MeldSpace.SODIUM],
              x[MeldSpace.INR],
              MeldSpace.creatinine(x, CREATININE_CAP),
              x[MeldSpace.ALBUMIN]);
        }

        @Override
        public int reported(double[] x) {
          return reportedExact(
              x[MeldSpace.FEMALE] == 1,
              x[MeldSpace.ADOLESCENT] == 1,
              x[MeldSpace.BILIRUBIN],
              x[MeldSpace.SODIUM],
              x[MeldSpace.INR],
              MeldSpace.creatinine(x, CREATININE_CAP),
              x[MeldSpace.ALBUMIN]);
        }

        @Override
        public SortedSet<Integer> image(double[] lo, double[] hi) {
          return FormulaBounds.cornerImage(this, lo, hi);
        }

        @Override
        public void addImage(double[] lo, double[] hi, FormulaBounds.IntSet out) {
          // The reported values are taken here, not in the engine, so that each formula's
          // rounding is compiled with its own corners only.
          double[][] ends = FormulaBounds.cornerPoints(this, lo, hi);
          out.addRange(reported(ends[0]), reported(ends[1]));
        }
      };

  private static final MeldSpace.Model MODEL =
      new MeldSpace.Model(INFO, MeldSpace.Reads.MELD_3, CREATININE_CAP, FORMULA);

  /** The caveat of an input with unknowns, complete or bounded: an unknown age is an assumption. */
  static void unknownsCaveats(MeldInput in, List<Caveat> caveats) {
    if (in.age().known().isEmpty()) {
      caveats.add(Caveat.coded(CaveatKind.ASSUMPTION, "meld3.ageUnknown"));
    }
  }

  /** A bounded MELD 3.0 shows no items, only the clamp caveats of its known inputs. */
  static List<ItemScore> boundedItems(MeldInput in, List<Caveat> caveats) {
    boundCaveats(in, caveats);
    return List.of();
  }

  @Override
  public ModelResult evaluate(MeldInput in) {
    Optional<Age> age = in.age().known();
    if (age.isPresent() && age.get().years() < 12) {
      return NotApplicable.coded(
          INFO, "meld3.underTwelve", List.of(), Value.of((double) age.get().years()));
    }
    return MeldSpace.evaluate(MODEL, in);
  }

  /** The clamp caveats of the known inputs. */
  private static void boundCaveats(MeldInput in, List<Caveat> caveats) {
    if (in.bilirubin() instanceof Observed.Known<Bilirubin> b) {
      MeldTerms.clampCaveat(
          MeldLab.BILIRUBIN,
          b.value().inMgPerDl(),
          "mg/dL",
          1.0,
          Double.POSITIVE_INFINITY,
          caveats);
    }
    if (in.sodium() instanceof Observed.Known<Sodium> na) {
      MeldTerms.clampCaveat(MeldLab.SODIUM, na.value().inMmolPerL(), "mmol/L", 125, 137, caveats);
    }
    if (in.inr() instanceof Observed.Known<Inr> inr) {
      MeldTerms.clampCaveat(
          MeldLab.INR, inr.value().ratioValue(), "", 1.0, Double.POSITIVE_INFINITY, caveats);
    }
    if (in.albumin() instanceof Observed.Known<Albumin> alb) {
      MeldTerms.clampCaveat(MeldLab.ALBUMIN, alb.value().inGPerDl(), "g/dL", 1.5, 3.5, caveats);
    }
    if (MeldTerms.onDialysis(in)) {
      caveats.add(MeldTerms.dialysisCaveat(CREATININE_CAP));
    } else if (in.creatinine() instanceof Observed.Known<Creatinine> cr) {
      MeldTerms.clampCaveat(
          MeldLab.CREATININE, cr.value().inMgPerDl(), "mg/dL", 1.0, CREATININE_CAP, caveats);
    }
  }

  /** The complete result of an input with every input known, adding to the caveats. */
  static ModelResult complete(MeldInput in, List<Caveat> caveats) {
    boolean adolescent = in.age().known().orElseThrow().years() < 18;
    boolean female = in.sex().known().orElseThrow() == Sex.FEMALE;
    double b =
        MeldTerms.bound(
            MeldLab.BILIRUBIN,
            in.bilirubin().known().orElseThrow().inMgPerDl(),
            "mg/dL",
            1.0,
            Double.POSITIVE_INFINITY,
            caveats);
    double na =
        MeldTerms.bound(
            MeldLab.SODIUM,
            in.sodium().known().orElseThrow().inMmolPerL(),
            "mmol/L",
            125,
            137,
            caveats);
    double inr =
        MeldTerms.bound(
            MeldLab.INR,
            in.inr().known().orElseThrow().ratioValue(),
            "",
            1.0,
            Double.POSITIVE_INFINITY,
            caveats);
    double alb =
        MeldTerms.bound(
            MeldLab.ALBUMIN,
            in.albumin().known().orElseThrow().inGPerDl(),
            "g/dL",
            1.5,
            3.5,
            caveats);
    double cr;
    boolean onDialysis = MeldTerms.onDialysis(in);
    if (onDialysis) {
      caveats.add(MeldTerms.dialysisCaveat(CREATININE_CAP));
      cr = CREATININE_CAP;
    } else {
      cr =
          MeldTerms.bound(
              MeldLab.CREATININE,
              in.creatinine().known().orElseThrow().inMgPerDl(),
              "mg/dL",
              1.0,
              CREATININE_CAP,
              caveats);
    }
    return complete(female, adolescent, onDialysis, b, na, inr, cr, alb, caveats);
  }

  private static final ItemCode SEX = ItemCode.of("sex");
  private static final ItemCode SODIUM_BILIRUBIN = ItemCode.of("sodiumBilirubin");
  private static final ItemCode ALBUMIN_CREATININE = ItemCode.of("albuminCreatinine");
  private static final Band NO_SEX_TERM = new Band.Rule("meld3.noSexTerm", List.of());
  private static final Band SEX_TERM = MeldTerms.term("meld3.sexTerm", 1.33);
  private static final Band BILIRUBIN_TERM = MeldTerms.term("meld3.bilirubinTerm", 4.56);
  private static final Band SODIUM_BILIRUBIN_TERM =
      MeldTerms.term("meld3.sodiumBilirubinTerm", 0.24);
  private static final Band INR_TERM = MeldTerms.term("meld3.inrTerm", 9.09);
  private static final Band CREATININE_TERM = MeldTerms.term("meld3.creatinineTerm", 11.14);
  private static final Band ALBUMIN_CREATININE_TERM =
      MeldTerms.term("meld3.albuminCreatinineTerm", 1.83);
  private static final ItemScore CONSTANT_ADOLESCENT =
      ItemScore.scored(
          MeldTerms.CONSTANT,
          InputUsed.of("age", new Value.Coded("MeldTerm", "AGE_12_TO_17")),
          MeldTerms.term("meld.constant", 7.33),
          7.33);
  private static final ItemScore CONSTANT_ADULT =
      ItemScore.scored(
          MeldTerms.CONSTANT,
          InputUsed.of("age", new Value.Coded("MeldTerm", "AGE_18_OR_MORE")),
          MeldTerms.term("meld.constant", 6),
          6);

  /** A value as the result shows it (4 decimals), without a unit. */
  private static Quantity number(double value) {
    return Quantity.of(MeldTerms.shown(value), "");
  }

  /** A cross term's input: "12 × ln(1.8526)". */
  private static InputUsed cross(String code, double difference, double logArgument) {
    return InputUsed.of(
        "", Value.of(new Band.Rule(code, List.of(number(difference), number(logArgument)))));
  }

  private static ModelResult complete(
      boolean female,
      boolean adolescent,
      boolean onDialysis,
      double b,
      double na,
      double inr,
      double cr,
      double alb,
      List<Caveat> caveats) {
    double lnB = Math.log(b);
    double lnC = Math.log(cr);
    double dNa = 137 - na;
    double dAlb = Math.round((3.5 - alb) * 1e9) / 1e9;
    Value sex = Value.of(female ? Sex.FEMALE : Sex.MALE);
    List<ItemScore> items =
        List.of(
            adolescent
                ? ItemScore.scored(SEX, InputUsed.of("sex", sex), NO_SEX_TERM, 0)
                : ItemScore.scored(SEX, InputUsed.of("sex", sex), SEX_TERM, female ? 1.33 : 0),
            ItemScore.scored(
                MeldTerms.BILIRUBIN,
                InputUsed.of(MeldTerms.BILIRUBIN_FIELD, Quantity.of(MeldTerms.shown(b), "mg/dL")),
                BILIRUBIN_TERM,
                4.56 * lnB),
            ItemScore.scored(
                MeldTerms.SODIUM,
                InputUsed.of(MeldTerms.SODIUM_FIELD, Quantity.of(MeldTerms.shown(na), "mmol/L")),
                MeldTerms.term("meld3.sodiumTerm", 0.82, number(dNa)),
                0.82 * (137 - na)),
            ItemScore.scored(
                SODIUM_BILIRUBIN,
                cross("meld3.sodiumBilirubinInput", dNa, b),
                SODIUM_BILIRUBIN_TERM,
                -0.24 * (137 - na) * lnB),
            ItemScore.scored(
                MeldTerms.INR,
                InputUsed.of(MeldTerms.INR_FIELD, number(inr)),
                INR_TERM,
                9.09 * Math.log(inr)),
            ItemScore.scored(
                MeldTerms.CREATININE,
                InputUsed.of(
                    onDialysis ? MeldTerms.DIALYSIS_FIELD : MeldTerms.CREATININE_FIELD,
                    Quantity.of(MeldTerms.shown(cr), "mg/dL")),
                CREATININE_TERM,
                11.14 * lnC),
            ItemScore.scored(
                MeldTerms.ALBUMIN,
                InputUsed.of(MeldTerms.ALBUMIN_FIELD, Quantity.of(MeldTerms.shown(alb), "g/dL")),
                MeldTerms.term("meld3.albuminTerm", 1.85, number(dAlb)),
                1.85 * (3.5 - alb)),
            ItemScore.scored(
                ALBUMIN_CREATININE,
                cross("meld3.albuminCreatinineInput", dAlb, cr),
                ALBUMIN_CREATININE_TERM,
                -1.83 * (3.5 - alb) * lnC),
            adolescent ? CONSTANT_ADOLESCENT : CONSTANT_ADULT);
    double raw = raw(female, adolescent, b, na, inr, cr, alb);
    int value = reportedExact(female, adolescent, b, na, inr, cr, alb);
    // Only the cap can clamp: with the bounds applied every term is at least 0 (ln(bili) and
    // ln(Cr) are at least 0 and their cross terms' coefficients at most 0.24 × 12 < 4.56 and
    // 1.83 × 2 < 11.14), so the raw score is at least its constant, 6 or 7.33.
    if (value == 40 && raw >= 40.5) {
      caveats.add(
          Caveat.coded(
              CaveatKind.CLAMP, "meld3.outsideRange", number(raw), Quantity.of(value, "")));
    }
    return new Complete(INFO, items, Optional.of(new Total(raw, value)), Optional.empty(), caveats);
  }
}
