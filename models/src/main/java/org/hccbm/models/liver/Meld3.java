package org.hccbm.models.liver;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.hccbm.core.Decimals;
import org.hccbm.core.Observed;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.patient.Age;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.patient.Sex;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.result.Total;
import org.hccbm.models.Score;
import org.hccbm.models.internal.FormulaBounds;
import org.hccbm.models.internal.HalfUp;
import org.hccbm.models.internal.Sources;

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
// Formula terms and caveats still worded here (ItemScore.of, Caveat.of): the last legacy
// items, to be converted to codes (docs/models.md).
@SuppressWarnings({"deprecation", "removal"})
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
   * exact .5 summed in binary can land just below it).
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
    return reportedDecimal(female, adolescent, bili, na, inr, cr, alb);
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
    BigDecimal dNa = BigDecimal.valueOf(137).subtract(BigDecimal.valueOf(na));
    BigDecimal dAlb = new BigDecimal("3.5").subtract(BigDecimal.valueOf(alb));
    BigDecimal sum =
        adolescent
            ? new BigDecimal("7.33")
            : BigDecimal.valueOf(6).add(female ? new BigDecimal("1.33") : BigDecimal.ZERO);
    sum =
        sum.add(new BigDecimal("4.56").multiply(lnB))
            .add(new BigDecimal("0.82").multiply(dNa))
            .subtract(new BigDecimal("0.24").multiply(dNa).multiply(lnB))
            .add(new BigDecimal("9.09").multiply(BigDecimal.valueOf(Math.log(inr))))
            .add(new BigDecimal("11.14").multiply(lnC))
            .add(new BigDecimal("1.85").multiply(dAlb))
            .subtract(new BigDecimal("1.83").multiply(dAlb).multiply(lnC));
    return Math.max(6, Math.min(40, sum.setScale(0, RoundingMode.HALF_UP).intValueExact()));
  }

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
      };

  @Override
  public ModelResult evaluate(MeldInput in) {
    Optional<Age> age = in.age().known();
    if (age.isPresent() && age.get().years() < 12) {
      return new NotApplicable(
          INFO, "MELD 3.0 is not defined under 12 years (age " + age.get() + ")", List.of());
    }
    MeldSpace space = MeldSpace.of(in, MeldSpace.Reads.MELD_3, CREATININE_CAP);
    if (space.unknowns.isEmpty()) {
      return complete(in, new ArrayList<>());
    }
    FormulaBounds.Search search = FormulaBounds.search(FORMULA, space.point, space.unknowns);
    List<Caveat> caveats = new ArrayList<>();
    if (age.isEmpty()) {
      caveats.add(
          Caveat.of(
              CaveatKind.ASSUMPTION,
              "age unknown: adult and 12–17-year forms both "
                  + "considered; under 12 years MELD 3.0 would not apply"));
    }
    if (search.reachable().size() == 1) {
      return space.completeDespiteUnknowns(INFO, in, Meld3::complete, caveats);
    }
    boundCaveats(in, caveats);
    return space.bounded(INFO, List.of(), search, caveats);
  }

  /** The clamp caveats of the known inputs. */
  private static void boundCaveats(MeldInput in, List<Caveat> caveats) {
    in.bilirubin()
        .known()
        .ifPresent(
            b ->
                MeldTerms.clampCaveat(
                    "bilirubin", b.inMgPerDl(), "mg/dL", 1.0, Double.POSITIVE_INFINITY, caveats));
    in.sodium()
        .known()
        .ifPresent(
            n -> MeldTerms.clampCaveat("sodium", n.inMmolPerL(), "mmol/L", 125, 137, caveats));
    in.inr()
        .known()
        .ifPresent(
            i ->
                MeldTerms.clampCaveat(
                    "INR", i.ratioValue(), "", 1.0, Double.POSITIVE_INFINITY, caveats));
    in.albumin()
        .known()
        .ifPresent(a -> MeldTerms.clampCaveat("albumin", a.inGPerDl(), "g/dL", 1.5, 3.5, caveats));
    if (in.dialysis().equals(Observed.of(true))) {
      caveats.add(Caveat.of(CaveatKind.CLAMP, "dialysis in the prior week: creatinine set to 3.0"));
    } else {
      in.creatinine()
          .known()
          .ifPresent(
              c ->
                  MeldTerms.clampCaveat(
                      "creatinine", c.inMgPerDl(), "mg/dL", 1.0, CREATININE_CAP, caveats));
    }
  }

  private static ModelResult complete(MeldInput in, List<Caveat> caveats) {
    boolean adolescent = in.age().known().orElseThrow().years() < 18;
    boolean female = in.sex().known().orElseThrow() == Sex.FEMALE;
    double b =
        MeldTerms.bound(
                "bilirubin",
                in.bilirubin().known().orElseThrow().inMgPerDl(),
                "mg/dL",
                1.0,
                Double.POSITIVE_INFINITY,
                caveats)
            .value();
    double na =
        MeldTerms.bound(
                "sodium",
                in.sodium().known().orElseThrow().inMmolPerL(),
                "mmol/L",
                125,
                137,
                caveats)
            .value();
    double inr =
        MeldTerms.bound(
                "INR",
                in.inr().known().orElseThrow().ratioValue(),
                "",
                1.0,
                Double.POSITIVE_INFINITY,
                caveats)
            .value();
    double alb =
        MeldTerms.bound(
                "albumin", in.albumin().known().orElseThrow().inGPerDl(), "g/dL", 1.5, 3.5, caveats)
            .value();
    double cr;
    if (in.dialysis().equals(Observed.of(true))) {
      caveats.add(Caveat.of(CaveatKind.CLAMP, "dialysis in the prior week: creatinine set to 3.0"));
      cr = CREATININE_CAP;
    } else {
      cr =
          MeldTerms.bound(
                  "creatinine",
                  in.creatinine().known().orElseThrow().inMgPerDl(),
                  "mg/dL",
                  1.0,
                  CREATININE_CAP,
                  caveats)
              .value();
    }
    return complete(female, adolescent, b, na, inr, cr, alb, caveats);
  }

  private static ModelResult complete(
      boolean female,
      boolean adolescent,
      double b,
      double na,
      double inr,
      double cr,
      double alb,
      List<Caveat> caveats) {
    double lnB = Math.log(b);
    double lnC = Math.log(cr);
    String dNa = Decimals.shown(137 - na);
    String dAlb = Decimals.shown(Math.round((3.5 - alb) * 1e9) / 1e9);
    List<ItemScore> items =
        List.of(
            adolescent
                ? ItemScore.of("Sex", female ? "female" : "male", "age 12–17: no sex term", 0)
                : ItemScore.of(
                    "Sex", female ? "female" : "male", "1.33 × female", female ? 1.33 : 0),
            ItemScore.of(
                "Bilirubin", Decimals.shown(b) + " mg/dL", "4.56 × ln(bilirubin)", 4.56 * lnB),
            ItemScore.of(
                "Sodium",
                Decimals.shown(na) + " mmol/L",
                "0.82 × (137 − Na) = 0.82 × " + dNa,
                0.82 * (137 - na)),
            ItemScore.of(
                "Sodium × bilirubin",
                dNa + " × ln(" + Decimals.shown(b) + ")",
                "−0.24 × (137 − Na) × ln(bilirubin)",
                -0.24 * (137 - na) * lnB),
            ItemScore.of("INR", Decimals.shown(inr), "9.09 × ln(INR)", 9.09 * Math.log(inr)),
            ItemScore.of(
                "Creatinine", Decimals.shown(cr) + " mg/dL", "11.14 × ln(creatinine)", 11.14 * lnC),
            ItemScore.of(
                "Albumin",
                Decimals.shown(alb) + " g/dL",
                "1.85 × (3.5 − albumin) = 1.85 × " + dAlb,
                1.85 * (3.5 - alb)),
            ItemScore.of(
                "Albumin × creatinine",
                dAlb + " × ln(" + Decimals.shown(cr) + ")",
                "−1.83 × (3.5 − albumin) × ln(creatinine)",
                -1.83 * (3.5 - alb) * lnC),
            ItemScore.of(
                "Constant",
                adolescent ? "age 12–17" : "age 18 or more",
                adolescent ? "7.33" : "6",
                adolescent ? 7.33 : 6));
    double raw = raw(female, adolescent, b, na, inr, cr, alb);
    int value = reportedExact(female, adolescent, b, na, inr, cr, alb);
    // Only the cap can clamp: with the bounds applied every term is at least 0 (ln(bili) and
    // ln(Cr) are at least 0 and their cross terms' coefficients at most 0.24 × 12 < 4.56 and
    // 1.83 × 2 < 11.14), so the raw score is at least its constant, 6 or 7.33.
    if (value == 40 && raw >= 40.5) {
      caveats.add(
          Caveat.of(
              CaveatKind.CLAMP,
              "MELD 3.0 " + Decimals.shown(raw) + " is outside [6, 40]: reported as " + value));
    }
    return new Complete(INFO, items, Optional.of(new Total(raw, value)), Optional.empty(), caveats);
  }
}
