package org.hccbm.jackson.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.hccbm.core.evidence.Citation;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.result.Band;
import org.hccbm.core.result.Bound;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.Conversion;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.result.OpenStatus;
import org.hccbm.core.result.Possible;
import org.hccbm.core.result.Quantity;
import org.hccbm.core.result.Total;
import org.hccbm.core.result.TotalRange;
import org.hccbm.core.result.Value;
import org.hccbm.models.Models;

/**
 * Reads a result written by {@link ResultCodec#result} back into an equal {@link ModelResult}. The
 * display fields (item, observed, band, status, possible, text, label, meaning, decidingItems,
 * determinedCategory, decidingFields) are derived from the structured ones and ignored; categories
 * are resolved by the model id and the category code.
 */
public final class ResultReader {
  /**
   * The category type of each catalogue model, by model id (every variant of a model assigns the
   * same categories), as the models declare it ({@link ModelInfo#categoryType()}).
   */
  private static final Map<String, Optional<Class<? extends Category>>> CATEGORY_TYPES =
      Models.catalogue().stream()
          .collect(Collectors.toUnmodifiableMap(ModelInfo::id, ModelInfo::categoryType));

  private ResultReader() {}

  /**
   * Reads a result (or an evaluation: its {@code subject} is ignored).
   *
   * @param n the node
   * @return the result
   * @throws DocumentError naming the path of the first bad field
   */
  public static ModelResult result(JsonNode n) {
    ModelInfo model = model(need(n, "model", "$"), "$.model");
    String kind = text(n, "kind", "$");
    List<Caveat> caveats = list(need(n, "caveats", "$"), "$.caveats", ResultReader::caveat);
    switch (kind) {
      case "complete" -> {
        List<ItemScore> items = list(need(n, "items", "$"), "$.items", ResultReader::item);
        Optional<Total> total =
            Optional.ofNullable(n.get("total"))
                .map(t -> new Total(num(t, "raw", "$.total"), num(t, "value", "$.total")));
        Optional<Category> category =
            Optional.ofNullable(n.get("category"))
                .map(c -> category(model, text(c, "code", "$.category"), "$.category.code"));
        return new Complete(model, items, total, category, caveats);
      }
      case "bounded" -> {
        List<ItemScore> known =
            list(need(n, "knownItems", "$"), "$.knownItems", ResultReader::item);
        List<OpenItem> open = list(need(n, "openItems", "$"), "$.openItems", ResultReader::open);
        Optional<TotalRange> totals =
            Optional.ofNullable(n.get("totals"))
                .map(
                    t ->
                        new TotalRange(
                            num(t, "min", "$.totals"),
                            num(t, "max", "$.totals"),
                            list(
                                need(t, "reachable", "$.totals"),
                                "$.totals.reachable",
                                (x, p) -> number(x, p))));
        List<Category> reachable =
            list(
                need(n, "reachableCategories", "$"),
                "$.reachableCategories",
                (c, p) -> category(model, text(c, "code", p), p + ".code"));
        List<ItemCode> deciding =
            list(
                need(n, "decidingCodes", "$"),
                "$.decidingCodes",
                (c, p) -> ItemCode.of(string(c, p)));
        return new Bounded(model, known, open, totals, reachable, deciding, caveats);
      }
      case "notApplicable" -> {
        // A result written before reasons were coded has its reason as text only.
        if (!n.has("reasonCode")) {
          return new NotApplicable(model, text(n, "reason", "$"), caveats);
        }
        return new NotApplicable(
            model,
            text(n, "reasonCode", "$"),
            list(need(n, "reasonArgs", "$"), "$.reasonArgs", ResultReader::value),
            caveats);
      }
      default ->
          throw new DocumentError(
              "$.kind", "must be one of complete, bounded, notApplicable, was \"" + kind + "\"");
    }
  }

  /**
   * Reads model metadata.
   *
   * @param n the node
   * @param path its JSON path
   * @return the metadata
   */
  public static ModelInfo model(JsonNode n, String path) {
    JsonNode c = need(n, "citation", path);
    String cp = path + ".citation";
    Citation citation =
        new Citation(
            text(c, "authors", cp),
            text(c, "title", cp),
            text(c, "source", cp),
            (int) num(c, "year", cp),
            text(c, "locator", cp));
    String id = text(n, "id", path);
    return new ModelInfo(
        id,
        text(n, "name", path),
        text(n, "variant", path),
        (int) num(n, "revision", path),
        enumOf(ModelStatus.class, text(n, "status", path), path + ".status"),
        text(n, "statusNote", path),
        citation,
        CATEGORY_TYPES.getOrDefault(id, Optional.empty()));
  }

  private static Category category(ModelInfo model, String code, String path) {
    String modelId = model.id();
    Optional<Class<? extends Category>> type = model.categoryType();
    if (type.isEmpty()) {
      throw new DocumentError(
          path,
          "must be a category of a model that has categories; model "
              + modelId
              + " has none, was \""
              + code
              + "\"");
    }
    for (Category c : type.get().getEnumConstants()) {
      if (c.code().equals(code)) {
        return c;
      }
    }
    throw new DocumentError(
        path, "must be a category code of " + modelId + ", was \"" + code + "\"");
  }

  private static ItemScore item(JsonNode n, String path) {
    OptionalDouble points =
        n.has("points") ? OptionalDouble.of(num(n, "points", path)) : OptionalDouble.empty();
    return new ItemScore(
        ItemCode.of(text(n, "code", path)),
        input(need(n, "input", path), path + ".input"),
        band(need(n, "bandSpec", path), path + ".bandSpec"),
        points);
  }

  private static InputUsed input(JsonNode n, String path) {
    String field = n.has("field") ? text(n, "field", path) : "";
    Value given = value(need(n, "asGiven", path), path + ".asGiven");
    if (!n.has("conversion")) {
      Value scored =
          n.has("asScored") ? value(need(n, "asScored", path), path + ".asScored") : given;
      return new InputUsed(field, given, scored, Optional.empty(), noDifference(n, path));
    }
    JsonNode c = need(n, "conversion", path);
    String cp = path + ".conversion";
    return new InputUsed(
        field,
        given,
        value(need(n, "asScored", path), path + ".asScored"),
        Optional.of(new Conversion(text(c, "from", cp), text(c, "to", cp), num(c, "factor", cp))),
        noDifference(n, path));
  }

  /** The unknowns shown beside an input that made no difference; empty when the field is absent. */
  private static List<Value.Open> noDifference(JsonNode n, String path) {
    if (!n.has("noDifference")) {
      return List.of();
    }
    return list(
        need(n, "noDifference", path),
        path + ".noDifference",
        (u, p) -> {
          if (!(value(u, p) instanceof Value.Open open)) {
            throw new DocumentError(p, "must be an open value ({\"open\": {…}}), was " + u);
          }
          return open;
        });
  }

  /**
   * Reads a typed value.
   *
   * @param n the node
   * @param path its JSON path
   * @return the value
   */
  public static Value value(JsonNode n, String path) {
    if (n.has("value")) {
      return new Quantity(num(n, "value", path), n.has("unit") ? text(n, "unit", path) : "");
    }
    if (n.has("code")) {
      return new Value.Coded(text(n, "type", path), text(n, "code", path));
    }
    if (n.has("yes")) {
      return new Value.YesNo(bool(n, "yes", path));
    }
    if (n.has("band")) {
      return new Value.OfBand(band(need(n, "band", path), path + ".band"));
    }
    if (n.has("open")) {
      JsonNode o = need(n, "open", path);
      String op = path + ".open";
      return new Value.Open(
          ItemCode.of(text(o, "item", op)),
          enumOf(OpenStatus.class, text(o, "status", op), op + ".status"),
          o.has("reason") ? Optional.of(text(o, "reason", op)) : Optional.empty(),
          o.has("aspect") ? Optional.of(ItemCode.of(text(o, "aspect", op))) : Optional.empty());
    }
    if (n.has("text")) {
      return new Value.Text(text(n, "text", path));
    }
    throw new DocumentError(
        path, "must be a value (value, code, yes, band, open or text), was " + n);
  }

  private static Bound bound(JsonNode n, String path) {
    return new Bound(num(n, "value", path), bool(n, "inclusive", path));
  }

  private static Band band(JsonNode n, String path) {
    String kind = text(n, "kind", path);
    return switch (kind) {
      case "range" ->
          new Band.Range(
              Optional.ofNullable(n.get("lower")).map(b -> bound(b, path + ".lower")),
              Optional.ofNullable(n.get("upper")).map(b -> bound(b, path + ".upper")),
              n.has("unit") ? text(n, "unit", path) : "");
      case "values" ->
          new Band.Values(
              text(n, "type", path),
              list(need(n, "codes", path), path + ".codes", ResultReader::string));
      case "answer" -> new Band.Answer(bool(n, "yes", path));
      case "qualified" -> qualified(n, path);
      case "sameInBoth" ->
          new Band.SameInBoth(
              text(n, "table", path),
              band(need(n, "band", path), path + ".band"),
              band(need(n, "other", path), path + ".other"));
      case "named" ->
          new Band.Named(text(n, "name", path), band(need(n, "band", path), path + ".band"));
      case "rule" ->
          new Band.Rule(
              text(n, "code", path),
              list(need(n, "args", path), path + ".args", ResultReader::value));
      case "noDifference" ->
          new Band.NoDifference(
              possible(need(n, "possible", path), path + ".possible"), bool(n, "samePoints", path));
      case "text" -> new Band.Text(text(n, "text", path));
      default ->
          throw new DocumentError(
              path + ".kind",
              "must be one of range, values, answer, "
                  + "qualified, sameInBoth, named, rule, noDifference, text, was \""
                  + kind
                  + "\"");
    };
  }

  private static Band.Qualified qualified(JsonNode n, String path) {
    if (!"qualified".equals(text(n, "kind", path))) {
      throw new DocumentError(
          path + ".kind", "must be qualified, was \"" + text(n, "kind", path) + "\"");
    }
    return new Band.Qualified(text(n, "table", path), band(need(n, "band", path), path + ".band"));
  }

  private static Possible possible(JsonNode n, String path) {
    String kind = text(n, "kind", path);
    return switch (kind) {
      case "anyBand" -> new Possible.AnyBand();
      case "oneOf" ->
          new Possible.OneOf(list(need(n, "bands", path), path + ".bands", ResultReader::band));
      case "byTable" ->
          new Possible.ByTable(
              list(need(n, "bands", path), path + ".bands", ResultReader::qualified),
              list(need(n, "points", path), path + ".points", (x, p) -> number(x, p)));
      case "described" ->
          new Possible.Described(
              text(n, "key", path),
              list(need(n, "bands", path), path + ".bands", ResultReader::band));
      case "text" -> new Possible.Text(text(n, "text", path));
      default ->
          throw new DocumentError(
              path + ".kind",
              "must be one of anyBand, oneOf, byTable, " + "described, text, was \"" + kind + "\"");
    };
  }

  private static OpenItem open(JsonNode n, String path) {
    return new OpenItem(
        ItemCode.of(text(n, "code", path)),
        enumOf(OpenStatus.class, text(n, "openStatus", path), path + ".openStatus"),
        n.has("reason") ? Optional.of(text(n, "reason", path)) : Optional.empty(),
        n.has("aspect") ? Optional.of(ItemCode.of(text(n, "aspect", path))) : Optional.empty(),
        possible(need(n, "possibleSpec", path), path + ".possibleSpec"),
        num(n, "minPoints", path),
        num(n, "maxPoints", path),
        list(need(n, "closedBy", path), path + ".closedBy", ResultReader::string));
  }

  private static Caveat caveat(JsonNode n, String path) {
    CaveatKind kind = enumOf(CaveatKind.class, text(n, "kind", path), path + ".kind");
    String code = text(n, "code", path);
    if (code.equals(Caveat.NOTE)) {
      return new Caveat(kind, Caveat.NOTE, List.of(Value.text(text(n, "text", path))));
    }
    return new Caveat(kind, code, list(need(n, "args", path), path + ".args", ResultReader::value));
  }

  static <T> List<T> list(JsonNode n, String path, BiFunction<JsonNode, String, T> each) {
    if (!n.isArray()) {
      throw new DocumentError(path, "must be an array, was " + n);
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      out.add(each.apply(n.get(i), path + "[" + i + "]"));
    }
    return out;
  }

  static JsonNode need(JsonNode n, String field, String path) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new DocumentError(path + "." + field, "must be present, was missing");
    }
    return v;
  }

  static String text(JsonNode n, String field, String path) {
    return string(need(n, field, path), path + "." + field);
  }

  static String string(JsonNode v, String path) {
    if (!v.isTextual()) {
      throw new DocumentError(path, "must be a string, was " + v);
    }
    return v.asText();
  }

  static double num(JsonNode n, String field, String path) {
    return number(need(n, field, path), path + "." + field);
  }

  static double number(JsonNode v, String path) {
    if (!v.isNumber()) {
      throw new DocumentError(path, "must be a number, was " + v);
    }
    return v.asDouble();
  }

  static boolean bool(JsonNode n, String field, String path) {
    JsonNode v = need(n, field, path);
    if (!v.isBoolean()) {
      throw new DocumentError(path + "." + field, "must be true or false, was " + v);
    }
    return v.asBoolean();
  }

  static <E extends Enum<E>> E enumOf(Class<E> type, String name, String path) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new DocumentError(
          path, "must be a " + type.getSimpleName() + ", was \"" + name + "\"", -1, -1);
    }
  }
}
