package org.hccbm.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.hccbm.core.HccbmVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hccbm demo}: shows what this build of the library holds. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Show the library version and its modules.")
final class DemoCommand implements Callable<Integer> {
  /** The deployed modules, in dependency order, with what each holds. */
  static final List<String[]> MODULES = List.of(
      new String[] {"hccbm-core", "org.hccbm.core",
          "patients, labs with units, lesions; the explainable-result vocabulary"},
      new String[] {"hccbm-models", "org.hccbm.models", "scores, staging and treatment rules"},
      new String[] {"hccbm-imaging", "org.hccbm.imaging", "imaging accuracy and post-test probability"},
      new String[] {"hccbm-jackson", "org.hccbm.jackson", "optional JSON (Jackson 2) module"},
      new String[] {"hccbm-testkit", "org.hccbm.testkit", "fixtures and generators for test authors"},
      new String[] {"hccbm-bom", "-", "bill of materials aligning the versions above"});

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.println("hccbm " + HccbmVersion.current()
        + " — clinical models for HCC with bone metastasis");
    out.println("Decision support for clinicians and researchers; not a medical device.");
    out.println();
    out.println("Modules (groupId org.hccbm):");
    for (String[] m : MODULES) {
      out.printf("  %-15s %-18s %s%n", m[0], m[1], m[2]);
    }
    return 0;
  }
}
