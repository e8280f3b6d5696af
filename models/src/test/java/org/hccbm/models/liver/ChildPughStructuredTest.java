package org.hccbm.models.liver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.liver.Ascites;
import org.hccbm.core.liver.Encephalopathy;
import org.hccbm.core.result.Band;
import org.hccbm.core.result.Bound;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.Conversion;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.result.OpenStatus;
import org.hccbm.core.result.Possible;
import org.hccbm.core.result.Quantity;
import org.hccbm.core.result.Value;
import org.junit.jupiter.api.Test;

/** Child–Pugh results as data (issue 13 point 1): codes, inputs, bands, open items, caveats. */
class ChildPughStructuredTest {
  private static final ItemCode BILIRUBIN = ItemCode.of("bilirubin");

  /** No part of a Child–Pugh result holds words: every value, band and caveat is typed. */
  private static void assertDataOnly(ModelResult r) {
    List<ItemScore> items = r.isComplete() ? r.asComplete().items() : r.asBounded().knownItems();
    for (ItemScore i : items) {
      assertThat(i.input().asGiven()).isNotInstanceOf(Value.Text.class);
      assertThat(i.band()).isNotInstanceOf(Band.Text.class);
      assertThat(i.patientField()).isPresent();
    }
    if (r.isBounded()) {
      for (OpenItem o : r.asBounded().openItems()) {
        assertThat(o.possible()).isNotInstanceOf(Possible.Text.class);
        assertThat(o.closedBy()).isNotEmpty();
      }
    }
    for (Caveat c : r.caveats()) {
      assertThat(c.code()).isNotEqualTo(Caveat.NOTE);
      assertThat(c.args()).noneMatch(a -> a instanceof Value.Text);
    }
  }

  @Test
  void complete_itemsHaveCodesFieldsAndBoundsAsData() {
    Complete c =
        ChildPugh.INSTANCE
            .evaluate(
                ChildPughInput.of(
                    Bilirubin.mgPerDl(2.5),
                    Albumin.gPerDl(3.1),
                    Inr.ratio(1.8),
                    Ascites.MILD,
                    Encephalopathy.GRADE_1))
            .asComplete();
    assertDataOnly(c);
    assertThat(c.items())
        .extracting(i -> i.code().value())
        .containsExactly("bilirubin", "albumin", "inr", "ascites", "encephalopathy");
    ItemScore albumin = c.item(ItemCode.of("albumin"));
    assertThat(albumin.input()).isEqualTo(InputUsed.of("labs.albumin", Quantity.of(3.1, "g/dL")));
    assertThat(albumin.band())
        .isEqualTo(
            new Band.Range(
                Optional.of(new Bound(2.8, true)), Optional.of(new Bound(3.5, true)), "g/dL"));
    assertThat(c.item(ItemCode.of("encephalopathy")).band())
        .isEqualTo(new Band.Values("Encephalopathy", List.of("GRADE_1", "GRADE_2")));
    assertThat(c.item(ItemCode.of("encephalopathy")).toString())
        .isEqualTo("Hepatic encephalopathy: grade 1 → grade 1–2 = 2");
  }

  @Test
  void siConverted_recordsTheConversionAndCodedCaveats() {
    Complete c =
        ChildPugh.SI_CONVERTED
            .evaluate(
                ChildPughInput.of(
                    Bilirubin.umolPerL(34),
                    Albumin.gPerDl(3.8),
                    Inr.ratio(1.0),
                    Ascites.NONE,
                    Encephalopathy.NONE))
            .asComplete();
    assertDataOnly(c);
    InputUsed in = c.item(BILIRUBIN).input();
    assertThat(in.conversion()).contains(new Conversion("umol/L", "mg/dL", 1 / 17.1));
    assertThat(in.asScored()).isInstanceOf(Quantity.class);
    assertThat(c.caveats())
        .extracting(Caveat::code)
        .contains("childPugh.siConverted", "childPugh.siGapConverted");
  }

  @Test
  void unknownCholestaticDisease_opensBilirubin_closedByTheCholestaticField() {
    ChildPughInput in =
        new ChildPughInput(
            Observed.of(Bilirubin.mgPerDl(3.5)),
            Observed.of(Albumin.gPerDl(3.8)),
            Observed.of(Inr.ratio(1.0)),
            Observed.unknown(),
            Observed.of(Ascites.NONE),
            Observed.of(Encephalopathy.NONE),
            Observed.unknown());
    ModelResult r = ChildPugh.INSTANCE.evaluate(in);
    assertDataOnly(r);
    Bounded b = r.asBounded();
    OpenItem bili = b.openItem(BILIRUBIN);
    assertThat(bili.status()).isEqualTo(OpenStatus.UNKNOWN);
    assertThat(bili.aspect()).contains(ItemCode.of("cholestaticDisease"));
    assertThat(bili.closedBy()).containsExactly("liver.cholestaticDisease");
    assertThat(bili.toString())
        .isEqualTo(
            "Bilirubin: cholestatic disease unknown (standard "
                + "> 3 mg/dL (3) or PBC/PSC < 4 mg/dL (1)) = 1..3");
    assertThat(b.deciding()).containsExactly(BILIRUBIN);
    assertThat(b.decidingFields()).containsExactly("liver.cholestaticDisease");
  }

  @Test
  void unknownCoagulation_isClosedByInrOrPt() {
    ChildPughInput in =
        new ChildPughInput(
            Observed.of(Bilirubin.mgPerDl(1)),
            Observed.of(Albumin.gPerDl(3.8)),
            Observed.unknown(),
            Observed.unknown(),
            Observed.of(Ascites.NONE),
            Observed.unknown(),
            Observed.of(false));
    Bounded b = ChildPugh.INSTANCE.evaluate(in).asBounded();
    assertDataOnly(b);
    assertThat(b.openItem(ItemCode.of("coagulation")).closedBy())
        .containsExactly("labs.inr", "labs.ptProlongation");
    assertThat(b.openItem(ItemCode.of("encephalopathy")).closedBy())
        .containsExactly("liver.encephalopathy");
    assertThat(b.decidingFields())
        .containsExactly("labs.inr", "labs.ptProlongation", "liver.encephalopathy");
  }
}
