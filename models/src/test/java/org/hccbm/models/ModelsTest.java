package org.hccbm.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
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
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.core.tumour.PrimaryHcc;
import org.hccbm.models.liver.BclcStage;
import org.hccbm.models.liver.ChildPughClass;
import org.hccbm.models.liver.CriteriaStatus;
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
  void catalogue_listsEveryLiverModelOnceWithStableIds() {
    assertThat(Models.catalogue())
        .extracting(m -> m.id())
        .containsExactly(
            "child-pugh",
            "albi",
            "meld",
            "meld-na",
            "meld-3.0",
            "bclc-2022",
            "milan",
            "ucsf",
            "hcc-sm-gpa",
            "tokuhashi-revised",
            "tomita",
            "katagiri-new",
            "van-der-linden",
            "bollen",
            "uka-eligibility",
            "sins",
            "mirels");
    assertThat(new HashSet<>(Models.catalogue().stream().map(m -> m.id()).toList())).hasSize(17);
    assertThat(Models.byId("albi")).isPresent();
    assertThat(Models.byId("nope")).isEmpty();
  }

  @Test
  void draftModels_sayWhy() {
    Models.catalogue().stream()
        .filter(m -> m.status() == ModelStatus.DRAFT)
        .forEach(m -> assertThat(m.statusNote()).as(m.id()).isNotBlank());
    assertThat(Models.byId("bclc-2022").orElseThrow().info().status()).isEqualTo(ModelStatus.DRAFT);
  }

  @Test
  void evaluate_completePatient_givesEveryModel() {
    List<Models.Evaluation> all = Models.evaluate(complete());
    assertThat(all).hasSize(17);
    assertThat(all.get(15).subject()).isEqualTo("T12");
    assertThat(all.get(16).result()).isInstanceOf(NotApplicable.class);
    assertThat(((Complete) all.get(0).result()).category()).contains(ChildPughClass.A);
    assertThat(((Complete) all.get(5).result()).category()).contains(BclcStage.C);
    assertThat(((Complete) all.get(6).result()).category()).contains(CriteriaStatus.BEYOND);
  }

  @Test
  void evaluate_emptyPatient_neverImputes() {
    List<Models.Evaluation> all = Models.evaluate(Patient.builder("empty").build());
    assertThat(all).hasSize(17);
    assertThat(all)
        .allMatch(e -> e.result() instanceof Bounded || e.result() instanceof NotApplicable);
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
