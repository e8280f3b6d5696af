package org.hccbm.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hccbm.core.Diameter;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Creatinine;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.LabPanel;
import org.hccbm.core.lab.Sodium;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.liver.Ascites;
import org.hccbm.core.liver.Encephalopathy;
import org.hccbm.core.liver.LiverBedside;
import org.hccbm.core.patient.Age;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.patient.Sex;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.core.tumour.PrimaryHcc;
import org.hccbm.models.liver.Bclc;
import org.hccbm.models.liver.BclcStage;
import org.hccbm.models.liver.ChildPugh;
import org.hccbm.models.liver.ChildPughClass;
import org.hccbm.models.liver.CriteriaStatus;
import org.hccbm.models.liver.Milan;
import org.junit.jupiter.api.Test;

class ModelsTest {
  static Patient complete() {
    return Patient.builder("p")
        .age(Age.years(62))
        .sex(Sex.MALE)
        .performanceStatus(PerformanceStatus.of(Ecog.of(1)))
        .performanceStatusCancerRelated(true)
        .labs(
            LabPanel.of(
                Bilirubin.mgPerDl(1.1),
                Albumin.gPerDl(3.4),
                Inr.ratio(1.1),
                Creatinine.mgPerDl(0.9),
                Sodium.mmolPerL(136)))
        .liver(LiverBedside.of(Ascites.NONE, Encephalopathy.NONE, false))
        .onDialysis(false)
        .primary(
            PrimaryHcc.builder()
                .intrahepatic(IntrahepaticTumour.of(Diameter.cm(4)))
                .macrovascularInvasion(false)
                .build())
        .extraskeletalMetastases(List.of())
        .boneLesions(List.of(BoneLesion.at("T12", SpinalLevel.T12).build()))
        .build();
  }

  @Test
  void draftModels_sayWhy() {
    Models.catalogue().stream()
        .filter(m -> m.status() == ModelStatus.DRAFT)
        .forEach(m -> assertThat(m.statusNote()).as(m.id()).isNotBlank());
    assertThat(Models.byId("bclc-2022").orElseThrow().info().status()).isEqualTo(ModelStatus.DRAFT);
  }

  private static ModelResult resultOf(List<Models.Evaluation> all, Score<?> model) {
    return all.stream().filter(e -> e.isOf(model.info())).findFirst().orElseThrow().result();
  }

  @Test
  void evaluate_completePatient_givesEveryModel() {
    List<Models.Evaluation> all = Models.evaluate(complete());
    int patientLevel = Models.all().size();
    // one evaluation per patient-level model, then SINS for the one spinal lesion, then Mirels
    // (no long-bone lesion: not applicable)
    assertThat(all).hasSize(patientLevel + 2);
    assertThat(all.subList(0, patientLevel))
        .extracting(Models.Evaluation::model)
        .containsExactlyElementsOf(Models.all().stream().map(Score::info).toList());
    assertThat(all.get(patientLevel).subject()).isEqualTo("T12");
    assertThat(all.get(patientLevel + 1).result()).isInstanceOf(NotApplicable.class);
    assertThat(resultOf(all, ChildPugh.INSTANCE)).isInstanceOf(Complete.class);
    assertThat(resultOf(all, ChildPugh.INSTANCE).possibleCategories())
        .containsExactly(ChildPughClass.A);
    assertThat(resultOf(all, Bclc.INSTANCE)).isInstanceOf(Complete.class);
    assertThat(resultOf(all, Bclc.INSTANCE).possibleCategories()).containsExactly(BclcStage.C);
    assertThat(resultOf(all, Milan.INSTANCE)).isInstanceOf(Complete.class);
    assertThat(resultOf(all, Milan.INSTANCE).possibleCategories())
        .containsExactly(CriteriaStatus.BEYOND);
  }

  @Test
  void evaluate_emptyPatient_neverImputes() {
    List<Models.Evaluation> all = Models.evaluate(Patient.builder("empty").build());
    assertThat(all).hasSize(Models.all().size() + Models.lesionModels().size());
    assertThat(all)
        .allSatisfy(
            e ->
                assertThat(e.result().<String>fold(c -> "complete", b -> "bounded", n -> "n/a"))
                    .as(e.model().id())
                    .isNotEqualTo("complete"));
  }

  /** Each model's categories are of the type it declares; a model declaring none assigns none. */
  @Test
  void evaluate_everyCategory_isOfTheTypeItsModelDeclares() {
    for (Patient p : List.of(complete(), Patient.builder("empty").build())) {
      for (Models.Evaluation e : Models.evaluate(p)) {
        ModelResult r = e.result();
        String as = p.id() + " " + e.model().id();
        e.model()
            .categoryType()
            .ifPresentOrElse(
                type -> {
                  assertThat(r.possibleCategories()).as(as).allMatch(type::isInstance);
                  assertThat(r.possibleCategories(type)).as(as).isEqualTo(r.possibleCategories());
                },
                () -> assertThat(r.possibleCategories()).as(as).isEmpty());
        // a complete or bounded result of a model with categories names at least one
        if (r.<Boolean>fold(c -> true, b -> true, n -> false)) {
          assertThat(r.possibleCategories().isEmpty())
              .as(as)
              .isEqualTo(e.model().categoryType().isEmpty());
        }
      }
    }
  }

  @Test
  void evaluate_isThreadSafe_manyThreadsSameResults() throws Exception {
    Patient p = complete();
    String expected = Models.evaluate(p).toString();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        futures.add(pool.submit(() -> Models.evaluate(p).toString()));
      }
      for (Future<String> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }
}
