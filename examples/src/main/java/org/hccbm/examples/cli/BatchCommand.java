package org.hccbm.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.IntStream;
import org.hccbm.core.patient.Patient;
import org.hccbm.jackson.AssessmentDocument;
import org.hccbm.jackson.AssessmentRequest;
import org.hccbm.models.Models;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hccbm batch --in PATIENTS.jsonl --out RESULTS.jsonl}: one result record per input line,
 * in input order. Streaming: lines are read, scored (in parallel) and written a chunk at a time,
 * so memory does not grow with the cohort. A malformed or invalid line becomes an error record
 * with its line number and reason; every other record is still scored.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = "Assess a cohort: one patient document per line in, one result record per line "
        + "out (same order). Progress and a summary go to standard error.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:every record scored", "1:at least one record rejected (all others scored "
        + "and written)", "2:usage error", "3:a file could not be read or written"})
final class BatchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--in", required = true, paramLabel = "PATIENTS.jsonl",
      description = "Input: one patient document per line.")
  Path in;

  @Option(names = "--out", required = true, paramLabel = "RESULTS.jsonl",
      description = "Output: one result or error record per input line.")
  Path out;

  @Option(names = "--relaxed", description = "Ignore fields the schema does not know.")
  boolean relaxed;

  @Option(names = "--variant", paramLabel = "MODEL=NAME", description = "Use a named model "
      + "variant for every record (repeatable; overrides a record's own \"variants\"; "
      + "`hccbm models` lists them), e.g. --variant albi=coefficient-0.0852.")
  List<String> variants = new ArrayList<>();

  @Option(names = "--threads", defaultValue = "0",
      description = "Worker threads (default: the number of processors).")
  int threads;

  @Option(names = "--chunk", defaultValue = "2000",
      description = "Records read, scored and written together (default: ${DEFAULT-VALUE}).")
  int chunk;

  /** How much of each result a record carries. */
  enum Detail { summary, full }

  @Option(names = "--detail", defaultValue = "summary", description = "summary (model id and "
      + "revision, kind, total or its range, category or reachable categories, deciding items; "
      + "plan items as rule, domain and kind) or full (every item, caveat and citation, as "
      + "assess writes them). Default: ${DEFAULT-VALUE}.")
  Detail detail;

  @Option(names = "--parse-only", description = "Only read and re-write each patient document "
      + "(no scoring): the I/O floor that performance is measured against.")
  boolean parseOnly;

  @Option(names = "--progress-every", defaultValue = "50000",
      description = "Report progress every N records (default: ${DEFAULT-VALUE}).")
  long progressEvery;

  /** What happened to one record. */
  enum Status { COMPLETE, BOUNDED, REJECTED }

  record Outcome(String json, Status status) {}

  @Override
  public Integer call() throws InterruptedException {
    if (chunk < 1 || threads < 0 || progressEvery < 1) {
      throw new ParameterException(spec.commandLine(), chunk < 1
          ? "--chunk must be at least 1, was " + chunk : threads < 0
          ? "--threads must be 0 (all processors) or more, was " + threads
          : "--progress-every must be at least 1, was " + progressEvery);
    }
    PrintWriter err = spec.commandLine().getErr();
    Assessor assessor;
    try {
      assessor = new Assessor(!relaxed, Assessor.variants(variants));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    ObjectMapper mapper = assessor.mapper();
    long[] counts = new long[Status.values().length];
    long start = System.nanoTime();
    long records = 0;
    ForkJoinPool pool = new ForkJoinPool(threads > 0 ? threads
        : Runtime.getRuntime().availableProcessors());
    try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
        BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      // Double-buffered: while the pool scores one chunk, this thread writes the previous chunk's
      // records and reads the next chunk's lines. Output order is input order.
      ForkJoinTask<List<Outcome>> pending = null;
      long nextProgress = progressEvery;
      boolean more = true;
      while (more) {
        List<String> lines = new ArrayList<>(chunk);
        String line;
        while (lines.size() < chunk && (line = reader.readLine()) != null) {
          lines.add(line);
        }
        more = lines.size() == chunk;
        ForkJoinTask<List<Outcome>> next = null;
        if (!lines.isEmpty()) {
          long first = records + 1;
          List<String> batch = List.copyOf(lines);
          next = pool.submit(() -> IntStream.range(0, batch.size()).parallel()
              .mapToObj(i -> process(assessor, mapper, first + i, batch.get(i), parseOnly,
                  detail))
              .toList());
          records += batch.size();
        }
        if (pending != null) {
          write(writer, pending.get(), counts);
        }
        pending = next;
        long done = java.util.Arrays.stream(counts).sum();
        if (done >= nextProgress) {
          err.printf("hccbm batch: %d records (%d rejected), %.0f records/s%n", done,
              counts[Status.REJECTED.ordinal()], done / seconds(start));
          err.flush();
          nextProgress += progressEvery;
        }
      }
      if (pending != null) {
        write(writer, pending.get(), counts);
      }
    } catch (IOException e) {
      err.println("hccbm batch: " + e.getMessage());
      return ExitCodes.IO;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
    err.printf("hccbm batch: records %d, complete %d, bounded %d, rejected %d (%.1f s)%n", records,
        counts[Status.COMPLETE.ordinal()], counts[Status.BOUNDED.ordinal()],
        counts[Status.REJECTED.ordinal()], seconds(start));
    err.flush();
    return counts[Status.REJECTED.ordinal()] > 0 ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
  }

  private static void write(BufferedWriter writer, List<Outcome> outcomes, long[] counts)
      throws IOException {
    for (Outcome o : outcomes) {
      writer.write(o.json());
      writer.newLine();
      counts[o.status().ordinal()]++;
    }
  }

  private static double seconds(long start) {
    return Math.max(1e-9, (System.nanoTime() - start) / 1e9);
  }

  static Outcome process(Assessor assessor, ObjectMapper mapper, long lineNumber, String line,
      boolean parseOnly, Detail detail) {
    try {
      if (line.isBlank()) {
        return rejected(mapper, lineNumber, "empty line");
      }
      JsonNode tree = mapper.readTree(line);
      AssessmentRequest request = assessor.request(tree);
      Patient patient = request.patient();
      if (parseOnly) {
        return new Outcome(mapper.writeValueAsString(patient), Status.COMPLETE);
      }
      Assessor.Assessment a = Assessor.assess(request);
      ObjectNode record = mapper.createObjectNode()
          .put("schemaVersion", org.hccbm.jackson.HccbmJacksonModule.SCHEMA_VERSION)
          .put("line", lineNumber).put("status", "ok").put("patientId", patient.id())
          .put("kind", a.bounded() ? "bounded" : "complete");
      if (!a.variants().choices().isEmpty()) {
        ObjectNode chosen = record.putObject("variants");
        a.variants().choices().forEach(chosen::put);
      }
      ArrayNode evaluations = record.putArray("evaluations");
      for (Models.Evaluation e : a.evaluations()) {
        evaluations.add(detail == Detail.full ? mapper.valueToTree(e) : Summaries.evaluation(e));
      }
      record.set("plan", detail == Detail.full ? mapper.valueToTree(a.plan())
          : Summaries.plan(a.plan()));
      return new Outcome(mapper.writeValueAsString(record), a.bounded() ? Status.BOUNDED
          : Status.COMPLETE);
    } catch (JsonProcessingException e) {
      return rejected(mapper, lineNumber, e.getOriginalMessage());
    } catch (RuntimeException e) {
      return rejected(mapper, lineNumber, "could not be assessed: " + e);
    }
  }

  private static Outcome rejected(ObjectMapper mapper, long line, String reason) {
    try {
      return new Outcome(mapper.writeValueAsString(AssessmentDocument.error(line, reason)),
          Status.REJECTED);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
