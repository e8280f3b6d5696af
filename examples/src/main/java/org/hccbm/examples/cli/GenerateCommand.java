package org.hccbm.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.hccbm.testkit.Generators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hccbm generate}: seeded synthetic patients, one document per line (for benchmarks). */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write seeded synthetic patients (testkit generators), one per line.")
final class GenerateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--count", defaultValue = "1000", description = "How many (default: "
      + "${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "PATIENTS.jsonl", description = "Output.")
  Path out;

  @Override
  public Integer call() {
    ObjectMapper mapper = new Assessor(true).mapper();
    SplittableRandom random = new SplittableRandom(seed);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        w.write(mapper.writeValueAsString(Generators.patient(random)));
        w.newLine();
      }
    } catch (IOException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("hccbm generate: " + e.getMessage());
      return ExitCodes.IO;
    }
    return ExitCodes.OK;
  }
}
