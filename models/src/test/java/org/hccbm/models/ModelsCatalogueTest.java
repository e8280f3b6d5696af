package org.hccbm.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hccbm.core.evidence.ModelInfo;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of models (DESIGN.md): every patient-level and per-lesion model, in order. The
 * README's "Model catalogue" table is the one place that lists the models: every test that iterates
 * over {@link Models#all()} relies on this pin to notice a model dropped from the catalogue.
 */
class ModelsCatalogueTest {
  /** One row of the README's catalogue table. */
  record Row(String id, int revision, String status) {}

  /** The rows of the README's "Model catalogue" table, in order. */
  static List<Row> readmeCatalogue() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "README.md"));
    int start = lines.indexOf("## Model catalogue");
    assertThat(start).as("README section \"## Model catalogue\"").isNotNegative();
    List<Row> rows = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      if (line.startsWith("| `")) {
        String[] cells = line.split("\\|");
        rows.add(
            new Row(
                cells[1].strip().replace("`", ""),
                Integer.parseInt(cells[3].strip()),
                cells[4].strip()));
      }
    }
    return rows;
  }

  @Test
  void catalogue_isTheReadmeTable_inOrder_withRevisionAndStatus() throws IOException {
    List<Row> catalogue =
        Models.catalogue().stream()
            .map(m -> new Row(m.id(), m.revision(), m.status().name()))
            .toList();
    assertThat(catalogue).isEqualTo(readmeCatalogue()).doesNotHaveDuplicates();
  }

  @Test
  void catalogue_isThePatientLevelModels_thenThePerLesionModels() {
    assertThat(Models.catalogue())
        .containsExactlyElementsOf(
            Stream.concat(
                    Models.all().stream().map(Score::info),
                    Models.lesionModels().stream().map(LesionScore::info))
                .toList());
  }

  @Test
  void all_isTheDefaultVariantOfEveryModel() {
    for (Score<?> s : Models.all()) {
      String id = s.info().id();
      assertThat(Variants.entry(id, Variants.defaultOf(id).name()).model()).as(id).isSameAs(s);
      assertThat(Models.byId(id)).as(id).containsSame(s);
    }
    for (LesionScore s : Models.lesionModels()) {
      String id = s.info().id();
      assertThat(Variants.entry(id, Variants.defaultOf(id).name()).model()).as(id).isSameAs(s);
      assertThat(Models.byId(id)).as("per-lesion models are not patient-level").isEmpty();
    }
    assertThat(Models.byId("nope")).isEmpty();
  }

  @Test
  void everyVariant_assignsTheCategoriesOfItsModel() {
    for (ModelVariant v : Variants.all()) {
      ModelInfo standard = Variants.defaultOf(v.model()).info();
      assertThat(v.info().categoryType())
          .as(v.model() + " " + v.name())
          .isEqualTo(standard.categoryType());
    }
  }
}
