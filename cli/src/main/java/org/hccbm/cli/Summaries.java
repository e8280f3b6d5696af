package org.hccbm.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.models.Models;
import org.hccbm.models.treatment.PlanItem;
import org.hccbm.models.treatment.TreatmentPlan;

/**
 * The compact records of {@code hccbm batch --detail summary}: each result by model id and revision
 * (the catalogue, {@code hccbm models}, has the rest), without items, caveats and citations, which
 * {@code assess} and {@code --detail full} write.
 */
final class Summaries {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Summaries() {}

  static ObjectNode evaluation(Models.Evaluation e) {
    ObjectNode o =
        F.objectNode()
            .put("model", e.model().id())
            .put("revision", e.model().revision())
            .put("subject", e.subject());
    if (e.result() instanceof Complete c) {
      o.put("kind", "complete");
      c.total().ifPresent(t -> o.put("total", t.value()));
      c.category().ifPresent(cat -> o.put("category", cat.code()));
    } else if (e.result() instanceof Bounded b) {
      o.put("kind", "bounded");
      b.totals().ifPresent(t -> o.put("min", t.min()).put("max", t.max()));
      ArrayNode cats = o.putArray("categories");
      b.reachableCategories().stream().map(Category::code).forEach(cats::add);
      ArrayNode deciding = o.putArray("deciding");
      b.decidingItems().forEach(deciding::add);
    } else if (e.result() instanceof NotApplicable n) {
      o.put("kind", "notApplicable").put("reason", n.reason());
    }
    return o;
  }

  static ObjectNode plan(TreatmentPlan plan) {
    ObjectNode o = F.objectNode().put("survivalModel", plan.survival().modelId());
    ArrayNode bands = o.putArray("survival");
    plan.survival().bands().forEach(b -> bands.add(b.toString()));
    ArrayNode items = o.putArray("items");
    for (PlanItem i : plan.items()) {
      items.add(i.rule().id() + " " + i.domain() + " " + i.kind());
    }
    return o;
  }
}
