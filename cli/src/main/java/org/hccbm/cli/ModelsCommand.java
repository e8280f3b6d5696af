package org.hccbm.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.models.ModelVariant;
import org.hccbm.models.Models;
import org.hccbm.models.Variants;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hccbm models}: the catalogue. */
@Command(
    name = "models",
    mixinStandardHelpOptions = true,
    description =
        "List every model: id, revision, status and citation, then its named variants "
            + "(the default first) with what each changes and its source; choose one with "
            + "--variant MODEL=NAME on assess and batch, or in the document's \"variants\".")
final class ModelsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%-18s %-3s %-9s %s%n", "ID", "REV", "STATUS", "SOURCE");
    for (ModelInfo m : Models.catalogue()) {
      out.printf(
          "%-18s %-3d %-9s %s %d%s%n",
          m.id(),
          m.revision(),
          m.status(),
          m.citation().authors(),
          m.citation().year(),
          m.status() == org.hccbm.core.evidence.ModelStatus.DRAFT
              ? " — DRAFT: " + m.statusNote()
              : "");
      for (ModelVariant v : Variants.of(m.id())) {
        out.printf(
            "    variant %s%s: %s. Source: %s%n",
            v.name(), v.isDefault() ? " (default)" : "", v.description(), v.source());
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
