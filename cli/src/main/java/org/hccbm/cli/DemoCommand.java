package org.hccbm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.hccbm.core.HccbmVersion;
import org.hccbm.core.patient.Patient;
import org.hccbm.jackson.HccbmJsonException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hccbm demo}: assesses the example patients shipped as JSON inside the jar. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Assess the example patients bundled in the jar (favourable and unfavourable "
            + "HCC with bone metastasis, cord compression, impending fracture, an incomplete record).")
final class DemoCommand implements Callable<Integer> {
  /** The bundled documents, in the order shown. */
  static final List<String> PATIENTS =
      List.of(
          "favourable.json",
          "unfavourable.json",
          "cord-compression.json",
          "impending-fracture.json",
          "incomplete.json");

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "hccbm " + HccbmVersion.current() + " — clinical models for HCC with bone metastasis");
    out.println("Decision support for clinicians and researchers; not a medical device.");
    out.println();
    Assessor assessor = new Assessor(true);
    for (String name : PATIENTS) {
      Patient patient = read(assessor, name);
      out.println("##### demo/" + name);
      out.print(Assessor.text(assessor.assess(patient)));
      out.println();
    }
    out.flush();
    return ExitCodes.OK;
  }

  static Patient read(Assessor assessor, String name) {
    try (InputStream in = DemoCommand.class.getResourceAsStream("/demo/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled demo patient " + name);
      }
      return assessor.read(in.readAllBytes()).patient();
    } catch (HccbmJsonException e) {
      throw new IllegalStateException(
          "bundled demo patient " + name + " is invalid: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
