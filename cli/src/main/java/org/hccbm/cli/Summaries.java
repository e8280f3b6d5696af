package org.hccbm.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.result.TotalRange;
import org.hccbm.jackson.HccbmJacksonModule;
import org.hccbm.models.Models;
import org.hccbm.models.SurvivalBand;
import org.hccbm.models.treatment.PlanItem;
import org.hccbm.models.treatment.TreatmentPlan;

/**
 * The compact records of {@code hccbm batch --detail summary}: each result by model id and revision
 * (the catalogue, {@code hccbm models}, has the rest), without items, caveats and citations, which
 * {@code assess} and {@code --detail full} write.
 */
final class Summaries {
  private Summaries() {}

  /**
   * Returns one batch record with the summary detail, streamed to the mapper's generator without
   * building a tree first (the tree it replaced is pinned by {@code SummariesTest}).
   */
  static byte[] record(
      ObjectMapper mapper,
      long lineNumber,
      String patientId,
      Assessor.Assessment a,
      List<String> ignoredFields)
      throws IOException {
    ByteArrayBuilder out = new ByteArrayBuilder(mapper.getFactory()._getBufferRecycler(), 1024);
    try (JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("schemaVersion", HccbmJacksonModule.SCHEMA_VERSION);
      g.writeNumberField("line", lineNumber);
      g.writeStringField("status", "ok");
      g.writeStringField("patientId", patientId);
      g.writeStringField("kind", a.bounded() ? "bounded" : "complete");
      if (!a.variants().choices().isEmpty()) {
        g.writeObjectFieldStart("variants");
        for (Map.Entry<String, String> c : a.variants().choices().entrySet()) {
          g.writeStringField(c.getKey(), c.getValue());
        }
        g.writeEndObject();
      }
      if (!ignoredFields.isEmpty()) {
        g.writeArrayFieldStart("ignoredFields");
        for (String f : ignoredFields) {
          g.writeString(f);
        }
        g.writeEndArray();
      }
      g.writeArrayFieldStart("evaluations");
      for (Models.Evaluation e : a.evaluations()) {
        evaluation(g, e);
      }
      g.writeEndArray();
      g.writeFieldName("plan");
      plan(g, a.plan());
      g.writeEndObject();
    }
    byte[] bytes = out.toByteArray();
    out.release();
    return bytes;
  }

  private static void evaluation(JsonGenerator g, Models.Evaluation e) throws IOException {
    g.writeStartObject();
    g.writeStringField("model", e.model().id());
    g.writeNumberField("revision", e.model().revision());
    g.writeStringField("subject", e.subject());
    if (e.result() instanceof Complete c) {
      g.writeStringField("kind", "complete");
      if (c.total().isPresent()) {
        g.writeNumberField("total", c.total().get().value());
      }
      if (c.category().isPresent()) {
        g.writeStringField("category", c.category().get().code());
      }
    } else if (e.result() instanceof Bounded b) {
      g.writeStringField("kind", "bounded");
      if (b.totals().isPresent()) {
        TotalRange t = b.totals().get();
        g.writeNumberField("min", t.min());
        g.writeNumberField("max", t.max());
      }
      g.writeArrayFieldStart("categories");
      for (Category cat : b.reachableCategories()) {
        g.writeString(cat.code());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("deciding");
      for (String d : b.decidingItems()) {
        g.writeString(d);
      }
      g.writeEndArray();
    } else if (e.result() instanceof NotApplicable n) {
      g.writeStringField("kind", "notApplicable");
      g.writeStringField("reason", n.reason());
    }
    g.writeEndObject();
  }

  private static void plan(JsonGenerator g, TreatmentPlan plan) throws IOException {
    g.writeStartObject();
    g.writeStringField("survivalModel", plan.survival().modelId());
    g.writeArrayFieldStart("survival");
    for (SurvivalBand b : plan.survival().bands()) {
      g.writeString(b.toString());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("items");
    for (PlanItem i : plan.items()) {
      g.writeString(i.rule().id() + " " + i.domain() + " " + i.kind());
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
