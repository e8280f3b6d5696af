package org.hccbm.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.ModelResult;
import org.hccbm.models.bone.Uka;
import org.hccbm.models.bone.UkaInput;
import org.hccbm.models.liver.Bclc;
import org.hccbm.models.liver.BclcInput;
import org.hccbm.models.liver.ChildPugh;
import org.hccbm.models.liver.ChildPughClass;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 point 3: one Child–Pugh evaluation per {@code Models.evaluate}, read by BCLC and Uka.
 */
class ChildPughOnceTest {
  @Test
  void evaluate_callsChildPughOnce_andBclcAndUkaReadThatResult() {
    Patient p = ModelsTest.complete();
    AtomicInteger calls = new AtomicInteger();
    List<Models.Evaluation> counted =
        Models.evaluate(
            p,
            VariantSelection.defaults(),
            LabFreshness.DEFAULT_WINDOW_DAYS,
            (cp, patient) -> {
              calls.incrementAndGet();
              return cp.evaluate(patient);
            });
    assertThat(calls).hasValue(1);
    // the same findings as the public entry point and as each model evaluated on its own
    assertThat(counted).isEqualTo(Models.evaluate(p));
    assertThat(result(counted, "bclc-2022")).isEqualTo(Bclc.INSTANCE.evaluate(p));
    assertThat(result(counted, "uka-eligibility")).isEqualTo(Uka.INSTANCE.evaluate(p));
  }

  @Test
  void bclcAndUka_readTheChildPughResultTheyAreGiven_notTheirOwn() {
    Patient p = ModelsTest.complete();
    ModelResult classA = ChildPugh.INSTANCE.evaluate(p);
    assertThat(BclcInput.from(p, classA).childPughClasses()).containsExactly(ChildPughClass.A);
    // a result for another reading (class C here) is what they use: nothing is recomputed
    ModelResult classC =
        ChildPugh.INSTANCE.evaluate(
            p.toBuilder()
                .labs(
                    org.hccbm.core.lab.LabPanel.of(
                        org.hccbm.core.lab.Bilirubin.mgPerDl(4),
                        org.hccbm.core.lab.Albumin.gPerDl(2.5),
                        org.hccbm.core.lab.Inr.ratio(2.5)))
                .liver(
                    org.hccbm.core.liver.LiverBedside.of(
                        org.hccbm.core.liver.Ascites.MODERATE,
                        org.hccbm.core.liver.Encephalopathy.NONE,
                        false))
                .build());
    assertThat(classC.possibleCategories(ChildPughClass.class)).containsExactly(ChildPughClass.C);
    assertThat(BclcInput.from(p, classC).childPughClasses()).containsExactly(ChildPughClass.C);
    assertThat(UkaInput.from(p, classC).childPughClasses()).containsExactly(ChildPughClass.C);
    assertThat(UkaInput.from(p, classA).childPughClasses()).containsExactly(ChildPughClass.A);
  }

  @Test
  void evaluate_underAChosenVariant_alsoCallsChildPughOnce() {
    Patient p = ModelsTest.complete();
    AtomicInteger calls = new AtomicInteger();
    VariantSelection v = VariantSelection.defaults().with("child-pugh", "albumin-3.0");
    List<Models.Evaluation> counted =
        Models.evaluate(
            p,
            v,
            LabFreshness.DEFAULT_WINDOW_DAYS,
            (cp, patient) -> {
              calls.incrementAndGet();
              return cp.evaluate(patient);
            });
    assertThat(calls).hasValue(1);
    assertThat(counted).isEqualTo(Models.evaluate(p, v));
  }

  private static ModelResult result(List<Models.Evaluation> all, String id) {
    return all.stream().filter(e -> e.model().id().equals(id)).findFirst().orElseThrow().result();
  }
}
