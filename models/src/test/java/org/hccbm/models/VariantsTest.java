package org.hccbm.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.hccbm.core.Diameter;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.LabPanel;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.DiameterFraction;
import org.hccbm.core.lesion.LesionMorphology;
import org.hccbm.core.lesion.LongBone;
import org.hccbm.core.lesion.LongBoneRegion;
import org.hccbm.core.lesion.LongBoneSite;
import org.hccbm.core.lesion.PainSeverity;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.liver.Ascites;
import org.hccbm.core.liver.Encephalopathy;
import org.hccbm.core.liver.LiverBedside;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.core.tumour.PrimaryHcc;
import org.hccbm.models.liver.BclcStage;
import org.hccbm.models.liver.ChildPughClass;
import org.junit.jupiter.api.Test;

/** The variant registry and selection (issue 10, point 5). */
class VariantsTest {
  @Test
  void registry_everyCatalogueModel_hasOneDefaultFirst_uniqueNames_andASource() {
    List<String> ids = Models.catalogue().stream().map(m -> m.id()).toList();
    assertThat(Variants.models()).containsExactlyElementsOf(ids);
    for (String id : ids) {
      List<ModelVariant> vs = Variants.of(id);
      assertThat(vs.get(0).isDefault()).as(id).isTrue();
      assertThat(vs.stream().filter(ModelVariant::isDefault)).as(id).hasSize(1);
      assertThat(new HashSet<>(vs.stream().map(ModelVariant::name).toList())).hasSameSizeAs(vs);
      vs.forEach(
          v -> {
            assertThat(v.model()).isEqualTo(id);
            assertThat(v.source()).as(id + " " + v.name()).isNotBlank();
            assertThat(v.description()).as(id + " " + v.name()).isNotBlank();
          });
      assertThat(Variants.defaultOf(id)).isEqualTo(vs.get(0));
    }
    assertThat(Variants.all()).hasSize(17 + 3 + 1 + 1 + 1 + 1 + 1);
  }

  @Test
  void registry_namesTheVariantsOfIssue10() {
    assertThat(names("child-pugh"))
        .containsExactly("pugh-1973", "albumin-3.0", "si-converted", "albumin-3.0-si-converted");
    assertThat(names("albi")).containsExactly("coefficient-0.085", "coefficient-0.0852");
    assertThat(names("tokuhashi-revised")).containsExactly("table-2005", "vertebral-1-2-0");
    assertThat(names("tomita")).containsExactly("rapid-4", "rapid-3");
    assertThat(names("mirels")).containsExactly("threshold-9", "threshold-8");
    assertThat(names("uka-eligibility")).containsExactly("vp0", "vp0-2");
    assertThat(names("meld")).containsExactly(Variants.STANDARD);
  }

  @Test
  void registry_variantInfo_isTheModelsOwn() {
    assertThat(Variants.find("albi", "coefficient-0.0852").info().variant()).contains("−0.0852");
    assertThat(Variants.find("child-pugh", "si-converted").info().variant())
        .contains("SI bilirubin converted to mg/dL first");
    assertThat(Variants.find("mirels", "threshold-8").info().variant())
        .contains("fixation threshold 8");
    assertThat(Variants.find("uka-eligibility", "vp0-2").info().variant()).contains("Vp0–Vp2");
    assertThat(Variants.find("tomita", "rapid-3").info().variant()).contains("rapid growth 3");
    assertThat(Variants.find("tokuhashi-revised", "vertebral-1-2-0").info().variant())
        .contains("≥ 3 / 1–2 / 0");
  }

  @Test
  void find_unknownModel_namesAllowedIdsAndValue() {
    assertThatThrownBy(() -> Variants.find("child-pug", "pugh-1973"))
        .isInstanceOf(InvalidClinicalInputException.class)
        .hasMessageStartingWith("model id must be one of child-pugh, albi, meld,")
        .hasMessageEndingWith(", was \"child-pug\"");
  }

  @Test
  void find_unknownVariant_namesAllowedNamesAndValue() {
    assertThatThrownBy(() -> VariantSelection.defaults().with("child-pugh", "albumin-2.9"))
        .isInstanceOf(InvalidClinicalInputException.class)
        .hasMessage(
            "variant of child-pugh must be one of pugh-1973, albumin-3.0, si-converted, "
                + "albumin-3.0-si-converted, was \"albumin-2.9\"");
    assertThatThrownBy(() -> VariantSelection.of(Map.of("meld", "optn")))
        .hasMessage("variant of meld must be one of standard, was \"optn\"");
  }

  @Test
  void selection_defaults_giveTheSameResultsAsEvaluate() {
    Patient p = ModelsTest.complete();
    assertThat(Models.evaluate(p, VariantSelection.defaults())).isEqualTo(Models.evaluate(p));
    assertThat(VariantSelection.defaults().variant("albi").name()).isEqualTo("coefficient-0.085");
    assertThat(VariantSelection.defaults().choices()).isEmpty();
    assertThat(VariantSelection.of(Map.of("albi", "coefficient-0.0852")))
        .isEqualTo(VariantSelection.defaults().with("albi", "coefficient-0.0852"))
        .hasToString("{albi=coefficient-0.0852}");
    assertThat(VariantSelection.defaults()).hasToString("default variants");
    VariantSelection a = VariantSelection.defaults().with("albi", "coefficient-0.0852");
    VariantSelection b = VariantSelection.defaults().with("albi", "coefficient-0.0852");
    assertThat(a)
        .isEqualTo(b)
        .hasSameHashCodeAs(b)
        .isNotEqualTo(VariantSelection.defaults().with("albi", "coefficient-0.085"))
        .isNotEqualTo(VariantSelection.defaults())
        .isNotEqualTo("albi");
  }

  @Test
  void selection_laterChoiceForTheSameModel_replacesTheEarlier() {
    VariantSelection s =
        VariantSelection.defaults().with("tomita", "rapid-3").with("tomita", "rapid-4");
    assertThat(s.variant("tomita").name()).isEqualTo("rapid-4");
    assertThat(s.choices()).containsExactly(Map.entry("tomita", "rapid-4"));
  }

  /** CP-6-like: albumin 2.9 g/dL scores 2 under Pugh 1973 and 3 under the 3.0 variant (U-1). */
  private static Patient albuminBoundary() {
    return Patient.builder("cp")
        .performanceStatus(PerformanceStatus.of(Ecog.of(0)))
        .performanceStatusCancerRelated(true)
        .labs(LabPanel.of(Bilirubin.mgPerDl(2.5), Albumin.gPerDl(2.9), Inr.ratio(1.8)))
        .liver(LiverBedside.of(Ascites.MILD, Encephalopathy.NONE, false))
        .primary(
            PrimaryHcc.builder()
                .intrahepatic(IntrahepaticTumour.of(Diameter.cm(4)))
                .macrovascularInvasion(false)
                .build())
        .extraskeletalMetastases(List.of())
        .boneLesions(
            List.of(
                BoneLesion.at("T12", SpinalLevel.T12).build(),
                BoneLesion.at("femur", LongBoneSite.of(LongBone.FEMUR, LongBoneRegion.DIAPHYSIS))
                    .morphology(LesionMorphology.MIXED)
                    .painSeverity(PainSeverity.MODERATE)
                    .diameterFraction(DiameterFraction.ONE_THIRD_TO_TWO_THIRDS)
                    .build()))
        .build();
  }

  private static ModelResult result(List<Models.Evaluation> all, String id) {
    return all.stream().filter(e -> e.model().id().equals(id)).findFirst().orElseThrow().result();
  }

  @Test
  void childPughVariant_isUsedByChildPugh_andByBclcAndUka() {
    Patient p = albuminBoundary();
    List<Models.Evaluation> pugh = Models.evaluate(p);
    List<Models.Evaluation> modern =
        Models.evaluate(p, VariantSelection.defaults().with("child-pugh", "albumin-3.0"));
    // 2 + 2 + 2 + 2 + 1 = 9 (B) under Pugh 1973; albumin 3 points under the 3.0 variant: 10 (C).
    assertThat(result(pugh, "child-pugh").asComplete().category()).contains(ChildPughClass.B);
    assertThat(result(modern, "child-pugh").asComplete().category()).contains(ChildPughClass.C);
    assertThat(result(modern, "child-pugh").model().variant()).contains("3.0–3.5 g/dL");
    // BCLC rule 3 (bone metastasis) gives C with class B; rule 2 gives D with class C.
    assertThat(result(pugh, "bclc-2022").asComplete().category()).contains(BclcStage.C);
    assertThat(result(modern, "bclc-2022").asComplete().category()).contains(BclcStage.D);
  }

  @Test
  void mirelsVariant_isUsedPerLesion() {
    // femur diaphysis 2 + moderate pain 2 + mixed 2 + 1/3–2/3 2 = 8.
    Patient p = albuminBoundary();
    Models.Evaluation m9 =
        Models.evaluate(p).stream()
            .filter(e -> e.model().id().equals("mirels"))
            .findFirst()
            .orElseThrow();
    Models.Evaluation m8 =
        Models.evaluate(p, VariantSelection.defaults().with("mirels", "threshold-8")).stream()
            .filter(e -> e.model().id().equals("mirels"))
            .findFirst()
            .orElseThrow();
    assertThat(m9.subject()).isEqualTo("femur");
    assertThat(m9.model().variant()).startsWith("fixation threshold 9");
    assertThat(m8.model().variant()).startsWith("fixation threshold 8");
    assertThat(m8.result().asComplete().category())
        .isNotEqualTo(m9.result().asComplete().category());
  }

  private static List<String> names(String model) {
    return Variants.of(model).stream().map(ModelVariant::name).toList();
  }
}
