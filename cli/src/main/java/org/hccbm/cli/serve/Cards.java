package org.hccbm.cli.serve;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hccbm.core.Decimals;
import org.hccbm.core.HccbmVersion;
import org.hccbm.core.audit.AuditRecord;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ModelResult;
import org.hccbm.fhir.MappingKind;
import org.hccbm.fhir.MappingNote;
import org.hccbm.jackson.AssessmentRequest;
import org.hccbm.jackson.AuditJson;
import org.hccbm.models.Models;
import org.hccbm.models.VariantSelection;
import org.hccbm.models.treatment.Domain;
import org.hccbm.models.treatment.Fact;
import org.hccbm.models.treatment.PlanItem;
import org.hccbm.models.treatment.PlanRenderer;
import org.hccbm.models.treatment.TreatmentPlanner;

/**
 * The cards of one hook call (CDS Hooks 2.0 "Card Attributes"), in order of urgency:
 *
 * <ol>
 *   <li>{@code critical}, when the plan raises an emergency: an option in the URGENT domain
 *       (hypercalcaemia of malignancy R-HCM-01, PS-7; spinal precautions R-SPINE-01, PS-27) or the
 *       cord-compression pathway (R-MDT-03 as an option: compression confirmed or suspected);
 *   <li>{@code warning}, when options are ruled out or a rule needs information;
 *   <li>{@code info}, always: the results (bounded ones say what is still possible and which inputs
 *       decide), every input used with its date and source, what the prefetch could not give, and
 *       the options for discussion.
 * </ol>
 *
 * Every summary is one sentence of fewer than 140 characters.
 */
final class Cards {
  /** CDS Hooks: a summary is fewer than 140 characters. */
  static final int SUMMARY_LIMIT = 140;

  static final String PROJECT_URL = "https://github.com/hccbm/hccbm";

  private static final String NOT_A_DIRECTIVE =
      "_Decision support for the multidisciplinary team, not a directive; hccbm is not a medical "
          + "device._";

  private final ObjectMapper mapper;
  private final Clock clock;

  Cards(ObjectMapper mapper, Clock clock) {
    this.mapper = requireNonNull(mapper, "mapper");
    this.clock = requireNonNull(clock, "clock");
  }

  /** Returns whether an item is an emergency the card marks critical. */
  static boolean critical(PlanItem item) {
    return item.kind() == PlanItem.Kind.OPTION
        && (item.domain() == Domain.URGENT
            || (item.domain() == Domain.CORD_COMPRESSION && item.rule().id().equals("R-MDT-03")));
  }

  /** Returns whether an item is a safety item the card marks warning. */
  static boolean warning(PlanItem item) {
    return !critical(item)
        && (item.kind() == PlanItem.Kind.RULED_OUT
            || item.kind() == PlanItem.Kind.NEEDS_INFORMATION);
  }

  List<ObjectNode> cards(HookService.Call call, TreatmentPlanner.Assessment a) {
    List<ObjectNode> out = new ArrayList<>();
    List<PlanItem> critical = a.plan().items().stream().filter(Cards::critical).toList();
    if (!critical.isEmpty()) {
      String heads =
          critical.stream().map(i -> head(i.text())).distinct().collect(Collectors.joining("; "));
      StringBuilder d = new StringBuilder("**Emergency — before any other decision.**\n\n");
      critical.forEach(i -> d.append(item(i)));
      a.plan().items(Domain.URGENT).stream()
          .filter(i -> !critical(i))
          .forEach(i -> d.append(item(i)));
      d.append('\n').append(NOT_A_DIRECTIVE).append('\n');
      out.add(card("Urgent: " + heads, d.toString(), "critical"));
    }
    List<PlanItem> safety = a.plan().items().stream().filter(Cards::warning).toList();
    if (!safety.isEmpty()) {
      long ruledOut = safety.stream().filter(i -> i.kind() == PlanItem.Kind.RULED_OUT).count();
      long needs = safety.size() - ruledOut;
      StringBuilder d = new StringBuilder();
      if (ruledOut > 0) {
        d.append("**Ruled out, with why**\n\n");
        safety.stream()
            .filter(i -> i.kind() == PlanItem.Kind.RULED_OUT)
            .forEach(i -> d.append(item(i)));
      }
      if (needs > 0) {
        d.append(ruledOut > 0 ? "\n" : "").append("**Needs information**\n\n");
        safety.stream()
            .filter(i -> i.kind() == PlanItem.Kind.NEEDS_INFORMATION)
            .forEach(i -> d.append(item(i)));
      }
      d.append('\n').append(NOT_A_DIRECTIVE).append('\n');
      out.add(
          card(
              "Safety: "
                  + (ruledOut == 0 ? "" : count(ruledOut, "option ruled out", "options ruled out"))
                  + (ruledOut == 0 || needs == 0 ? "" : ", ")
                  + (needs == 0
                      ? ""
                      : count(needs, "item needs information", "items need information")),
              d.toString(),
              "warning"));
    }
    out.add(card(infoSummary(a), infoDetail(call, a), "info"));
    return out;
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String infoSummary(TreatmentPlanner.Assessment a) {
    long bounded = a.evaluations().stream().filter(e -> e.result().isBounded()).count();
    return "HCC bone metastasis: expected survival "
        + a.plan().survival().summary()
        + (bounded == 0
            ? "; every result complete"
            : "; "
                + bounded
                + " of "
                + a.evaluations().size()
                + " results bounded by unknown inputs");
  }

  private String infoDetail(HookService.Call call, TreatmentPlanner.Assessment a) {
    StringBuilder d = new StringBuilder();
    d.append("**Expected survival used:** ")
        .append(md(a.plan().survival().toString()))
        .append(" (policy: ")
        .append(md(PlanRenderer.english().policy(a.plan().policy())))
        .append(")\n\n**Results**\n\n");
    for (Models.Evaluation e : a.evaluations()) {
      d.append("- ")
          .append(e.subject().equals("patient") ? "" : "[lesion " + md(e.subject()) + "] ")
          .append(md(e.model().name()))
          .append(" (")
          .append(e.model().id())
          .append(" r")
          .append(e.model().revision())
          .append("): ")
          .append(md(result(e.result())))
          .append('\n');
    }
    AssessmentRequest request =
        new AssessmentRequest(call.mapping().patient(), VariantSelection.defaults());
    AuditRecord audit =
        AuditJson.record(request, a.evaluations(), clock.instant(), call.mapping().sources());
    d.append("\n**Inputs used** (value, date, source)\n\n")
        .append("| Input | Value | Date | Source |\n|---|---|---|---|\n");
    for (AuditRecord.Input in : audit.inputs()) {
      d.append("| ")
          .append(cell(in.field()))
          .append(" | ")
          .append(cell(in.value()))
          .append(" | ")
          .append(in.date().map(Object::toString).orElse("undated"))
          .append(" | ")
          .append(
              cell(
                  in.source().equals(AuditRecord.DEFAULT_SOURCE)
                      ? "extension " + HookService.PATIENT_EXTENSION
                      : in.source()))
          .append(" |\n");
    }
    d.append("\nInput document SHA-256: `").append(audit.inputSha256()).append("`\n");
    List<MappingNote> notRead =
        call.mapping().report().notes().stream()
            .filter(n -> n.kind() != MappingKind.USED && n.kind() != MappingKind.CONVERTED)
            .toList();
    if (!notRead.isEmpty() || !call.missingPrefetch().isEmpty()) {
      d.append("\n**Not used from the EHR record**\n\n");
      call.missingPrefetch().forEach(m -> d.append("- prefetch ").append(md(m)).append('\n'));
      notRead.forEach(n -> d.append("- ").append(md(n.toString())).append('\n'));
    }
    List<PlanItem> options =
        a.plan().items().stream()
            .filter(i -> i.kind() == PlanItem.Kind.OPTION && !critical(i))
            .toList();
    if (!options.isEmpty()) {
      d.append("\n**Options for discussion**\n\n");
      options.forEach(i -> d.append(item(i)));
    }
    d.append('\n').append(NOT_A_DIRECTIVE).append('\n');
    return d.toString();
  }

  /** One result in words: the category, or what is still possible and what decides it. */
  static String result(ModelResult r) {
    return r.fold(Cards::complete, Cards::bounded, n -> "not applicable: " + n.reason());
  }

  private static String complete(Complete c) {
    return c.category().map(Category::label).orElse("")
        + c.total()
            .map(t -> (c.category().isPresent() ? ", " : "") + "total " + shown(t.value()))
            .orElse("")
        + " (complete)";
  }

  private static String bounded(Bounded b) {
    String possible =
        b.reachableCategories().isEmpty()
            ? b.totals().map(t -> "total " + shown(t.min()) + "–" + shown(t.max())).orElse("")
            : b.reachableCategories().stream()
                .map(Category::label)
                .collect(Collectors.joining(" or "));
    return "bounded — still possible: " + possible + "; " + deciding(b);
  }

  /** What would decide a bounded result: patient fields, else the open items by name. */
  static String deciding(Bounded b) {
    List<String> fields = b.decidingFields();
    if (!fields.isEmpty()) {
      return "decided by: " + String.join(", ", fields);
    }
    List<String> items = b.decidingItems();
    if (!items.isEmpty()) {
      return "decided by: " + String.join(", ", items);
    }
    if (b.reachableCategories().size() > 1 || b.reachableCategories().isEmpty()) {
      return "open: "
          + b.openItems().stream().map(o -> o.item()).distinct().collect(Collectors.joining(", "));
    }
    return "the unknown inputs cannot change the category";
  }

  private static String shown(double v) {
    return Decimals.display(v, 2);
  }

  private static String item(PlanItem i) {
    return "- "
        + md(i.text())
        + " ["
        + i.rule().id()
        + "]"
        + (i.facts().isEmpty()
            ? ""
            : " — " + md(i.facts().stream().map(Fact::toString).collect(Collectors.joining("; "))))
        + '\n';
  }

  /** The text before the first colon, semicolon or dash aside: a card heading. */
  static String head(String text) {
    int end = text.length();
    for (String stop : List.of(":", ";", " — ")) {
      int at = text.indexOf(stop);
      if (at > 0 && at < end) {
        end = at;
      }
    }
    return text.substring(0, end);
  }

  private ObjectNode card(String summary, String detail, String indicator) {
    ObjectNode c = mapper.createObjectNode();
    c.put("uuid", UUID.randomUUID().toString());
    c.put("summary", fit(summary));
    c.put("detail", detail);
    c.put("indicator", indicator);
    ObjectNode source = c.putObject("source");
    source.put("label", "hccbm " + HccbmVersion.current());
    source.put("url", PROJECT_URL);
    var links = c.putArray("links");
    link(
        links.addObject(),
        "Models, rules and their sources",
        PROJECT_URL + "/blob/main/docs/models.md");
    link(
        links.addObject(),
        "How this service reads the EHR record",
        PROJECT_URL + "/blob/main/docs/cds-hooks.md");
    return c;
  }

  private static void link(ObjectNode l, String label, String url) {
    l.put("label", label);
    l.put("url", url);
    l.put("type", "absolute");
  }

  /** Shortens a summary to fewer than 140 characters at a word boundary, with an ellipsis. */
  static String fit(String summary) {
    if (summary.length() < SUMMARY_LIMIT) {
      return summary;
    }
    String cut = summary.substring(0, SUMMARY_LIMIT - 2);
    int space = cut.lastIndexOf(' ');
    return (space > SUMMARY_LIMIT / 2 ? cut.substring(0, space) : cut).stripTrailing() + "…";
  }

  /** Escapes the characters GitHub Flavored Markdown would read as markup. */
  static String md(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char ch : text.replace('\n', ' ').replace('\r', ' ').toCharArray()) {
      if ("\\`*_[]<>|#".indexOf(ch) >= 0) {
        out.append('\\');
      }
      out.append(ch);
    }
    return out.toString();
  }

  private static String cell(String text) {
    return md(text);
  }
}
