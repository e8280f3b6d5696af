package org.hccbm.testkit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.hccbm.core.Diameter;
import org.hccbm.core.Observed;
import org.hccbm.core.history.TreatmentHistory;
import org.hccbm.core.lab.Afp;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Calcium;
import org.hccbm.core.lab.Creatinine;
import org.hccbm.core.lab.Crp;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.LabPanel;
import org.hccbm.core.lab.LabValue;
import org.hccbm.core.lab.Ldh;
import org.hccbm.core.lab.Platelets;
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
import org.hccbm.core.patient.BodyWeight;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.patient.Sex;
import org.hccbm.core.performance.Karnofsky;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.tumour.AjccN;
import org.hccbm.core.tumour.ExtraskeletalMetastasis;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.core.tumour.MetastasisPattern;
import org.hccbm.core.tumour.MetastasisSite;
import org.hccbm.core.tumour.PortalVeinInvasion;
import org.hccbm.core.tumour.PrimaryControl;
import org.hccbm.core.tumour.PrimaryHcc;

/**
 * Draws patients by a {@link GeneratorProfile}. Every item (a section of the record, one laboratory
 * value, one lesion finding) is unknown with the profile's unknown rate, independently; at rate 0
 * every item a model reads is known, so every model that applies gives a complete result.
 * Performance status is drawn on the Karnofsky scale (steps of 10), from which the ECOG grade
 * follows, so that both kinds of model are determined.
 *
 * <p>Reported precision ({@link GeneratorProfile.Precision#REPORTED}) rounds each value to the step
 * a laboratory prints:
 *
 * <table>
 * <caption>Reporting step per analyte</caption>
 * <tr><th>Analyte</th><th>US</th><th>SI</th></tr>
 * <tr><td>Bilirubin</td><td>0.1 mg/dL</td><td>1 µmol/L</td></tr>
 * <tr><td>Albumin</td><td>0.1 g/dL</td><td>1 g/L</td></tr>
 * <tr><td>INR</td><td>0.01</td><td>0.01</td></tr>
 * <tr><td>Creatinine</td><td>0.01 mg/dL</td><td>1 µmol/L</td></tr>
 * <tr><td>Sodium</td><td>1 mmol/L</td><td>1 mmol/L</td></tr>
 * <tr><td>Platelets</td><td>1 × 10^3/µL</td><td>1 × 10^9/L</td></tr>
 * <tr><td>Calcium</td><td>0.1 mg/dL</td><td>0.01 mmol/L</td></tr>
 * <tr><td>CRP</td><td>0.1 mg/dL</td><td>1 mg/L</td></tr>
 * <tr><td>LDH</td><td>1 U/L</td><td>1 U/L</td></tr>
 * <tr><td>AFP</td><td>0.1 ng/mL</td><td>0.1 µg/L</td></tr>
 * </table>
 *
 * <p>Body weight is reported to 0.1 kg, diameters to 0.1 cm, age in whole years.
 *
 * @since 0.2.0
 */
public final class ProfiledGenerator {
  private final GeneratorProfile profile;

  ProfiledGenerator(GeneratorProfile profile) {
    this.profile = requireNonNull(profile, "profile");
  }

  /**
   * Returns a generator for a profile.
   *
   * @param profile the profile
   * @return the generator
   */
  public static ProfiledGenerator of(GeneratorProfile profile) {
    return new ProfiledGenerator(profile);
  }

  /** Returns the profile. @return the profile */
  public GeneratorProfile profile() {
    return profile;
  }

  private boolean known(RandomGenerator r) {
    double p = profile.unknownRate();
    return p == 0 || (p < 1 && r.nextDouble() >= p);
  }

  private boolean si(RandomGenerator r) {
    return switch (profile.units()) {
      case US -> false;
      case SI -> true;
      case MIXED -> r.nextBoolean();
    };
  }

  private double round(double value, double step) {
    if (profile.precision() == GeneratorProfile.Precision.FULL) {
      return value;
    }
    return new java.math.BigDecimal(Math.round(value / step))
        .multiply(java.math.BigDecimal.valueOf(step))
        .doubleValue();
  }

  /**
   * Bilirubin 0.2–30 mg/dL, log-uniform.
   *
   * @param r the source
   * @return the value
   */
  public Bilirubin bilirubin(RandomGenerator r) {
    double mg = logUniform(r, 0.2, 30);
    return si(r) ? Bilirubin.umolPerL(round(mg * 17.1, 1)) : Bilirubin.mgPerDl(round(mg, 0.1));
  }

  /**
   * Albumin 1.5–5.5 g/dL.
   *
   * @param r the source
   * @return the value
   */
  public Albumin albumin(RandomGenerator r) {
    double g = 1.5 + 4.0 * r.nextDouble();
    return si(r) ? Albumin.gPerL(round(g * 10, 1)) : Albumin.gPerDl(round(g, 0.1));
  }

  /**
   * INR 0.8–5, log-uniform.
   *
   * @param r the source
   * @return the value
   */
  public Inr inr(RandomGenerator r) {
    return Inr.ratio(round(logUniform(r, 0.8, 5), 0.01));
  }

  /**
   * Creatinine 0.3–8 mg/dL, log-uniform.
   *
   * @param r the source
   * @return the value
   */
  public Creatinine creatinine(RandomGenerator r) {
    double mg = logUniform(r, 0.3, 8);
    return si(r) ? Creatinine.umolPerL(round(mg * 88.4, 1)) : Creatinine.mgPerDl(round(mg, 0.01));
  }

  /**
   * Sodium 115–150 mmol/L.
   *
   * @param r the source
   * @return the value
   */
  public Sodium sodium(RandomGenerator r) {
    return Sodium.mmolPerL(round(115 + 35 * r.nextDouble(), 1));
  }

  /**
   * Platelets 20–400 × 10^3/µL.
   *
   * @param r the source
   * @return the value
   */
  public Platelets platelets(RandomGenerator r) {
    double k = logUniform(r, 20, 400);
    return si(r) ? Platelets.billionPerL(round(k, 1)) : Platelets.thousandPerUl(round(k, 1));
  }

  /**
   * Total calcium 7.5–13 mg/dL.
   *
   * @param r the source
   * @return the value
   */
  public Calcium calcium(RandomGenerator r) {
    double mg = 7.5 + 5.5 * r.nextDouble();
    return si(r) ? Calcium.mmolPerL(round(mg / 4.008, 0.01)) : Calcium.mgPerDl(round(mg, 0.1));
  }

  /**
   * CRP 0.05–20 mg/dL, log-uniform.
   *
   * @param r the source
   * @return the value
   */
  public Crp crp(RandomGenerator r) {
    double mg = logUniform(r, 0.05, 20);
    return si(r)
        ? Crp.mgPerL(Math.max(1, round(mg * 10, 1)))
        : Crp.mgPerDl(Math.max(0.1, round(mg, 0.1)));
  }

  /**
   * LDH 100–1500 U/L, log-uniform.
   *
   * @param r the source
   * @return the value
   */
  public Ldh ldh(RandomGenerator r) {
    return Ldh.unitsPerL(round(logUniform(r, 100, 1500), 1));
  }

  /**
   * AFP 1–100,000 ng/mL, log-uniform.
   *
   * @param r the source
   * @return the value
   */
  public Afp afp(RandomGenerator r) {
    double ng = round(logUniform(r, 1, 100_000), 0.1);
    return si(r) ? Afp.ugPerL(ng) : Afp.ngPerMl(ng);
  }

  private <T> Observed<T> maybe(RandomGenerator r, Function<RandomGenerator, T> value) {
    return known(r) ? Observed.of(value.apply(r)) : Observed.unknown();
  }

  private LabPanel labs(RandomGenerator r) {
    List<LabValue> labs = new ArrayList<>();
    maybe(r, this::bilirubin).known().ifPresent(labs::add);
    maybe(r, this::albumin).known().ifPresent(labs::add);
    maybe(r, this::inr).known().ifPresent(labs::add);
    maybe(r, this::creatinine).known().ifPresent(labs::add);
    maybe(r, this::sodium).known().ifPresent(labs::add);
    maybe(r, this::platelets).known().ifPresent(labs::add);
    maybe(r, this::calcium).known().ifPresent(labs::add);
    maybe(r, this::crp).known().ifPresent(labs::add);
    maybe(r, this::ldh).known().ifPresent(labs::add);
    return LabPanel.of(labs);
  }

  /**
   * A patient with HCC and bone metastasis drawn by the profile.
   *
   * @param r the source
   * @return the patient
   */
  public Patient patient(RandomGenerator r) {
    Patient.Builder b = Patient.builder("gen-" + Long.toHexString(r.nextLong()));
    b.labs(labs(r));
    b.liver(
        new LiverBedside(
            maybe(r, x -> Generators.oneOf(x, Ascites.values())),
            maybe(r, x -> Generators.oneOf(x, Encephalopathy.values())),
            maybe(r, x -> x.nextInt(20) == 0)));
    if (known(r)) {
      b.performanceStatus(PerformanceStatus.of(Karnofsky.of(10 * (1 + r.nextInt(10)))));
    }
    if (known(r)) {
      b.performanceStatusCancerRelated(r.nextInt(5) != 0);
    }
    if (known(r)) {
      b.age(Age.years(30 + r.nextInt(55)));
    }
    if (known(r)) {
      b.sex(Generators.oneOf(r, Sex.values()));
    }
    if (known(r)) {
      b.weight(BodyWeight.kg(round(45 + 50 * r.nextDouble(), 0.1)));
    }
    if (known(r)) {
      b.onDialysis(r.nextInt(20) == 0);
    }
    b.primary(primary(r));
    if (known(r)) {
      b.extraskeletalMetastases(r.nextBoolean() ? List.of() : List.of(metastasis(r)));
    }
    if (known(r)) {
      b.boneLesions(
          lesions(
              r,
              1 + r.nextInt(4),
              x -> Generators.oneOf(x, LesionMorphology.values()),
              this::anySite));
    }
    if (known(r)) {
      b.frankel(Generators.oneOf(r, FrankelGrade.values()));
    }
    if (known(r)) {
      b.history(TreatmentHistory.unknown().withPriorSystemicTherapy(r.nextBoolean()));
    }
    return b.build();
  }

  PrimaryHcc primary(RandomGenerator r) {
    PrimaryHcc.Builder p = PrimaryHcc.builder();
    List<Diameter> nodules = new ArrayList<>();
    int count = r.nextInt(5);
    for (int i = 0; i < count; i++) {
      nodules.add(Diameter.cm(round(0.5 + 9.5 * r.nextDouble(), 0.1)));
    }
    if (known(r)) {
      p.intrahepatic(new IntrahepaticTumour(nodules));
    }
    boolean macrovascular = r.nextInt(4) == 0;
    if (known(r)) {
      p.macrovascularInvasion(macrovascular);
    }
    if (known(r)) {
      p.portalVeinInvasion(
          macrovascular
              ? Generators.oneOf(r, PortalVeinInvasion.VP3, PortalVeinInvasion.VP4)
              : Generators.oneOf(
                  r, PortalVeinInvasion.VP0, PortalVeinInvasion.VP1, PortalVeinInvasion.VP2));
    }
    if (known(r)) {
      p.ajccN(Generators.oneOf(r, AjccN.values()));
    }
    if (known(r)) {
      p.afp(afp(r));
    }
    if (known(r)) {
      boolean controlled = count == 0 || r.nextInt(3) == 0;
      p.control(new PrimaryControl(controlled, "generated"));
    }
    return p.build();
  }

  private ExtraskeletalMetastasis metastasis(RandomGenerator r) {
    return new ExtraskeletalMetastasis(
        Generators.oneOf(r, MetastasisSite.values()),
        maybe(r, x -> Generators.oneOf(x, MetastasisPattern.values())),
        maybe(r, RandomGenerator::nextBoolean),
        maybe(r, RandomGenerator::nextBoolean));
  }

  List<BoneLesion> lesions(
      RandomGenerator r,
      int n,
      Function<RandomGenerator, LesionMorphology> morphology,
      Function<RandomGenerator, SkeletalSite> site) {
    List<BoneLesion> lesions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lesions.add(lesion(r, "lesion-" + i, morphology, site.apply(r)));
    }
    return lesions;
  }

  private BoneLesion lesion(
      RandomGenerator r,
      String id,
      Function<RandomGenerator, LesionMorphology> morphology,
      SkeletalSite site) {
    BoneLesion.Builder b = BoneLesion.at(id, site);
    maybe(r, morphology).known().ifPresent(b::morphology);
    maybe(r, x -> Generators.oneOf(x, PainCharacter.values())).known().ifPresent(b::painCharacter);
    maybe(r, x -> Generators.oneOf(x, PainSeverity.values())).known().ifPresent(b::painSeverity);
    maybe(r, x -> DiameterFraction.ofFraction(x.nextDouble()))
        .known()
        .ifPresent(b::diameterFraction);
    maybe(r, x -> Diameter.cm(round(0.5 + 7.5 * x.nextDouble(), 0.1))).known().ifPresent(b::size);
    maybe(r, RandomGenerator::nextBoolean).known().ifPresent(b::softTissueMass);
    maybe(r, x -> x.nextInt(8) == 0).known().ifPresent(b::pathologicalFracture);
    if (site.isSpinal()) {
      maybe(r, x -> Generators.oneOf(x, VertebralCollapse.values())).known().ifPresent(b::collapse);
      maybe(r, x -> Generators.oneOf(x, SpinalAlignment.values())).known().ifPresent(b::alignment);
      maybe(r, x -> Generators.oneOf(x, PosterolateralInvolvement.values()))
          .known()
          .ifPresent(b::posterolateral);
      maybe(r, x -> Generators.oneOf(x, EsccGrade.values())).known().ifPresent(b::escc);
    }
    return b.build();
  }

  private SkeletalSite anySite(RandomGenerator r) {
    int kind = r.nextInt(3);
    if (kind == 0) {
      return Generators.oneOf(r, SpinalLevel.values());
    }
    if (kind == 1) {
      LongBone bone = Generators.oneOf(r, LongBone.values());
      LongBoneRegion region =
          bone == LongBone.FEMUR
              ? Generators.oneOf(r, LongBoneRegion.values())
              : Generators.oneOf(
                  r, LongBoneRegion.PROXIMAL, LongBoneRegion.DIAPHYSIS, LongBoneRegion.DISTAL);
      return LongBoneSite.of(bone, region);
    }
    return Generators.oneOf(r, OtherBone.values());
  }

  private static double logUniform(RandomGenerator r, double lo, double hi) {
    return Math.exp(Math.log(lo) + (Math.log(hi) - Math.log(lo)) * r.nextDouble());
  }
}
