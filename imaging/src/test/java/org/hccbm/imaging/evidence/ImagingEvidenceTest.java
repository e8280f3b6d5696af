package org.hccbm.imaging.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hccbm.core.lesion.Modality;
import org.hccbm.imaging.Basis;
import org.hccbm.imaging.MetricType;
import org.hccbm.imaging.Population;
import org.hccbm.imaging.TestAccuracy;
import org.junit.jupiter.api.Test;

/** Pins the shipped figures against imaging §1.1, §1.4 and §2 (docs/sources.md). */
class ImagingEvidenceTest {
  @Test
  void perPatientSummary_yangPerPatientAndWuWholeBodyMri_overTheReviewCohortsRange() {
    org.hccbm.imaging.ImagingSummary s = ImagingEvidence.perPatientSummary();
    assertThat(s.rows())
        .extracting(org.hccbm.imaging.ImagingSummary.Row::accuracy)
        .containsExactly(
            ImagingEvidence.YANG_PET_PATIENT,
            ImagingEvidence.YANG_CT_PATIENT,
            ImagingEvidence.YANG_MRI_PATIENT,
            ImagingEvidence.YANG_BS_PATIENT,
            ImagingEvidence.WU_WBMRI_PATIENT);
    PretestProbabilities.Range range = PretestProbabilities.fromReviewCohorts();
    assertThat(s.low()).isEqualTo(range.low());
    assertThat(s.high()).isEqualTo(range.high());
  }

  @Test
  void yangPerPatient_usesTheAbstractsSpecificities_ct948_mri954() {
    assertThat(ImagingEvidence.YANG_CT_PATIENT.specificity().orElseThrow().value())
        .isEqualTo(0.948);
    assertThat(ImagingEvidence.YANG_MRI_PATIENT.specificity().orElseThrow().value())
        .isEqualTo(0.954);
    assertThat(ImagingEvidence.YANG_CT_PATIENT.sensitivity().orElseThrow().value())
        .isEqualTo(0.729);
    assertThat(ImagingEvidence.YANG_MRI_PATIENT.sensitivity().orElseThrow().value())
        .isEqualTo(0.906);
  }

  @Test
  void yang_allEightFigures_withUnknownIntervals() {
    double[][] expected = {
      {0.897, 0.968},
      {0.729, 0.948},
      {0.906, 0.954},
      {0.860, 0.814},
      {0.869, 0.970},
      {0.771, 0.832},
      {0.904, 0.960},
      {0.751, 0.936}
    };
    TestAccuracy[] yang = {
      ImagingEvidence.YANG_PET_PATIENT,
      ImagingEvidence.YANG_CT_PATIENT,
      ImagingEvidence.YANG_MRI_PATIENT,
      ImagingEvidence.YANG_BS_PATIENT,
      ImagingEvidence.YANG_PET_LESION,
      ImagingEvidence.YANG_CT_LESION,
      ImagingEvidence.YANG_MRI_LESION,
      ImagingEvidence.YANG_BS_LESION
    };
    for (int i = 0; i < yang.length; i++) {
      assertThat(yang[i].sensitivity().orElseThrow().value()).isEqualTo(expected[i][0]);
      assertThat(yang[i].specificity().orElseThrow().value()).isEqualTo(expected[i][1]);
      assertThat(yang[i].sensitivity().orElseThrow().ci()).isEmpty();
      assertThat(yang[i].population()).isEqualTo(Population.ALL_PRIMARIES);
    }
  }

  @Test
  void everyFigure_statesWhatItReports() {
    assertThat(ImagingEvidence.all())
        .allSatisfy(
            a -> {
              assertThat(a.source()).isNotNull();
              assertThat(a.metricType()).isNotNull();
            });
    assertThat(ImagingEvidence.all())
        .filteredOn(a -> a.metricType() == MetricType.SE_ONLY)
        .isNotEmpty();
    assertThat(ImagingEvidence.all())
        .filteredOn(a -> a.metricType() == MetricType.ACCURACY_ONLY)
        .hasSize(2);
  }

  /** Issue 14: no shipped citation has a placeholder author (R9, R10 and R19 are withheld). */
  @Test
  void everyShippedCitation_namesItsAuthors() {
    assertThat(ImagingEvidence.all())
        .allSatisfy(
            a -> {
              assertThat(a.source().authors()).doesNotContain("not shown").doesNotStartWith("(");
              assertThat(a.source().locator())
                  .doesNotContain("30648535")
                  .doesNotContain("14696448");
              assertThat(a.source().source()).doesNotContain("961.e11");
            });
  }

  @Test
  void spectCt_perPatient_hasNoDefaultOnceR10IsWithheld() {
    assertThatThrownBy(() -> ImagingEvidence.defaultFor(Modality.SPECT_CT, Basis.PATIENT))
        .hasMessageContaining("SPECT");
    assertThat(ImagingEvidence.defaultFor(Modality.SPECT_CT, Basis.LESION).source())
        .isEqualTo(ImagingSources.ROHANI_2021);
    assertThat(ImagingEvidence.defaultFor(Modality.NAF_PET_CT, Basis.PATIENT).source())
        .isEqualTo(ImagingSources.SHEN_2015);
  }

  @Test
  void dualTracer_isNotBoneSpecific() {
    assertThat(ImagingEvidence.HO_DUAL_TRACER_PATIENT.target())
        .isEqualTo("HCC metastasis at any site");
  }

  @Test
  void defaultFor_picksYangForTheFourModalities_andRefusesWhenNoPairExists() {
    assertThat(ImagingEvidence.defaultFor(Modality.MRI, Basis.PATIENT))
        .isSameAs(ImagingEvidence.YANG_MRI_PATIENT);
    assertThat(ImagingEvidence.defaultFor(Modality.BONE_SCINTIGRAPHY, Basis.LESION))
        .isSameAs(ImagingEvidence.YANG_BS_LESION);
    assertThatThrownBy(() -> ImagingEvidence.defaultFor(Modality.ACETATE_PET_CT, Basis.PATIENT))
        .hasMessage(
            "imaging figures for 11C-acetate PET/CT per patient must be a published Se/Sp "
                + "pair, was none with a sensitivity and specificity pair");
  }

  @Test
  void pretestRange_isTheReviews1point97to23point59percent() {
    PretestProbabilities.Range r = PretestProbabilities.fromReviewCohorts();
    assertThat(r.low().value()).isEqualTo(0.0197);
    assertThat(r.high().value()).isEqualTo(0.2359);
    assertThat(r.cohorts()).hasSize(12);
  }
}
