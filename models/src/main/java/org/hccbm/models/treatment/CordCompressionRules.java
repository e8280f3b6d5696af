package org.hccbm.models.treatment;

import static org.hccbm.models.treatment.Domain.CORD_COMPRESSION;
import static org.hccbm.models.treatment.GateCheck.Outcome.CAUTION;
import static org.hccbm.models.treatment.GateCheck.Outcome.UNKNOWN;
import static org.hccbm.models.treatment.PlanItem.Kind.DOSE;
import static org.hccbm.models.treatment.PlanItem.Kind.NEEDS_INFORMATION;
import static org.hccbm.models.treatment.PlanItem.Kind.OPTION;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.history.RadiotherapyCourse;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.PainCharacter;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.neuro.FrankelGrade;
import org.hccbm.core.performance.Ecog;

/**
 * Metastatic spinal cord compression rules (liver §12–§13; bone §8; planner-safety spec PS-6,
 * PS-26): dexamethasone, urgent pathway, decompressive surgery by the Patchell criteria with the
 * NOMS reading for a radioresistant tumour.
 *
 * <p>Cord compression is an ESCC grade of 2 or 3 on any spinal lesion; a neurological deficit
 * (Frankel A–D) with a spinal lesion whose ESCC grade is unknown makes it suspected. The conus is
 * assumed to end at L1/L2: compression at L2 or below is of the cauda equina or roots (PS-6).
 *
 * @since 0.1.0
 */
final class CordCompressionRules {
  /** Dexamethasone: no precondition withholds it; its safety measures are attached (PS-26). */
  public static final Preconditions DEXAMETHASONE_GATES =
      Preconditions.of(Intervention.DEXAMETHASONE);

  /**
   * R-STER-01/02: dexamethasone 16 mg at once, then 16 mg/day, then taper — for neurological
   * symptoms or signs of MSCC (a Frankel grade A–D with compression confirmed or not excluded);
   * PS-26 steroid safety.
   */
  public static final TreatmentRule DEXAMETHASONE =
      TreatmentRule.of(
          RuleInfo.of(
              "R-STER-01",
              RuleSources.NICE_NG234 + "; " + RuleSources.STEROID_BUNDLE,
              "",
              Provenance.S,
              Provenance.V,
              Provenance.M),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              if (!compressedOrSuspected(c) || !PlanContext.isTrue(c.neurologicalDeficit())) {
                return;
              }
              List<Intervention> dex = List.of(Intervention.DEXAMETHASONE);
              out.verdict(
                  CORD_COMPRESSION,
                  DEXAMETHASONE_GATES,
                  Optional.empty(),
                  Wording.of("cord.dexamethasone"),
                  List.of(),
                  facts(c));
              out.dependent(
                  CORD_COMPRESSION,
                  DOSE,
                  PlanItem.PATIENT,
                  dex,
                  Wording.of("cord.dexamethasoneDose"),
                  facts(c));
              out.dependent(
                  CORD_COMPRESSION,
                  PlanItem.Kind.CAUTION,
                  PlanItem.PATIENT,
                  dex,
                  Wording.of("cord.dexamethasoneTaper"),
                  facts(c));
              out.dependent(
                  CORD_COMPRESSION,
                  PlanItem.Kind.CAUTION,
                  PlanItem.PATIENT,
                  dex,
                  Wording.of("cord.patchellDose"),
                  facts(c));
              steroidSafety(c, out, dex);
            }
          });

  /** PS-26: every dexamethasone item carries the steroid-safety measures. */
  static void steroidSafety(PlanContext c, TreatmentRule.Emitter out, List<Intervention> parents) {
    out.dependent(
        Domain.GENERAL,
        PlanItem.Kind.CAUTION,
        PlanItem.PATIENT,
        parents,
        Wording.of("cord.steroidSafety"));
  }

  /**
   * R-STER-03: no neurological symptoms or signs — corticosteroids are not given routinely. With
   * cord compression on imaging this meets ASTRO 2024's "RT plus dexamethasone" for MSCC (R-RT-07),
   * so the plan states both and leaves the choice to the team.
   */
  public static final TreatmentRule NO_ROUTINE_STEROIDS =
      TreatmentRule.of(
          RuleInfo.of("R-STER-03", RuleSources.NICE_NG234, "", Provenance.S),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              if (!PlanContext.isTrue(c.cordCompression())) {
                return;
              }
              if (PlanContext.isFalse(c.neurologicalDeficit())) {
                out.add(
                    CORD_COMPRESSION,
                    PlanItem.Kind.CAUTION,
                    Wording.of("cord.noRoutineSteroids"),
                    facts(c));
              } else if (!c.neurologicalDeficit().isKnown()) {
                out.add(
                    CORD_COMPRESSION,
                    NEEDS_INFORMATION,
                    Wording.of("cord.recordFrankel"),
                    facts(c));
              }
            }
          });

  /** R-MDT-03: urgent MRI and the MSCC pathway. */
  public static final TreatmentRule URGENT_PATHWAY =
      TreatmentRule.of(
          RuleInfo.of("R-MDT-03", RuleSources.NICE_NG234, "", Provenance.V),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              if (compressedOrSuspected(c)) {
                out.add(CORD_COMPRESSION, OPTION, Wording.of("cord.urgentMri"), facts(c));
              } else if (!c.neurologicalDeficit().isKnown() && anySpinalEsccUnknown(c)) {
                out.add(CORD_COMPRESSION, NEEDS_INFORMATION, Wording.of("cord.notExcluded"));
              }
            }
          });

  /**
   * R-MSCC-01 with R-NOMS-01: decompressive (separation) surgery then RT or SRS for each
   * compressing lesion when every Patchell criterion holds and the surgical gates pass. A Patchell
   * exclusion (PS-6: multiple areas, cauda equina or roots only, prior RT at the level; the
   * duration of a motor-complete paraplegia, Frankel A and B, is asked for) does not rule surgery
   * out: the item says the trial's evidence does not apply and leaves decompression to the spine
   * surgeon's judgement (a caution). Expected survival is the open-surgery gate (PS-4, PS-14).
   */
  public static final TreatmentRule PATCHELL =
      TreatmentRule.of(
          RuleInfo.of(
              "R-MSCC-01",
              RuleSources.PATCHELL_2005 + "; " + RuleSources.NOMS,
              "randomised trial",
              Provenance.V),
          new TreatmentRule.Body() {
            @Override
            public void run(PlanContext c, TreatmentRule.Emitter out) {
              List<BoneLesion> compressed = compressedSpinal(c);
              boolean single = contiguous(compressed);
              for (BoneLesion l : compressed) {
                List<GateCheck> criteria = new ArrayList<>();
                // PS-6: a Patchell exclusion means the trial's evidence does not apply to this
                // level; it does not rule decompression out, which stays the spine surgeon's
                // judgement.
                List<PlanArg> outside = new ArrayList<>();
                if (!single) {
                  outside.add(Wording.of("cord.outside.moreThanOneArea"));
                }
                SpinalLevel level = (SpinalLevel) l.site();
                PlanArg id = PlanArg.id(l.id());
                if (level.compareTo(SpinalLevel.L2) >= 0) {
                  outside.add(Wording.of("cord.outside.caudaEquina", PlanArg.of(level)));
                } else if (level == SpinalLevel.L1) {
                  criteria.add(GateCheck.criterion(CAUTION, Wording.of("cord.conusOrCauda")));
                }
                boolean sign =
                    PlanContext.isTrue(c.neurologicalDeficit()) || painCharacterRecorded(l);
                if (!sign) {
                  criteria.add(GateCheck.criterion(UNKNOWN, Wording.of("cord.signUnknown")));
                }
                Observed<FrankelGrade> frankel = c.patient().frankel();
                if (!frankel.isKnown()) {
                  // total paraplegia for more than 48 h puts the level outside Patchell; whether it
                  // is motor-complete (Frankel A or B) must be known before the item can be read.
                  criteria.add(GateCheck.criterion(UNKNOWN, Wording.of("cord.frankelUnknown")));
                } else if (PlanContext.is(frankel, FrankelGrade.A)
                    || PlanContext.is(frankel, FrankelGrade.B)) {
                  criteria.add(
                      GateCheck.criterion(
                          UNKNOWN,
                          Wording.of("cord.paraplegiaDuration", PlanValues.observedCode(frankel))));
                }
                Observed<List<RadiotherapyCourse>> prior = Emission.priorRadiotherapy(c, out, l);
                boolean irradiated = PlanContext.anyCourse(prior);
                if (irradiated) {
                  outside.add(
                      Wording.of("cord.outside.priorRt", id, Gates.courses(prior.known().get())));
                } else if (!prior.isKnown()) {
                  criteria.add(GateCheck.criterion(UNKNOWN, Wording.of("cord.priorRtUnknown", id)));
                }
                if (!outside.isEmpty()) {
                  criteria.add(
                      GateCheck.criterion(
                          CAUTION,
                          Wording.of("cord.patchellNotApply", PlanArg.join("semicolon", outside))));
                }
                // PS-28: post-operative SRS only where SBRT's own performance gate (ECOG 0–1)
                // holds; otherwise the plan would offer SRS beside a ruled-out SBRT for the same
                // level.
                boolean srsPossible = true;
                for (Ecog e : c.ecog()) {
                  srsPossible &= e.grade() <= 1;
                }
                Wording radiotherapy =
                    irradiated
                        ? Wording.of("cord.rt.reirradiation")
                        : outside.isEmpty()
                            ? (srsPossible
                                ? Wording.of("cord.rt.patchellOrSrs")
                                : Wording.of("cord.rt.patchellSrsIfSbrt", id))
                            : (srsPossible
                                ? Wording.of("cord.rt.postOpOrSrs")
                                : Wording.of("cord.rt.postOpSrsIfSbrt", id));
                out.verdict(
                    CORD_COMPRESSION,
                    SurgeryRules.OPEN_SURGERY_GATES,
                    Optional.of(l),
                    Wording.of(
                        outside.isEmpty() ? "cord.decompressionWithin24h" : "cord.decompression",
                        id,
                        radiotherapy,
                        SurgeryRules.approach(l)),
                    criteria,
                    facts(c));
              }
            }
          });

  /** Every cord-compression rule, in order. */
  public static final List<TreatmentRule> ALL =
      List.of(URGENT_PATHWAY, DEXAMETHASONE, NO_ROUTINE_STEROIDS, PATCHELL);

  private CordCompressionRules() {}

  /** Whether a lesion's pain character is recorded as pain (a sign of compression, PS-6). */
  private static boolean painCharacterRecorded(BoneLesion l) {
    PainCharacter pain = PlanContext.valueOrNull(l.painCharacter());
    return pain != null && pain != PainCharacter.NONE;
  }

  /** The spinal lesions with cord compression (ESCC 2–3), in order. */
  static List<BoneLesion> compressedSpinal(PlanContext c) {
    List<BoneLesion> lesions = c.lesions();
    List<BoneLesion> out = null;
    for (int i = 0; i < lesions.size(); i++) {
      BoneLesion l = lesions.get(i);
      if (l.site().isSpinal() && SurgeryRules.compressed(l)) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(l);
      }
    }
    return out == null ? List.of() : out;
  }

  /** Whether a spinal lesion's ESCC grade is not recorded. */
  private static boolean anySpinalEsccUnknown(PlanContext c) {
    for (BoneLesion l : c.lesions()) {
      if (l.site().isSpinal() && !l.escc().isKnown()) {
        return true;
      }
    }
    return false;
  }

  static boolean compressedOrSuspected(PlanContext c) {
    Observed<Boolean> compression = c.cordCompression();
    return PlanContext.isTrue(compression)
        || (PlanContext.isTrue(c.neurologicalDeficit())
            && anySpinal(c)
            && !PlanContext.isFalse(compression));
  }

  /** Whether any bone lesion is spinal. */
  private static boolean anySpinal(PlanContext c) {
    for (BoneLesion l : c.lesions()) {
      if (l.site().isSpinal()) {
        return true;
      }
    }
    return false;
  }

  private static Fact[] facts(PlanContext c) {
    return new Fact[] {
      Fact.of(
          "cordCompression",
          PlanValues.observed(
              c.cordCompression(), x -> Wording.of(x ? "word.true" : "word.false"))),
      Fact.of("frankelGrade", PlanValues.observedCode(c.patient().frankel()))
    };
  }

  /** Whether the compressed levels form one area (one level or contiguous levels). */
  @SuppressWarnings("EnumOrdinal") // SpinalLevel is declared in craniocaudal order, by design
  static boolean contiguous(List<BoneLesion> lesions) {
    if (lesions.size() < 2) {
      return true;
    }
    int[] levels = new int[lesions.size()];
    for (int i = 0; i < levels.length; i++) {
      levels[i] = ((SpinalLevel) lesions.get(i).site()).ordinal();
    }
    java.util.Arrays.sort(levels);
    for (int i = 1; i < levels.length; i++) {
      if (levels[i] - levels[i - 1] > 1) {
        return false;
      }
    }
    return true;
  }
}
