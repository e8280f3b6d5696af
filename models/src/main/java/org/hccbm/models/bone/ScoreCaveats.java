package org.hccbm.models.bone;

import java.util.List;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;

/** Returns a result with other caveats (results are immutable). */
final class ScoreCaveats {
  private ScoreCaveats() {}

  static ModelResult with(ModelResult r, List<Caveat> caveats) {
    if (r instanceof Complete c) {
      return new Complete(c.model(), c.items(), c.total(), c.category(), caveats);
    }
    if (r instanceof Bounded b) {
      return new Bounded(
          b.model(),
          b.knownItems(),
          b.openItems(),
          b.totals(),
          b.reachableCategories(),
          b.deciding(),
          caveats);
    }
    NotApplicable n = (NotApplicable) r;
    return n.withCaveats(caveats);
  }
}
