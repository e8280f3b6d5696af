package org.hccbm.jackson.internal;

import static org.hccbm.jackson.internal.Json.F;
import static org.hccbm.jackson.internal.Json.obj;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.hccbm.core.evidence.Citation;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.result.Band;
import org.hccbm.core.result.Bound;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.result.Possible;
import org.hccbm.core.result.Quantity;
import org.hccbm.core.result.Renderer;
import org.hccbm.core.result.Value;
import org.hccbm.imaging.Estimate;
import org.hccbm.imaging.Interval;
import org.hccbm.imaging.PostTest;
import org.hccbm.imaging.TestAccuracy;
import org.hccbm.models.Models;
import org.hccbm.models.treatment.Fact;
import org.hccbm.models.treatment.PlanArg;
import org.hccbm.models.treatment.PlanItem;
import org.hccbm.models.treatment.PlanRenderer;
import org.hccbm.models.treatment.RuleInfo;
import org.hccbm.models.treatment.SurvivalEstimate;
import org.hccbm.models.treatment.TreatmentPlan;
import org.hccbm.models.treatment.Wording;

/** Writes every result type as the stable JSON of docs/json.md. */
public final class ResultCodec {
  private ResultCodec() {}

  /**
   * Writes a citation.
   *
   * @param c the citation
   * @return the node
   */
  public static ObjectNode citation(Citation c) {
    return obj()
        .put("authors", c.authors())
        .put("title", c.title())
        .put("source", c.source())
        .put("year", c.year())
        .put("locator", c.locator());
  }

  /**
   * Writes model metadata.
   *
   * @param m the metadata
   * @return the node
   */
  public static ObjectNode model(ModelInfo m) {
    ObjectNode o =
        obj()
            .put("id", m.id())
            .put("name", m.name())
            .put("variant", m.variant())
            .put("revision", m.revision())
            .put("status", m.status().name())
            .put("statusNote", m.statusNote());
    o.set("citation", citation(m.citation()));
    return o;
  }

  private static ObjectNode category(Category c) {
    Renderer words = Renderer.english();
    return obj()
        .put("code", c.code())
        .put("label", words.categoryLabel(c))
        .put("meaning", words.categoryMeaning(c));
  }

  private static ObjectNode item(ItemScore i) {
    Renderer words = Renderer.english();
    ObjectNode o =
        obj()
            .put("code", i.code().value())
            .put("item", words.label(i.code()))
            .put("observed", words.input(i.input()))
            .put("band", words.band(i.band()));
    if (i.points().isPresent()) {
      o.put("points", i.points().getAsDouble());
    }
    o.set("input", input(i.input()));
    o.set("bandSpec", band(i.band()));
    return o;
  }

  private static ObjectNode input(InputUsed in) {
    ObjectNode o = obj();
    if (!in.patientField().isEmpty()) {
      o.put("field", in.patientField());
    }
    o.set("asGiven", value(in.asGiven()));
    // A unit conversion, or a value read on another scale (KPS 60 scored as ECOG 2).
    if (in.conversion().isPresent() || !in.asScored().equals(in.asGiven())) {
      o.set("asScored", value(in.asScored()));
    }
    in.conversion()
        .ifPresent(
            c ->
                o.set(
                    "conversion",
                    obj().put("from", c.from()).put("to", c.to()).put("factor", c.factor())));
    if (!in.noDifference().isEmpty()) {
      ArrayNode unknowns = o.putArray("noDifference");
      in.noDifference().forEach(u -> unknowns.add(value(u)));
    }
    return o;
  }

  /**
   * Writes a typed value.
   *
   * @param v the value
   * @return the node
   */
  public static ObjectNode value(Value v) {
    if (v instanceof Quantity q) {
      ObjectNode o = obj().put("value", q.value());
      if (!q.unit().isEmpty()) {
        o.put("unit", q.unit());
      }
      return o;
    }
    if (v instanceof Value.Coded c) {
      return obj().put("type", c.type()).put("code", c.code());
    }
    if (v instanceof Value.YesNo y) {
      return obj().put("yes", y.yes());
    }
    if (v instanceof Value.OfBand b) {
      return obj().set("band", band(b.band()));
    }
    if (v instanceof Value.Open u) {
      ObjectNode open = obj().put("item", u.item().value()).put("status", u.status().name());
      u.reason().ifPresent(r -> open.put("reason", r));
      u.aspect().ifPresent(a -> open.put("aspect", a.value()));
      return obj().set("open", open);
    }
    return obj().put("text", ((Value.Text) v).text());
  }

  private static ObjectNode bound(Bound b) {
    return obj().put("value", b.value()).put("inclusive", b.inclusive());
  }

  private static ObjectNode band(Band b) {
    if (b instanceof Band.Range r) {
      ObjectNode o = obj().put("kind", "range");
      r.lower().ifPresent(x -> o.set("lower", bound(x)));
      r.upper().ifPresent(x -> o.set("upper", bound(x)));
      if (!r.unit().isEmpty()) {
        o.put("unit", r.unit());
      }
      return o;
    }
    if (b instanceof Band.Values v) {
      ObjectNode o = obj().put("kind", "values").put("type", v.type());
      ArrayNode codes = o.putArray("codes");
      v.codes().forEach(codes::add);
      return o;
    }
    if (b instanceof Band.Answer a) {
      return obj().put("kind", "answer").put("yes", a.yes());
    }
    if (b instanceof Band.Qualified q) {
      ObjectNode o = obj().put("kind", "qualified").put("table", q.table());
      o.set("band", band(q.band()));
      return o;
    }
    if (b instanceof Band.SameInBoth both) {
      ObjectNode o = obj().put("kind", "sameInBoth").put("table", both.table());
      o.set("band", band(both.band()));
      o.set("other", band(both.other()));
      return o;
    }
    if (b instanceof Band.Named n) {
      ObjectNode o = obj().put("kind", "named").put("name", n.name());
      o.set("band", band(n.band()));
      return o;
    }
    if (b instanceof Band.Rule r) {
      ObjectNode o = obj().put("kind", "rule").put("code", r.code());
      ArrayNode args = o.putArray("args");
      r.args().forEach(v -> args.add(value(v)));
      return o;
    }
    if (b instanceof Band.NoDifference d) {
      ObjectNode o = obj().put("kind", "noDifference").put("samePoints", d.samePoints());
      o.set("possible", possible(d.possible()));
      return o;
    }
    return obj().put("kind", "text").put("text", ((Band.Text) b).text());
  }

  private static ObjectNode open(OpenItem i) {
    Renderer words = Renderer.english();
    ObjectNode o =
        obj()
            .put("code", i.code().value())
            .put("item", words.label(i.code()))
            .put("status", words.status(i))
            .put("possible", words.possible(i.possible()))
            .put("minPoints", i.minPoints())
            .put("maxPoints", i.maxPoints())
            .put("openStatus", i.status().name());
    i.reason().ifPresent(r -> o.put("reason", r));
    i.aspect().ifPresent(a -> o.put("aspect", a.value()));
    ArrayNode closedBy = o.putArray("closedBy");
    i.closedBy().forEach(closedBy::add);
    o.set("possibleSpec", possible(i.possible()));
    return o;
  }

  private static ObjectNode possible(Possible p) {
    if (p instanceof Possible.AnyBand) {
      return obj().put("kind", "anyBand");
    }
    if (p instanceof Possible.OneOf one) {
      ObjectNode o = obj().put("kind", "oneOf");
      ArrayNode bands = o.putArray("bands");
      one.bands().forEach(b -> bands.add(band(b)));
      return o;
    }
    if (p instanceof Possible.ByTable t) {
      ObjectNode o = obj().put("kind", "byTable");
      ArrayNode bands = o.putArray("bands");
      t.bands().forEach(b -> bands.add(band(b)));
      ArrayNode points = o.putArray("points");
      t.points().forEach(points::add);
      return o;
    }
    if (p instanceof Possible.Described d) {
      ObjectNode o = obj().put("kind", "described").put("key", d.key());
      ArrayNode bands = o.putArray("bands");
      d.bands().forEach(b -> bands.add(band(b)));
      return o;
    }
    return obj().put("kind", "text").put("text", ((Possible.Text) p).text());
  }

  private static ArrayNode caveats(List<Caveat> caveats) {
    ArrayNode a = F.arrayNode();
    Renderer words = Renderer.english();
    for (Caveat c : caveats) {
      ObjectNode o =
          obj().put("kind", c.kind().name()).put("text", words.caveat(c)).put("code", c.code());
      if (!c.code().equals(Caveat.NOTE)) {
        ArrayNode args = o.putArray("args");
        c.args().forEach(x -> args.add(value(x)));
      }
      a.add(o);
    }
    return a;
  }

  /**
   * Writes a result.
   *
   * @param r the result
   * @return the node
   */
  public static ObjectNode result(ModelResult r) {
    ObjectNode o = obj();
    o.set("model", model(r.model()));
    if (r instanceof Complete c) {
      o.put("kind", "complete");
      ArrayNode items = o.putArray("items");
      c.items().forEach(i -> items.add(item(i)));
      c.total().ifPresent(t -> o.set("total", obj().put("raw", t.raw()).put("value", t.value())));
      c.category().ifPresent(cat -> o.set("category", category(cat)));
    } else if (r instanceof Bounded b) {
      o.put("kind", "bounded");
      ArrayNode items = o.putArray("knownItems");
      b.knownItems().forEach(i -> items.add(item(i)));
      ArrayNode open = o.putArray("openItems");
      b.openItems().forEach(i -> open.add(open(i)));
      b.totals()
          .ifPresent(
              t -> {
                ObjectNode range = obj().put("min", t.min()).put("max", t.max());
                ArrayNode reach = range.putArray("reachable");
                t.reachable().forEach(reach::add);
                o.set("totals", range);
              });
      ArrayNode cats = o.putArray("reachableCategories");
      b.reachableCategories().forEach(cat -> cats.add(category(cat)));
      b.determinedCategory().ifPresent(cat -> o.set("determinedCategory", category(cat)));
      ArrayNode deciding = o.putArray("decidingItems");
      b.decidingItems().forEach(deciding::add);
      ArrayNode codes = o.putArray("decidingCodes");
      b.deciding().forEach(c -> codes.add(c.value()));
      ArrayNode fields = o.putArray("decidingFields");
      b.decidingFields().forEach(fields::add);
    } else if (r instanceof NotApplicable n) {
      o.put("kind", "notApplicable").put("reason", n.reason()).put("reasonCode", n.code());
      ArrayNode args = o.putArray("reasonArgs");
      n.args().forEach(x -> args.add(value(x)));
    }
    o.set("caveats", caveats(r.caveats()));
    return o;
  }

  /**
   * Writes one evaluation of the catalogue.
   *
   * @param e the evaluation
   * @return the node
   */
  public static ObjectNode evaluation(Models.Evaluation e) {
    ObjectNode o = obj().put("subject", e.subject());
    o.setAll(result(e.result()));
    return o;
  }

  private static ObjectNode rule(RuleInfo r) {
    ObjectNode o =
        obj()
            .put("id", r.id())
            .put("statement", r.statementText())
            .put("source", r.source())
            .put("evidence", r.evidence())
            .put("tag", r.tagText());
    ArrayNode provenance = o.putArray("provenance");
    r.provenance().forEach(p -> provenance.add(p.name()));
    // a library rule's wording is the bundle's rule.<id> and rule.<id>.tag; only another is written
    if (!r.statement().equals(RuleInfo.statementOf(r.id()))) {
      o.set("statementWording", arg(r.statement()));
    }
    if (!r.tag().equals(RuleInfo.tagOf(r.id()))) {
      o.set("tagWording", arg(r.tag()));
    }
    return o;
  }

  private static ObjectNode survival(SurvivalEstimate s) {
    ObjectNode o = obj().put("model", s.modelId()).put("basis", s.basisText());
    o.set("basisWording", arg(s.basis()));
    ArrayNode bands = o.putArray("bands");
    s.bands().forEach(b -> bands.add(b.toString()));
    return o;
  }

  /**
   * Writes a treatment plan.
   *
   * @param p the plan
   * @return the node
   */
  public static ObjectNode plan(TreatmentPlan p) {
    ObjectNode o =
        obj()
            .put("patientId", p.patientId())
            .put("policy", PlanRenderer.english().policy(p.policy()))
            .put("policyCode", p.policy());
    o.set("survival", survival(p.survival()));
    ArrayNode others = o.putArray("otherEstimates");
    p.otherEstimates().forEach(s -> others.add(survival(s)));
    ArrayNode items = o.putArray("items");
    for (PlanItem i : p.items()) {
      ObjectNode n =
          obj().put("domain", i.domain().name()).put("kind", i.kind().name()).put("text", i.text());
      n.put("code", i.wording().key());
      if (!i.wording().args().isEmpty()) {
        n.set("args", args(i.wording().args()));
      }
      i.intervention().ifPresent(x -> n.put("intervention", x.name()));
      n.put("subject", i.subject().id());
      if (!i.dependsOn().isEmpty()) {
        ArrayNode parents = n.putArray("dependsOn");
        i.dependsOn().forEach(x -> parents.add(x.name()));
      }
      n.set("rule", rule(i.rule()));
      ArrayNode facts = n.putArray("facts");
      for (Fact f : i.facts()) {
        ObjectNode fact = obj().put("name", f.name()).put("value", f.text()).put("code", f.code());
        if (!f.about().isEmpty()) {
          fact.set("about", args(f.about()));
        }
        fact.set("data", arg(f.value()));
        facts.add(fact);
      }
      items.add(n);
    }
    return o;
  }

  private static ArrayNode args(List<PlanArg> args) {
    ArrayNode out = F.arrayNode(args.size());
    for (PlanArg a : args) {
      out.add(arg(a));
    }
    return out;
  }

  /**
   * Writes a plan wording's argument: a nested wording ({@code wording}, {@code args}), a lesion or
   * model id ({@code id}), a joined list ({@code join}, {@code items}), {@code unknown}, a category
   * ({@code category}, {@code code}), a category's meaning ({@code meaning}, {@code code}), a
   * model's total ({@code points}, {@code model}), a date ({@code date}, ISO 8601), or a typed
   * value as result values are written.
   *
   * @param a the argument
   * @return the node
   */
  static ObjectNode arg(PlanArg a) {
    if (a instanceof Wording w) {
      ObjectNode o = obj().put("wording", w.key());
      if (!w.args().isEmpty()) {
        o.set("args", args(w.args()));
      }
      return o;
    }
    if (a instanceof PlanArg.Id id) {
      return obj().put("id", id.id());
    }
    if (a instanceof PlanArg.Join j) {
      ObjectNode o = obj().put("join", j.separator());
      o.set("items", args(j.items()));
      return o;
    }
    if (a instanceof PlanArg.Unknown) {
      return obj().put("unknown", true);
    }
    if (a instanceof PlanArg.Category c) {
      return obj().put("category", c.type()).put("code", c.code());
    }
    if (a instanceof PlanArg.Meaning m) {
      return obj().put("meaning", m.type()).put("code", m.code());
    }
    if (a instanceof PlanArg.Points p) {
      return obj().put("points", p.value()).put("model", p.model());
    }
    if (a instanceof PlanArg.Date d) {
      return obj().put("date", d.date().toString());
    }
    return value(((PlanArg.Val) a).value());
  }

  private static ObjectNode interval(Interval i) {
    ObjectNode o = obj();
    o.put("lower", i.lower());
    if (Double.isInfinite(i.upper())) {
      o.put("upper", "Infinity");
    } else {
      o.put("upper", i.upper());
    }
    return o;
  }

  private static ObjectNode estimate(Estimate e) {
    ObjectNode o = obj().put("value", e.value());
    o.set(
        "ci",
        e.ci()
            .<com.fasterxml.jackson.databind.JsonNode>map(ResultCodec::interval)
            .orElse(F.textNode(Json.UNKNOWN)));
    return o;
  }

  /**
   * Writes test accuracy figures with their provenance.
   *
   * @param a the figures
   * @return the node
   */
  public static ObjectNode accuracy(TestAccuracy a) {
    ObjectNode o =
        obj()
            .put("modality", a.modality().label())
            .put("basis", Json.name(a.basis()))
            .put("population", Json.name(a.population()))
            .put("target", a.target())
            .put("metricType", a.metricType().name());
    a.sensitivity().ifPresent(s -> o.set("sensitivity", estimate(s)));
    a.specificity().ifPresent(s -> o.set("specificity", estimate(s)));
    a.accuracy().ifPresent(s -> o.set("accuracy", estimate(s)));
    a.counts()
        .ifPresent(
            t ->
                o.set(
                    "counts",
                    obj().put("tp", t.tp()).put("fp", t.fp()).put("fn", t.fn()).put("tn", t.tn())));
    o.set("source", citation(a.source()));
    o.put("notes", a.notes());
    return o;
  }

  /**
   * Writes a post-test probability.
   *
   * @param p the result
   * @return the node
   */
  public static ObjectNode postTest(PostTest p) {
    ObjectNode o = obj();
    o.set("accuracy", accuracy(p.accuracy()));
    o.put("result", Json.name(p.result())).put("pretest", p.pre().value());
    if (Double.isInfinite(p.likelihoodRatio())) {
      o.put("likelihoodRatio", "Infinity");
    } else {
      o.put("likelihoodRatio", p.likelihoodRatio());
    }
    o.set(
        "likelihoodRatioInterval",
        p.likelihoodRatioInterval()
            .<com.fasterxml.jackson.databind.JsonNode>map(ResultCodec::interval)
            .orElse(F.textNode(Json.UNKNOWN)));
    o.put("posttest", p.post().value());
    o.set(
        "interval",
        p.interval()
            .<com.fasterxml.jackson.databind.JsonNode>map(ResultCodec::interval)
            .orElse(F.textNode(Json.UNKNOWN)));
    o.put("method", p.method());
    ArrayNode notes = o.putArray("notes");
    p.notes().forEach(notes::add);
    return o;
  }
}
