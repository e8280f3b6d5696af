package org.hccbm.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.tumour.ExtraskeletalMetastasis;
import org.hccbm.core.tumour.MetastasisPattern;
import org.hccbm.core.tumour.MetastasisSite;
import org.hccbm.models.LabFreshness;
import org.hccbm.models.Models;
import org.hccbm.models.VariantSelection;
import org.hccbm.models.bone.Tomita;
import org.hccbm.models.treatment.Domain;
import org.hccbm.models.treatment.TreatmentPlanner;
import org.hccbm.report.BoardSummary.MissingInput;
import org.hccbm.report.BoardSummary.ResultRef;
import org.hccbm.report.BoardSummary.SurvivalRow;
import org.hccbm.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class BoardSummaryTest {
  private static final List<String> PROGNOSTIC =
      List.of(
          "hcc-sm-gpa", "tokuhashi-revised", "tomita", "katagiri-new", "van-der-linden", "bollen");

  @Test
  void everyFixture_liverLineSurvivalRowsAndThreeToSixDecisions() {
    for (Patient p : Fixtures.all()) {
      BoardSummary s = BoardSummary.of(p);
      assertThat(s.liver())
          .as(p.id())
          .extracting(BoardSummary.Finding::modelId)
          .containsExactly("child-pugh", "albi", "meld-na", "bclc-2022");
      assertThat(s.survival().rows())
          .as(p.id())
          .extracting(r -> r.result().modelId())
          .containsExactlyElementsOf(PROGNOSTIC);
      long chosen = s.survival().rows().stream().filter(SurvivalRow::chosen).count();
      assertThat(chosen)
          .as(p.id())
          .isEqualTo(PROGNOSTIC.contains(s.survival().choice().modelId()) ? 1 : 0);
      assertThat(s.decisions()).as(p.id()).hasSizeBetween(3, 6);
      assertThat(s.decisions())
          .extracting(BoardSummary.Decision::domain)
          .doesNotContain(Domain.URGENT, Domain.TEAM, Domain.GENERAL);
      for (BoardSummary.Decision d : s.decisions()) {
        assertThat(d.options().size() + d.gates().size())
            .as(p.id() + " " + d.domain())
            .isPositive();
        assertThat(d.ruleIds()).doesNotHaveDuplicates();
      }
    }
  }

  @Test
  void cordCompression_concordanceShowsEveryPrognosticModelWithWhyItMayDisagree() {
    BoardSummary s = BoardSummary.of(Fixtures.cordCompression());

    assertThat(s.survival().rows())
        .extracting(
            r -> r.result().modelId(),
            r -> r.result().categories().stream().map(Category::code).toList(),
            SurvivalRow::mayDisagree,
            SurvivalRow::chosen)
        .containsExactly(
            tuple(
                "hcc-sm-gpa",
                List.of("LOW"),
                "HCC-specific, but from 63 irradiated patients; no liver-function term",
                true),
            tuple(
                "tokuhashi-revised",
                List.of("SCORE_9_11"),
                "general spinal-metastasis score: liver scores 1 of 5 primary-site points, so "
                    + "12–15 is out of reach; no liver-function term",
                false),
            tuple(
                "tomita",
                List.of("MARGINAL_OR_INTRALESIONAL"),
                "a surgical-strategy score: survival per band was not retrieved; liver scores as "
                    + "rapid growth, so the total is at least 5",
                false),
            tuple(
                "katagiri-new",
                List.of("LOW"),
                "general skeletal-metastasis score; its laboratory item (platelets, bilirubin) "
                    + "scores cirrhosis as well as the cancer",
                false),
            tuple(
                "van-der-linden",
                List.of("A"),
                "non-discriminating in HCC: liver scores 0 primary points, so every HCC patient "
                    + "is group A",
                false),
            tuple(
                "bollen",
                List.of(),
                "HCC's clinical profile is not published (the caller supplies it) and the "
                    + "flowchart is reconstructed",
                false));
    SurvivalRow gpa = s.survivalRow("hcc-sm-gpa").orElseThrow();
    assertThat(gpa.figures())
        .singleElement()
        .satisfies(f -> assertThat(f.medianMonths()).hasValue(13.6));
    assertThat(gpa.cohort().patients()).hasValue(63);
    assertThat(s.survivalRow("van-der-linden").orElseThrow().bands()).hasSize(2);
    assertThat(s.survivalRow("bollen").orElseThrow().result().kind())
        .isEqualTo(BoardSummary.Kind.NOT_APPLICABLE);
    assertThat(s.survivalRow("tomita").orElseThrow().figures()).isEmpty();
    assertThat(s.survival().choice().modelId()).isEqualTo("hcc-sm-gpa");
  }

  @Test
  void cordCompression_spinalPrecautionsAreTheFirstEmergency() {
    BoardSummary s = BoardSummary.of(Fixtures.cordCompression());
    assertThat(s.emergencies()).extracting(BoardSummary.Emergency::ruleId).contains("R-SPINE-01");
    assertThat(s.decisions().get(0).domain()).isEqualTo(Domain.CORD_COMPRESSION);
  }

  @Test
  void cordCompression_onlyThePortalVeinIsMissing_andItSettlesUka() {
    assertThat(BoardSummary.of(Fixtures.cordCompression()).missing())
        .containsExactly(
            new MissingInput(
                "primary.portalVeinInvasion",
                "Portal vein invasion",
                List.of(new ResultRef("uka-eligibility", "Uka criteria", "patient")),
                List.of()));
  }

  @Test
  void of_withAnAssessment_isTheSameSummary() {
    Patient p = Fixtures.h1();
    TreatmentPlanner.Assessment a =
        TreatmentPlanner.DEFAULT.assess(
            p, VariantSelection.defaults(), LabFreshness.DEFAULT_WINDOW_DAYS);
    assertThat(BoardSummary.of(p, a)).isEqualTo(BoardSummary.of(p));
  }

  @Test
  void incomplete_missingInputsRankedByResultsSettled_checkedAgainstTheBoundedResults() {
    Patient p = Fixtures.incomplete();
    BoardSummary s = BoardSummary.of(p);
    List<MissingInput> missing = s.missing();

    // independently: every (bounded result, deciding item, input) pair, settled when the input
    // closes every deciding item of the result
    List<String> expected = new ArrayList<>();
    for (Models.Evaluation e : Models.evaluate(p)) {
      Optional<Bounded> b =
          e.result().fold(c -> Optional.empty(), Optional::of, n -> Optional.empty());
      if (b.isEmpty()) {
        continue;
      }
      List<OpenItem> deciding =
          b.get().openItems().stream().filter(o -> b.get().deciding().contains(o.code())).toList();
      String name = e.model().id() + "|" + e.subject();
      deciding.stream()
          .flatMap(o -> inputs(o).stream())
          .distinct()
          .forEach(
              in ->
                  expected.add(
                      in
                          + (deciding.stream().allMatch(o -> inputs(o).contains(in))
                              ? " settles "
                              : " narrows ")
                          + name));
    }
    List<String> actual = new ArrayList<>();
    for (MissingInput m : missing) {
      m.settles()
          .forEach(r -> actual.add(m.field() + " settles " + r.modelId() + "|" + r.subject()));
      m.narrows()
          .forEach(r -> actual.add(m.field() + " narrows " + r.modelId() + "|" + r.subject()));
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(missing).extracting(MissingInput::field).doesNotHaveDuplicates();
    for (int i = 1; i < missing.size(); i++) {
      MissingInput a = missing.get(i - 1);
      MissingInput b = missing.get(i);
      assertThat(
              a.settles().size() > b.settles().size()
                  || (a.settles().size() == b.settles().size()
                      && a.narrows().size() >= b.narrows().size()))
          .as(a + " before " + b)
          .isTrue();
    }
    // the Tomita total is bounded only by the extraskeletal metastases
    MissingInput first = missing.get(0);
    assertThat(first.field()).isEqualTo("extraskeletalMetastases");
    assertThat(first.settles()).containsExactly(new ResultRef("tomita", "Tomita", "patient"));
    assertThat(missing)
        .filteredOn(m -> m.field().equals("labs.inr"))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.narrows())
                    .extracting(ResultRef::modelId)
                    .contains("child-pugh", "meld-na"));
    assertThat(missing)
        .filteredOn(m -> m.field().equals("boneLesions[].alignment"))
        .singleElement()
        .satisfies(
            m -> assertThat(m.narrows()).containsExactly(new ResultRef("sins", "SINS", "T11")));
  }

  @Test
  void incomplete_anInputThatSettlesAResultDoesSettleItWhateverItsValue() {
    Patient p = Fixtures.incomplete();
    for (List<ExtraskeletalMetastasis> value :
        List.of(List.<ExtraskeletalMetastasis>of(), List.of(lung(true)), List.of(lung(false)))) {
      Patient completed = p.toBuilder().extraskeletalMetastases(value).build();
      assertThat(Tomita.INSTANCE.evaluate(completed).possibleCategories())
          .as(value.toString())
          .hasSize(1);
    }
    assertThat(Tomita.INSTANCE.evaluate(p).possibleCategories()).hasSizeGreaterThan(1);
  }

  private static ExtraskeletalMetastasis lung(boolean treatable) {
    return new ExtraskeletalMetastasis(
        MetastasisSite.LUNG,
        Observed.of(MetastasisPattern.NODULAR),
        Observed.of(treatable),
        Observed.of(treatable));
  }

  private static List<String> inputs(OpenItem o) {
    return o.closedBy().isEmpty() ? List.of(o.code().value()) : o.closedBy();
  }
}
