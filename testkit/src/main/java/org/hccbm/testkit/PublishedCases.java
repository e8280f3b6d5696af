package org.hccbm.testkit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hccbm.core.Diameter;
import org.hccbm.core.Observed;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Creatinine;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.LabPanel;
import org.hccbm.core.lab.Sodium;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.DiameterFraction;
import org.hccbm.core.lesion.LesionMorphology;
import org.hccbm.core.lesion.LongBone;
import org.hccbm.core.lesion.LongBoneRegion;
import org.hccbm.core.lesion.LongBoneSite;
import org.hccbm.core.lesion.PainCharacter;
import org.hccbm.core.lesion.PainSeverity;
import org.hccbm.core.lesion.PosterolateralInvolvement;
import org.hccbm.core.lesion.SpinalAlignment;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.lesion.VertebralCollapse;
import org.hccbm.core.liver.Ascites;
import org.hccbm.core.liver.Encephalopathy;
import org.hccbm.core.liver.LiverBedside;
import org.hccbm.core.patient.Age;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.patient.Sex;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.tumour.ExtraskeletalMetastasis;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.core.tumour.MetastasisPattern;
import org.hccbm.core.tumour.MetastasisSite;
import org.hccbm.core.tumour.PrimaryControl;
import org.hccbm.core.tumour.PrimaryHcc;

/**
 * The worked examples of the model specifications (liver spec §1.4, §2.6, §3.4, §4.1, §5; bone
 * spec §1.5, §2.4, §3.2, §4.4, §5.4, §7.3) as data: model id, the input as a {@link Patient},
 * the expected result and where it comes from. The library's own model tests check the same examples; a test author can run an
 * implementation, a wrapper or an integration against them.
 *
 * <p>Provenance is stated per case and matters: the specifications mark most worked examples as
 * <b>constructed</b> (computed in the spec from the published formula, not printed by a source),
 * and a few as <b>published</b> by a third party (a calculator page, a test suite, a teaching
 * page). None is a patient printed in the original papers; {@link #published()} returns only the
 * published ones. Left out: CP-6's "3.0 g/dL" variant result (a model variant, not the default
 * model; the default result is here); Mirels M-2 (its published total omits pain, so it is a
 * bounded result, not a worked total); the non-HCC examples of the bone spec (T-2, To-3, To-4a/b,
 * K-3: breast and renal primaries, which a {@link Patient} with HCC cannot carry); and, not yet
 * transcribed, T-3, T-4a/b, To-2, K-2, the lab-item tests K-4…K-6, TN-1…5, GPA-1, TK-1, TM-1,
 * ZA-1…3, UK-1…4 and the planner examples N-1…4.
 *
 * @since 0.2.0
 */
public final class PublishedCases {
  private PublishedCases() {}

  /** Where a worked example comes from. */
  public enum Provenance {
    /** Printed by a third party (named in the citation); the spec reproduces it. */
    PUBLISHED,
    /** Constructed in the specification and computed there with the published formula. */
    CONSTRUCTED
  }

  /**
   * One worked example.
   *
   * @param id the example's id in the specification, e.g. "ME-1"
   * @param modelId the model's catalogue id, e.g. "meld"
   * @param patient the input
   * @param expectedTotal the expected total (points, score or index), when the model has one
   * @param tolerance how far the computed total may be from the expected one (0 for points)
   * @param expectedCategory the expected category code ({@code Category.code()}), when any
   * @param provenance published or constructed
   * @param citation the specification section and, for a published case, its source
   */
  public record Case(String id, String modelId, Patient patient, OptionalDouble expectedTotal,
      double tolerance, Optional<String> expectedCategory, Provenance provenance,
      String citation) {
    /** Validates the components. */
    public Case {
      requireNonNull(id, "id");
      requireNonNull(modelId, "modelId");
      requireNonNull(patient, "patient");
      requireNonNull(expectedTotal, "expectedTotal");
      requireNonNull(expectedCategory, "expectedCategory");
      requireNonNull(provenance, "provenance");
      requireNonNull(citation, "citation");
      if (expectedTotal.isEmpty() && expectedCategory.isEmpty()) {
        throw new IllegalArgumentException("case " + id + " must expect a total or a category");
      }
    }
  }

  private static final String LIVER = "hccbm liver spec ";
  private static final String BONE = "hccbm bone spec ";

  /**
   * Every worked example, in specification order.
   *
   * @return the cases
   */
  public static List<Case> all() {
    List<Case> c = new ArrayList<>();
    childPugh(c);
    albi(c);
    meld(c);
    sins(c);
    mirels(c);
    hccSmGpa(c);
    bclc(c);
    transplantCriteria(c);
    integrated(c);
    return List.copyOf(c);
  }

  /**
   * The worked examples printed by a third party.
   *
   * @return the cases
   */
  public static List<Case> published() {
    return all().stream().filter(k -> k.provenance() == Provenance.PUBLISHED).toList();
  }

  private static Case points(String id, String model, Patient p, double total, String category,
      Provenance provenance, String citation) {
    return new Case(id, model, p, OptionalDouble.of(total), 0, Optional.of(category), provenance,
        citation);
  }

  private static Patient liver(String id, Bilirubin bili, Albumin alb, Inr inr, Ascites ascites,
      Encephalopathy he, boolean cholestatic) {
    return Patient.builder(id).labs(LabPanel.of(bili, alb, inr))
        .liver(LiverBedside.of(ascites, he, cholestatic)).build();
  }

  private static void childPugh(List<Case> c) {
    String cite = LIVER + "§1.4 (Pugh 1973 table; constructed)";
    Provenance k = Provenance.CONSTRUCTED;
    c.add(points("CP-1", "child-pugh", liver("CP-1", Bilirubin.mgPerDl(1.5), Albumin.gPerDl(3.8),
        Inr.ratio(1.2), Ascites.NONE, Encephalopathy.NONE, false), 5, "A", k, cite));
    c.add(points("CP-2", "child-pugh", liver("CP-2", Bilirubin.mgPerDl(2.5), Albumin.gPerDl(3.0),
        Inr.ratio(1.8), Ascites.MILD, Encephalopathy.NONE, false), 9, "B", k, cite));
    c.add(points("CP-3", "child-pugh", liver("CP-3", Bilirubin.mgPerDl(4.0), Albumin.gPerDl(2.5),
        Inr.ratio(2.5), Ascites.MODERATE, Encephalopathy.GRADE_3, false), 15, "C", k, cite));
    c.add(points("CP-4", "child-pugh", liver("CP-4", Bilirubin.mgPerDl(2.0), Albumin.gPerDl(3.5),
        Inr.ratio(1.7), Ascites.NONE, Encephalopathy.NONE, false), 8, "B", k, cite));
    c.add(points("CP-5", "child-pugh", liver("CP-5", Bilirubin.mgPerDl(5.0), Albumin.gPerDl(3.6),
        Inr.ratio(1.1), Ascites.NONE, Encephalopathy.NONE, true), 6, "A", k,
        cite + "; cholestatic (PBC/PSC) bilirubin bands"));
    c.add(points("CP-6", "child-pugh", liver("CP-6", Bilirubin.mgPerDl(1.0), Albumin.gPerDl(2.9),
        Inr.ratio(1.0), Ascites.NONE, Encephalopathy.NONE, false), 6, "A", k,
        cite + "; Pugh's albumin bands (the 3.0 g/dL variant gives 7, B)"));
  }

  private static Case albiCase(String id, Bilirubin bili, Albumin alb, double total,
      String grade, Provenance provenance, String citation) {
    return new Case(id, "albi", Patient.builder(id).labs(LabPanel.of(bili, alb)).build(),
        OptionalDouble.of(total), 5e-4, Optional.of(grade), provenance, citation);
  }

  private static void albi(List<Case> c) {
    String cite = LIVER + "§2.6 (Johnson 2015 formula, coefficient −0.085; constructed)";
    c.add(albiCase("AL-1", Bilirubin.mgPerDl(1.2), Albumin.gPerDl(3.5), -2.109, "GRADE_2B",
        Provenance.PUBLISHED, LIVER + "§2.6: a calculator page gives \"≈ −2.10, grade 2\" "
            + "(truncated); the exact value −2.109 is computed in the spec"));
    c.add(albiCase("AL-2", Bilirubin.umolPerL(10), Albumin.gPerL(40), -2.740, "GRADE_1",
        Provenance.CONSTRUCTED, cite));
    c.add(albiCase("AL-3", Bilirubin.umolPerL(15), Albumin.gPerL(38), -2.454, "GRADE_2A",
        Provenance.CONSTRUCTED, cite));
    c.add(albiCase("AL-4", Bilirubin.umolPerL(17), Albumin.gPerL(35), -2.163, "GRADE_2B",
        Provenance.CONSTRUCTED, cite));
    c.add(albiCase("AL-5", Bilirubin.umolPerL(50), Albumin.gPerL(25), -1.004, "GRADE_3",
        Provenance.CONSTRUCTED, cite));
  }

  private static Patient.Builder meldLabs(String id, double cr, double bili, double inr,
      double na) {
    return Patient.builder(id).onDialysis(false).labs(LabPanel.of(Creatinine.mgPerDl(cr),
        Bilirubin.mgPerDl(bili), Inr.ratio(inr), Sodium.mmolPerL(na)));
  }

  private static Case score(String id, String model, Patient p, double total,
      Provenance provenance, String citation) {
    return new Case(id, model, p, OptionalDouble.of(total), 0, Optional.empty(), provenance,
        citation);
  }

  private static Patient meld3(String id, double cr, double bili, double inr, double na,
      double alb, Sex sex, int age) {
    Patient.Builder b = meldLabs(id, cr, bili, inr, na).sex(sex).age(Age.years(age));
    return b.labs(LabPanel.of(Creatinine.mgPerDl(cr), Bilirubin.mgPerDl(bili), Inr.ratio(inr),
        Sodium.mmolPerL(na), Albumin.gPerDl(alb))).build();
  }

  private static void meld(List<Case> c) {
    String cite = LIVER + "§3.4 (OPTN policy formulas; constructed)";
    String optn = LIVER + "§3.4: the OPTN-equation vector of a third-party test suite";
    Provenance p = Provenance.PUBLISHED;
    Provenance k = Provenance.CONSTRUCTED;
    c.add(score("ME-1", "meld", meldLabs("ME-1", 1.9, 4.2, 1.6, 137).build(), 23, p, optn));
    c.add(score("ME-2", "meld-na", meldLabs("ME-2", 1.9, 4.2, 1.6, 128).build(), 28, p, optn));
    c.add(score("ME-3", "meld-na", meldLabs("ME-3", 1.9, 4.2, 1.6, 120).build(), 30, k,
        cite + "; sodium bounded to 125"));
    c.add(score("ME-4", "meld", meldLabs("ME-4", 0.4, 0.2, 0.9, 137).build(), 6, p,
        LIVER + "§3.4: published example with every lab floored at 1.0"));
    c.add(score("ME-5", "meld", meldLabs("ME-5", 1.3, 1.9, 1.2, 140).build(), 13, p,
        LIVER + "§3.4: a calculator page gives MELD 13.41 → 13"));
    c.add(score("ME-5", "meld-na", meldLabs("ME-5", 1.3, 1.9, 1.2, 140).build(), 13, k, cite));
    c.add(score("ME-6", "meld-na", meldLabs("ME-6", 1.6, 1.0, 1.0, 125).build(), 11, k,
        cite + "; MELD(i) ≤ 11 has no sodium term"));
    c.add(score("ME-7", "meld-3.0", meld3("ME-7", 1.5, 3.0, 1.8, 130, 2.8, Sex.MALE, 60), 26, k,
        cite + " (same inputs as the third-party OPTN vector)"));
    c.add(score("ME-8", "meld-3.0", meld3("ME-8", 1.5, 3.0, 1.8, 130, 2.8, Sex.FEMALE, 60), 27, k,
        cite));
    c.add(score("ME-9", "meld-3.0", meld3("ME-9", 4.5, 1.9, 1.6, 128, 2.2, Sex.FEMALE, 55), 33, k,
        cite + "; creatinine capped at 3.0"));
    c.add(score("ME-10", "meld-3.0", meld3("ME-10", 0.7, 1.0, 0.9, 140, 4.2, Sex.MALE, 40), 6, k,
        cite + "; every item at its bound"));
  }

  private static Patient spine(String id, SpinalLevel level, PainCharacter pain,
      LesionMorphology morphology, SpinalAlignment alignment, VertebralCollapse collapse,
      PosterolateralInvolvement posterolateral) {
    return Patient.builder(id).boneLesions(List.of(BoneLesion.at(level.label(), level)
        .painCharacter(pain).morphology(morphology).alignment(alignment).collapse(collapse)
        .posterolateral(posterolateral).build())).build();
  }

  private static void sins(List<Case> c) {
    String cite = BONE + "§4.4 (Fisher 2010 table; constructed, no public worked example found)";
    Provenance k = Provenance.CONSTRUCTED;
    c.add(points("S-1", "sins", spine("S-1", SpinalLevel.T12, PainCharacter.MECHANICAL,
        LesionMorphology.LYTIC, SpinalAlignment.NORMAL, VertebralCollapse.ofPercent(40, true),
        PosterolateralInvolvement.BILATERAL), 13, "UNSTABLE", k, cite));
    c.add(points("S-2a", "sins", spine("S-2a", SpinalLevel.T7,
        PainCharacter.OCCASIONAL_NON_MECHANICAL, LesionMorphology.LYTIC, SpinalAlignment.NORMAL,
        VertebralCollapse.NONE_WITH_OVER_HALF_INVOLVED, PosterolateralInvolvement.UNILATERAL), 6,
        "STABLE", k, cite));
    c.add(points("S-2b", "sins", spine("S-2b", SpinalLevel.T7, PainCharacter.MECHANICAL,
        LesionMorphology.LYTIC, SpinalAlignment.NORMAL,
        VertebralCollapse.NONE_WITH_OVER_HALF_INVOLVED, PosterolateralInvolvement.UNILATERAL), 8,
        "POTENTIALLY_UNSTABLE", k, cite));
    c.add(points("S-3", "sins", spine("S-3", SpinalLevel.L3, PainCharacter.NONE,
        LesionMorphology.BLASTIC, SpinalAlignment.NORMAL, VertebralCollapse.NONE,
        PosterolateralInvolvement.NONE), 2, "STABLE", k, cite));
    c.add(points("S-4", "sins", spine("S-4", SpinalLevel.C2, PainCharacter.MECHANICAL,
        LesionMorphology.LYTIC, SpinalAlignment.SUBLUXATION_TRANSLATION,
        VertebralCollapse.OVER_HALF, PosterolateralInvolvement.BILATERAL), 18, "UNSTABLE", k,
        cite));
  }

  private static Patient longBone(String id, LongBone bone, LongBoneRegion region,
      PainSeverity pain, LesionMorphology morphology, DiameterFraction fraction) {
    return Patient.builder(id).boneLesions(List.of(BoneLesion.at(id,
        LongBoneSite.of(bone, region)).painSeverity(pain).morphology(morphology)
        .diameterFraction(fraction).build())).build();
  }

  private static void mirels(List<Case> c) {
    String cite = BONE + "§5.4 (Mirels 1989 table; constructed)";
    Provenance k = Provenance.CONSTRUCTED;
    c.add(points("M-1", "mirels", longBone("M-1", LongBone.FEMUR, LongBoneRegion.DIAPHYSIS,
        PainSeverity.FUNCTIONAL, LesionMorphology.LYTIC, DiameterFraction.ofFraction(0.5)), 10,
        "PROPHYLACTIC_FIXATION", Provenance.PUBLISHED, BONE + "§5.4: public example "
            + "(epomedicine.com); \"severe pain at rest\" scored as functional pain"));
    c.add(points("M-3", "mirels", longBone("M-3", LongBone.HUMERUS, LongBoneRegion.DIAPHYSIS,
        PainSeverity.MILD, LesionMorphology.BLASTIC, DiameterFraction.LESS_THAN_ONE_THIRD), 4,
        "RADIOTHERAPY_AND_OBSERVATION", k, cite));
    c.add(points("M-4", "mirels", longBone("M-4", LongBone.HUMERUS, LongBoneRegion.PROXIMAL,
        PainSeverity.MODERATE, LesionMorphology.LYTIC, DiameterFraction.ONE_THIRD_TO_TWO_THIRDS),
        8, "CLINICAL_JUDGEMENT", k, cite));
    c.add(points("M-5", "mirels", longBone("M-5", LongBone.FEMUR,
        LongBoneRegion.PERITROCHANTERIC, PainSeverity.MODERATE, LesionMorphology.LYTIC,
        DiameterFraction.ONE_THIRD_TO_TWO_THIRDS), 10, "PROPHYLACTIC_FIXATION", k, cite));
  }

  private static Patient gpa(String id, int ecog, boolean controlled,
      List<MetastasisSite> extraskeletal) {
    return Patient.builder(id).performanceStatus(PerformanceStatus.of(Ecog.of(ecog)))
        .primary(PrimaryHcc.builder().control(new PrimaryControl(controlled, "worked example"))
            .build())
        .extraskeletalMetastases(extraskeletal.stream().map(site -> new ExtraskeletalMetastasis(
            site, Observed.of(MetastasisPattern.NODULAR), Observed.of(false),
            Observed.of(false))).toList())
        .build();
  }

  private static void hccSmGpa(List<Case> c) {
    String cite = BONE + "§7.3 (HCC-SM GPA point table; constructed)";
    Provenance k = Provenance.CONSTRUCTED;
    c.add(points("G-1", "hcc-sm-gpa", gpa("G-1", 1, true, List.of()), 0, "LOW", k, cite));
    c.add(points("G-2", "hcc-sm-gpa", gpa("G-2", 2, false, List.of(MetastasisSite.LUNG)), 3,
        "HIGH", k, cite));
    c.add(points("G-3", "hcc-sm-gpa", gpa("G-3", 3, true, List.of()), 1, "INTERMEDIATE", k,
        cite));
    c.add(points("G-4", "hcc-sm-gpa", gpa("G-4", 4, false, List.of(MetastasisSite.ADRENAL)), 4,
        "HIGH", k, cite));
    c.add(points("G-5", "hcc-sm-gpa", gpa("G-5", 2, false, List.of()), 2, "INTERMEDIATE", k,
        cite));
  }

  private static PrimaryHcc nodules(boolean controlled, double... cm) {
    return PrimaryHcc.builder().intrahepatic(new IntrahepaticTumour(
            java.util.Arrays.stream(cm).mapToObj(Diameter::cm).toList()))
        .macrovascularInvasion(false).ajccN(org.hccbm.core.tumour.AjccN.N0)
        .control(new PrimaryControl(controlled, "worked example")).build();
  }

  private static final List<BoneLesion> ONE_SPINE_LESION = List.of(
      BoneLesion.at("T10", SpinalLevel.T10).build());

  private static Patient bclcPatient(String id, int ecog, boolean childPughA,
      boolean boneMetastasis, double... cm) {
    LiverBedside liver = childPughA ? LiverBedside.of(Ascites.NONE, Encephalopathy.NONE, false)
        : LiverBedside.of(Ascites.MODERATE, Encephalopathy.GRADE_3, false);
    LabPanel labs = childPughA
        ? LabPanel.of(Bilirubin.mgPerDl(1.0), Albumin.gPerDl(4.0), Inr.ratio(1.0))
        : LabPanel.of(Bilirubin.mgPerDl(4.0), Albumin.gPerDl(2.5), Inr.ratio(2.5));
    return Patient.builder(id).performanceStatus(PerformanceStatus.of(Ecog.of(ecog)))
        .performanceStatusCancerRelated(true).labs(labs).liver(liver)
        .primary(nodules(false, cm)).extraskeletalMetastases(List.of())
        .boneLesions(boneMetastasis ? ONE_SPINE_LESION : List.of()).build();
  }

  private static Case category(String id, String model, Patient p, String category,
      String citation) {
    return new Case(id, model, p, OptionalDouble.empty(), 0, Optional.of(category),
        Provenance.CONSTRUCTED, citation);
  }

  private static void bclc(List<Case> c) {
    String cite = LIVER + "§4.1 (BCLC 2022, Reig 2022; constructed)";
    c.add(category("BC-1", "bclc-2022", bclcPatient("BC-1", 0, true, true, 4), "C", cite));
    c.add(category("BC-2", "bclc-2022", bclcPatient("BC-2", 3, true, true, 4), "D", cite));
    c.add(category("BC-3", "bclc-2022", bclcPatient("BC-3", 0, false, true, 4), "D", cite
        + "; Child–Pugh C, not a transplant candidate"));
    c.add(category("BC-4", "bclc-2022", bclcPatient("BC-4", 0, true, false, 2.5, 2.8), "A",
        cite));
    c.add(category("BC-5", "bclc-2022", bclcPatient("BC-5", 0, true, false, 1.8), "0", cite));
    c.add(category("BC-6", "bclc-2022", bclcPatient("BC-6", 0, true, false, 2, 2, 2, 2), "B",
        cite));
  }

  private static Patient transplant(String id, boolean extrahepatic, double... cm) {
    return Patient.builder(id).primary(nodules(false, cm)).boneLesions(List.of())
        .extraskeletalMetastases(extrahepatic ? List.of(new ExtraskeletalMetastasis(
            MetastasisSite.LUNG, Observed.of(MetastasisPattern.NODULAR), Observed.of(false),
            Observed.of(false))) : List.of())
        .build();
  }

  private static void transplantCriteria(List<Case> c) {
    String milan = LIVER + "§5 (Mazzaferro 1996; constructed)";
    String ucsf = LIVER + "§5 (Yao 2001; constructed)";
    double[][] tumours = {{5.0}, {6.0}, {4.0, 2.0, 1.5}, {4.5, 2.5, 1.5}, {1, 1, 1, 1}, {2.0}};
    String[] inMilan = {"WITHIN", "BEYOND", "BEYOND", "BEYOND", "BEYOND", "BEYOND"};
    String[] inUcsf = {"WITHIN", "WITHIN", "WITHIN", "BEYOND", "BEYOND", "BEYOND"};
    for (int i = 0; i < tumours.length; i++) {
      String id = "MI-" + (i + 1);
      Patient p = transplant(id, i == 5, tumours[i]);
      c.add(category(id, "milan", p, inMilan[i], milan));
      c.add(category(id, "ucsf", p, inUcsf[i], ucsf));
    }
  }

  private static void integrated(List<Case> c) {
    String h1 = "; the patient is fixture H-1 (bone spec §11), whose findings are this example's";
    c.add(points("T-1", "tokuhashi-revised", Fixtures.h1(), 6, "SCORE_0_8",
        Provenance.CONSTRUCTED, BONE + "§1.5 (Tokuhashi 2005 table; constructed)" + h1));
    c.add(points("To-1", "tomita", Fixtures.h1(), 10, "SUPPORTIVE_CARE",
        Provenance.CONSTRUCTED, BONE + "§2.4 (Tomita 2001 table; constructed)" + h1));
    c.add(points("K-1", "katagiri-new", Fixtures.h1(), 8, "HIGH",
        Provenance.CONSTRUCTED, BONE + "§3.2 (Katagiri 2014 table; constructed)" + h1));
  }
}
