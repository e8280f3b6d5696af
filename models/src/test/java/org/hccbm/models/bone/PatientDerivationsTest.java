package org.hccbm.models.bone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hccbm.core.Diameter;
import org.hccbm.core.Observed;
import org.hccbm.core.history.TreatmentHistory;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.OtherBone;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.tumour.ExtraskeletalMetastasis;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.core.tumour.MetastasisPattern;
import org.hccbm.core.tumour.MetastasisSite;
import org.hccbm.core.tumour.PrimaryHcc;
import org.junit.jupiter.api.Test;

/**
 * How the bone models read a {@link Patient}: which metastases are visceral or "major organ", how
 * resectability, treatability and pattern combine, and what counts as a vertebral focus.
 */
class PatientDerivationsTest {
  private static ExtraskeletalMetastasis met(
      MetastasisSite site, MetastasisPattern pattern, Boolean resectable, Boolean treatable) {
    return new ExtraskeletalMetastasis(
        site,
        pattern == null ? Observed.unknown() : Observed.of(pattern),
        resectable == null ? Observed.unknown() : Observed.of(resectable),
        treatable == null ? Observed.unknown() : Observed.of(treatable));
  }

  private static Patient with(List<ExtraskeletalMetastasis> mets) {
    return Patient.builder("p")
        .extraskeletalMetastases(mets)
        .boneLesions(List.of(BoneLesion.at("l1", SpinalLevel.L1).build()))
        .build();
  }

  /** The sites of the visceral metastases read under EXTRAHEPATIC_ONLY, in order. */
  private static List<MetastasisSite> visceralSites(Patient p) {
    return BoneFacts.visceral(p, VisceralPolicy.EXTRAHEPATIC_ONLY).known().orElseThrow().stream()
        .map(ExtraskeletalMetastasis::site)
        .toList();
  }

  private static BoneLesion lesion(String id, org.hccbm.core.lesion.SkeletalSite site) {
    return BoneLesion.at(id, site).build();
  }

  @Test
  void visceral_keepsOnlyVisceralSites_nodesAndSoftTissueAreNot() {
    Patient p =
        with(
            List.of(
                ExtraskeletalMetastasis.at(MetastasisSite.REGIONAL_LYMPH_NODE),
                ExtraskeletalMetastasis.at(MetastasisSite.SOFT_TISSUE),
                ExtraskeletalMetastasis.at(MetastasisSite.ADRENAL)));
    assertThat(visceralSites(p)).containsExactly(MetastasisSite.ADRENAL);
    assertThat(
            BoneFacts.visceral(Patient.builder("p").build(), VisceralPolicy.EXTRAHEPATIC_ONLY)
                .isKnown())
        .isFalse();
  }

  @Test
  void visceral_allVisceral_keepsEveryOneInOrder() {
    Patient p =
        with(
            List.of(
                ExtraskeletalMetastasis.at(MetastasisSite.LUNG),
                ExtraskeletalMetastasis.at(MetastasisSite.ADRENAL)));
    assertThat(visceralSites(p)).containsExactly(MetastasisSite.LUNG, MetastasisSite.ADRENAL);
  }

  @Test
  void intrahepaticSpreadPolicy_addsALiverMetastasisFromTwoNodules_notFromOne() {
    Patient one =
        Patient.builder("p")
            .extraskeletalMetastases(List.of())
            .primary(
                PrimaryHcc.builder().intrahepatic(IntrahepaticTumour.of(Diameter.cm(3))).build())
            .build();
    Patient two =
        Patient.builder("p")
            .extraskeletalMetastases(List.of())
            .primary(
                PrimaryHcc.builder()
                    .intrahepatic(IntrahepaticTumour.of(Diameter.cm(3), Diameter.cm(2)))
                    .build())
            .build();
    Patient nodulesUnknown = Patient.builder("p").extraskeletalMetastases(List.of()).build();
    assertThat(BoneFacts.visceral(one, VisceralPolicy.INTRAHEPATIC_SPREAD_COUNTS))
        .isEqualTo(Observed.of(List.of()));
    assertThat(
            BoneFacts.visceral(two, VisceralPolicy.INTRAHEPATIC_SPREAD_COUNTS)
                .known()
                .orElseThrow())
        .hasSize(1);
    assertThat(BoneFacts.visceral(two, VisceralPolicy.EXTRAHEPATIC_ONLY))
        .isEqualTo(Observed.of(List.of()));
    assertThat(
            BoneFacts.visceral(nodulesUnknown, VisceralPolicy.INTRAHEPATIC_SPREAD_COUNTS).isKnown())
        .isFalse();
    // Under the policy the intrahepatic spread is a major-organ metastasis for Tokuhashi.
    assertThat(
            TokuhashiInput.from(two, VisceralPolicy.INTRAHEPATIC_SPREAD_COUNTS).organMetastases())
        .isEqualTo(Observed.of(OrganMetastases.PRESENT_REMOVABILITY_UNKNOWN));
  }

  @Test
  void intrahepaticSpreadPolicy_readsANoduleCountWithoutSizes_twoCounts_oneDoesNot() {
    Patient two =
        Patient.builder("p")
            .extraskeletalMetastases(List.of())
            .primary(PrimaryHcc.builder().noduleCount(2).build())
            .build();
    Patient one =
        Patient.builder("p")
            .extraskeletalMetastases(List.of())
            .primary(PrimaryHcc.builder().noduleCount(1).build())
            .build();
    assertThat(
            BoneFacts.visceral(two, VisceralPolicy.INTRAHEPATIC_SPREAD_COUNTS)
                .known()
                .orElseThrow())
        .hasSize(1);
    assertThat(BoneFacts.visceral(one, VisceralPolicy.INTRAHEPATIC_SPREAD_COUNTS))
        .isEqualTo(Observed.of(List.of()));
  }

  @Test
  void extraspinalAndVertebralCounts_occiputIsExtraspinal() {
    Patient p =
        Patient.builder("p")
            .boneLesions(
                List.of(
                    lesion("a", SpinalLevel.T12),
                    lesion("b", SpinalLevel.L3),
                    lesion("c", SpinalLevel.OCCIPUT),
                    lesion("d", OtherBone.RIB)))
            .build();
    assertThat(BoneFacts.vertebralCount(p)).isEqualTo(Observed.of(2));
    assertThat(BoneFacts.extraspinalCount(p)).isEqualTo(Observed.of(2));
    assertThat(BoneFacts.boneLesionCount(p)).isEqualTo(Observed.of(4));
    assertThat(BoneFacts.extraspinalCount(Patient.builder("p").build()).isKnown()).isFalse();
  }

  @Test
  void tokuhashiOrgans_onlyLungAndBrainAmongVisceralSites_resectabilityCombines() {
    assertThat(
            TokuhashiInput.from(with(List.of(met(MetastasisSite.ADRENAL, null, false, null))))
                .organMetastases())
        .isEqualTo(Observed.of(OrganMetastases.NONE));
    assertThat(
            TokuhashiInput.from(
                    with(
                        List.of(
                            met(MetastasisSite.LUNG, null, true, null),
                            met(MetastasisSite.BRAIN, null, true, null))))
                .organMetastases())
        .isEqualTo(Observed.of(OrganMetastases.REMOVABLE));
    assertThat(
            TokuhashiInput.from(
                    with(
                        List.of(
                            met(MetastasisSite.LUNG, null, true, null),
                            met(MetastasisSite.BRAIN, null, false, null))))
                .organMetastases())
        .isEqualTo(Observed.of(OrganMetastases.UNREMOVABLE));
    assertThat(
            TokuhashiInput.from(
                    with(
                        List.of(
                            met(MetastasisSite.LUNG, null, null, null),
                            met(MetastasisSite.BRAIN, null, false, null))))
                .organMetastases())
        .isEqualTo(Observed.of(OrganMetastases.UNREMOVABLE));
    assertThat(
            TokuhashiInput.from(
                    with(
                        List.of(
                            met(MetastasisSite.LUNG, null, true, null),
                            met(MetastasisSite.BRAIN, null, null, null))))
                .organMetastases())
        .isEqualTo(Observed.of(OrganMetastases.PRESENT_REMOVABILITY_UNKNOWN));
    assertThat(TokuhashiInput.from(Patient.builder("p").build()).organMetastases().isKnown())
        .isFalse();
  }

  @Test
  void tomitaVisceral_treatabilityCombines() {
    assertThat(TomitaInput.from(with(List.of())).visceral())
        .isEqualTo(Observed.of(VisceralStatus.NONE));
    assertThat(
            TomitaInput.from(with(List.of(ExtraskeletalMetastasis.at(MetastasisSite.SOFT_TISSUE))))
                .visceral())
        .isEqualTo(Observed.of(VisceralStatus.NONE));
    assertThat(
            TomitaInput.from(
                    with(
                        List.of(
                            met(MetastasisSite.LUNG, null, null, true),
                            met(MetastasisSite.PLEURA, null, null, true))))
                .visceral())
        .isEqualTo(Observed.of(VisceralStatus.TREATABLE));
    assertThat(
            TomitaInput.from(
                    with(
                        List.of(
                            met(MetastasisSite.LUNG, null, null, null),
                            met(MetastasisSite.PLEURA, null, null, false))))
                .visceral())
        .isEqualTo(Observed.of(VisceralStatus.UNTREATABLE));
    assertThat(
            TomitaInput.from(
                    with(
                        List.of(
                            met(MetastasisSite.LUNG, null, null, true),
                            met(MetastasisSite.PLEURA, null, null, null))))
                .visceral())
        .isEqualTo(Observed.of(VisceralStatus.PRESENT_TREATABILITY_UNKNOWN));
  }

  @Test
  void katagiriVisceral_disseminatedOutranksNodular_unknownPatternStaysOpen() {
    assertThat(KatagiriInput.from(with(List.of()), VisceralPolicy.EXTRAHEPATIC_ONLY).visceral())
        .isEqualTo(Observed.of(KatagiriVisceral.NONE));
    assertThat(
            KatagiriInput.from(
                    with(
                        List.of(
                            met(MetastasisSite.LUNG, MetastasisPattern.NODULAR, null, null),
                            met(MetastasisSite.PERITONEUM, MetastasisPattern.NODULAR, null, null))),
                    VisceralPolicy.EXTRAHEPATIC_ONLY)
                .visceral())
        .isEqualTo(Observed.of(KatagiriVisceral.NODULAR));
    assertThat(
            KatagiriInput.from(
                    with(
                        List.of(
                            met(MetastasisSite.LUNG, null, null, null),
                            met(
                                MetastasisSite.PERITONEUM,
                                MetastasisPattern.DISSEMINATED,
                                null,
                                null))),
                    VisceralPolicy.EXTRAHEPATIC_ONLY)
                .visceral())
        .isEqualTo(Observed.of(KatagiriVisceral.DISSEMINATED));
    assertThat(
            KatagiriInput.from(
                    with(
                        List.of(
                            met(MetastasisSite.LUNG, MetastasisPattern.NODULAR, null, null),
                            met(MetastasisSite.BRAIN, null, null, null))),
                    VisceralPolicy.EXTRAHEPATIC_ONLY)
                .visceral())
        .isEqualTo(Observed.of(KatagiriVisceral.PRESENT_PATTERN_UNKNOWN));
  }

  @Test
  void katagiriMultiple_isTwoOrMoreBoneLesions_chemotherapyFromHistory() {
    Patient one =
        Patient.builder("p")
            .boneLesions(List.of(lesion("a", SpinalLevel.L1)))
            .history(TreatmentHistory.unknown().withPriorSystemicTherapy(true))
            .build();
    Patient two =
        Patient.builder("p")
            .boneLesions(List.of(lesion("a", SpinalLevel.L1), lesion("b", OtherBone.RIB)))
            .build();
    KatagiriInput a = KatagiriInput.from(one, VisceralPolicy.EXTRAHEPATIC_ONLY);
    assertThat(a.multipleSkeletal()).isEqualTo(Observed.of(false));
    assertThat(a.previousChemotherapy()).isEqualTo(Observed.of(true));
    assertThat(a.growth()).isEqualTo(TumourGrowth.RAPID);
    assertThat(KatagiriInput.from(two, VisceralPolicy.EXTRAHEPATIC_ONLY).multipleSkeletal())
        .isEqualTo(Observed.of(true));
  }

  @Test
  void hccSmGpa_fromAPatient_caveatOnlyWhenNoVertebralLesionIsRecorded() {
    Patient ribOnly = Patient.builder("p").boneLesions(List.of(lesion("r", OtherBone.RIB))).build();
    Patient spine = Patient.builder("p").boneLesions(List.of(lesion("s", SpinalLevel.T8))).build();
    String text = "this patient has no vertebral lesion recorded";
    assertThat(HccSmGpa.INSTANCE.evaluate(ribOnly).caveats())
        .anyMatch(c -> c.text().endsWith(text));
    assertThat(HccSmGpa.INSTANCE.evaluate(spine).caveats()).noneMatch(c -> c.text().endsWith(text));
    assertThat(HccSmGpa.INSTANCE.evaluate(Patient.builder("p").build()).caveats())
        .noneMatch(c -> c.text().endsWith(text));
  }

  @Test
  void tomita_fromAPatient_noBoneLesion_isNotApplicable_oneIsScored() {
    assertThat(Tomita.INSTANCE.evaluate(Patient.builder("p").boneLesions(List.of()).build()))
        .isInstanceOf(org.hccbm.core.result.NotApplicable.class);
    assertThat(Tomita.INSTANCE.evaluate(with(List.of())))
        .isNotInstanceOf(org.hccbm.core.result.NotApplicable.class);
  }
}
