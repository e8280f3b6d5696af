package org.hccbm.models.liver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.hccbm.core.Decimals;
import org.hccbm.core.Observed;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.patient.Age;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.patient.Sex;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.result.Total;
import org.hccbm.core.result.TotalRange;
import org.hccbm.models.Score;
import org.hccbm.models.internal.PlausibleRanges;
import org.hccbm.models.internal.Sources;

/**
 * Computes MELD 3.0 (Kim 2021; OPTN 13 July 2023; liver spec §3.3).
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
  private static final double BILI_MAX_MG = PlausibleRanges.BILIRUBIN_MAX_UMOL_PER_L / 17.1;
  private static final ModelInfo INFO = new ModelInfo("meld-3.0", "MELD 3.0", "OPTN 2023 bounds; "
      + "age 12–17 without sex term, constant 7.33", 1, ModelStatus.VERIFIED,
      "reproduces worked examples ME-7…ME-10 (liver spec §3.4, errata); equation [S]",
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
  static double raw(boolean female, boolean adolescent, double bili, double na, double inr,
      double cr, double alb) {
    double sexTerm = adolescent ? 0 : (female ? 1.33 : 0);
    double constant = adolescent ? 7.33 : 6;
    double lnB = Math.log(bili);
    double lnC = Math.log(cr);
    return sexTerm + 4.56 * lnB + 0.82 * (137 - na) - 0.24 * (137 - na) * lnB
        + 9.09 * Math.log(inr) + 11.14 * lnC + 1.85 * (3.5 - alb) - 1.83 * (3.5 - alb) * lnC
        + constant;
  }

  static int reported(double raw) {
    return Math.max(6, Math.min(40, MeldTerms.roundHalfUp(raw)));
  }

  @Override
  public ModelResult evaluate(MeldInput in) {
    List<Caveat> caveats = new ArrayList<>();
    Optional<Age> age = in.age().known();
    if (age.isPresent() && age.get().years() < 12) {
      return new NotApplicable(INFO, "MELD 3.0 is not defined under 12 years (age " + age.get()
          + ")", List.of());
    }
    List<OpenItem> open = new ArrayList<>();
    List<Boolean> adolescent = age.map(a -> List.of(a.years() < 18)).orElseGet(() -> {
      open.add(new OpenItem("Age", in.age().toString(), "12–17 years (no sex term, constant 7.33) "
          + "or 18 years or more", 0, 1.33));
      caveats.add(Caveat.of(CaveatKind.ASSUMPTION, "age unknown: adult and 12–17-year forms both "
          + "considered; under 12 years MELD 3.0 would not apply"));
      return List.of(false, true);
    });
    List<Boolean> female = in.sex().known().map(s -> List.of(s == Sex.FEMALE)).orElseGet(() -> {
      open.add(new OpenItem("Sex", in.sex().toString(), "female (+1.33) or male", 0, 1.33));
      return List.of(false, true);
    });
    MeldTerms.Span bili = span(in.bilirubin().map(b -> b.inMgPerDl()), "Bilirubin", "bilirubin",
        "mg/dL", 1.0, BILI_MAX_MG, "1.0–50 mg/dL after bounds (plausible range searched)", open,
        caveats);
    MeldTerms.Span na = span(in.sodium().map(s -> s.inMmolPerL()), "Sodium", "sodium", "mmol/L",
        125, 137, "125–137 mmol/L after bounds (any value)", open, caveats);
    MeldTerms.Span inr = span(in.inr().map(i -> i.ratioValue()), "INR", "INR", "", 1.0,
        PlausibleRanges.INR_MAX, "1.0–10 after bounds (plausible range searched)", open, caveats);
    MeldTerms.Span alb = span(in.albumin().map(a -> a.inGPerDl()), "Albumin", "albumin", "g/dL",
        1.5, 3.5, "1.5–3.5 g/dL after bounds (any value)", open, caveats);
    MeldTerms.Span cr = MeldTerms.creatinineSpan(in.creatinine(), in.dialysis(), CREATININE_CAP);
    if (cr.open()) {
      open.add(new OpenItem("Creatinine", cr.status(), cr.possible(), 0,
          11.14 * Math.log(CREATININE_CAP)));
    } else if (in.dialysis().equals(Observed.of(true))) {
      caveats.add(Caveat.of(CaveatKind.CLAMP, "dialysis in the prior week: creatinine set to 3.0"));
    } else {
      MeldTerms.bound("creatinine", in.creatinine().known().orElseThrow().inMgPerDl(), "mg/dL", 1.0,
          CREATININE_CAP, caveats);
    }
    if (open.isEmpty()) {
      return complete(female.get(0), adolescent.get(0), bili.lo(), na.lo(), inr.lo(), cr.lo(),
          alb.lo(), caveats);
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (boolean f : female) {
      for (boolean a : adolescent) {
        for (double b : bili.corners()) {
          for (double n : na.corners()) {
            for (double i : inr.corners()) {
              for (double c : cr.corners()) {
                for (double l : alb.corners()) {
                  double r = raw(f, a, b, n, i, c, l);
                  min = Math.min(min, r);
                  max = Math.max(max, r);
                }
              }
            }
          }
        }
      }
    }
    List<Double> reachable = IntStream.rangeClosed(reported(min), reported(max))
        .mapToDouble(v -> v).boxed().toList();
    List<String> deciding = reachable.size() == 1 ? List.of()
        : open.stream().map(OpenItem::item).toList();
    return new Bounded(INFO, List.of(), open, Optional.of(TotalRange.of(reachable)), List.of(),
        deciding, caveats);
  }

  private static MeldTerms.Span span(Observed<Double> value, String item, String name, String unit,
      double floor, double cap, String possible, List<OpenItem> open, List<Caveat> caveats) {
    if (value.known().isEmpty()) {
      open.add(new OpenItem(item, value.toString(), possible, 0, 0));
      return new MeldTerms.Span(floor, cap, value.toString(), possible);
    }
    double v = MeldTerms.bound(name, value.known().get(), unit, floor, cap, caveats).value();
    return new MeldTerms.Span(v, v, "", "");
  }

  private static ModelResult complete(boolean female, boolean adolescent, double b, double na,
      double inr, double cr, double alb, List<Caveat> caveats) {
    double lnB = Math.log(b);
    double lnC = Math.log(cr);
    String dNa = Decimals.shown(137 - na);
    String dAlb = Decimals.shown(Math.round((3.5 - alb) * 1e9) / 1e9);
    List<ItemScore> items = List.of(
        adolescent ? ItemScore.of("Sex", female ? "female" : "male", "age 12–17: no sex term", 0)
            : ItemScore.of("Sex", female ? "female" : "male", "1.33 × female", female ? 1.33 : 0),
        ItemScore.of("Bilirubin", Decimals.shown(b) + " mg/dL", "4.56 × ln(bilirubin)", 4.56 * lnB),
        ItemScore.of("Sodium", Decimals.shown(na) + " mmol/L", "0.82 × (137 − Na) = 0.82 × " + dNa,
            0.82 * (137 - na)),
        ItemScore.of("Sodium × bilirubin", dNa + " × ln(" + Decimals.shown(b) + ")",
            "−0.24 × (137 − Na) × ln(bilirubin)", -0.24 * (137 - na) * lnB),
        ItemScore.of("INR", Decimals.shown(inr), "9.09 × ln(INR)", 9.09 * Math.log(inr)),
        ItemScore.of("Creatinine", Decimals.shown(cr) + " mg/dL", "11.14 × ln(creatinine)",
            11.14 * lnC),
        ItemScore.of("Albumin", Decimals.shown(alb) + " g/dL", "1.85 × (3.5 − albumin) = 1.85 × "
            + dAlb, 1.85 * (3.5 - alb)),
        ItemScore.of("Albumin × creatinine", dAlb + " × ln(" + Decimals.shown(cr) + ")",
            "−1.83 × (3.5 − albumin) × ln(creatinine)", -1.83 * (3.5 - alb) * lnC),
        ItemScore.of("Constant", adolescent ? "age 12–17" : "age 18 or more",
            adolescent ? "7.33" : "6", adolescent ? 7.33 : 6));
    double raw = raw(female, adolescent, b, na, inr, cr, alb);
    int value = reported(raw);
    if (value != MeldTerms.roundHalfUp(raw)) {
      caveats.add(Caveat.of(CaveatKind.CLAMP, "MELD 3.0 " + Decimals.shown(raw)
          + " is outside [6, 40]: reported as " + value));
    }
    return new Complete(INFO, items, Optional.of(new Total(raw, value)), Optional.empty(), caveats);
  }
}
