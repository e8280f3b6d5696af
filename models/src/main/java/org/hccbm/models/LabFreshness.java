package org.hccbm.models;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.lab.Analyte;
import org.hccbm.core.lab.LabUnit;
import org.hccbm.core.lab.LabValue;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.Quantity;
import org.hccbm.core.result.Value;
import org.hccbm.models.internal.HalfUp;

/**
 * Flags labs older than a freshness window: a result that uses a lab sampled more than the window
 * before the assessment date gets a {@link CaveatKind#DATA_QUALITY} caveat naming the lab, its
 * sample date and its age. The value is still used (it is the one the record holds); the caveat
 * tells the reader it may no longer describe the patient. A lab without a sample date, or a patient
 * without an assessment date, cannot be aged and gets no caveat.
 *
 * <p>Which labs each model uses is listed here and checked by a test that removes each lab in turn
 * and watches which results change.
 *
 * @since 0.2.0
 */
public final class LabFreshness {
  /** The default window: a lab sampled more than 30 days before the assessment is stale. */
  public static final int DEFAULT_WINDOW_DAYS = 30;

  private static final Set<Analyte> CHILD_PUGH =
      EnumSet.of(Analyte.TOTAL_BILIRUBIN, Analyte.ALBUMIN, Analyte.INR, Analyte.PT_PROLONGATION);

  /** The labs each patient-level model reads, by model id. */
  private static final Map<String, Set<Analyte>> USES =
      Map.of(
          "child-pugh", CHILD_PUGH,
          "albi", EnumSet.of(Analyte.TOTAL_BILIRUBIN, Analyte.ALBUMIN),
          "meld", EnumSet.of(Analyte.TOTAL_BILIRUBIN, Analyte.INR, Analyte.CREATININE),
          "meld-na",
              EnumSet.of(Analyte.TOTAL_BILIRUBIN, Analyte.INR, Analyte.CREATININE, Analyte.SODIUM),
          "meld-3.0",
              EnumSet.of(
                  Analyte.TOTAL_BILIRUBIN,
                  Analyte.INR,
                  Analyte.CREATININE,
                  Analyte.SODIUM,
                  Analyte.ALBUMIN),
          "bclc-2022", CHILD_PUGH,
          "uka-eligibility", CHILD_PUGH,
          "katagiri-new",
              EnumSet.of(
                  Analyte.CRP,
                  Analyte.LDH,
                  Analyte.ALBUMIN,
                  Analyte.PLATELETS,
                  Analyte.CALCIUM,
                  Analyte.TOTAL_BILIRUBIN));

  private LabFreshness() {}

  /**
   * Returns the labs a model reads.
   *
   * @param modelId the model's id
   * @return the analytes; empty for a model that reads no lab
   */
  public static Set<Analyte> uses(String modelId) {
    return USES.getOrDefault(requireNonNull(modelId, "modelId"), Set.of());
  }

  /**
   * Returns the labs of a patient sampled more than the window before the assessment date.
   *
   * @param patient the patient
   * @param windowDays the window in days, &gt;= 0
   * @return the stale labs, in the panel's order; empty without an assessment date
   */
  public static List<LabValue> stale(Patient patient, int windowDays) {
    requireNonNull(patient, "patient");
    if (windowDays < 0) {
      throw new InvalidClinicalInputException(
          "lab freshness window", windowDays + " days", ">= 0 days");
    }
    Optional<LocalDate> assessed = patient.assessmentDate();
    if (assessed.isEmpty()) {
      return List.of();
    }
    List<LabValue> out = new ArrayList<>();
    for (LabValue v : patient.labs().values()) {
      v.sampleDate()
          .filter(d -> ChronoUnit.DAYS.between(d, assessed.get()) > windowDays)
          .ifPresent(d -> out.add(v));
    }
    return out;
  }

  /**
   * Adds a caveat for each stale lab, and a CONVERSION caveat for each lab read through a unit
   * alias or an equivalent unit ({@link LabValue#conversionNote()}), to every evaluation whose
   * model uses it.
   *
   * @param patient the patient the evaluations are of
   * @param evaluations the evaluations
   * @param windowDays the window in days, &gt;= 0
   * @return the evaluations, with caveats added where a used lab is stale or was converted
   */
  public static List<Models.Evaluation> annotate(
      Patient patient, List<Models.Evaluation> evaluations, int windowDays) {
    List<LabValue> stale = stale(patient, windowDays);
    List<LabValue> noted = new ArrayList<>(0);
    for (LabValue v : patient.labs().values()) {
      if (v.conversionNote().isPresent()) {
        noted.add(v);
      }
    }
    if (stale.isEmpty() && noted.isEmpty()) {
      return evaluations;
    }
    List<Models.Evaluation> out = new ArrayList<>(evaluations.size());
    for (Models.Evaluation e : evaluations) {
      List<Caveat> added = new ArrayList<>();
      for (LabValue v : noted) {
        if (uses(e.model().id()).contains(v.analyte())) {
          added.add(conversionCaveat(v));
        }
      }
      for (LabValue v : stale) {
        LocalDate assessed = patient.assessmentDate().orElseThrow();
        if (uses(e.model().id()).contains(v.analyte())) {
          LocalDate sampled = v.sampleDate().orElseThrow();
          // Dates as ISO-8601 text (yyyy-mm-dd): the value kinds have no date.
          added.add(
              Caveat.coded(
                  CaveatKind.DATA_QUALITY,
                  "lab.stale",
                  Value.of(v.analyte()),
                  Quantity.of(v.value(), v.unit().ucum()),
                  Value.text(sampled.toString()),
                  Value.of((double) ChronoUnit.DAYS.between(sampled, assessed)),
                  Value.text(assessed.toString()),
                  Value.of(windowDays)));
        }
      }
      out.add(
          added.isEmpty()
              ? e
              : new Models.Evaluation(e.model(), e.about(), withCaveats(e.result(), added)));
    }
    return List.copyOf(out);
  }

  /**
   * The CONVERSION caveat of a lab read through a unit alias, an equivalent unit or both, as data:
   * the analyte, the value as reported, the unit as written and the UCUM unit it was read as (for
   * an alias), and the value in the unit it is used in (for an equivalent unit). Worded by {@code
   * caveat.lab.unitAlias}, {@code caveat.lab.equivalentUnit.<equivalence>} or {@code
   * caveat.lab.unitAliasEquivalent.<equivalence>}, whose text is {@link
   * LabValue#conversionNote()}'s.
   */
  static Caveat conversionCaveat(LabValue v) {
    List<Value> args = new ArrayList<>(6);
    args.add(Value.of(v.analyte()));
    args.add(Quantity.of(v.value(), v.unit().ucum()));
    Optional<String> alias = v.reportedUnit();
    if (alias.isPresent()) {
      args.add(Value.text(alias.get()));
      args.add(Value.text(v.unit().ucum()));
    }
    Optional<String> equivalence = equivalence(v);
    if (equivalence.isEmpty()) {
      return new Caveat(CaveatKind.CONVERSION, "lab.unitAlias", args);
    }
    LabUnit target = v.unit() == LabUnit.PER_UL ? LabUnit.THOUSAND_PER_UL : LabUnit.MMOL_PER_L;
    args.add(Quantity.of(shown(v.in(target)), target.ucum()));
    return new Caveat(
        CaveatKind.CONVERSION,
        (alias.isPresent() ? "lab.unitAliasEquivalent." : "lab.equivalentUnit.")
            + equivalence.get(),
        args);
  }

  /**
   * The equivalence an equivalent unit is read by (UnitConversions' table of equivalents): sodium
   * in meq/L (monovalent), calcium in meq/L (divalent), a count in /uL.
   */
  private static Optional<String> equivalence(LabValue v) {
    if (v.unit() == LabUnit.MEQ_PER_L) {
      return v.analyte() == Analyte.SODIUM
          ? Optional.of("monovalentMeq")
          : v.analyte() == Analyte.CALCIUM ? Optional.of("divalentMeq") : Optional.empty();
    }
    return v.unit() == LabUnit.PER_UL ? Optional.of("countPerUl") : Optional.empty();
  }

  /** A value as the result shows it: rounded half-up to 4 decimals. */
  private static double shown(double value) {
    return HalfUp.shown(value);
  }

  private static ModelResult withCaveats(ModelResult r, List<Caveat> added) {
    List<Caveat> all = new ArrayList<>(r.caveats());
    all.addAll(added);
    if (r instanceof Complete c) {
      return new Complete(c.model(), c.items(), c.total(), c.category(), all);
    }
    if (r instanceof Bounded b) {
      return new Bounded(
          b.model(),
          b.knownItems(),
          b.openItems(),
          b.totals(),
          b.reachableCategories(),
          b.deciding(),
          all);
    }
    return r; // not applicable: the lab was not used for a result
  }
}
