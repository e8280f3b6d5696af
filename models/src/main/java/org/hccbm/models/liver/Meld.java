package org.hccbm.models.liver;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.Quantity;
import org.hccbm.core.result.Total;
import org.hccbm.models.Score;
import org.hccbm.models.internal.FormulaBounds;
import org.hccbm.models.internal.Sources;

/**
 * Computes MELD, the OPTN form that MELD-Na builds on (liver §3.1).
 *
 * <pre>
 * MELD(i) = 0.957 × ln(creatinine mg/dL) + 0.378 × ln(bilirubin mg/dL) + 1.120 × ln(INR) + 0.643
 * Any value &lt; 1.0 is set to 1.0; creatinine &gt; 4.0 mg/dL is set to 4.0, and to 4.0 with ≥ 2
 * dialysis treatments or 24 h of CVVHD in the prior week.
 * MELD = round_half_up(MELD(i), 1 decimal) × 10, at most 40.
 * </pre>
 *
 * <p>Items show each term ×10 (the equivalent published form 9.57/3.78/11.2/6.43), so the items add
 * up to the unrounded score; the reported integer follows the OPTN rounding above. Every bound
 * applied is a caveat. With unknown inputs the bounded-results engine ({@code FormulaBounds}) gives
 * the exact reachable scores: a dialysis status that is unknown adds the score at the creatinine
 * cap, not every integer up to it; an unknown laboratory value ranges over its plausible range
 * after the OPTN bounds. When every completion gives the same score the result is complete, with a
 * note naming the unknowns that did not matter.
 *
 * @since 0.1.0
 */
public final class Meld implements Score<MeldInput> {
  /** The OPTN MELD. */
  public static final Meld INSTANCE = new Meld();

  static final double CREATININE_CAP = 4.0;

  private static final ModelInfo INFO =
      new ModelInfo(
          "meld",
          "MELD",
          "OPTN Policy 9.1.D form " + "(rounded to the tenth, × 10)",
          2,
          ModelStatus.VERIFIED,
          "reproduces worked examples ME-1, ME-4, ME-5 [P] (docs/sources.md, liver §3.4)",
          Sources.KAMATH_2001);

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
    return 0.957 * Math.log(creatinine)
        + 0.378 * Math.log(bilirubin)
        + 1.120 * Math.log(inr)
        + 0.643;
  }

  /** MELD as a formula over the engine's point (MeldSpace coordinates). */
  static final FormulaBounds.Formula FORMULA =
      new FormulaBounds.Formula() {
        @Override
        public double raw(double[] x) {
          return optnRaw(
              x[MeldSpace.BILIRUBIN], x[MeldSpace.INR], MeldSpace.creatinine(x, CREATININE_CAP));
        }

        @Override
        public int reported(double[] x) {
          return MeldTerms.meldInteger(raw(x));
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
      new MeldSpace.Model(INFO, MeldSpace.Reads.MELD, CREATININE_CAP, FORMULA);

  @Override
  public ModelResult evaluate(MeldInput in) {
    return MeldSpace.evaluate(MODEL, in);
  }

  /** The complete result of an input with every input known, adding to the caveats. */
  static ModelResult complete(MeldInput in, List<Caveat> caveats) {
    MeldTerms.Parts p = MeldTerms.parts(in, caveats);
    if (p.raw() >= 4.05) {
      caveats.add(
          Caveat.coded(
              CaveatKind.CLAMP, "meld.cappedAt40", Quantity.of(MeldTerms.shown(p.raw() * 10), "")));
    }
    return new Complete(
        INFO, p.items(), Optional.of(new Total(p.raw() * 10, p.lo())), Optional.empty(), caveats);
  }
}
