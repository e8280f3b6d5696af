package org.hccbm.models.treatment;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hccbm.models.SurvivalBand;

/**
 * An expected-survival estimate from one prognostic model: the bands still possible (one when the
 * model's result is complete and its category's survival falls in one band) and what it rests on.
 *
 * <p>The basis is coded wording: the model's possible categories ({@link PlanArg.Category}, each
 * with its cohort meaning, {@link PlanArg.Meaning}, when the source gives one) and what a policy
 * added (a cap and the categories that caused it); its English text, e.g. "HCC-SM GPA high risk
 * (3–4): median OS 2.6 months; …", is a rendering ({@link #basisText()}).
 *
 * @param modelId the model, e.g. "hcc-sm-gpa"
 * @param basis what the estimate rests on
 * @param bands the survival bands still possible, in order
 * @since 0.1.0
 */
public record SurvivalEstimate(String modelId, Wording basis, List<SurvivalBand> bands) {
  /** Validates and orders every component. */
  public SurvivalEstimate {
    requireNonNull(modelId, "modelId");
    requireNonNull(basis, "basis");
    bands = BY_MASK.get(mask(bands));
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("a survival estimate needs at least one band");
    }
  }

  /**
   * Every set of bands as an ordered list without repeats, by its mask ({@link #mask}): the order
   * and contents {@code List.copyOf(EnumSet.copyOf(bands))} gives, built once.
   */
  private static final List<List<SurvivalBand>> BY_MASK = byMask();

  private static List<List<SurvivalBand>> byMask() {
    SurvivalBand[] all = SurvivalBand.values();
    List<List<SurvivalBand>> out = new ArrayList<>();
    for (int mask = 0; mask < 1 << all.length; mask++) {
      List<SurvivalBand> bands = new ArrayList<>();
      for (SurvivalBand b : all) {
        if ((mask & bit(b)) != 0) {
          bands.add(b);
        }
      }
      out.add(List.copyOf(bands));
    }
    return List.copyOf(out);
  }

  /** Returns a band's bit: 1 for the first band, 2 for the second, 4 for the third. */
  @SuppressWarnings("EnumOrdinal") // a bit set over the enum, rebuilt from values() in its order
  private static int bit(SurvivalBand band) {
    return 1 << band.ordinal();
  }

  /** Returns the bit set of some bands (a null band throws, as {@code List.copyOf} would). */
  private static int mask(List<SurvivalBand> bands) {
    int mask = 0;
    for (SurvivalBand b : bands) {
      mask |= bit(requireNonNull(b, "band"));
    }
    return mask;
  }

  /**
   * Returns an estimate that says nothing: every band possible.
   *
   * @param why why no model gives an estimate
   * @return the estimate
   */
  public static SurvivalEstimate unknown(Wording why) {
    return new SurvivalEstimate("none", why, List.of(SurvivalBand.values()));
  }

  /**
   * Returns whether the expected survival is at least the given number of months.
   *
   * @param months 3 or 6
   * @return true or false when every possible band agrees; empty when the estimate straddles it
   */
  public Optional<Boolean> atLeast(int months) {
    int above =
        months <= 3
            ? bit(SurvivalBand.THREE_TO_6_MONTHS) | bit(SurvivalBand.AT_LEAST_6_MONTHS)
            : bit(SurvivalBand.AT_LEAST_6_MONTHS);
    int mask = bandsMask();
    boolean all = (mask & ~above) == 0;
    boolean none = (mask & above) == 0;
    return all ? KNOWN_TRUE : none ? KNOWN_FALSE : Optional.empty();
  }

  /**
   * The mask of this estimate's bands without a loop: the constructor keeps at most one of each of
   * the three bands, in order (a loop over a list of one, two or three bands was a profile trap in
   * every rule that asks {@link #atLeast}).
   */
  private int bandsMask() {
    List<SurvivalBand> b = bands;
    int n = b.size();
    int mask = bit(b.get(0));
    if (n > 1) {
      mask |= bit(b.get(1));
    }
    if (n > 2) {
      mask |= bit(b.get(2));
    }
    return mask;
  }

  private static final Optional<Boolean> KNOWN_TRUE = Optional.of(true);
  private static final Optional<Boolean> KNOWN_FALSE = Optional.of(false);

  /**
   * Returns e.g. "hcc-sm-gpa → &lt; 3 months" ({@link PlanRenderer}, English).
   *
   * @return the summary
   */
  public String summary() {
    return PlanValues.survival(this).text();
  }

  /**
   * Returns what the estimate rests on, in English.
   *
   * @return the text, e.g. "HCC-SM GPA high risk (3–4): median OS 2.6 months (…)"
   * @since 0.3.0
   */
  public String basisText() {
    return basis.text();
  }

  @Override
  public String toString() {
    return wording().text();
  }

  /** The estimate as a wording: "hcc-sm-gpa: … → expected survival &lt; 3 months". */
  Wording wording() {
    return Wording.of(
        "survival.estimate", PlanArg.id(modelId), basis, PlanValues.oneOrOneOf(bands));
  }
}
