package org.hccbm.report;

import static java.util.Objects.requireNonNull;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hccbm.core.Decimals;
import org.hccbm.core.HccbmVersion;
import org.hccbm.core.evidence.Probability;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.TotalRange;
import org.hccbm.models.SurvivalBand;
import org.hccbm.models.treatment.PlanItem;
import org.hccbm.models.treatment.PlanRenderer;
import org.hccbm.report.BoardSummary.Decision;
import org.hccbm.report.BoardSummary.Finding;
import org.hccbm.report.BoardSummary.MissingInput;
import org.hccbm.report.BoardSummary.SurvivalRow;
import org.hccbm.report.BoardSummary.Verdict;
import org.hccbm.report.svg.ImagingChart;
import org.hccbm.report.svg.SkeletalMap;
import org.hccbm.report.svg.SurvivalChart;

/**
 * Renders a {@link BoardSummary}: one self-contained HTML page (inline CSS, no script, nothing
 * loaded from the network, one printed A4 or Letter page) and a markdown summary without pictures.
 * Every text written into the page goes through Guava's {@link HtmlEscapers}; the markup is
 * XHTML-compatible, so an XML parser reads it.
 *
 * @since 0.3.0
 */
public final class BoardReport {
  private static final Escaper HTML = HtmlEscapers.htmlEscaper();

  /** The one caution the report states, once. */
  static final String NOT_A_DIRECTIVE =
      "Decision support for the multidisciplinary team: options and their basis, not a directive. "
          + "Cohort figures describe historical groups, not this patient.";

  /**
   * The printed page's margin, in millimetres, on every side; the printable width of an A4 page
   * (the narrower of A4 and Letter) is 210 mm less two margins.
   */
  static final double PAGE_MARGIN_MM = 8;

  /** The printed skeletal map's share of the printable width (the first column). */
  static final double MAP_SHARE = 0.32;

  /** The printed survival and imaging charts' share of the printable width (the second column). */
  static final double CHART_SHARE = 0.66;

  private static final String CSS =
      "body{font:10pt/1.35 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;"
          + "color:#111;margin:1.2em auto;max-width:60em;padding:0 1em}"
          + "h1{font-size:15pt;margin:0 0 .1em}h2{font-size:11pt;margin:.8em 0 .25em;"
          + "border-bottom:1px solid #999}p{margin:.25em 0}.sub{color:#444;font-size:8.5pt}"
          + "ul,ol{margin:.2em 0;padding-left:1.4em}li{margin:.1em 0}"
          + ".urgent{border:2px solid #a40000;padding:.2em .6em;background:#fff2f2}"
          + ".urgent h2{color:#a40000;border:0}"
          + "table{border-collapse:collapse;width:100%;font-size:8.5pt}"
          + "th,td{border:1px solid #bbb;padding:.15em .3em;text-align:left;vertical-align:top}"
          + "th{background:#eee}tr.chosen td{background:#fff8d6;font-weight:600}"
          + ".tag{color:#555;font-size:7.5pt}.rule{color:#555;font-size:7.5pt}"
          + ".k{font-weight:700}.figs{display:grid;grid-template-columns:"
          + percent(MAP_SHARE)
          + " "
          + percent(CHART_SHARE)
          + ";column-gap:"
          + percent(1 - MAP_SHARE - CHART_SHARE)
          + ";row-gap:.2em}.fig:first-child{grid-row:span 2}"
          + "figure{margin:0}figure svg{width:100%;height:auto;display:block}"
          + "figcaption{font-size:8pt;color:#333}"
          + "ol.cols li{margin:.15em 0}"
          + ".used{font-size:9pt}"
          // printed: no zoom, so a size written here is the printed size; nothing under 6 pt
          + "@media print{@page{margin:"
          + Decimals.plain(PAGE_MARGIN_MM)
          + "mm}body{margin:0;padding:0;max-width:none;font-size:6.5pt;"
          + "line-height:1.15}table{font-size:6pt}th,td{padding:0 .25em}h1{font-size:10pt}"
          + "h2{font-size:7.5pt;margin:.25em 0 .05em}.sub,.used{font-size:6pt}"
          + "ol.cols{columns:2;column-gap:1.2em}ol.cols li{margin:0}"
          + "figcaption{font-size:6pt;line-height:1.15}.tag,.rule{font-size:6pt}"
          + ".urgent{background:none}figure,tr,li{break-inside:avoid}}";

  /**
   * The imaging picture for the default figures and pre-test probability, the same for every
   * patient: drawn once (it is a constant, not a cache).
   */
  private static final String DEFAULT_IMAGING_SVG =
      ImagingChart.svg(BoardSummary.IMAGING, BoardSummary.DEFAULT_PRETEST, false);

  private BoardReport() {}

  /**
   * Returns the summary as markdown: the same sections as the page, without pictures.
   *
   * @param summary the summary
   * @return the markdown, lines separated by '\n'
   */
  public static String markdown(BoardSummary summary) {
    requireNonNull(summary, "summary");
    StringBuilder out = new StringBuilder(4096);
    out.append("# Tumour board: ").append(md(summary.patient().id())).append("\n\n");
    out.append('_').append(md(NOT_A_DIRECTIVE)).append("_\n\n");
    if (!summary.emergencies().isEmpty()) {
      out.append("## Emergencies — first\n\n");
      for (BoardSummary.Emergency e : summary.emergencies()) {
        out.append("- ")
            .append(
                e.subject().equals(PlanItem.PATIENT.id()) ? "" : "**" + md(e.subject()) + ":** ")
            .append(md(e.text()))
            .append(" [")
            .append(md(e.ruleId()))
            .append("]\n");
      }
      out.append('\n');
    }
    out.append("## Liver\n\n").append(md(liverLine(summary))).append("\n\n");
    out.append("## Survival: the models side by side\n\n");
    out.append("| Model | Category | Survival in its cohort | Cohort | May disagree because |\n");
    out.append("|---|---|---|---|---|\n");
    for (SurvivalRow row : summary.survival().rows()) {
      out.append("| ")
          .append(
              row.chosen()
                  ? "**" + cell(row.result().name()) + "** (used)"
                  : cell(row.result().name()))
          .append(" | ")
          .append(cell(rowCategory(row)))
          .append(" | ")
          .append(cell(figures(row)))
          .append(" | ")
          .append(cell(cohort(row)))
          .append(" | ")
          .append(cell(row.mayDisagree()))
          .append(" |\n");
    }
    out.append('\n').append(md(choice(summary))).append("\n\n");
    out.append("## Decisions\n\n");
    int n = 1;
    for (Decision d : summary.decisions()) {
      out.append(n++)
          .append(". **")
          .append(md(d.domain().label()))
          .append("** — ")
          .append(md(items(d)))
          .append(" _(")
          .append(md(String.join(", ", d.ruleIds())))
          .append(")_\n");
    }
    out.append('\n');
    out.append("## Missing inputs\n\n");
    if (summary.missing().isEmpty()) {
      out.append("None that could change a result.\n");
    }
    for (MissingInput m : summary.missing()) {
      out.append("- **").append(md(m.label())).append("** ").append(md(missing(m))).append('\n');
    }
    return out.toString();
  }

  /**
   * Returns the summary as one self-contained HTML page: inline CSS, no script, nothing loaded from
   * the network, printable on one A4 or Letter page.
   *
   * @param summary the summary
   * @return the page
   */
  public static String html(BoardSummary summary) {
    requireNonNull(summary, "summary");
    StringBuilder out = new StringBuilder(16_384);
    String id = summary.patient().id();
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
        .append("<title>Tumour board: ")
        .append(HTML.escape(id))
        .append("</title><style>")
        .append(CSS)
        .append("</style></head><body>");
    out.append("<header><h1>Tumour board: ")
        .append(HTML.escape(id))
        .append("</h1><p class=\"sub\">")
        .append(HTML.escape("hccbm " + HccbmVersion.current() + " · " + NOT_A_DIRECTIVE))
        .append("</p></header>");
    if (!summary.emergencies().isEmpty()) {
      out.append("<section class=\"urgent\"><h2>Emergencies — first</h2><ul>");
      for (BoardSummary.Emergency e : summary.emergencies()) {
        out.append("<li><span class=\"k\">")
            .append(HTML.escape(subject(e.subject())))
            .append("</span>")
            .append(HTML.escape(e.text()))
            .append(' ')
            .append(rule(e.ruleId()))
            .append("</li>");
      }
      out.append("</ul></section>");
    }
    out.append("<section><h2>Liver</h2><p>")
        .append(HTML.escape(liverLine(summary)))
        .append("</p></section>");
    pictures(out, summary);
    out.append("<section><h2>Survival: the models side by side</h2><table><thead><tr>")
        .append("<th>Model</th><th>Category</th><th>Survival in its cohort</th>")
        .append("<th>Cohort</th><th>May disagree because</th></tr></thead><tbody>");
    for (SurvivalRow row : summary.survival().rows()) {
      out.append(row.chosen() ? "<tr class=\"chosen\">" : "<tr>")
          .append("<td>")
          .append(HTML.escape(row.result().name() + (row.chosen() ? " (used)" : "")))
          .append("</td><td>")
          .append(HTML.escape(rowCategory(row)))
          .append("</td><td>")
          .append(HTML.escape(figureText(row)))
          .append(" <span class=\"tag\">")
          .append(HTML.escape(sources(row)))
          .append("</span></td><td>")
          .append(HTML.escape(cohort(row)))
          .append("</td><td>")
          .append(HTML.escape(row.mayDisagree()))
          .append("</td></tr>");
    }
    out.append("</tbody></table><p class=\"used\">")
        .append(HTML.escape(choice(summary)))
        .append("</p></section>");
    out.append("<section><h2>Decisions</h2><ol class=\"cols\">");
    for (Decision d : summary.decisions()) {
      out.append("<li><span class=\"k\">")
          .append(HTML.escape(d.domain().label()))
          .append("</span> — ")
          .append(HTML.escape(items(d)))
          .append(" <span class=\"rule\">")
          .append(HTML.escape(String.join(", ", d.ruleIds())))
          .append("</span></li>");
    }
    out.append("</ol></section>");
    out.append("<section><h2>Missing inputs</h2>");
    if (summary.missing().isEmpty()) {
      out.append("<p>None that could change a result.</p>");
    } else {
      // ranked, numbered and run on in one paragraph: a long list of unknowns stays short
      out.append("<p class=\"missing\">");
      int rank = 1;
      for (MissingInput m : summary.missing()) {
        out.append(rank == 1 ? "" : " · ")
            .append(rank++)
            .append(". <span class=\"k\">")
            .append(HTML.escape(m.label()))
            .append("</span> ")
            .append(HTML.escape(missing(m)));
      }
      out.append("</p>");
    }
    out.append("</section></body></html>\n");
    return out.toString();
  }

  /**
   * Writes the three pictures, each in its own section with a title, the SVG and a caption that
   * names what every colour and mark means (each picture also carries its own key).
   */
  private static void pictures(StringBuilder out, BoardSummary summary) {
    out.append("<div class=\"figs\">");
    figure(
        out,
        "Skeletal map",
        SkeletalMap.drawing(summary.patient(), summary.evaluations()),
        lesions(summary)
            + "Blue = SINS stable or Mirels RT and observation; orange = SINS potentially unstable"
            + " or Mirels clinical judgement; red = SINS unstable or Mirels prophylactic fixation;"
            + " grey = bounded by missing inputs; hollow = not scored. Circle = spine, square ="
            + " long bone, diamond = other bone; ring = ESCC grade, double ring = cord compressed;"
            + " cross = prior RT to the site. Paired bones carry no side: marked on the left limb."
            + " Side view: front of body to the right.");
    List<SurvivalChart.Row> rows = chartRows(summary);
    List<String> without =
        summary.survival().rows().stream()
            .filter(r -> r.figures().isEmpty())
            .map(r -> r.result().name())
            .toList();
    figure(
        out,
        "Survival by model",
        SurvivalChart.svg(rows, false),
        "One band per model over its category's survival figures (every reachable category"
            + " when inputs are missing), in months, arrow = open end; grey = a model's band, blue"
            + " outlined, bold and ▶ = the policy's choice; tick = median where the source gives one."
            + (without.isEmpty()
                ? ""
                : " No survival figures: " + String.join(", ", without) + "."));
    figure(
        out,
        "Imaging: probability of bone metastasis after a test",
        summary.imaging().equals(BoardSummary.IMAGING)
                && summary.imagingPretest().equals(BoardSummary.DEFAULT_PRETEST)
            ? DEFAULT_IMAGING_SVG
            : ImagingChart.svg(summary.imaging(), summary.imagingPretest(), false),
        "From a pre-test probability of "
            + percent(summary.imagingPretest())
            + " (median incidence of the review's HCC cohorts unless the caller gave one; range "
            + percent(summary.imaging().low())
            + "–"
            + percent(summary.imaging().high())
            + " underneath): red = after a positive result, blue = after a negative one, with the"
            + " 95 % interval (whiskers) where the source allows; thin grey line = the post-test range"
            + " over that pre-test range; dashed line = the pre-test probability. With bone metastasis recorded, this is"
            + " staging accuracy, not this patient's probability.");
    out.append("</div>");
  }

  /** The skeletal map's lesions in words, each ended by a full stop, for its caption. */
  private static String lesions(BoardSummary summary) {
    if (summary.patient().boneLesions().known().isEmpty()) {
      return "Bone lesions not recorded. ";
    }
    return SkeletalMap.lesionList(summary.patient(), summary.evaluations()).stream()
        .map(l -> l + ". ")
        .collect(Collectors.joining());
  }

  private static String percent(double share) {
    return Decimals.plain(Math.round(share * 1000) / 10.0) + "%";
  }

  private static void figure(StringBuilder out, String title, String svg, String caption) {
    out.append("<section class=\"fig\"><h2>")
        .append(HTML.escape(title))
        .append("</h2><figure>")
        .append(svg)
        .append("<figcaption>")
        .append(HTML.escape(caption))
        .append("</figcaption></figure></section>");
  }

  private static String percent(Probability p) {
    return Decimals.display(p.value() * 100, 1) + " %";
  }

  /**
   * The survival chart's rows: one per prognostic model with figures, spanning the figures of every
   * category still reachable; the median only when one category is.
   */
  static List<SurvivalChart.Row> chartRows(BoardSummary summary) {
    List<SurvivalChart.Row> rows = new ArrayList<>();
    for (SurvivalRow row : summary.survival().rows()) {
      List<PrognosticFigures.CategoryFigures> figures = row.figures();
      if (figures.isEmpty()) {
        continue;
      }
      double low =
          figures.stream()
              .mapToDouble(PrognosticFigures.CategoryFigures::lowMonths)
              .min()
              .orElseThrow();
      double high =
          figures.stream()
              .mapToDouble(f -> f.highMonths().orElse(Double.POSITIVE_INFINITY))
              .max()
              .orElseThrow();
      Double median =
          figures.size() == 1 && figures.get(0).medianMonths().isPresent()
              ? figures.get(0).medianMonths().getAsDouble()
              : null;
      PrognosticFigures.Cohort c = row.cohort();
      rows.add(
          new SurvivalChart.Row(
              row.result().name(),
              rowCategory(row),
              low,
              high,
              median,
              c.patients().isPresent() ? "n = " + c.patients().getAsInt() : "n not retrieved",
              row.chosen()));
    }
    return rows;
  }

  /** A decision's options and what it needs first, in brief, separated by " · ". */
  static String items(Decision d) {
    List<String> parts = new ArrayList<>();
    d.options().forEach(v -> parts.add(verdict(v)));
    d.gates().forEach(v -> parts.add(verdict(v)));
    return String.join(" · ", parts);
  }

  /** The liver in one line, e.g. "Child–Pugh class A (5) · ALBI grade 1 (−2.95) · …". */
  static String liverLine(BoardSummary summary) {
    return summary.liver().stream().map(BoardReport::finding).collect(Collectors.joining(" · "));
  }

  static String finding(Finding f) {
    if (f.kind() == BoardSummary.Kind.NOT_APPLICABLE) {
      return f.name() + ": not applicable (" + f.notApplicable().orElse("") + ")";
    }
    String totals = f.totals().map(BoardReport::totals).orElse("");
    if (f.categories().isEmpty()) {
      return f.name() + " " + (totals.isEmpty() ? "unknown" : totals);
    }
    return category(f) + (totals.isEmpty() ? "" : " (" + totals + ")");
  }

  private static String category(Finding f) {
    if (f.kind() == BoardSummary.Kind.NOT_APPLICABLE) {
      String why = f.notApplicable().orElse("");
      return "not applicable: " + shorten(why.substring(0, clauseEnd(why, 0)));
    }
    if (f.categories().isEmpty()) {
      return "no category";
    }
    return f.categories().stream().map(Category::label).collect(Collectors.joining(" or "));
  }

  private static String totals(TotalRange r) {
    return r.min() == r.max()
        ? Decimals.display(r.min(), 2)
        : Decimals.display(r.min(), 2) + "–" + Decimals.display(r.max(), 2);
  }

  /** The figures of the row's categories, with their source tags (markdown keeps them inline). */
  private static String figures(SurvivalRow row) {
    String text = figureText(row);
    String sources = sources(row);
    return sources.isEmpty() ? text : text + " [" + sources + "]";
  }

  /**
   * The survival figures of a row: the source's statement for one category; for several reachable
   * categories, each one's months in brief ("median 13.6 mo or median 4.8 mo"); then the bands.
   */
  private static String figureText(SurvivalRow row) {
    if (row.figures().isEmpty()) {
      List<Category> categories = row.result().categories();
      return row.result().kind() == BoardSummary.Kind.NOT_APPLICABLE
          ? "—"
          : (categories.size() == 1 && !categories.get(0).meaning().isEmpty()
                  ? categories.get(0).meaning() + "; "
                  : "")
              + "survival per band not retrieved";
    }
    String figures =
        row.figures().size() == 1
            ? row.figures().get(0).statement()
            : row.figures().stream().map(BoardReport::months).collect(Collectors.joining(" or "));
    return figures + (row.bands().isEmpty() ? "" : " → " + bands(row.bands()));
  }

  /** One category's months in brief, e.g. "median 15.4 mo (95 % CI 11.9–18.2)" or "&lt; 6 mo". */
  static String months(PrognosticFigures.CategoryFigures f) {
    String low = Decimals.display(f.lowMonths(), 1);
    if (f.medianMonths().isPresent()) {
      String median = "median " + Decimals.display(f.medianMonths().getAsDouble(), 1) + " mo";
      return f.highMonths().isPresent() && f.highMonths().getAsDouble() > f.lowMonths()
          ? median
              + " (95 % CI "
              + low
              + "–"
              + Decimals.display(f.highMonths().getAsDouble(), 1)
              + ")"
          : median;
    }
    if (f.highMonths().isEmpty()) {
      return "≥ " + low + " mo";
    }
    String high = Decimals.display(f.highMonths().getAsDouble(), 1);
    return f.lowMonths() == 0 ? "< " + high + " mo" : low + "–" + high + " mo";
  }

  /** A survival row's categories without the model's name in front of each. */
  private static String rowCategory(SurvivalRow row) {
    Finding f = row.result();
    if (f.kind() == BoardSummary.Kind.NOT_APPLICABLE || f.categories().isEmpty()) {
      return category(f);
    }
    return f.categories().stream()
        .map(c -> withoutName(c.label(), f.name()))
        .collect(Collectors.joining(" or "));
  }

  static String withoutName(String label, String name) {
    return label.length() > name.length() + 1
            && label.regionMatches(true, 0, name, 0, name.length())
            && label.charAt(name.length()) == ' '
        ? label.substring(name.length() + 1)
        : label;
  }

  private static String sources(SurvivalRow row) {
    return row.figures().stream()
        .map(PrognosticFigures.CategoryFigures::source)
        .distinct()
        .collect(Collectors.joining("; "));
  }

  private static String bands(List<SurvivalBand> bands) {
    return bands.stream().map(SurvivalBand::toString).collect(Collectors.joining(" or "));
  }

  private static String cohort(SurvivalRow row) {
    PrognosticFigures.Cohort c = row.cohort();
    return (c.patients().isPresent() ? "n = " + c.patients().getAsInt() + "; " : "")
        + c.description();
  }

  private static String choice(BoardSummary summary) {
    BoardSummary.SurvivalConcordance s = summary.survival();
    String model =
        s.rows().stream()
            .filter(SurvivalRow::chosen)
            .map(r -> r.result().name())
            .findFirst()
            .orElse(s.choice().modelId());
    if (s.choice().modelId().equals("none")) {
      return "Survival the plan used: unknown — "
          + s.choice().basisText()
          + ". Policy: "
          + PlanRenderer.english().policy(s.policy())
          + ".";
    }
    return "Survival the plan used: "
        + bands(s.choice().bands())
        + ", from "
        + model
        + " — "
        + s.choice().basisText()
        + ". Policy: "
        + PlanRenderer.english().policy(s.policy())
        + ".";
  }

  /**
   * Returns a verdict in brief: its kind, the plan's words up to the first clause break (long
   * asides in brackets left to the full plan), the subject when the words do not name it, and for
   * anything but an option the first reason the plan gives.
   */
  static String verdict(Verdict v) {
    String text = v.text();
    int dash = topLevel(text, " — ", 0);
    String head = shorten(text.substring(0, clauseEnd(text, 0)));
    String subject =
        v.subject().equals(PlanItem.PATIENT.id()) || head.contains(v.subject())
            ? ""
            : " (" + v.subject() + ")";
    String reason = "";
    if (v.kind() != PlanItem.Kind.OPTION && dash >= 0 && dash >= clauseEnd(text, 0)) {
      int start = dash + " — ".length();
      int end = clauseEnd(text, start);
      String why = text.substring(start, end);
      for (String lead : List.of("ruled out: ", "needs: ")) {
        why = why.startsWith(lead) ? why.substring(lead.length()) : why;
      }
      reason = ": " + shorten(why) + (end < text.length() ? " …" : "");
    }
    return mark(v.kind()) + " " + head + subject + reason;
  }

  /** The end of the clause starting at {@code from}: the first top-level "; " or " — ". */
  private static int clauseEnd(String text, int from) {
    int semicolon = topLevel(text, "; ", from);
    int dash = topLevel(text, " — ", from);
    int end = text.length();
    end = semicolon >= 0 ? Math.min(end, semicolon) : end;
    return dash >= 0 ? Math.min(end, dash) : end;
  }

  /** The first occurrence of a separator outside brackets, or -1. */
  private static int topLevel(String text, String separator, int from) {
    int depth = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      } else if (depth == 0 && text.startsWith(separator, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Drops bracketed asides longer than 40 characters (the full plan keeps them). */
  private static String shorten(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        int close = matching(text, i);
        if (close > 0 && close - i > 40) {
          // drop the aside and the space before it
          int len = out.length();
          if (len > 0 && out.charAt(len - 1) == ' ') {
            out.setLength(len - 1);
          }
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static int matching(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private static String mark(PlanItem.Kind kind) {
    return switch (kind) {
      case OPTION -> "Option:";
      case DOSE -> "Dose:";
      case CAUTION -> "Caution:";
      case RULED_OUT -> "Ruled out:";
      case TEAM_MEMBER -> "Team:";
      case NEEDS_INFORMATION -> "Needs information:";
    };
  }

  private static String missing(MissingInput m) {
    StringBuilder out = new StringBuilder();
    if (!m.settles().isEmpty()) {
      out.append("would settle ").append(results(m.settles()));
    }
    if (!m.narrows().isEmpty()) {
      out.append(m.settles().isEmpty() ? "would help settle " : "; would help settle ")
          .append(results(m.narrows()));
    }
    return out.toString();
  }

  private static String results(List<BoardSummary.ResultRef> refs) {
    return refs.stream()
        .map(
            r ->
                r.name()
                    + (r.subject().equals(PlanItem.PATIENT.id()) ? "" : " (" + r.subject() + ")"))
        .collect(Collectors.joining(", "));
  }

  private static String subject(String subject) {
    return subject.equals(PlanItem.PATIENT.id()) ? "" : subject + ": ";
  }

  private static String rule(String ruleId) {
    return "<span class=\"rule\">[" + HTML.escape(ruleId) + "]</span>";
  }

  /** Escapes markdown's punctuation in a text (patient and lesion ids are user input). */
  static String md(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>|#&".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return out.toString();
  }

  private static String cell(String text) {
    return md(text);
  }
}
