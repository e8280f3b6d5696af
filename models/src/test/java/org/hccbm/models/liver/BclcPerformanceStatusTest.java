package org.hccbm.models.liver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hccbm.core.Diameter;
import org.hccbm.core.Observed;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.junit.jupiter.api.Test;

/**
 * BCLC (liver §4.1): a performance status recorded as not cancer-related is an assumption the
 * result states only when the PS could apply a PS rule, that is at ECOG 1 or more; at ECOG 0 the PS
 * rules never fire, so there is nothing to state (both sides of ECOG 0 | 1).
 */
class BclcPerformanceStatusTest {
  private static long assumptions(int ecog, boolean cancerRelated) {
    ModelResult r =
        Bclc.INSTANCE.evaluate(
            new BclcInput(
                Observed.of(PerformanceStatus.of(Ecog.of(ecog))), Observed.of(cancerRelated),
                List.of(ChildPughClass.A), Observed.of(IntrahepaticTumour.of(Diameter.cm(4.0))),
                Observed.of(false), Observed.of(true)));
    return r.caveats().stream().filter(c -> c.kind() == CaveatKind.ASSUMPTION).count();
  }

  @Test
  void psNotCancerRelated_atEcog1_isStatedAsAnAssumption() {
    assertThat(assumptions(1, false)).isEqualTo(assumptions(1, true) + 1);
  }

  @Test
  void psNotCancerRelated_atEcog0_addsNoAssumption() {
    assertThat(assumptions(0, false)).isEqualTo(assumptions(0, true));
  }
}
