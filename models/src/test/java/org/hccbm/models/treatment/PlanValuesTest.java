package org.hccbm.models.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hccbm.core.history.AntithromboticDrugClass;
import org.hccbm.core.history.AntithromboticKind;
import org.hccbm.core.history.AntithromboticTherapy;
import org.hccbm.core.history.RadiotherapyCourse;
import org.hccbm.core.lesion.EsccGrade;
import org.hccbm.core.lesion.LesionMorphology;
import org.hccbm.core.lesion.LongBone;
import org.hccbm.core.lesion.LongBoneRegion;
import org.hccbm.core.lesion.LongBoneSite;
import org.hccbm.core.lesion.OtherBone;
import org.hccbm.core.lesion.PainCharacter;
import org.hccbm.core.lesion.SkeletalSite;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.lesion.VertebralCollapse;
import org.hccbm.core.neuro.FrankelGrade;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.Karnofsky;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.result.Quantity;
import org.hccbm.models.SurvivalBand;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 points 1–2 for the plan: recorded values are typed plan arguments (coded values, dates,
 * quantities with their UCUM unit) whose English rendering is what the records' own renderings were
 * when the plan carried them as text, so that the plan's display text is unchanged.
 */
class PlanValuesTest {
  private static final PlanRenderer EN = PlanRenderer.english();

  @Test
  void antithromboticTherapy_everyShape_isTypedAndReadsAsTheRecord() {
    List<AntithromboticTherapy> all = new ArrayList<>();
    all.add(AntithromboticTherapy.none());
    all.add(
        AntithromboticTherapy.of(
            Optional.of(LocalDate.of(2026, 10, 30)),
            AntithromboticDrugClass.ASPIRIN,
            AntithromboticDrugClass.DIRECT_ORAL_ANTICOAGULANT));
    all.add(AntithromboticTherapy.of(Optional.empty(), AntithromboticDrugClass.HEPARIN));
    for (AntithromboticKind k :
        List.of(AntithromboticKind.ANTIPLATELET, AntithromboticKind.ANTICOAGULANT)) {
      all.add(new AntithromboticTherapy(k, List.of(), Optional.empty()));
      all.add(new AntithromboticTherapy(k, List.of(), Optional.of(LocalDate.of(2026, 1, 2))));
    }
    for (AntithromboticDrugClass d : AntithromboticDrugClass.values()) {
      all.add(AntithromboticTherapy.of(Optional.empty(), d));
    }
    for (AntithromboticTherapy t : all) {
      PlanArg arg = PlanValues.antithrombotics(t);
      assertThat(EN.render(arg)).as(t.toString()).isEqualTo(t.toString());
      assertThat(leaves(arg)).noneMatch(a -> a instanceof PlanArg.Val v && isText(v));
    }
    Wording dated =
        (Wording)
            PlanValues.antithrombotics(
                AntithromboticTherapy.of(
                    Optional.of(LocalDate.of(2026, 10, 30)), AntithromboticDrugClass.ASPIRIN));
    assertThat(dated.args()).contains(PlanArg.date(LocalDate.of(2026, 10, 30)));
  }

  @Test
  void radiotherapyCourse_everySiteKind_isTypedAndReadsAsTheRecord() {
    List<SkeletalSite> sites = new ArrayList<>(List.of(SpinalLevel.values()));
    sites.addAll(List.of(OtherBone.values()));
    for (LongBone b : LongBone.values()) {
      for (LongBoneRegion r : LongBoneRegion.values()) {
        if (!r.femurOnly() || b == LongBone.FEMUR) {
          sites.add(LongBoneSite.of(b, r));
        }
      }
    }
    for (SkeletalSite site : sites) {
      for (Optional<LocalDate> end : List.of(Optional.<LocalDate>empty(), Optional.of(day()))) {
        RadiotherapyCourse c = new RadiotherapyCourse(site, 20.5, 5, end);
        PlanArg arg = PlanValues.course(c);
        assertThat(EN.render(arg)).isEqualTo(c.toString());
        assertThat(leaves(arg)).noneMatch(a -> a instanceof PlanArg.Val v && isText(v));
      }
    }
    Wording w = (Wording) PlanValues.course(new RadiotherapyCourse(SpinalLevel.T10, 30, 10, end()));
    assertThat(w.args().get(0)).isEqualTo(PlanArg.quantity(30, "Gy"));
    assertThat(w.args().get(1)).isEqualTo(PlanArg.num(10));
    assertThat(w.args().get(2)).isEqualTo(PlanArg.of(SpinalLevel.T10));
    assertThat(w.args().get(3)).isEqualTo(PlanArg.date(day()));
  }

  private static LocalDate day() {
    return LocalDate.of(2026, 5, 1);
  }

  private static Optional<LocalDate> end() {
    return Optional.of(day());
  }

  @Test
  void performanceStatus_ecogAndKarnofsky_readAsRecorded() {
    for (int g = 0; g <= 4; g++) {
      PerformanceStatus ps = PerformanceStatus.of(Ecog.of(g));
      assertThat(EN.render(PlanValues.performanceStatus(ps))).isEqualTo(ps.toString());
    }
    for (int k = 10; k <= 100; k += 10) {
      PerformanceStatus ps = PerformanceStatus.of(Karnofsky.of(k));
      assertThat(EN.render(PlanValues.performanceStatus(ps))).isEqualTo(ps.toString());
    }
  }

  @Test
  void codedLesionAndNeuroValues_readAsTheirRecordedRendering() {
    List<Enum<?>> all = new ArrayList<>();
    all.addAll(List.of(FrankelGrade.values()));
    all.addAll(List.of(EsccGrade.values()));
    all.addAll(List.of(VertebralCollapse.values()));
    all.addAll(List.of(LesionMorphology.values()));
    all.addAll(List.of(PainCharacter.values()));
    for (Enum<?> v : all) {
      assertThat(EN.render(PlanArg.of(v))).isEqualTo(String.valueOf(v));
    }
  }

  @Test
  void quantities_carryTheirUcumUnit_theNumberAloneOnlyWhereThePatternSaysSo() {
    assertThat(EN.render(PlanValues.months(3))).isEqualTo("3 months");
    assertThat(PlanValues.months(6)).isEqualTo(PlanArg.quantity(6, "mo"));
    assertThat(EN.render(PlanArg.quantity(1.72, Gates.INR_UNIT))).isEqualTo("1.72");
    assertThat(EN.render(PlanArg.quantity(4, "mg"))).isEqualTo("4 mg");
    assertThat(
            EN.render(
                Wording.of(
                    "gate.haemostasis.plateletsLow", PlanArg.quantity(42, Gates.PLATELET_UNIT))))
        .isEqualTo("platelets 42 < 50 × 10⁹/L");
    assertThat(EN.render(Wording.of("gate.haemostasis.plateletsLow", PlanArg.text("x"))))
        .as("{0#} of an argument that is not a quantity is left as written")
        .isEqualTo("platelets {0#} < 50 × 10⁹/L");
    assertThat(EN.render(Wording.of("urgent.crclBelow30", PlanArg.quantity(22.5, "mL/min"))))
        .isEqualTo("creatinine clearance 22.5 mL/min < 30");
    assertThat(PlanValues.childPughPoints(8)).isEqualTo(PlanArg.points("child-pugh", 8));
    assertThat(EN.render(PlanValues.childPughPoints(8))).isEqualTo("8");
    assertThat(EN.render(PlanArg.date(day()))).isEqualTo("2026-05-01");
  }

  @Test
  void everyNumberInThePlansOfTheConstructedPatients_isACountAQuantityWithAUnitOrPoints() {
    List<PlanArg> numbers = new ArrayList<>();
    for (var p : PlannerSafetyTest.constructed()) {
      TreatmentPlan plan = TreatmentPlanner.DEFAULT.plan(p);
      for (PlanItem i : plan.items()) {
        List<PlanArg> all = new ArrayList<>(leaves(i.wording()));
        for (Fact f : i.facts()) {
          all.addAll(leaves(f.value()));
        }
        for (PlanArg a : all) {
          if (a instanceof PlanArg.Val v && v.value() instanceof Quantity q && q.unit().isEmpty()) {
            numbers.add(a);
          }
        }
      }
    }
    // the unitless numbers left are counts and grades (fractions, ECOG grade): whole numbers
    assertThat(numbers)
        .allSatisfy(
            a -> {
              double d = ((Quantity) ((PlanArg.Val) a).value()).value();
              assertThat(d).isEqualTo(Math.rint(d));
            });
  }

  @Test
  void survivalEstimate_summaryAndToString_renderedByThePlanBundle_asTheyWereBuilt() {
    SurvivalBand[] all = SurvivalBand.values();
    for (int mask = 1; mask < 1 << all.length; mask++) {
      List<SurvivalBand> bands = new ArrayList<>();
      for (int i = 0; i < all.length; i++) {
        if ((mask & (1 << i)) != 0) {
          bands.add(all[i]);
        }
      }
      SurvivalEstimate e = new SurvivalEstimate("katagiri-new", Wording.text("basis"), bands);
      String shown = bands.size() == 1 ? bands.get(0).toString() : "one of " + bands;
      assertThat(e.summary()).isEqualTo("katagiri-new → " + shown);
      assertThat(e.toString()).isEqualTo("katagiri-new: basis → expected survival " + shown);
    }
  }

  @Test
  void survivalBasis_isTheCategoriesAndTheirMeanings_coded() {
    for (var p : PlannerSafetyTest.constructed()) {
      TreatmentPlan plan = TreatmentPlanner.DEFAULT.plan(p);
      for (SurvivalEstimate e : plan.otherEstimates()) {
        assertThat(leaves(e.basis()))
            .as(e.basisText())
            .noneMatch(a -> a instanceof PlanArg.Val v && isText(v))
            .anyMatch(a -> a instanceof PlanArg.Category);
      }
    }
    SurvivalEstimate none = SurvivalEstimate.unknown(Wording.of("survival.noModel"));
    assertThat(none.basisText()).isEqualTo("no prognostic model gives an estimate");
  }

  @Test
  void rules_statementAndTag_areWordedByTheBundle_tagNamesExactlyTheProvenance() {
    Pattern tag = Pattern.compile("\\[([^\\]]+)\\]");
    for (TreatmentRule r : TreatmentPlanner.RULES) {
      RuleInfo info = r.info();
      assertThat(info.statement()).isEqualTo(RuleInfo.statementOf(info.id()));
      assertThat(info.tag()).isEqualTo(RuleInfo.tagOf(info.id()));
      assertThat(info.statementText()).isNotBlank();
      List<Provenance> named = new ArrayList<>();
      Matcher m = tag.matcher(info.tagText());
      while (m.find()) {
        for (String t : m.group(1).split("/")) {
          Provenance p = parse(t.trim());
          if (!named.contains(p)) {
            named.add(p);
          }
        }
      }
      assertThat(named).as(info.id()).containsExactlyInAnyOrderElementsOf(info.provenance());
      assertThat(info.toString()).contains(info.tagText()).contains(info.source());
    }
  }

  private static Provenance parse(String tag) {
    for (Provenance p : Provenance.values()) {
      if (p.tag().equals("[" + tag + "]")) {
        return p;
      }
    }
    throw new AssertionError("unknown provenance tag [" + tag + "]");
  }

  private static boolean isText(PlanArg.Val v) {
    return v.value() instanceof org.hccbm.core.result.Value.Text;
  }

  static List<PlanArg> leaves(PlanArg arg) {
    List<PlanArg> out = new ArrayList<>();
    collect(arg, out);
    return out;
  }

  private static void collect(PlanArg arg, List<PlanArg> out) {
    if (arg instanceof Wording w) {
      w.args().forEach(a -> collect(a, out));
    } else if (arg instanceof PlanArg.Join j) {
      j.items().forEach(a -> collect(a, out));
    } else {
      out.add(arg);
    }
  }
}
