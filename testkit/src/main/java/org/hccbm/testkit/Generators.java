package org.hccbm.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.hccbm.core.Diameter;
import org.hccbm.core.Observed;
import org.hccbm.core.history.TreatmentHistory;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Creatinine;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.LabPanel;
import org.hccbm.core.lab.Sodium;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.DiameterFraction;
import org.hccbm.core.lesion.EsccGrade;
import org.hccbm.core.lesion.LesionMorphology;
import org.hccbm.core.lesion.LongBone;
import org.hccbm.core.lesion.LongBoneRegion;
import org.hccbm.core.lesion.LongBoneSite;
import org.hccbm.core.lesion.OtherBone;
import org.hccbm.core.lesion.PainCharacter;
import org.hccbm.core.lesion.PainSeverity;
import org.hccbm.core.lesion.PosterolateralInvolvement;
import org.hccbm.core.lesion.SkeletalSite;
import org.hccbm.core.lesion.SpinalAlignment;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.lesion.VertebralCollapse;
import org.hccbm.core.liver.Ascites;
import org.hccbm.core.liver.Encephalopathy;
import org.hccbm.core.liver.LiverBedside;
import org.hccbm.core.neuro.FrankelGrade;
import org.hccbm.core.patient.Age;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.patient.Sex;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.Karnofsky;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.tumour.ExtraskeletalMetastasis;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.core.tumour.MetastasisPattern;
import org.hccbm.core.tumour.MetastasisSite;
import org.hccbm.core.tumour.PrimaryControl;
import org.hccbm.core.tumour.PrimaryHcc;
import org.hccbm.models.liver.AlbiInput;
import org.hccbm.models.liver.ChildPughInput;
import org.hccbm.models.liver.MeldInput;

/**
 * Seeded generators of valid inputs (every value they draw passes validation), of their cut-point
 * values, of unknown-item variants, and of deliberately invalid values (named {@code invalid*}).
 * Each takes a {@link RandomGenerator} and returns a value, so any property engine can drive them.
 *
 * @since 0.1.0
 */
public final class Generators {
  private Generators() {}

  /**
   * Bilirubin 0.2–30 mg/dL, log-uniform, in mg/dL or umol/L at random.
   *
   * @param r the source
   * @return the value
   */
  public static Bilirubin bilirubin(RandomGenerator r) {
    double mg = logUniform(r, 0.2, 30);
    return r.nextBoolean() ? Bilirubin.mgPerDl(mg) : Bilirubin.umolPerL(mg * 17.1);
  }

  /**
   * Albumin 1.5–5.5 g/dL, in g/dL or g/L at random.
   *
   * @param r the source
   * @return the value
   */
  public static Albumin albumin(RandomGenerator r) {
    double g = 1.5 + 4.0 * r.nextDouble();
    return r.nextBoolean() ? Albumin.gPerDl(g) : Albumin.gPerL(g * 10);
  }

  /**
   * INR 0.8–5, log-uniform.
   *
   * @param r the source
   * @return the value
   */
  public static Inr inr(RandomGenerator r) {
    return Inr.ratio(logUniform(r, 0.8, 5));
  }

  /**
   * Creatinine 0.3–8 mg/dL, log-uniform, in mg/dL or umol/L.
   *
   * @param r the source
   * @return the value
   */
  public static Creatinine creatinine(RandomGenerator r) {
    double mg = logUniform(r, 0.3, 8);
    return r.nextBoolean() ? Creatinine.mgPerDl(mg) : Creatinine.umolPerL(mg * 88.4);
  }

  /**
   * Sodium 115–150 mmol/L.
   *
   * @param r the source
   * @return the value
   */
  public static Sodium sodium(RandomGenerator r) {
    return Sodium.mmolPerL(115 + 35 * r.nextDouble());
  }

  /**
   * A bilirubin exactly at, or 0.01 mg/dL either side of, a Child–Pugh cut-point.
   *
   * @param r the source
   * @return the value
   */
  public static Bilirubin childPughBilirubinEdge(RandomGenerator r) {
    double cut = r.nextBoolean() ? 2.0 : 3.0;
    return Bilirubin.mgPerDl(cut + 0.01 * (r.nextInt(3) - 1));
  }

  /**
   * An albumin exactly at, or 0.01 g/dL either side of, a Child–Pugh cut-point.
   *
   * @param r the source
   * @return the value
   */
  public static Albumin childPughAlbuminEdge(RandomGenerator r) {
    double cut = r.nextBoolean() ? 2.8 : 3.5;
    return Albumin.gPerDl(cut + 0.01 * (r.nextInt(3) - 1));
  }

  /**
   * Returns one of the values, picked uniformly.
   *
   * @param r the source
   * @param values the values
   * @param <T> the type
   * @return the value
   */
  @SafeVarargs
  public static <T> T oneOf(RandomGenerator r, T... values) {
    return values[r.nextInt(values.length)];
  }

  /**
   * Returns a known value, or (with probability {@code pUnknown}) unknown.
   *
   * @param r the source
   * @param pUnknown the probability of unknown, 0..1
   * @param value draws the value
   * @param <T> the type
   * @return the observation
   */
  public static <T> Observed<T> maybeUnknown(
      RandomGenerator r, double pUnknown, Function<RandomGenerator, T> value) {
    return r.nextDouble() < pUnknown ? Observed.unknown() : Observed.of(value.apply(r));
  }

  /**
   * A Child–Pugh input with each item unknown with probability 0.3.
   *
   * @param r the source
   * @return the input
   */
  public static ChildPughInput childPughInput(RandomGenerator r) {
    return new ChildPughInput(
        maybeUnknown(r, 0.3, Generators::bilirubin),
        maybeUnknown(r, 0.3, Generators::albumin),
        maybeUnknown(r, 0.3, Generators::inr),
        Observed.unknown(),
        maybeUnknown(r, 0.3, x -> oneOf(x, Ascites.values())),
        maybeUnknown(r, 0.3, x -> oneOf(x, Encephalopathy.values())),
        maybeUnknown(r, 0.3, RandomGenerator::nextBoolean));
  }

  /**
   * An ALBI input with each item unknown with probability 0.3.
   *
   * @param r the source
   * @return the input
   */
  public static AlbiInput albiInput(RandomGenerator r) {
    return new AlbiInput(
        maybeUnknown(r, 0.3, Generators::bilirubin), maybeUnknown(r, 0.3, Generators::albumin));
  }

  /**
   * A MELD-family input with each item unknown with probability 0.25.
   *
   * @param r the source
   * @return the input
   */
  public static MeldInput meldInput(RandomGenerator r) {
    return new MeldInput(
        maybeUnknown(r, 0.25, Generators::bilirubin),
        maybeUnknown(r, 0.25, Generators::inr),
        maybeUnknown(r, 0.25, Generators::creatinine),
        maybeUnknown(r, 0.25, Generators::sodium),
        maybeUnknown(r, 0.25, Generators::albumin),
        maybeUnknown(r, 0.25, x -> oneOf(x, Sex.values())),
        maybeUnknown(r, 0.25, x -> Age.years(18 + x.nextInt(70))),
        maybeUnknown(r, 0.25, x -> x.nextInt(10) == 0));
  }

  /**
   * A patient with HCC and bone metastasis whose parts are each known or unknown at random. The
   * performance status is ECOG or Karnofsky (steps of 10); Child–Pugh class follows from the labs.
   *
   * @param r the source
   * @return the patient
   */
  public static Patient patient(RandomGenerator r) {
    List<Diameter> nodules = new ArrayList<>();
    int count = r.nextInt(5);
    for (int i = 0; i < count; i++) {
      nodules.add(Diameter.cm(0.5 + 9.5 * r.nextDouble()));
    }
    Patient.Builder b =
        Patient.builder("gen-" + Long.toHexString(r.nextLong()))
            .labs(LabPanel.of(labs(r)))
            .liver(
                new LiverBedside(
                    maybeUnknown(r, 0.3, x -> oneOf(x, Ascites.values())),
                    maybeUnknown(r, 0.3, x -> oneOf(x, Encephalopathy.values())),
                    Observed.of(false)))
            .primary(
                PrimaryHcc.builder()
                    .intrahepatic(new IntrahepaticTumour(nodules))
                    .macrovascularInvasion(r.nextInt(4) == 0)
                    .build());
    if (r.nextDouble() < 0.8) {
      b.performanceStatus(
          r.nextBoolean()
              ? PerformanceStatus.of(Ecog.of(r.nextInt(5)))
              : PerformanceStatus.of(Karnofsky.of(10 * (1 + r.nextInt(10)))));
    }
    if (r.nextDouble() < 0.7) {
      b.performanceStatusCancerRelated(true);
    }
    if (r.nextDouble() < 0.8) {
      b.age(Age.years(30 + r.nextInt(55))).sex(oneOf(r, Sex.values())).onDialysis(false);
    }
    if (r.nextDouble() < 0.8) {
      b.extraskeletalMetastases(r.nextBoolean() ? List.of() : List.of(extraskeletalMetastasis(r)));
    }
    if (r.nextDouble() < 0.9) {
      List<BoneLesion> lesions = new ArrayList<>();
      int n = 1 + r.nextInt(4);
      for (int i = 0; i < n; i++) {
        lesions.add(boneLesion(r, "lesion-" + i));
      }
      b.boneLesions(lesions);
    }
    if (r.nextDouble() < 0.7) {
      b.frankel(oneOf(r, FrankelGrade.values()));
    }
    if (r.nextDouble() < 0.7) {
      b.primary(
          PrimaryHcc.builder()
              .intrahepatic(new IntrahepaticTumour(nodules))
              .macrovascularInvasion(r.nextInt(4) == 0)
              .control(new PrimaryControl(r.nextBoolean(), "generated"))
              .build());
    }
    if (r.nextDouble() < 0.7) {
      b.history(TreatmentHistory.unknown().withPriorSystemicTherapy(r.nextBoolean()));
    }
    return b.build();
  }

  /**
   * A generated patient (as {@link #patient(RandomGenerator)}) whose nodules, when there are any,
   * are recorded as a count without sizes; a patient without viable tumour is returned unchanged.
   *
   * @param r the source
   * @return the patient
   * @since 0.2.0
   */
  public static Patient patientWithNoduleCountOnly(RandomGenerator r) {
    Patient p = patient(r);
    int count = p.primary().knownNoduleCount().orElse(0);
    if (count == 0) {
      return p;
    }
    return p.withPrimary(p.primary().withNoduleCountOnly(count));
  }

  /**
   * An extraskeletal metastasis at a random site, with each attribute known or unknown.
   *
   * @param r the source
   * @return the metastasis
   */
  public static ExtraskeletalMetastasis extraskeletalMetastasis(RandomGenerator r) {
    return new ExtraskeletalMetastasis(
        oneOf(r, MetastasisSite.values()),
        maybeUnknown(r, 0.3, x -> oneOf(x, MetastasisPattern.values())),
        maybeUnknown(r, 0.3, RandomGenerator::nextBoolean),
        maybeUnknown(r, 0.3, RandomGenerator::nextBoolean));
  }

  /**
   * A bone lesion at a random spinal level, long-bone region or other bone, with each finding known
   * or unknown; spinal findings only on spinal lesions.
   *
   * @param r the source
   * @param id the lesion's id
   * @return the lesion
   */
  public static BoneLesion boneLesion(RandomGenerator r, String id) {
    int kind = r.nextInt(3);
    SkeletalSite site =
        kind == 0
            ? oneOf(r, SpinalLevel.values())
            : kind == 1 ? longBoneSite(r) : oneOf(r, OtherBone.values());
    BoneLesion.Builder b = BoneLesion.at(id, site);
    if (r.nextDouble() < 0.8) {
      b.morphology(oneOf(r, LesionMorphology.values()));
    }
    if (r.nextDouble() < 0.8) {
      b.painCharacter(oneOf(r, PainCharacter.values()));
    }
    if (r.nextDouble() < 0.8) {
      b.painSeverity(oneOf(r, PainSeverity.values()));
    }
    if (r.nextDouble() < 0.8) {
      b.diameterFraction(DiameterFraction.ofFraction(r.nextDouble()));
    }
    if (site.isSpinal()) {
      if (r.nextDouble() < 0.8) {
        b.collapse(oneOf(r, VertebralCollapse.values()));
      }
      if (r.nextDouble() < 0.8) {
        b.alignment(oneOf(r, SpinalAlignment.values()));
      }
      if (r.nextDouble() < 0.8) {
        b.posterolateral(oneOf(r, PosterolateralInvolvement.values()));
      }
      if (r.nextDouble() < 0.5) {
        b.escc(oneOf(r, EsccGrade.values()));
      }
    }
    return b.build();
  }

  private static LongBoneSite longBoneSite(RandomGenerator r) {
    LongBone bone = oneOf(r, LongBone.values());
    LongBoneRegion region =
        bone == LongBone.FEMUR
            ? oneOf(r, LongBoneRegion.values())
            : oneOf(r, LongBoneRegion.PROXIMAL, LongBoneRegion.DIAPHYSIS, LongBoneRegion.DISTAL);
    return LongBoneSite.of(bone, region);
  }

  private static List<org.hccbm.core.lab.LabValue> labs(RandomGenerator r) {
    List<org.hccbm.core.lab.LabValue> labs = new ArrayList<>();
    maybeUnknown(r, 0.2, Generators::bilirubin).known().ifPresent(labs::add);
    maybeUnknown(r, 0.2, Generators::albumin).known().ifPresent(labs::add);
    maybeUnknown(r, 0.2, Generators::inr).known().ifPresent(labs::add);
    maybeUnknown(r, 0.2, Generators::creatinine).known().ifPresent(labs::add);
    maybeUnknown(r, 0.3, Generators::sodium).known().ifPresent(labs::add);
    return labs;
  }

  /**
   * A patient for the treatment planner's properties: {@link #patient} plus, each known or unknown
   * at random, an assessment date, antithrombotic therapy (none, antiplatelet, anticoagulant, with
   * or without class and last dose), platelets, calcium and AFP (including extreme values), a
   * radiotherapy history to the same, an adjacent or another site, pain intensity per lesion,
   * portal-vein invasion, and every long-bone region including the femoral neck and head.
   *
   * @param r the source
   * @return the patient
   * @since 0.2.0
   */
  public static Patient planningPatient(RandomGenerator r) {
    Patient base = patient(r);
    List<org.hccbm.core.lab.LabValue> labs = new ArrayList<>(base.labs().values());
    if (r.nextDouble() < 0.7) {
      labs.add(
          org.hccbm.core.lab.Platelets.thousandPerUl(
              r.nextBoolean() ? 5 + 90 * r.nextDouble() : logUniform(r, 20, 600)));
    }
    if (r.nextDouble() < 0.7) {
      labs.add(
          r.nextBoolean()
              ? org.hccbm.core.lab.Calcium.mgPerDl(6 + 10 * r.nextDouble())
              : org.hccbm.core.lab.Calcium.mmolPerL(1.5 + 2.5 * r.nextDouble()));
    }
    if (r.nextDouble() < 0.3) {
      labs.add(org.hccbm.core.lab.Afp.ngPerMl(logUniform(r, 1, 100_000)));
    }
    if (r.nextDouble() < 0.8) {
      labs.add(org.hccbm.core.lab.Albumin.gPerDl(1.5 + 4.0 * r.nextDouble()));
    }
    boolean ready = r.nextDouble() < 0.25;
    if (ready) {
      // a quarter pass every haemostasis and liver gate, so the options themselves are exercised
      labs.add(Inr.ratio(0.9 + 0.6 * r.nextDouble()));
      labs.add(org.hccbm.core.lab.Platelets.thousandPerUl(50 + 300 * r.nextDouble()));
      labs.add(Bilirubin.mgPerDl(0.3 + 1.5 * r.nextDouble()));
      labs.add(org.hccbm.core.lab.Albumin.gPerDl(3.6 + 1.5 * r.nextDouble()));
    }
    List<org.hccbm.core.lab.LabValue> unique = new ArrayList<>();
    java.util.Set<org.hccbm.core.lab.Analyte> seen =
        java.util.EnumSet.noneOf(org.hccbm.core.lab.Analyte.class);
    for (int i = labs.size() - 1; i >= 0; i--) {
      if (seen.add(labs.get(i).analyte())) {
        unique.add(labs.get(i));
      }
    }
    java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 30);
    Observed<List<BoneLesion>> lesions =
        base.boneLesions()
            .map(
                list ->
                    list.stream()
                        .map(l -> r.nextDouble() < 0.6 ? withPainIntensity(l, r.nextInt(11)) : l)
                        .toList());
    TreatmentHistory history = base.history();
    if (r.nextDouble() < 0.4) {
      List<org.hccbm.core.history.RadiotherapyCourse> courses = new ArrayList<>();
      int n = 1 + r.nextInt(2);
      for (int i = 0; i < n; i++) {
        SkeletalSite site =
            lesions
                .known()
                .filter(l -> !l.isEmpty() && r.nextBoolean())
                .map(l -> nearby(r, l.get(r.nextInt(l.size())).site()))
                .orElseGet(() -> oneOf(r, SpinalLevel.values()));
        courses.add(
            new org.hccbm.core.history.RadiotherapyCourse(
                site,
                oneOf(r, 8.0, 20.0, 30.0),
                oneOf(r, 1, 5, 10),
                r.nextDouble() < 0.8
                    ? java.util.Optional.of(today.minusDays(r.nextInt(400)))
                    : java.util.Optional.empty()));
      }
      history = history.withRadiotherapy(courses);
    }
    Observed<org.hccbm.core.history.AntithromboticTherapy> antithrombotic =
        ready
            ? Observed.of(org.hccbm.core.history.AntithromboticTherapy.none())
            : maybeUnknown(
                r,
                0.4,
                x -> {
                  int k = x.nextInt(4);
                  if (k == 0) {
                    return org.hccbm.core.history.AntithromboticTherapy.none();
                  }
                  java.util.Optional<java.time.LocalDate> last =
                      x.nextBoolean()
                          ? java.util.Optional.of(today.minusDays(x.nextInt(10)))
                          : java.util.Optional.empty();
                  if (k == 3) {
                    return new org.hccbm.core.history.AntithromboticTherapy(
                        oneOf(
                            x,
                            org.hccbm.core.history.AntithromboticKind.ANTIPLATELET,
                            org.hccbm.core.history.AntithromboticKind.ANTICOAGULANT),
                        List.of(),
                        last);
                  }
                  return org.hccbm.core.history.AntithromboticTherapy.of(
                      last, oneOf(x, org.hccbm.core.history.AntithromboticDrugClass.values()));
                });
    PrimaryHcc primary = base.primary();
    if (r.nextDouble() < 0.5) {
      PrimaryHcc.Builder pb =
          PrimaryHcc.builder()
              .portalVeinInvasion(oneOf(r, org.hccbm.core.tumour.PortalVeinInvasion.values()));
      primary.control().known().ifPresent(pb::control);
      primary.intrahepatic().known().ifPresent(pb::intrahepatic);
      primary.macrovascularInvasion().known().ifPresent(pb::macrovascularInvasion);
      primary = pb.build();
    }
    return new Patient(
        base.id(),
        r.nextDouble() < 0.9 ? java.util.Optional.of(today) : java.util.Optional.empty(),
        base.age(),
        base.sex(),
        r.nextDouble() < 0.8
            ? Observed.of(org.hccbm.core.patient.BodyWeight.kg(35 + 80 * r.nextDouble()))
            : base.weight(),
        base.performanceStatus(),
        base.performanceStatusCancerRelated(),
        LabPanel.of(unique),
        ready ? LiverBedside.of(Ascites.NONE, Encephalopathy.NONE, false) : base.liver(),
        base.onDialysis(),
        primary,
        base.extraskeletalMetastases(),
        lesions,
        base.frankel(),
        base.asia(),
        history,
        antithrombotic);
  }

  private static BoneLesion withPainIntensity(BoneLesion l, int nrs) {
    return new BoneLesion(
        l.id(),
        l.site(),
        l.morphology(),
        l.painCharacter(),
        l.painSeverity(),
        l.size(),
        l.diameterFraction(),
        l.softTissueMass(),
        l.pathologicalFracture(),
        l.collapse(),
        l.alignment(),
        l.posterolateral(),
        l.escc(),
        Observed.of(org.hccbm.core.lesion.PainIntensity.nrs(nrs)));
  }

  /** The site itself, or for a spinal level the level above or below. */
  @SuppressWarnings("EnumOrdinal") // SpinalLevel is declared in craniocaudal order, by design
  private static SkeletalSite nearby(RandomGenerator r, SkeletalSite site) {
    if (site instanceof SpinalLevel level && r.nextBoolean()) {
      SpinalLevel[] all = SpinalLevel.values();
      int i = level.ordinal() + (r.nextBoolean() ? 1 : -1);
      return all[Math.max(0, Math.min(all.length - 1, i))];
    }
    return site;
  }

  /**
   * Albumin values that must be refused (g/dL): negative, zero, NaN, infinite.
   *
   * @return the values
   */
  public static List<Double> invalidAlbuminValues() {
    return List.of(-1.0, 0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
  }

  /**
   * Karnofsky values that must be refused.
   *
   * @return the values
   */
  public static List<Integer> invalidKarnofskyValues() {
    return List.of(-10, 5, 55, 101, 110);
  }

  /**
   * ECOG grades that must be refused.
   *
   * @return the values
   */
  public static List<Integer> invalidEcogValues() {
    return List.of(-1, 6, 7);
  }

  /**
   * Spinal level labels that must be refused.
   *
   * @return the labels
   */
  public static List<String> invalidSpinalLevels() {
    return List.of("T13", "C8", "L6", "S6", "X1", "");
  }

  private static double logUniform(RandomGenerator r, double lo, double hi) {
    return Math.exp(Math.log(lo) + (Math.log(hi) - Math.log(lo)) * r.nextDouble());
  }
}
