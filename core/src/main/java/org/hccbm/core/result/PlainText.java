package org.hccbm.core.result;

import org.hccbm.core.Decimals;
import java.util.List;
import java.util.stream.Collectors;

/** Renders results as plain text for logs and the command line. */
final class PlainText {
  private PlainText() {}

  static String render(ModelResult result) {
    StringBuilder out = new StringBuilder();
    var model = result.model();
    out.append(model.name());
    if (!model.variant().isEmpty()) {
      out.append(" [").append(model.variant()).append(']');
    }
    out.append(" (").append(model.id()).append(" r").append(model.revision()).append(", ")
        .append(model.status()).append(")\n");
    if (result instanceof Complete c) {
      c.items().forEach(i -> out.append("  ").append(i).append('\n'));
      c.total().ifPresent(t -> {
        out.append("  Total: ").append(Decimals.display(t.value(), 4));
        if (t.raw() != t.value()) {
          out.append(" (unrounded ").append(Decimals.display(t.raw(), 4)).append(')');
        }
        out.append('\n');
      });
      c.category().ifPresent(cat -> appendCategory(out, "Category", cat));
    } else if (result instanceof Bounded b) {
      b.knownItems().forEach(i -> out.append("  ").append(i).append('\n'));
      b.openItems().forEach(i -> out.append("  ").append(i).append('\n'));
      b.totals().ifPresent(t -> {
        out.append("  Total: ").append(Decimals.display(t.min(), 4)).append("..")
            .append(Decimals.display(t.max(), 4));
        if (!t.reachable().isEmpty()) {
          out.append(" (reachable: ").append(t.reachable().stream().map(Decimals::plain)
              .collect(Collectors.joining(", "))).append(')');
        }
        out.append('\n');
      });
      if (b.determinedCategory().isPresent()) {
        appendCategory(out, "Category (determined despite unknowns)", b.determinedCategory().get());
      } else {
        // A formula without categories (the MELD family) has none to list.
        if (!b.reachableCategories().isEmpty()) {
          out.append("  Reachable categories: ").append(labels(b.reachableCategories()))
              .append('\n');
        }
        if (!b.decidingItems().isEmpty()) {
          out.append("  Would decide it: ").append(String.join(", ", b.decidingItems()))
              .append('\n');
        }
      }
    } else if (result instanceof NotApplicable n) {
      out.append("  Not applicable: ").append(n.reason()).append('\n');
    }
    result.caveats().forEach(c -> out.append("  Caveat — ").append(c).append('\n'));
    out.append("  Source: ").append(model.citation()).append('\n');
    return out.toString();
  }

  private static void appendCategory(StringBuilder out, String heading, Category category) {
    out.append("  ").append(heading).append(": ").append(category.label());
    if (!category.meaning().isEmpty()) {
      out.append(" — ").append(category.meaning());
    }
    out.append('\n');
  }

  private static String labels(List<Category> categories) {
    return categories.stream().map(Category::label).collect(Collectors.joining(" or "));
  }
}
