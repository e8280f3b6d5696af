package org.hccbm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.hccbm.jackson.HccbmJacksonModule;
import org.hccbm.testkit.Generators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, defect 6: a batch killed with SIGKILL at seeded random moments never leaves a partial
 * record at the target, and {@code --resume} completes it to the same bytes as an uninterrupted run
 * (the records hold no run-time field, so the whole file is compared).
 */
class KillResumeTest {
  static final long SEED = 61206L;
  static final int KILLS = 20;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new HccbmJacksonModule());

  @TempDir Path dir;

  @Test
  void defect06_sigkillAtRandomPoints_neverAPartialRecord_resumeGivesTheSameBytes()
      throws Exception {
    SplittableRandom random = new SplittableRandom(SEED);
    Path in = dir.resolve("in.jsonl");
    int lines = 3_000;
    try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
      for (int i = 0; i < lines; i++) {
        w.write(
            i % 97 == 13
                ? "{\"schemaVersion\":\"1.0\",\"id\":\"bad\",\"age\":-1}"
                : MAPPER.writeValueAsString(Generators.patient(random)));
        w.write('\n');
      }
    }
    Path reference = dir.resolve("reference.jsonl");
    long t0 = System.nanoTime();
    Forked.Result whole =
        Forked.run(
            "256m",
            dir,
            "batch",
            "--in",
            in.toString(),
            "--out",
            reference.toString(),
            "--chunk",
            "250",
            "--threads",
            "2");
    assertThat(whole.exit()).as(whole.err()).isEqualTo(1);
    byte[] expected = Files.readAllBytes(reference);
    // Kill moments between a tenth and a half of a whole run's duration on this machine (start-up
    // included): kills land in start-up, reading, scoring and writing, and a chain of resumed
    // runs still advances through the input.
    long runMillis = (System.nanoTime() - t0) / 1_000_000;
    long minRecords = Long.MAX_VALUE;
    long maxRecords = 0;

    Path target = dir.resolve("out.jsonl");
    Path part = dir.resolve("out.jsonl.part");
    int kills = 0;
    int completions = 0;
    int partialRecordsDropped = 0;
    while (kills < KILLS) {
      Process p =
          Forked.builder(
                  "256m",
                  dir,
                  "batch",
                  "--in",
                  in.toString(),
                  "--out",
                  target.toString(),
                  "--resume",
                  "--chunk",
                  "250",
                  "--threads",
                  "2")
              .redirectOutput(dir.resolve("kill.out").toFile())
              .redirectError(dir.resolve("kill.err").toFile())
              .start();
      long delay = runMillis / 10 + random.nextLong(Math.max(1, runMillis * 2 / 5));
      if (p.waitFor(delay, TimeUnit.MILLISECONDS)) {
        // Finished before the kill: the target is complete and byte-identical; start again.
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(Files.readAllBytes(target)).isEqualTo(expected);
        assertThat(part).doesNotExist();
        completions++;
        Files.delete(target);
        continue;
      }
      p.destroyForcibly(); // SIGKILL on Linux
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      if (Files.exists(target)) {
        // The kill landed after the atomic rename, as the run was exiting: the target is the
        // whole output, never part of it; count it as a completed run.
        assertThat(Files.readAllBytes(target)).isEqualTo(expected);
        assertThat(part).doesNotExist();
        completions++;
        Files.delete(target);
        continue;
      }
      kills++;
      // Never a partial record at the target: it does not exist until the run completes.
      if (Files.exists(part)) {
        byte[] got = Files.readAllBytes(part);
        int lastLf = lastIndexOf(got, (byte) '\n');
        // Every complete record is the uninterrupted run's record, byte for byte.
        assertThat(Arrays.copyOf(got, lastLf + 1)).isEqualTo(Arrays.copyOf(expected, lastLf + 1));
        if (lastLf + 1 < got.length) {
          partialRecordsDropped++;
        }
        long complete = 0;
        for (int i = 0; i <= lastLf; i++) {
          complete += got[i] == '\n' ? 1 : 0;
        }
        minRecords = Math.min(minRecords, complete);
        maxRecords = Math.max(maxRecords, complete);
      }
    }
    Forked.Result last =
        Forked.run(
            "256m",
            dir,
            "batch",
            "--in",
            in.toString(),
            "--out",
            target.toString(),
            "--resume",
            "--chunk",
            "250",
            "--threads",
            "2");
    assertThat(last.exit()).as(last.err()).isEqualTo(1);
    assertThat(Files.readAllBytes(target)).isEqualTo(expected);
    assertThat(part).doesNotExist();
    List<String> records = Files.readAllLines(target, StandardCharsets.UTF_8);
    assertThat(records).hasSize(lines);
    System.out.printf(
        "Kill campaign (seed %d, run %d ms): %d SIGKILLs, %d runs completed "
            + "between kills, complete records in the .part file at a kill %d..%d, %d kills left a "
            + "half record there (dropped on resume); resumed output byte-identical to the "
            + "uninterrupted run (%d records, %d bytes)%n",
        SEED,
        runMillis,
        kills,
        completions,
        minRecords == Long.MAX_VALUE ? 0 : minRecords,
        maxRecords,
        partialRecordsDropped,
        records.size(),
        expected.length);
  }

  private static int lastIndexOf(byte[] b, byte x) {
    for (int i = b.length - 1; i >= 0; i--) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }
}
