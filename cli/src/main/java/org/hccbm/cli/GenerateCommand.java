package org.hccbm.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.hccbm.core.patient.Patient;
import org.hccbm.testkit.GeneratorProfile;
import org.hccbm.testkit.Generators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code hccbm generate}: seeded synthetic patients, one document per line (for benchmarks). */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Write seeded synthetic patients (testkit generators), one per line.")
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--count",
      defaultValue = "1000",
      description = "How many (default: " + "${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "PATIENTS.jsonl",
      description = "Output; - for standard output.")
  String out;

  @Option(
      names = "--unknown-rate",
      paramLabel = "RATE",
      description =
          "Probability, 0 … 1, "
              + "that each item is unknown; 0 writes complete patients (default: the testkit's classic "
              + "generator, about 0.3 per item).")
  Double unknownRate;

  @Option(
      names = "--precision",
      paramLabel = "full|reported",
      description =
          "full: values "
              + "with every digit; reported: the step a laboratory prints (bilirubin 0.1 mg/dL or "
              + "1 umol/L, albumin 0.1 g/dL or 1 g/L, INR 0.01, ...).")
  String precision;

  @Option(
      names = "--units",
      paramLabel = "us|si|mixed",
      description = "Units of the laboratory " + "values (default with a profile: mixed).")
  String units;

  /** The classic generator unless a profile option is given (keeps seeded outputs stable). */
  private Function<RandomGenerator, Patient> generator() {
    if (unknownRate == null && precision == null && units == null) {
      return Generators::patient;
    }
    GeneratorProfile profile = GeneratorProfile.defaults();
    if (unknownRate != null) {
      if (!(unknownRate >= 0 && unknownRate <= 1)) {
        throw new ParameterException(
            spec.commandLine(), "--unknown-rate must be in 0 … 1, was " + unknownRate);
      }
      profile = profile.withUnknownRate(unknownRate);
    }
    if (precision != null) {
      profile =
          profile.withPrecision(choice("--precision", precision, GeneratorProfile.Precision.class));
    }
    if (units != null) {
      profile = profile.withUnits(choice("--units", units, GeneratorProfile.UnitMix.class));
    }
    return profile.patients();
  }

  private <E extends Enum<E>> E choice(String option, String value, Class<E> type) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value)) {
        return e;
      }
    }
    throw new ParameterException(
        spec.commandLine(),
        option
            + " must be one of "
            + java.util.Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(java.util.Locale.ROOT))
                .toList()
            + ", was "
            + Terminal.safe(value));
  }

  @Override
  public Integer call() {
    if (count < 0) {
      throw new ParameterException(spec.commandLine(), "--count must be 0 or more, was " + count);
    }
    Function<RandomGenerator, Patient> generator = generator();
    ObjectMapper mapper = new Assessor(true).mapper();
    SplittableRandom random = new SplittableRandom(seed);
    PrintWriter err = spec.commandLine().getErr();
    String name = out.equals("-") ? "standard output" : out;
    if (!out.equals("-") && Files.isDirectory(Path.of(out))) {
      err.println("hccbm generate: cannot write " + Terminal.safe(out) + ": is a directory");
      return ExitCodes.IO;
    }
    try (Writer w = writer()) {
      for (int i = 0; i < count; i++) {
        w.write(mapper.writeValueAsString(generator.apply(random)));
        w.write('\n');
      }
      w.flush();
      if (w instanceof PrintWriter p && p.checkError()) {
        throw new IOException("the stream reported an error");
      }
    } catch (IOException e) {
      err.println("hccbm generate: " + FileErrors.describe("write", name, e));
      return ExitCodes.IO;
    }
    return ExitCodes.OK;
  }

  private Writer writer() throws IOException {
    if (out.equals("-")) {
      OutputStream raw = Std.out;
      if (raw == null) {
        PrintWriter console = spec.commandLine().getOut();
        return new java.io.FilterWriter(console) {
          @Override
          public void close() {
            console.flush(); // standard output stays open
          }
        };
      }
      return new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    return Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8);
  }
}
