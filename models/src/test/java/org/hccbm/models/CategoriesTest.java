package org.hccbm.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.hccbm.core.result.Category;
import org.hccbm.models.bone.BollenCategory;
import org.hccbm.models.bone.HccSmGpaGroup;
import org.hccbm.models.bone.KatagiriGroup;
import org.hccbm.models.bone.MirelsRecommendation;
import org.hccbm.models.bone.SinsCategory;
import org.hccbm.models.bone.TokuhashiBand;
import org.hccbm.models.bone.TomitaStrategy;
import org.hccbm.models.bone.UkaEligibility;
import org.hccbm.models.bone.VanDerLindenGroup;
import org.hccbm.models.liver.AlbiGrade;
import org.hccbm.models.liver.BclcStage;
import org.hccbm.models.liver.ChildPughClass;
import org.hccbm.models.liver.CriteriaStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every category a model can return explains itself: a distinct, non-blank machine code and label,
 * and a meaning (only the transplant-criteria status, whose label says it all, has none).
 */
class CategoriesTest {
  static Stream<Class<? extends Category>> categories() {
    return Stream.of(
        ChildPughClass.class,
        AlbiGrade.class,
        BclcStage.class,
        CriteriaStatus.class,
        HccSmGpaGroup.class,
        TokuhashiBand.class,
        TomitaStrategy.class,
        KatagiriGroup.class,
        VanDerLindenGroup.class,
        BollenCategory.class,
        UkaEligibility.class,
        SinsCategory.class,
        MirelsRecommendation.class);
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
