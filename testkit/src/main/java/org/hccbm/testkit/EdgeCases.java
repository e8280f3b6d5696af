package org.hccbm.testkit;

import java.util.List;
import org.hccbm.core.Observed;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Creatinine;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.liver.Ascites;
import org.hccbm.core.liver.Encephalopathy;
import org.hccbm.core.liver.LiverBedside;
import org.hccbm.core.neuro.FrankelGrade;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.PerformanceStatus;

/**
 * Named edge-case patients: each sits at one end of a scale the models read, so a consumer's
 * handling of that end can be tested without building a patient by hand. Each is a variant of a
 * {@link Fixtures} patient (made with {@code toBuilder()}) and says in its documentation which
 * parts it changes; the testkit's own tests pin the headline results stated here.
 *
 * @since 0.2.0
 */
public final class EdgeCases {
  private EdgeCases() {}

  /**
   * Decompensated cirrhosis, Child–Pugh C (15 points): H-1 with bilirubin 4.2 mg/dL, albumin 2.4
   * g/dL, INR 2.4, severe ascites and grade 3 encephalopathy; every item scores 3. The story: a man
   * whose liver failed after treatment of the primary, now with bone pain at T12. Headline:
   * Child–Pugh C (15), ALBI grade 3, BCLC D (end stage whatever the tumour), SINS for T12 unchanged
   * from H-1 (13, unstable).
   *
   * @return the patient
   */
  public static Patient childPughC() {
    Patient h1 = Fixtures.h1();
    return h1.toBuilder()
        .id("child-pugh-c")
        .labs(h1.labs().with(Bilirubin.mgPerDl(4.2)).with(Albumin.gPerDl(2.4)).with(Inr.ratio(2.4)))
        .liver(LiverBedside.of(Ascites.SEVERE, Encephalopathy.GRADE_3, false))
        .build();
  }

  /**
   * Bedbound, ECOG 4: H-1 whose performance status is ECOG 4 (completely disabled, totally confined
   * to bed or chair), from the cancer. The story: spinal pain and lung disease have confined him to
   * bed. Headline: Child–Pugh A (liver unchanged), BCLC D (ECOG above 2), Katagiri-new 9 (high
   * risk).
   *
   * @return the patient
   */
  public static Patient ecog4() {
    return Fixtures.h1().toBuilder()
        .id("ecog-4")
        .performanceStatus(PerformanceStatus.of(Ecog.of(4)))
        .performanceStatusCancerRelated(true)
        .build();
  }

  /**
   * Radiological cord compression without a deficit: the {@link Fixtures#cordCompression()} patient
   * (T9 lytic lesion, ESCC 3, soft-tissue mass) whose neurology is intact, Frankel E. The story:
   * MRI for back pain shows the cord compressed, but the examination is normal, the case in which
   * surgery or radiotherapy is weighed before a deficit appears. Headline: Child–Pugh A, SINS for
   * T9 is complete (lytic, mechanical pain, collapse under 50 %, normal alignment, unilateral
   * posterolateral involvement): 9, potentially unstable; BCLC C.
   *
   * @return the patient
   */
  public static Patient cordCompressionFrankelE() {
    return Fixtures.cordCompression().toBuilder()
        .id("cord-compression-frankel-e")
        .frankel(FrankelGrade.E)
        .build();
  }

  /**
   * On dialysis: H-2 on haemodialysis (two or more sessions in the past week), creatinine 5.6
   * mg/dL. The story: a patient with end-stage renal disease and a resected primary. For the MELD
   * family, dialysis sets creatinine to the 4.0 mg/dL cap, so MELD equals its value with creatinine
   * 4.0 (bilirubin 0.8 and INR 1.0 are floored at 1.0): MELD 20 and MELD-Na 20 (sodium 140); MELD
   * 3.0 is bounded 18–20 because H-2's sex and age are unknown.
   *
   * @return the patient
   */
  public static Patient onDialysis() {
    Patient h2 = Fixtures.h2();
    return h2.toBuilder()
        .id("on-dialysis")
        .labs(h2.labs().with(Creatinine.mgPerDl(5.6)))
        .onDialysis(true)
        .build();
  }

  /**
   * Every part unknown: a record with an id and nothing else. The story: a referral that arrived
   * before any result. Headline: no model returns a complete result; every patient-level point
   * score is bounded and names what is missing (Child–Pugh 5–15, classes A, B and C); per-lesion
   * models are not applicable (bone lesions not recorded).
   *
   * @return the patient
   */
  public static Patient everyUnknown() {
    return Patient.builder("every-unknown").build();
  }

  /**
   * Every finding that the API lets a caller mark not assessable, so marked: on H-2's L1 lesion the
   * morphology, pain character, collapse, alignment, posterolateral involvement and ESCC grade
   * (imaging degraded by spinal hardware); the bedside ascites and encephalopathy items, the
   * performance status and the Frankel and ASIA grades (a sedated, ventilated patient with a tense
   * abdomen after surgery). The rest of H-2 stays known. Headline: the scores that use them are
   * bounded, each naming its not-assessable items: Child–Pugh 5–9 (A or B), open items ascites and
   * encephalopathy; SINS for L1 3–18; HCC-SM GPA 0–1 (ECOG); revised Tokuhashi 7–11 (KPS and
   * palsy); new Katagiri 4–5, intermediate either way. ALBI (labs only) stays complete, grade 2a.
   *
   * @return the patient
   */
  public static Patient everyNotAssessable() {
    Patient h2 = Fixtures.h2();
    String imaging = "artefact from spinal instrumentation";
    BoneLesion l1 =
        BoneLesion.at("L1", SpinalLevel.L1)
            .notAssessable("morphology", imaging)
            .notAssessable("painCharacter", "sedated")
            .notAssessable("collapse", imaging)
            .notAssessable("alignment", imaging)
            .notAssessable("posterolateral", imaging)
            .notAssessable("escc", imaging)
            .build();
    return h2.toBuilder()
        .id("every-not-assessable")
        .notAssessable("performanceStatus", "sedated and ventilated")
        .notAssessable("frankel", "sedated and ventilated")
        .notAssessable("asia", "sedated and ventilated")
        .liver(
            new LiverBedside(
                Observed.notAssessable("tense abdomen after surgery"),
                Observed.notAssessable("sedated and ventilated"),
                Observed.of(false)))
        .boneLesions(List.of(l1))
        .build();
  }

  /**
   * Every edge case, in the order above.
   *
   * @return the patients
   */
  public static List<Patient> all() {
    return List.of(
        childPughC(),
        ecog4(),
        cordCompressionFrankelE(),
        onDialysis(),
        everyUnknown(),
        everyNotAssessable());
  }
}
