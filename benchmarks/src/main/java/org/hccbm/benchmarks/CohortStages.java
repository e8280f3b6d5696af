package org.hccbm.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hccbm.core.patient.Patient;
import org.hccbm.jackson.PatientReader;
import org.hccbm.models.LabFreshness;
import org.hccbm.models.Models;
import org.hccbm.models.treatment.TreatmentPlanner;

/**
 * The batch's stages one process at a time, for telling where a cohort run's CPU goes
 * (benchmarks/run.sh {@code stages}; docs/performance.md): each line of a JSON Lines file of
 * patients is read into a {@link Patient} ({@code read}); read and every model evaluated ({@code
 * models}); or read, every model evaluated and the treatment plan made ({@code plan}), on one
 * thread, writing nothing. Each stage's process CPU less the one before it is that stage's cost,
 * the JIT compilers' share included (a stage's code is compiled in its own process, as in {@code
 * hccbm batch}); {@code hccbm batch} less {@code plan} is the batch record, the output and the
 * worker hand-off.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar org.hccbm.benchmarks.CohortStages \
 *     read|models|plan IN.jsonl}</pre>
 *
 * <p>It prints the number of patients and a checksum of what each stage produced (the plan items,
 * the evaluations or the identifiers' hashes), which keeps the work from being optimised away and
 * lets two builds be compared. A line that is not a valid patient stops the run: the cohort is
 * {@code hccbm generate}'s.
 */
public final class CohortStages {
  private CohortStages() {}

  /** The stages, each one including the ones before it. */
  enum Stage {
    READ,
    MODELS,
    PLAN
  }

  /**
   * Runs one stage over a file.
   *
   * @param args the stage ({@code read}, {@code models} or {@code plan}) and the input file
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CohortStages read|models|plan IN.jsonl");
      System.exit(2);
    }
    Stage stage = Stage.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
    long[] result = run(stage, Path.of(args[1]));
    System.out.println(stage + ": " + result[0] + " patients, checksum " + result[1]);
  }

  /**
   * Runs one stage over a file and returns the number of patients and the checksum.
   *
   * @param stage the stage
   * @param in the file of patients, one JSON document per line
   * @return the patients and the checksum
   * @throws IOException when the file cannot be read
   */
  static long[] run(Stage stage, Path in) throws IOException {
    PatientReader reader = PatientReader.strict();
    long patients = 0;
    long checksum = 0;
    try (BufferedReader lines = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        PatientReader.Reading reading = reader.read(line.getBytes(StandardCharsets.UTF_8));
        Patient patient = reading.patient();
        patients++;
        checksum =
            31 * checksum
                + switch (stage) {
                  case READ -> patient.id().hashCode();
                  case MODELS ->
                      Models.evaluate(patient, reading.variants(), LabFreshness.DEFAULT_WINDOW_DAYS)
                          .size();
                  case PLAN ->
                      TreatmentPlanner.DEFAULT
                          .assess(patient, reading.variants(), LabFreshness.DEFAULT_WINDOW_DAYS)
                          .plan()
                          .items()
                          .size();
                };
      }
    }
    return new long[] {patients, checksum};
  }
}
