package org.hccbm.imaging.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hccbm.core.lesion.Modality;
import org.hccbm.imaging.Basis;
import org.hccbm.imaging.MetricType;
import org.hccbm.imaging.Population;
import org.hccbm.imaging.TestAccuracy;
import org.junit.jupiter.api.Test;

/** Pins the shipped figures against imaging spec §1.1, §1.4 and §2. */
class ImagingEvidenceTest {
  @Test
  void yangPerPatient_usesTheAbstractsSpecificities_ct948_mri954() {
    assertThat(ImagingEvidence.YANG_CT_PATIENT.specificity().orElseThrow().value()).isEqualTo(0.948);
    assertThat(ImagingEvidence.YANG_MRI_PATIENT.specificity().orElseThrow().value()).isEqualTo(0.954);
    assertThat(ImagingEvidence.YANG_CT_PATIENT.sensitivity().orElseThrow().value()).isEqualTo(0.729);
    assertThat(ImagingEvidence.YANG_MRI_PATIENT.sensitivity().orElseThrow().value()).isEqualTo(0.906);
  }

  @Test
  void yang_allEightFigures_withUnknownIntervals() {
    double[][] expected = {{0.897, 0.968}, {0.729, 0.948}, {0.906, 0.954}, {0.860, 0.814},
        {0.869, 0.970}, {0.771, 0.832}, {0.904, 0.960}, {0.751, 0.936}};
    TestAccuracy[] yang = {ImagingEvidence.YANG_PET_PATIENT, ImagingEvidence.YANG_CT_PATIENT,
        ImagingEvidence.YANG_MRI_PATIENT, ImagingEvidence.YANG_BS_PATIENT,
        ImagingEvidence.YANG_PET_LESION, ImagingEvidence.YANG_CT_LESION,
        ImagingEvidence.YANG_MRI_LESION, ImagingEvidence.YANG_BS_LESION};
    for (int i = 0; i < yang.length; i++) {
      assertThat(yang[i].sensitivity().orElseThrow().value()).isEqualTo(expected[i][0]);
      assertThat(yang[i].specificity().orElseThrow().value()).isEqualTo(expected[i][1]);
      assertThat(yang[i].sensitivity().orElseThrow().ci()).isEmpty();
      assertThat(yang[i].population()).isEqualTo(Population.ALL_PRIMARIES);
    }
  }

  @Test
  void everyFigure_statesWhatItReports() {
    assertThat(ImagingEvidence.all()).allSatisfy(a -> {
      assertThat(a.source()).isNotNull();
      assertThat(a.metricType()).isNotNull();
    });
    assertThat(ImagingEvidence.all()).filteredOn(a -> a.metricType() == MetricType.SE_ONLY)
        .isNotEmpty();
    assertThat(ImagingEvidence.all()).filteredOn(a -> a.metricType() == MetricType.ACCURACY_ONLY)
        .hasSize(2);
  }

  @Test
  void hccBoneScan_isTheRealHcc2x2() {
    assertThat(ImagingEvidence.HCC_BS_PATIENT.counts().orElseThrow().tp()).isEqualTo(17);
    assertThat(ImagingEvidence.HCC_BS_PATIENT.population()).isEqualTo(Population.HCC);
  }

  @Test
  void dualTracer_isNotBoneSpecific() {
    assertThat(ImagingEvidence.HO_DUAL_TRACER_PATIENT.target()).isEqualTo("HCC metastasis at any site");
  }

  @Test
  void defaultFor_picksYangForTheFourModalities_andRefusesWhenNoPairExists() {
    assertThat(ImagingEvidence.defaultFor(Modality.MRI, Basis.PATIENT))
        .isSameAs(ImagingEvidence.YANG_MRI_PATIENT);
    assertThat(ImagingEvidence.defaultFor(Modality.BONE_SCINTIGRAPHY, Basis.LESION))
        .isSameAs(ImagingEvidence.YANG_BS_LESION);
    assertThatThrownBy(() -> ImagingEvidence.defaultFor(Modality.ACETATE_PET_CT, Basis.PATIENT))
        .hasMessage("imaging figures for 11C-acetate PET/CT per patient must be a published Se/Sp "
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
