package org.hccbm.models.liver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.hccbm.core.Decimals;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.result.Total;
import org.hccbm.core.result.TotalRange;
import org.hccbm.models.Score;
import org.hccbm.models.internal.PlausibleRanges;
import org.hccbm.models.internal.Sources;

/**
 * Computes MELD, the OPTN form that MELD-Na builds on (liver spec §3.1).
 *
 * <pre>
 * MELD(i) = 0.957 × ln(creatinine mg/dL) + 0.378 × ln(bilirubin mg/dL) + 1.120 × ln(INR) + 0.643
 * Any value &lt; 1.0 is set to 1.0; creatinine &gt; 4.0 mg/dL is set to 4.0, and to 4.0 with ≥ 2
 * dialysis treatments or 24 h of CVVHD in the prior week.
 * MELD = round_half_up(MELD(i), 1 decimal) × 10, at most 40.
 * </pre>
 *
 * <p>Items show each term ×10 (the equivalent published form 9.57/3.78/11.2/6.43), so the items
 * add up to the unrounded score; the reported integer follows the OPTN rounding above. Every bound
 * applied is a caveat. With unknown inputs the score is bounded: MELD rises with each lab, so the
 * ends of each input's span (bounded by OPTN, or by {@link PlausibleRanges}) give every reachable
 * integer between them.
 *
 * @since 0.1.0
 */
public final class Meld implements Score<MeldInput> {
  /** The OPTN MELD. */
  public static final Meld INSTANCE = new Meld();

  static final double CREATININE_CAP = 4.0;
  private static final double BILI_MAX_MG = PlausibleRanges.BILIRUBIN_MAX_UMOL_PER_L / 17.1;

  private static final ModelInfo INFO = new ModelInfo("meld", "MELD", "OPTN Policy 9.1.D form "
      + "(rounded to the tenth, × 10)", 1, ModelStatus.VERIFIED,
      "reproduces worked examples ME-1, ME-4, ME-5 [P] (liver spec §3.4)", Sources.KAMATH_2001);

  private Meld() {}

  @Override
  public ModelInfo info() {
    return INFO;
  }

  @Override
  public MeldInput inputFrom(Patient patient) {
    return MeldInput.from(patient);
  }

  /** The OPTN raw value from bounded inputs. */
  static double optnRaw(double bilirubin, double inr, double creatinine) {
    return 0.957 * Math.log(creatinine) + 0.378 * Math.log(bilirubin) + 1.120 * Math.log(inr)
        + 0.643;
  }

  /** The items (×10 terms) and open items of MELD(i), and its integer span. */
  record Parts(List<ItemScore> items, List<OpenItem> open, int lo, int hi, double raw) {}

  static Parts parts(MeldInput in, List<Caveat> caveats) {
    List<ItemScore> items = new ArrayList<>();
    List<OpenItem> open = new ArrayList<>();
    MeldTerms.Span cr = MeldTerms.creatinineSpan(in.creatinine(), in.dialysis(), CREATININE_CAP);
    if (cr.open()) {
      open.add(new OpenItem("Creatinine", cr.status(), cr.possible(), 9.57 * Math.log(cr.lo()),
          9.57 * Math.log(cr.hi())));
    } else {
      String observed = in.dialysis().equals(org.hccbm.core.Observed.of(true))
          ? "on dialysis: set to 4.0 mg/dL" : MeldTerms.bound("creatinine",
              in.creatinine().known().orElseThrow().inMgPerDl(), "mg/dL", 1.0, CREATININE_CAP,
              caveats).observed();
      if (in.dialysis().equals(org.hccbm.core.Observed.of(true))) {
        caveats.add(Caveat.of(CaveatKind.CLAMP, "dialysis in the prior week: creatinine set to 4.0"));
      }
      items.add(ItemScore.of("Creatinine", observed, "9.57 × ln(creatinine mg/dL)",
          9.57 * Math.log(cr.lo())));
    }
    MeldTerms.Span bili = lab(in.bilirubin().map(b -> b.inMgPerDl()), "Bilirubin", "bilirubin",
        "mg/dL", 3.78, BILI_MAX_MG, "1.0–50 mg/dL after bounds (plausible range searched)", items,
        open, caveats);
    MeldTerms.Span inr = lab(in.inr().map(i -> i.ratioValue()), "INR", "INR", "", 11.2,
        PlausibleRanges.INR_MAX, "1.0–10 after bounds (plausible range searched)", items, open,
        caveats);
    items.add(ItemScore.of("Constant", "—", "6.43", 6.43));
    double raw = optnRaw(bili.lo(), inr.lo(), cr.lo());
    return new Parts(items, open, MeldTerms.meldInteger(raw),
        MeldTerms.meldInteger(optnRaw(bili.hi(), inr.hi(), cr.hi())), raw);
  }

  private static MeldTerms.Span lab(org.hccbm.core.Observed<Double> value, String item, String name,
      String unit, double coefficient, double max, String possible, List<ItemScore> items,
      List<OpenItem> open, List<Caveat> caveats) {
    if (value.known().isEmpty()) {
      open.add(new OpenItem(item, value.toString(), possible, 0, coefficient * Math.log(max)));
      return new MeldTerms.Span(1.0, max, value.toString(), possible);
    }
    MeldTerms.Bounded b = MeldTerms.bound(name, value.known().get(), unit, 1.0,
        Double.POSITIVE_INFINITY, caveats);
    items.add(ItemScore.of(item, b.observed(), Decimals.shown(coefficient) + " × ln(" + name
        + (unit.isEmpty() ? "" : " " + unit) + ")", coefficient * Math.log(b.value())));
    return new MeldTerms.Span(b.value(), b.value(), "", "");
  }

  @Override
  public ModelResult evaluate(MeldInput in) {
    List<Caveat> caveats = new ArrayList<>();
    Parts p = parts(in, caveats);
    if (p.open().isEmpty()) {
      if (p.raw() >= 4.05) {
        caveats.add(Caveat.of(CaveatKind.CLAMP, "MELD " + Decimals.shown(p.raw() * 10)
            + " is above 40: reported as 40"));
      }
      return new Complete(INFO, p.items(), Optional.of(new Total(p.raw() * 10, p.lo())),
          Optional.empty(), caveats);
    }
    List<Double> reachable = IntStream.rangeClosed(p.lo(), p.hi()).mapToDouble(i -> i).boxed()
        .toList();
    List<String> deciding = p.lo() == p.hi() ? List.of()
        : p.open().stream().map(OpenItem::item).toList();
    return new Bounded(INFO, p.items(), p.open(), Optional.of(TotalRange.of(reachable)), List.of(),
        deciding, caveats);
  }
}
