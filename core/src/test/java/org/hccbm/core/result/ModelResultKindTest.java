package org.hccbm.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hccbm.core.result.ModelResultQueriesTest.NA;
import static org.hccbm.core.result.ModelResultQueriesTest.bounded;
import static org.hccbm.core.result.ModelResultQueriesTest.complete;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 points 3 and 7: a result's kind is asked, and a caller that needs one kind gets it typed
 * or a message naming the model, the kind wanted and the kind found — never a ClassCastException.
 */
class ModelResultKindTest {
  @Test
  void isKind_trueForExactlyTheResultsOwnKind() {
    ModelResult c = complete(3);
    ModelResult b = bounded(List.of(1.0, 3.0));
    ModelResult n = NA;
    assertThat(List.of(c.isComplete(), c.isBounded(), c.isNotApplicable()))
        .containsExactly(true, false, false);
    assertThat(List.of(b.isComplete(), b.isBounded(), b.isNotApplicable()))
        .containsExactly(false, true, false);
    assertThat(List.of(n.isComplete(), n.isBounded(), n.isNotApplicable()))
        .containsExactly(false, false, true);
  }

  @Test
  void asKind_returnsTheSameResultTyped() {
    Complete c = complete(3);
    Bounded b = bounded(List.of(1.0, 3.0));
    assertThat(c.asComplete()).isSameAs(c);
    assertThat(b.asBounded()).isSameAs(b);
    assertThat(NA.asNotApplicable()).isSameAs(NA);
  }

  @Test
  void asComplete_ofBoundedOrNotApplicable_failsNamingModelAndKinds() {
    ModelResult b = bounded(List.of(1.0, 3.0));
    assertThatThrownBy(b::asComplete)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("demo-score result must be complete, was bounded (open items [he])");
    assertThatThrownBy(NA::asComplete)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("demo-score result must be complete, was not applicable (no lesion)");
  }

  @Test
  void asBounded_ofCompleteOrNotApplicable_failsNamingModelAndKinds() {
    ModelResult c = complete(3);
    assertThatThrownBy(c::asBounded)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("demo-score result must be bounded, was complete");
    assertThatThrownBy(NA::asBounded)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("demo-score result must be bounded, was not applicable (no lesion)");
  }

  @Test
  void asNotApplicable_ofAResultThatApplies_failsNamingModelAndKinds() {
    assertThatThrownBy(complete(3)::asNotApplicable)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("demo-score result must be not applicable, was complete");
    assertThatThrownBy(bounded(List.of(1.0, 3.0))::asNotApplicable)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("demo-score result must be not applicable, was bounded (open items [he])");
  }
}
