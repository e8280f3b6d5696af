package org.hccbm.report.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hccbm.core.history.RadiotherapyCourse;
import org.hccbm.core.history.TreatmentHistory;
import org.hccbm.core.lesion.BoneLesion;
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
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Category;
import org.hccbm.models.Models;
import org.hccbm.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SkeletalMapTest {
  /** Every skeletal site the core can express: 31 levels, 24 long-bone sites, 10 other bones. */
  static List<SkeletalSite> everySite() {
    List<SkeletalSite> sites = new ArrayList<>(List.of(SpinalLevel.values()));
    for (LongBone bone : LongBone.values()) {
      for (LongBoneRegion region : LongBoneRegion.values()) {
        if (!region.femurOnly() || bone == LongBone.FEMUR) {
          sites.add(LongBoneSite.of(bone, region));
        }
      }
    }
    sites.addAll(List.of(OtherBone.values()));
    return sites;
  }

  /** A patient with one unscored lesion at every site. */
  static Patient everySitePatient() {
    List<BoneLesion> lesions = new ArrayList<>();
    for (SkeletalSite site : everySite()) {
      lesions.add(BoneLesion.at("at " + site.label(), site).build());
    }
    return Patient.builder("every-site").boneLesions(lesions).build();
  }

  static String map(Patient patient) {
    return SkeletalMap.svg(patient, Models.evaluate(patient));
  }

  static List<Element> marks(Document doc) {
    return SvgDocs.byClass(doc, "lesion");
  }

  @Test
  void everySite_hasADistinctFrontPlaceInsideTheDrawing() {
    List<SkeletalSite> sites = everySite();
    assertThat(sites).hasSize(31 + 5 * 3 + 6 + 10);
    Set<SkeletalMap.Point> seen = new HashSet<>();
    for (SkeletalSite site : sites) {
      SkeletalMap.Point p = SkeletalMap.front(site);
      assertThat(p.x()).as(site.label()).isBetween(40.0, 200.0);
      assertThat(p.y()).as(site.label()).isBetween(20.0, 415.0);
      assertThat(seen.add(p)).as("distinct place for " + site.label()).isTrue();
    }
  }

  @Test
  void spinalLevels_runDownTheSpineInOrder_onBothViews() {
    double previous = 0;
    for (SpinalLevel level : SpinalLevel.values()) {
      SkeletalMap.Point front = SkeletalMap.front(level);
      SkeletalMap.Point side = SkeletalMap.side(level).orElseThrow();
      assertThat(front.y()).as(level.label()).isGreaterThan(previous).isEqualTo(side.y());
      assertThat(side.x()).as(level.label()).isBetween(270.0, 310.0);
      previous = front.y();
    }
  }

  @Test
  void axialSites_haveASidePlace_limbsDoNot() {
    for (OtherBone bone : OtherBone.values()) {
      assertThat(SkeletalMap.side(bone).isPresent())
          .as(bone.label())
          .isEqualTo(bone != OtherBone.HAND_OR_FOOT);
    }
    assertThat(SkeletalMap.side(LongBoneSite.of(LongBone.FEMUR, LongBoneRegion.DIAPHYSIS)))
        .isEmpty();
    // the sternum lies in front of the spine, the scapula behind it
    double t5 = SkeletalMap.side(SpinalLevel.T5).orElseThrow().x();
    assertThat(SkeletalMap.side(OtherBone.STERNUM).orElseThrow().x()).isGreaterThan(t5);
    assertThat(SkeletalMap.side(OtherBone.SCAPULA).orElseThrow().x()).isLessThan(t5);
  }

  @Test
  void femur_hipRegionsRunFromHeadToShaft() {
    double head =
        SkeletalMap.front(LongBoneSite.of(LongBone.FEMUR, LongBoneRegion.FEMORAL_HEAD)).y();
    double neck =
        SkeletalMap.front(LongBoneSite.of(LongBone.FEMUR, LongBoneRegion.FEMORAL_NECK)).y();
    double troch =
        SkeletalMap.front(LongBoneSite.of(LongBone.FEMUR, LongBoneRegion.PERITROCHANTERIC)).y();
    double shaft = SkeletalMap.front(LongBoneSite.of(LongBone.FEMUR, LongBoneRegion.DIAPHYSIS)).y();
    double distal = SkeletalMap.front(LongBoneSite.of(LongBone.FEMUR, LongBoneRegion.DISTAL)).y();
    assertThat(List.of(head, neck, troch, shaft, distal)).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void fixtures_oneMarkPerLesion_inTheLesionsOrder() {
    for (Patient patient : Fixtures.all()) {
      String svg = map(patient);
      SvgDocs.write("skeletal-" + patient.id() + ".svg", svg);
      Document doc = SvgDocs.assertAccessible(svg);
      List<String> ids =
          patient.boneLesions().known().orElse(List.of()).stream().map(BoneLesion::id).toList();
      assertThat(marks(doc).stream().map(e -> e.getAttribute("data-lesion")).toList())
          .as(patient.id())
          .isEqualTo(ids);
    }
  }

  @Test
  void everySitePatient_hasAllSixtyTwoMarks_eachOnTheFrontView() {
    String svg = map(everySitePatient());
    SvgDocs.write("skeletal-every-site.svg", svg);
    Document doc = SvgDocs.assertAccessible(svg);
    List<Element> marks = marks(doc);
    assertThat(marks).hasSize(62);
    for (Element mark : marks) {
      assertThat(mark.getElementsByTagName("title").item(0).getTextContent())
          .startsWith(mark.getAttribute("data-lesion"));
      assertThat(SvgDocs.byClassWithin(mark, "mark")).isNotEmpty();
    }
  }

  @Test
  void unknownLesions_noMarks_andTheTitleSaysSo() {
    Patient patient = Patient.builder("no-lesions").build();
    String svg = map(patient);
    Document doc = SvgDocs.assertAccessible(svg);
    assertThat(marks(doc)).isEmpty();
    assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("Skeletal map of patient no-lesions: bone lesions not recorded");
  }

  @Test
  void cordCompressionFixture_t9_isColouredByItsSinsCategory_withEsccDoubleRing() {
    Patient patient = Fixtures.cordCompression();
    List<Models.Evaluation> evaluations = Models.evaluate(patient);
    BoneLesion t9 = patient.boneLesions().known().orElseThrow().get(0);
    SkeletalMap.Status status = SkeletalMap.status(t9, evaluations);
    Models.Evaluation sins =
        evaluations.stream()
            .filter(e -> e.model().id().equals("sins") && e.subject().equals("T9"))
            .findFirst()
            .orElseThrow();
    assertThat(sins.result().possibleCategories()).hasSize(1);
    Category category = sins.result().possibleCategories().get(0);
    assertThat(status.code()).isEqualTo(category.code());
    assertThat(status.colour()).isEqualTo(SkeletalMap.tier(category)).isNotEqualTo(Palette.GREY);
    Element mark = marks(SvgDocs.parse(map(patient))).get(0);
    // ESCC 3 compresses the cord: two rings on each of the two views
    assertThat(SvgDocs.byClassWithin(mark, "escc")).hasSize(4);
    assertThat(mark.getTextContent()).contains("T9 · ESCC 3");
  }

  @Test
  void sinsCategories_mapToTheirTier_unstableIsHigh() {
    BoneLesion unstable =
        BoneLesion.at("L2", SpinalLevel.L2)
            .morphology(LesionMorphology.LYTIC)
            .painCharacter(PainCharacter.MECHANICAL)
            .collapse(VertebralCollapse.OVER_HALF)
            .alignment(SpinalAlignment.SUBLUXATION_TRANSLATION)
            .posterolateral(PosterolateralInvolvement.BILATERAL)
            .build();
    Patient patient = Patient.builder("p").boneLesions(List.of(unstable)).build();
    SkeletalMap.Status status = SkeletalMap.status(unstable, Models.evaluate(patient));
    assertThat(status.code()).isEqualTo("UNSTABLE");
    assertThat(status.colour()).isEqualTo(Palette.HIGH);
    assertThat(status.filled()).isTrue();
  }

  @Test
  void boundedSpinalLesion_isGreyAndSaysBounded() {
    BoneLesion open = BoneLesion.at("C5", SpinalLevel.C5).build();
    Patient patient = Patient.builder("p").boneLesions(List.of(open)).build();
    SkeletalMap.Status status = SkeletalMap.status(open, Models.evaluate(patient));
    assertThat(status.code()).isEqualTo("bounded");
    assertThat(status.colour()).isEqualTo(Palette.GREY);
    assertThat(status.filled()).isTrue();
    assertThat(status.words()).startsWith("bounded: ");
  }

  @Test
  void longBoneLesion_isColouredByMirels_andAPelvicLesionIsNotScored() {
    BoneLesion femur =
        BoneLesion.at("L femur", LongBoneSite.of(LongBone.FEMUR, LongBoneRegion.PERITROCHANTERIC))
            .morphology(LesionMorphology.LYTIC)
            .painSeverity(PainSeverity.FUNCTIONAL)
            .diameterFraction(org.hccbm.core.lesion.DiameterFraction.MORE_THAN_TWO_THIRDS)
            .build();
    BoneLesion pelvis = BoneLesion.at("ilium", OtherBone.PELVIS).build();
    Patient patient = Patient.builder("p").boneLesions(List.of(femur, pelvis)).build();
    List<Models.Evaluation> evaluations = Models.evaluate(patient);
    SkeletalMap.Status f = SkeletalMap.status(femur, evaluations);
    assertThat(f.code()).isEqualTo("PROPHYLACTIC_FIXATION");
    assertThat(f.colour()).isEqualTo(Palette.HIGH);
    SkeletalMap.Status p = SkeletalMap.status(pelvis, evaluations);
    assertThat(p.code()).isEqualTo("not scored");
    assertThat(p.filled()).isFalse();
    Document doc = SvgDocs.assertAccessible(map(patient));
    List<Element> marks = marks(doc);
    assertThat(marks.get(0).getElementsByTagName("rect").getLength()).isEqualTo(1);
    assertThat(
            marks
                .get(1)
                .getElementsByTagName("path")
                .item(0)
                .getAttributes()
                .getNamedItem("fill")
                .getNodeValue())
        .isEqualTo("none");
  }

  @Test
  void priorRadiotherapyToTheSite_isCrossedAndLabelled_otherSitesAreNot() {
    BoneLesion t4 = BoneLesion.at("T4", SpinalLevel.T4).escc(EsccGrade.GRADE_1A).build();
    BoneLesion t8 = BoneLesion.at("T8", SpinalLevel.T8).build();
    Patient patient =
        Patient.builder("rt")
            .boneLesions(List.of(t4, t8))
            .history(
                TreatmentHistory.unknown()
                    .withRadiotherapy(
                        List.of(new RadiotherapyCourse(SpinalLevel.T4, 8, 1, Optional.empty()))))
            .build();
    String svg = map(patient);
    SvgDocs.write("skeletal-rt.svg", svg);
    List<Element> marks = marks(SvgDocs.assertAccessible(svg));
    assertThat(SvgDocs.byClassWithin(marks.get(0), "rt")).hasSize(2);
    assertThat(marks.get(0).getTextContent()).contains("T4 · ESCC 1a · RT");
    assertThat(SvgDocs.byClassWithin(marks.get(0), "escc")).hasSize(2);
    assertThat(SvgDocs.byClassWithin(marks.get(1), "rt")).isEmpty();
    assertThat(svg)
        .contains("prior RT to this site")
        .contains("cross: prior radiotherapy to the site");
  }

  @Test
  void unknownRadiotherapyHistory_isSaidInTheKey() {
    assertThat(map(Fixtures.h1())).contains("cross: prior radiotherapy (history not recorded)");
  }

  @Test
  void sameInput_sameBytes() {
    for (Patient patient : Fixtures.all()) {
      assertThat(map(patient)).isEqualTo(map(patient));
    }
    assertThat(map(everySitePatient())).isEqualTo(map(everySitePatient()));
  }

  @Test
  void lesionIds_areEscaped() {
    BoneLesion odd = BoneLesion.at("T12 <\"a\" & b>", SpinalLevel.T12).build();
    Patient patient = Patient.builder("p&q").boneLesions(List.of(odd)).build();
    Document doc = SvgDocs.assertAccessible(map(patient));
    assertThat(marks(doc).get(0).getAttribute("data-lesion")).isEqualTo("T12 <\"a\" & b>");
  }
}
