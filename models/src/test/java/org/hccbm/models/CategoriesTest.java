package org.hccbm.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hccbm.core.result.Category;
import org.hccbm.models.liver.CriteriaStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every category a model can return explains itself: a distinct, non-blank machine code and label,
 * and a meaning (only the transplant-criteria status, whose label says it all, has none).
 */
class CategoriesTest {
  /**
   * The category type of every model that assigns categories, as it declares it, once each (Milan
   * and UCSF share theirs). ModelsCatalogueTest pins the catalogue.
   */
  static Stream<Class<? extends Category>> categories() {
    return Models.catalogue().stream()
        .map(m -> m.categoryType())
        .flatMap(Optional::stream)
        .distinct();
  }

  @Test
  void everyModelButTheMeldFamily_declaresItsCategories() {
    assertThat(Models.catalogue())
        .filteredOn(m -> m.categoryType().isEmpty())
        .extracting(m -> m.id())
        .containsExactly("meld", "meld-na", "meld-3.0");
    assertThat(categories()).hasSize(Models.catalogue().size() - 3 - 1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("categories")
  void everyValue_hasDistinctCodeAndLabel_andAMeaning(Class<? extends Category> type) {
    List<Category> values = Arrays.asList(type.getEnumConstants());
    assertThat(values).isNotEmpty();
    assertThat(values)
        .allSatisfy(
            c -> {
              assertThat(c.code()).isNotBlank().doesNotContainAnyWhitespaces();
              assertThat(c.label()).isNotBlank();
              if (type != CriteriaStatus.class) {
                assertThat(c.meaning()).isNotBlank();
              }
            });
    assertThat(values.stream().map(Category::code)).doesNotHaveDuplicates();
    assertThat(values.stream().map(Category::label)).doesNotHaveDuplicates();
  }
}
