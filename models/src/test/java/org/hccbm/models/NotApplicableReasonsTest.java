package org.hccbm.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.LongBone;
import org.hccbm.core.lesion.LongBoneRegion;
import org.hccbm.core.lesion.LongBoneSite;
import org.hccbm.core.lesion.OtherBone;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.result.OpenStatus;
import org.hccbm.core.result.Renderer;
import org.hccbm.core.result.Value;
import org.hccbm.models.bone.Mirels;
import org.hccbm.models.bone.Sins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 13: why a model does not apply is data — a code of the bundle's {@code notApplicable.*} and
 * typed arguments — and its English rendering is, word for word, the text the models gave before
 * reasons were coded.
 */
class NotApplicableReasonsTest {
  private static final ModelInfo INFO = Models.all().get(0).info();

  /** Each code with no arguments renders the reason the models wrote as text before. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "noGradedLesion|no lesion this model grades",
        "ecog5Dead|ECOG 5 (dead)",
        "kps0Dead|KPS 0 (dead)",
        "tokuhashi.dead|KPS 0 / ECOG 5 (dead) is outside the Tokuhashi bands",
        "tokuhashi.noVertebralLesion|no vertebral metastasis recorded: the revised Tokuhashi score"
            + " grades spinal metastases",
        "vanDerLinden.dead|KPS 0 / ECOG 5 (dead) is outside the van der Linden bands",
        "tomita.noBoneMetastasis|no bone metastasis recorded",
        "bollen.profileFromCaller|the clinical profile of the primary is supplied by the caller"
            + " (BollenInput.from(patient, profile)); HCC's profile is not published",
        "sins.coccyx|the coccyx is not defined by SINS",
        "transplant.noViableTumour|no viable intrahepatic tumour recorded",
        "bclc.nothingToStage|no viable intrahepatic tumour and no extrahepatic spread or vascular"
            + " invasion recorded: nothing to stage",
        "bclc.nothingToStageUnlessC|no viable intrahepatic tumour and no extrahepatic spread or"
            + " vascular invasion recorded: nothing to stage (either, still unknown, would make it"
            + " stage C)"
      })
  void codedReason_rendersTheFormerText(String code, String text) {
    NotApplicable n = NotApplicable.coded(INFO, code, List.of());
    assertThat(n.code()).isEqualTo(code);
    assertThat(n.args()).isEmpty();
    assertThat(n.reason()).isEqualTo(text);
  }

  @Test
  void meld3UnderTwelve_carriesTheAgeAsANumber() {
    NotApplicable n = NotApplicable.coded(INFO, "meld3.underTwelve", List.of(), Value.of(11.0));
    assertThat(n.reason()).isEqualTo("MELD 3.0 is not defined under 12 years (age 11 years)");
  }

  @Test
  void siteReasons_nameTheSiteAsACodedValue_wordedAsItsLabel() {
    BoneLesion spinal = BoneLesion.at("T7", SpinalLevel.T7).build();
    NotApplicable mirels = Mirels.INSTANCE.evaluate(spinal).asNotApplicable();
    assertThat(mirels.code()).isEqualTo("mirels.notLongBone");
    assertThat(mirels.args()).containsExactly(new Value.Coded("SpinalLevel", "T7"));
    assertThat(mirels.reason()).isEqualTo("not a long-bone lesion (T7)");

    BoneLesion rib = BoneLesion.at("rib", OtherBone.HAND_OR_FOOT).build();
    assertThat(Mirels.INSTANCE.evaluate(rib).asNotApplicable().reason())
        .isEqualTo("not a long-bone lesion (hand or foot)");
    NotApplicable sinsRib = Sins.INSTANCE.evaluate(rib).asNotApplicable();
    assertThat(sinsRib.code()).isEqualTo("sins.notSpinal");
    assertThat(sinsRib.args()).containsExactly(new Value.Coded("OtherBone", "HAND_OR_FOOT"));
    assertThat(sinsRib.reason()).isEqualTo("not a spinal lesion (hand or foot)");

    BoneLesion femur =
        BoneLesion.at("f", LongBoneSite.of(LongBone.FEMUR, LongBoneRegion.FEMORAL_NECK)).build();
    NotApplicable sinsFemur = Sins.INSTANCE.evaluate(femur).asNotApplicable();
    assertThat(sinsFemur.args())
        .containsExactly(new Value.Coded("LongBoneSite", "FEMUR.FEMORAL_NECK"));
    assertThat(sinsFemur.reason()).isEqualTo("not a spinal lesion (femur, femoral neck)");
  }

  @Test
  void everyOtherBoneAndSpinalLevel_isWordedAsItsLabel() {
    for (OtherBone b : OtherBone.values()) {
      assertThat(Renderer.english().value(Value.of(b))).isEqualTo(b.label());
    }
    for (SpinalLevel s : SpinalLevel.values()) {
      assertThat(Renderer.english().value(Value.of(s))).isEqualTo(s.label());
    }
  }

  @Test
  void boneLesionsNotRecorded_namesTheOpenListAsData() {
    for (Models.Evaluation e : Models.evaluate(Patient.builder("p").build())) {
      if (Models.lesionModels().stream().anyMatch(m -> m.info().equals(e.model()))) {
        NotApplicable n = e.result().asNotApplicable();
        assertThat(n.code()).isEqualTo("boneLesionsNotRecorded");
        assertThat(n.args())
            .containsExactly(
                new Value.Open(
                    ItemCode.of("boneLesions"),
                    OpenStatus.UNKNOWN,
                    Optional.empty(),
                    Optional.empty()));
        assertThat(n.reason()).isEqualTo("bone lesions not recorded (unknown)");
      }
    }
    Patient notAssessable = Patient.builder("p").notAssessable("boneLesions", "no imaging").build();
    assertThat(Models.evaluate(notAssessable))
        .filteredOn(e -> e.model().id().equals("sins"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.result().asNotApplicable().reason())
                    .isEqualTo("bone lesions not recorded (not assessable (no imaging))"));
  }

  @Test
  void textReason_isShownAsGiven_andNeedsOneTextArgument() {
    NotApplicable given = new NotApplicable(INFO, "a caller's reason", List.of());
    assertThat(given.code()).isEqualTo(NotApplicable.TEXT);
    assertThat(given.args()).containsExactly(Value.text("a caller's reason"));
    assertThat(given.reason()).isEqualTo("a caller's reason");
    assertThatThrownBy(() -> new NotApplicable(INFO, NotApplicable.TEXT, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new NotApplicable(INFO, NotApplicable.TEXT, List.of(Value.of(1.0)), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withCaveats_keepsTheCodeAndArguments() {
    NotApplicable n = NotApplicable.coded(INFO, "meld3.underTwelve", List.of(), Value.of(10.0));
    Caveat c = Caveat.coded(CaveatKind.ASSUMPTION, "mirels.femoralHead");
    NotApplicable with = n.withCaveats(List.of(c));
    assertThat(with.code()).isEqualTo(n.code());
    assertThat(with.args()).isEqualTo(n.args());
    assertThat(with.caveats()).containsExactly(c);
    assertThat(with.reason()).isEqualTo("MELD 3.0 is not defined under 12 years (age 10 years)");
  }
}
