package org.hccbm.jackson.internal;

import static org.hccbm.jackson.internal.ResultReader.enumOf;
import static org.hccbm.jackson.internal.ResultReader.list;
import static org.hccbm.jackson.internal.ResultReader.need;
import static org.hccbm.jackson.internal.ResultReader.num;
import static org.hccbm.jackson.internal.ResultReader.string;
import static org.hccbm.jackson.internal.ResultReader.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.hccbm.models.Subject;
import org.hccbm.models.SurvivalBand;
import org.hccbm.models.treatment.Domain;
import org.hccbm.models.treatment.Fact;
import org.hccbm.models.treatment.Intervention;
import org.hccbm.models.treatment.PlanArg;
import org.hccbm.models.treatment.PlanItem;
import org.hccbm.models.treatment.Provenance;
import org.hccbm.models.treatment.RuleInfo;
import org.hccbm.models.treatment.SurvivalEstimate;
import org.hccbm.models.treatment.TreatmentPlan;
import org.hccbm.models.treatment.Wording;

/**
 * Reads a treatment plan written by {@link ResultCodec#plan} back into an equal {@link
 * TreatmentPlan}. Enum values are read by their Java names, survival bands by the labels they are
 * written with.
 */
public final class PlanReader {
  private PlanReader() {}

  /**
   * Reads a treatment plan.
   *
   * @param n the node
   * @return the plan
   * @throws DocumentError naming the path of the first bad field
   */
  public static TreatmentPlan plan(JsonNode n) {
    object(n, "$");
    return new TreatmentPlan(
        text(n, "patientId", "$"),
        // the policy's code; a plan written before 0.4.0 has only the name, which is kept
        n.has("policyCode") ? text(n, "policyCode", "$") : text(n, "policy", "$"),
        survival(need(n, "survival", "$"), "$.survival"),
        list(need(n, "otherEstimates", "$"), "$.otherEstimates", PlanReader::survival),
        list(need(n, "items", "$"), "$.items", PlanReader::item));
  }

  private static SurvivalEstimate survival(JsonNode n, String path) {
    object(n, path);
    String model = text(n, "model", path);
    // a plan written before the basis was coded (no basisWording) keeps its text
    Wording basis =
        n.has("basisWording")
            ? wordingArg(n, "basisWording", path)
            : Wording.text(text(n, "basis", path));
    displayed(n, path, "basis");
    List<SurvivalBand> bands = list(need(n, "bands", path), path + ".bands", PlanReader::band);
    return guard(path + ".bands", () -> new SurvivalEstimate(model, basis, bands));
  }

  private static SurvivalBand band(JsonNode n, String path) {
    String label = string(n, path);
    for (SurvivalBand b : SurvivalBand.values()) {
      if (b.toString().equals(label)) {
        return b;
      }
    }
    throw new DocumentError(
        path, "must be one of " + List.of(SurvivalBand.values()) + ", was \"" + label + "\"");
  }

  private static PlanItem item(JsonNode n, String path) {
    object(n, path);
    Optional<Intervention> intervention =
        n.has("intervention")
            ? Optional.of(
                enumOf(Intervention.class, text(n, "intervention", path), path + ".intervention"))
            : Optional.empty();
    List<Intervention> dependsOn =
        n.has("dependsOn")
            ? list(
                need(n, "dependsOn", path),
                path + ".dependsOn",
                (x, p) -> enumOf(Intervention.class, string(x, p), p))
            : List.of();
    return new PlanItem(
        enumOf(Domain.class, text(n, "domain", path), path + ".domain"),
        enumOf(PlanItem.Kind.class, text(n, "kind", path), path + ".kind"),
        wording(n, path),
        rule(need(n, "rule", path), path + ".rule"),
        list(need(n, "facts", path), path + ".facts", PlanReader::fact),
        intervention,
        Subject.of(text(n, "subject", path)),
        dependsOn);
  }

  /** An item's wording: its code and arguments. */
  private static Wording wording(JsonNode n, String path) {
    return new Wording(text(n, "code", path), args(n, "args", path));
  }

  private static List<PlanArg> args(JsonNode n, String field, String path) {
    return n.has(field)
        ? list(need(n, field, path), path + "." + field, PlanReader::arg)
        : List.of();
  }

  private static Fact fact(JsonNode n, String path) {
    object(n, path);
    return new Fact(
        text(n, "code", path), args(n, "about", path), arg(need(n, "data", path), path + ".data"));
  }

  /**
   * Reads a plan wording's argument written by {@link ResultCodec#arg}.
   *
   * @param n the node
   * @param path its JSON path
   * @return the argument
   */
  static PlanArg arg(JsonNode n, String path) {
    object(n, path);
    if (n.has("wording")) {
      return new Wording(text(n, "wording", path), args(n, "args", path));
    }
    if (n.has("id")) {
      return new PlanArg.Id(text(n, "id", path));
    }
    if (n.has("join")) {
      return new PlanArg.Join(
          text(n, "join", path), list(need(n, "items", path), path + ".items", PlanReader::arg));
    }
    if (n.has("unknown")) {
      return new PlanArg.Unknown();
    }
    if (n.has("category")) {
      return new PlanArg.Category(text(n, "category", path), text(n, "code", path));
    }
    if (n.has("meaning")) {
      return new PlanArg.Meaning(text(n, "meaning", path), text(n, "code", path));
    }
    if (n.has("points")) {
      return new PlanArg.Points(text(n, "model", path), num(n, "points", path));
    }
    if (n.has("date")) {
      String date = text(n, "date", path);
      try {
        return new PlanArg.Date(LocalDate.parse(date));
      } catch (DateTimeParseException e) {
        throw new DocumentError(
            path + ".date", "must be a date (YYYY-MM-DD), was \"" + date + "\"");
      }
    }
    return new PlanArg.Val(ResultReader.value(n, path));
  }

  private static RuleInfo rule(JsonNode n, String path) {
    object(n, path);
    String id = text(n, "id", path);
    if (!n.has("provenance")) {
      // written before rules were coded: the statement and tag as text, no provenance
      return new RuleInfo(
          id,
          Wording.text(text(n, "statement", path)),
          text(n, "source", path),
          text(n, "evidence", path),
          Set.of(),
          Wording.text(text(n, "tag", path)));
    }
    // the display fields are renderings of the wordings read below: required, not read
    displayed(n, path, "statement", "tag");
    return new RuleInfo(
        id,
        n.has("statementWording")
            ? wordingArg(n, "statementWording", path)
            : RuleInfo.statementOf(id),
        text(n, "source", path),
        text(n, "evidence", path),
        Set.copyOf(
            list(
                need(n, "provenance", path),
                path + ".provenance",
                (x, p) -> enumOf(Provenance.class, string(x, p), p))),
        n.has("tagWording") ? wordingArg(n, "tagWording", path) : RuleInfo.tagOf(id));
  }

  /** Fails unless each display field is a string. */
  private static void displayed(JsonNode n, String path, String... fields) {
    for (String f : fields) {
      var unused = string(need(n, f, path), path + "." + f);
    }
  }

  /** A field holding a wording written by {@link ResultCodec#arg}. */
  private static Wording wordingArg(JsonNode n, String field, String path) {
    PlanArg a = arg(need(n, field, path), path + "." + field);
    if (a instanceof Wording w) {
      return w;
    }
    throw new DocumentError(path + "." + field, "must be a wording, was " + n.get(field));
  }

  /**
   * Fails unless the node is an object.
   *
   * @param n the node
   * @param path its JSON path
   */
  static void object(JsonNode n, String path) {
    if (!n.isObject()) {
      throw new DocumentError(path, "must be an object, was " + n.getNodeType());
    }
  }

  /**
   * Runs a constructor, turning its rejection of the values into an error at the given path.
   *
   * @param path the JSON path the values came from
   * @param make the constructor call
   * @return what it made
   */
  static <T> T guard(String path, Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException e) {
      throw new DocumentError(path, String.valueOf(e.getMessage()));
    }
  }
}
