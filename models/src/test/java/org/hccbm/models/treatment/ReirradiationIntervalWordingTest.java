package org.hccbm.models.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.history.AntithromboticTherapy;
import org.hccbm.core.history.RadiotherapyCourse;
import org.hccbm.core.history.TreatmentHistory;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.PosterolateralInvolvement;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.neuro.FrankelGrade;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.PerformanceStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R-RT-04 (re-irradiation more than 1 month after the previous course): when the interval cannot be
 * checked, the item names only the date(s) not recorded — the end of the previous course, the
 * document's assessment date, or both.
 */
class ReirradiationIntervalWordingTest {
  private static final String END = "the date the previous course ended";
  private static final String ASSESSED = "the assessment date";

  @ParameterizedTest(name = "course end recorded {0}, assessment date recorded {1}")
  @CsvSource({"true, false", "false, true", "false, false", "true, true"})
  void rRt04_namesOnlyTheMissingDates(boolean endRecorded, boolean assessmentRecorded) {
    BoneLesion l4 = ConstructedPatients.p3Lesion(SpinalLevel.L4, PosterolateralInvolvement.NONE);
    RadiotherapyCourse course =
        new RadiotherapyCourse(
            SpinalLevel.L4,
            8,
            1,
            endRecorded ? Optional.of(LocalDate.of(2026, 1, 1)) : Optional.empty());
    Patient.Builder b =
        TreatmentRulesTest.base()
            .performanceStatus(PerformanceStatus.of(Ecog.of(1)))
            .frankel(FrankelGrade.E)
            .antithromboticTherapy(AntithromboticTherapy.none())
            .history(
                TreatmentHistory.unknown()
                    .withPriorSystemicTherapy(false)
                    .withRadiotherapy(List.of(course)))
            .boneLesions(List.of(l4));
    if (assessmentRecorded) {
      b.assessmentDate(LocalDate.of(2026, 11, 1));
    }
    PlanItem item =
        TreatmentRulesTest.verdict(
            TreatmentPlanner.DEFAULT.plan(b.build()), Intervention.REIRRADIATION, "L4");
    String text = item.text();
    if (endRecorded && assessmentRecorded) {
      assertThat(text).as(text).doesNotContain(END).doesNotContain(ASSESSED);
      return;
    }
    assertThat(text).as(text).contains("(re-irradiation more than 1 month after EBRT)");
    if (endRecorded) {
      assertThat(text).doesNotContain(END).contains("needs: " + ASSESSED + " (re-irradiation");
    } else if (assessmentRecorded) {
      assertThat(text).doesNotContain(ASSESSED).contains("needs: " + END + " (re-irradiation");
    } else {
      assertThat(text).contains("needs: " + END + " and " + ASSESSED + " (re-irradiation");
    }
  }
}
