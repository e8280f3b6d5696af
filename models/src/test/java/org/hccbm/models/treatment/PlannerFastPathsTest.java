package org.hccbm.models.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.patient.Patient;
import org.hccbm.models.Subject;
import org.hccbm.models.treatment.PlanItem.Kind;
import org.junit.jupiter.api.Test;

/**
 * The planner's allocation-free paths give what the plain ones gave: one item per domain, kind and
 * wording however many items a plan has (PS-28 identity), a dependent's standing from the verdict
 * masks, the shown survival models by id, and the small immutable copies.
 */
class PlannerFastPathsTest {
  private static final RuleInfo INFO = PlannerInvariantsTest.INFO;

  private static TreatmentPlan plan(TreatmentRule... rules) {
    return plan(Patient.builder("x").build(), rules);
  }

  private static TreatmentPlan plan(Patient p, TreatmentRule... rules) {
    return TreatmentPlanner.withRules(List.of(rules)).plan(p);
  }

  @Test
  void identity_manyDistinctItems_eachOnceInOrder_acrossTableGrowth() {
    int n = 300; // the table starts at 128 slots and doubles at half full: it grows twice
    TreatmentRule rule =
        TreatmentRule.of(
            INFO,
            (c, out) -> {
              for (int round = 0; round < 2; round++) {
                for (int i = 0; i < n; i++) {
                  // ids hash apart; every text argument hashes alike (a long probe chain)
                  PlanArg arg = i % 2 == 0 ? PlanArg.id("n" + i) : PlanArg.text("t" + i);
                  out.add(Domain.GENERAL, Kind.CAUTION, Wording.of("text", arg));
                }
              }
            });
    List<PlanItem> items = plan(rule).items();
    assertThat(items).hasSize(n);
    for (int i = 0; i < n; i++) {
      PlanArg arg = i % 2 == 0 ? PlanArg.id("n" + i) : PlanArg.text("t" + i);
      assertThat(items.get(i).wording()).isEqualTo(Wording.of("text", arg));
    }
  }

  @Test
  void identity_theFirstOfEqualItemsIsKept_andKindOrDomainMakeAnotherItem() {
    Wording first = Wording.of("text", PlanArg.text("same"));
    Wording equal = Wording.of("text", PlanArg.text("same"));
    TreatmentRule rule =
        TreatmentRule.of(
            INFO,
            (c, out) -> {
              out.add(Domain.GENERAL, Kind.CAUTION, first);
              out.add(Domain.GENERAL, Kind.CAUTION, equal);
              out.add(Domain.GENERAL, Kind.OPTION, equal);
              out.add(Domain.TEAM, Kind.CAUTION, equal);
              out.add(Domain.GENERAL, Kind.CAUTION, Wording.of("text", PlanArg.text("other")));
            });
    List<PlanItem> items = plan(rule).items();
    assertThat(items).hasSize(4);
    assertThat(items.get(1).wording()).isSameAs(first); // TEAM is listed before GENERAL
    assertThat(items)
        .extracting(PlanItem::domain, PlanItem::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Domain.TEAM, Kind.CAUTION),
            org.assertj.core.groups.Tuple.tuple(Domain.GENERAL, Kind.CAUTION),
            org.assertj.core.groups.Tuple.tuple(Domain.GENERAL, Kind.OPTION),
            org.assertj.core.groups.Tuple.tuple(Domain.GENERAL, Kind.CAUTION));
  }

  private static TreatmentRule verdict(
      Intervention intervention, Optional<BoneLesion> lesion, GateCheck.Outcome outcome) {
    return TreatmentRule.of(
        new RuleInfo(
            "R-V-" + intervention, Wording.text("v"), "v", "", Set.of(), Wording.text("[v]")),
        (c, out) ->
            out.verdict(
                Domain.RADIOTHERAPY,
                Preconditions.of(intervention),
                lesion,
                Wording.text(intervention + " " + lesion.map(BoneLesion::id).orElse("patient")),
                List.of(GateCheck.criterion(outcome, Wording.text("because")))));
  }

  private static TreatmentRule dependent(Subject subject, Kind kind, Intervention... parents) {
    return TreatmentRule.of(
        INFO,
        (c, out) ->
            out.dependent(
                Domain.RADIOTHERAPY,
                kind,
                subject,
                List.of(parents),
                Wording.text("dependent of " + List.of(parents) + " for " + subject)));
  }

  private static final BoneLesion L1 = BoneLesion.at("L1", SpinalLevel.L1).build();
  private static final BoneLesion L2 = BoneLesion.at("L2", SpinalLevel.L3).build();
  private static final Patient TWO_LESIONS =
      Patient.builder("x").boneLesions(List.of(L1, L2)).build();

  private static List<String> texts(TreatmentPlan p) {
    return p.items().stream().map(PlanItem::text).toList();
  }

  @Test
  void ps28_aPatientLevelOption_underCautionParents_isACautionNamingThem() {
    TreatmentPlan p =
        plan(
            TWO_LESIONS,
            verdict(Intervention.EBRT, Optional.of(L2), GateCheck.Outcome.CAUTION),
            verdict(Intervention.SBRT, Optional.of(L1), GateCheck.Outcome.FAIL),
            dependent(PlanItem.PATIENT, Kind.OPTION, Intervention.EBRT, Intervention.SBRT));
    PlanItem d = p.items().get(p.items().size() - 1);
    assertThat(d.kind()).isEqualTo(Kind.CAUTION);
    assertThat(d.wording().key()).isEqualTo("dependent.notYetCaution");
    assertThat(d.wording().args().get(1))
        .isEqualTo(PlanArg.join("or", List.of(PlanArg.of(Intervention.EBRT))));
  }

  @Test
  void ps28_anOption_underTwoParentsThatNeedInformation_namesBoth() {
    TreatmentPlan p =
        plan(
            TWO_LESIONS,
            verdict(Intervention.REIRRADIATION, Optional.of(L2), GateCheck.Outcome.UNKNOWN),
            verdict(Intervention.EBRT, Optional.of(L1), GateCheck.Outcome.UNKNOWN),
            verdict(Intervention.SBRT, Optional.of(L1), GateCheck.Outcome.FAIL),
            dependent(
                PlanItem.PATIENT,
                Kind.OPTION,
                Intervention.EBRT,
                Intervention.REIRRADIATION,
                Intervention.SBRT));
    PlanItem d = p.items().stream().filter(i -> !i.isVerdict()).findFirst().orElseThrow();
    assertThat(d.kind()).isEqualTo(Kind.NEEDS_INFORMATION);
    assertThat(d.wording().key()).isEqualTo("dependent.notYetNeeds");
    PlanArg.Join labels = (PlanArg.Join) d.wording().args().get(1);
    assertThat(labels.separator()).isEqualTo("or");
    assertThat(labels.items())
        .containsExactlyInAnyOrder(
            PlanArg.of(Intervention.EBRT), PlanArg.of(Intervention.REIRRADIATION));
  }

  @Test
  void ps28_anOption_underOneCautionParentForTwoLesions_namesItOnce() {
    TreatmentPlan p =
        plan(
            TWO_LESIONS,
            verdict(Intervention.EBRT, Optional.of(L1), GateCheck.Outcome.CAUTION),
            verdict(Intervention.EBRT, Optional.of(L2), GateCheck.Outcome.UNKNOWN),
            dependent(PlanItem.PATIENT, Kind.OPTION, Intervention.EBRT));
    PlanItem d = p.items().stream().filter(i -> !i.isVerdict()).findFirst().orElseThrow();
    assertThat(d.kind()).isEqualTo(Kind.CAUTION);
    assertThat(d.wording().args().get(1))
        .isEqualTo(PlanArg.join("or", List.of(PlanArg.of(Intervention.EBRT))));
  }

  @Test
  void ps28_aNotYetOption_namesOnlyItsOwnParents_andOnlyItsSubjectsOrThePatients() {
    TreatmentPlan p =
        plan(
            TWO_LESIONS,
            verdict(Intervention.DENOSUMAB, Optional.empty(), GateCheck.Outcome.CAUTION),
            verdict(Intervention.EBRT, Optional.empty(), GateCheck.Outcome.UNKNOWN),
            verdict(Intervention.EBRT, Optional.of(L2), GateCheck.Outcome.CAUTION),
            dependent(Subject.lesion("L1"), Kind.OPTION, Intervention.EBRT));
    PlanItem d = p.items().stream().filter(i -> !i.isVerdict()).findFirst().orElseThrow();
    // the patient-level EBRT verdict counts for L1; L2's and the unrelated denosumab's do not
    assertThat(d.kind()).isEqualTo(Kind.NEEDS_INFORMATION);
    assertThat(d.wording().args().get(1))
        .isEqualTo(PlanArg.join("or", List.of(PlanArg.of(Intervention.EBRT))));
  }

  @Test
  void ps28_aPatientLevelOption_underAnOptionParentOfAnyLesion_staysAnOption() {
    TreatmentPlan p =
        plan(
            TWO_LESIONS,
            verdict(Intervention.EBRT, Optional.of(L2), GateCheck.Outcome.PASS),
            dependent(PlanItem.PATIENT, Kind.OPTION, Intervention.EBRT));
    assertThat(p.items()).extracting(PlanItem::kind).containsExactly(Kind.OPTION, Kind.OPTION);
  }

  @Test
  void ps28_aLesionOption_underAPatientLevelOption_staysAnOption() {
    TreatmentPlan p =
        plan(
            TWO_LESIONS,
            verdict(Intervention.EBRT, Optional.empty(), GateCheck.Outcome.PASS),
            dependent(Subject.lesion("L1"), Kind.OPTION, Intervention.EBRT));
    assertThat(p.items()).extracting(PlanItem::kind).containsExactly(Kind.OPTION, Kind.OPTION);
  }

  @Test
  void ps28_aLesionOption_underAPatientLevelUnknown_needsInformation() {
    TreatmentPlan p =
        plan(
            TWO_LESIONS,
            verdict(Intervention.EBRT, Optional.empty(), GateCheck.Outcome.UNKNOWN),
            verdict(Intervention.EBRT, Optional.of(L2), GateCheck.Outcome.PASS),
            dependent(Subject.lesion("L1"), Kind.OPTION, Intervention.EBRT));
    assertThat(p.items())
        .filteredOn(i -> !i.isVerdict())
        .extracting(PlanItem::kind)
        .containsExactly(Kind.NEEDS_INFORMATION);
  }

  @Test
  void ps28_aLesionDependent_underAnotherLesionsOptionOnly_isDropped() {
    TreatmentPlan p =
        plan(
            TWO_LESIONS,
            verdict(Intervention.EBRT, Optional.of(L2), GateCheck.Outcome.PASS),
            dependent(Subject.lesion("L1"), Kind.OPTION, Intervention.EBRT),
            dependent(Subject.lesion("L1"), Kind.DOSE, Intervention.EBRT));
    assertThat(texts(p)).containsExactly("EBRT L2");
  }

  @Test
  void ps28_aLesionOption_underItsOwnCautionAndAnotherLesionsOption_isACaution() {
    TreatmentPlan p =
        plan(
            TWO_LESIONS,
            verdict(Intervention.EBRT, Optional.of(L1), GateCheck.Outcome.CAUTION),
            verdict(Intervention.SBRT, Optional.of(L2), GateCheck.Outcome.PASS),
            dependent(Subject.lesion("L1"), Kind.OPTION, Intervention.EBRT, Intervention.SBRT),
            dependent(Subject.lesion("L1"), Kind.DOSE, Intervention.EBRT, Intervention.SBRT));
    assertThat(p.items())
        .filteredOn(i -> !i.isVerdict())
        .extracting(PlanItem::kind)
        .containsExactly(Kind.CAUTION, Kind.DOSE);
  }

  @Test
  void ps28_aLesionOption_underItsOwnOption_staysAnOption() {
    TreatmentPlan p =
        plan(
            TWO_LESIONS,
            verdict(Intervention.EBRT, Optional.of(L1), GateCheck.Outcome.PASS),
            dependent(Subject.lesion("L1"), Kind.OPTION, Intervention.EBRT));
    assertThat(p.items()).extracting(PlanItem::kind).containsExactly(Kind.OPTION, Kind.OPTION);
  }

  @Test
  void ps28_aPatientLevelDose_underARuledOutParentOnly_isDropped() {
    TreatmentPlan p =
        plan(
            TWO_LESIONS,
            verdict(Intervention.EBRT, Optional.of(L1), GateCheck.Outcome.FAIL),
            dependent(PlanItem.PATIENT, Kind.DOSE, Intervention.EBRT));
    assertThat(p.items()).extracting(PlanItem::kind).containsExactly(Kind.RULED_OUT);
  }

  @Test
  void shownSurvivalModels_byIdInTheirOrder_notByIdentity() {
    List<String> ids =
        List.of("hcc-sm-gpa", "tokuhashi-revised", "katagiri-new", "van-der-linden", "bollen");
    for (int i = 0; i < ids.size(); i++) {
      assertThat(SurvivalPolicies.shownIndex(new String(ids.get(i).toCharArray()))).isEqualTo(i);
    }
    assertThat(SurvivalPolicies.shownIndex("child-pugh")).isEqualTo(-1);
    assertThat(SurvivalPolicies.shownIndex("")).isEqualTo(-1);
  }

  @Test
  void listsCopy_isListCopyOf_withoutArraysForOneOrTwo() {
    for (int n = 0; n <= 4; n++) {
      List<String> in = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        in.add("e" + i);
      }
      List<String> copy = Lists.copy(in);
      assertThat(copy).isEqualTo(List.copyOf(in));
      in.clear();
      assertThat(copy).hasSize(n);
      assertThatThrownBy(() -> copy.add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
    for (int n = 1; n <= 3; n++) {
      String[] withNull = new String[n];
      Arrays.fill(withNull, "a");
      withNull[n - 1] = null;
      List<String> in = Arrays.asList(withNull);
      assertThatThrownBy(() -> Lists.copy(in)).isInstanceOf(NullPointerException.class);
    }
  }
}
