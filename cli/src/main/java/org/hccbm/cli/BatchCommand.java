package org.hccbm.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
import org.hccbm.jackson.HccbmJacksonModule;
import org.hccbm.jackson.HccbmJsonException;
import org.hccbm.jackson.PatientReader;
import org.hccbm.jackson.internal.PatientWriter;
import org.hccbm.models.LabFreshness;
import org.hccbm.models.Models;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hccbm batch --in PATIENTS.jsonl --out RESULTS.jsonl}: one result record per input line, in
 * input order (docs/cli.md). Streaming: lines are read as bytes, decoded, scored (in parallel) and
 * written a chunk at a time, so memory does not grow with the cohort nor with one line. A line that
 * is not a valid document (bad UTF-8, a syntax error, a duplicate field, an oversized line or
 * array, an invalid value) becomes an error record with its line number and JSON path; every other
 * record is still scored.
 *
 * <p>A file output is written to {@code RESULTS.jsonl.part} beside it and renamed over the target
 * when complete, so the target holds the previous output or the whole new one, never half a record.
 * {@code --resume} continues from the complete records of the {@code .part} file (or of a finished
 * output) with the same line numbers.
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description =
        "Assess a cohort: one patient document per line in, one result record per line "
            + "out (same order). Progress and a summary go to standard error. docs/cli.md.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:every record scored",
      "1:at least one record rejected (all others scored " + "and written)",
      "2:usage error (including --out naming the input)",
      "3:a file could not be read or written",
      "4:internal error"
    })
// Status.ordinal() indexes the per-status counts (COMPLETE, BOUNDED, REJECTED), a private array
// that is never persisted: the declaration order is the index by design.
@SuppressWarnings("EnumOrdinal")
final class BatchCommand implements Callable<Integer> {
  static final int MAX_THREADS = 256;
  static final int MAX_CHUNK = 100_000;

  /** Lines in a chunk unless {@code --chunk} says otherwise (decision 0023). */
  static final int DEFAULT_CHUNK = 256;

  static final int DEFAULT_MAX_LINE_BYTES = 4 * 1024 * 1024;
  static final int MAX_MAX_LINE_BYTES = 64 * 1024 * 1024;

  /** Bytes of input held in one chunk (with two chunks in flight), besides one line's maximum. */
  static final long CHUNK_BYTES = 16L * 1024 * 1024;

  /** Relaxed reading reports at most this many lines' ignored fields on standard error. */
  static final int IGNORED_REPORTS = 20;

  @Spec CommandSpec spec;

  @Option(
      names = "--in",
      required = true,
      paramLabel = "PATIENTS.jsonl",
      description = "Input: one patient document per line (UTF-8); - for standard input.")
  String in;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "RESULTS.jsonl",
      description =
          "Output: one result or error record per input line; - for standard output. "
              + "A file is written beside the target as RESULTS.jsonl.part and renamed when complete.")
  String out;

  @Option(
      names = "--resume",
      description =
          "Continue an interrupted run: keep the complete "
              + "records of RESULTS.jsonl.part (or of RESULTS.jsonl) and score the lines after them.")
  boolean resume;

  @Option(
      names = "--relaxed",
      description =
          "Ignore fields the schema does not know (each one is "
              + "reported on standard error and in the record's ignoredFields).")
  boolean relaxed;

  @Option(
      names = "--variant",
      paramLabel = "MODEL=NAME",
      description =
          "Use a named model "
              + "variant for every record (repeatable; overrides a record's own \"variants\"; "
              + "`hccbm models` lists them), e.g. --variant albi=coefficient-0.0852.")
  List<String> variants = new ArrayList<>();

  @Option(
      names = "--threads",
      defaultValue = "0",
      description =
          "Worker threads, 0 to "
              + MAX_THREADS
              + " (default: 0, one fewer than the processors and at least 1: this thread reads and"
              + " writes, and the JIT compiler needs a processor while the batch warms up).")
  int threads;

  // 256, not thousands: the chunks in flight are live data the young collections copy; past a
  // few MB they outgrow the survivor space, G1 grows the heap and every new page is a fault
  // (decision 0023: parse-only -14 % CPU at 100,000 patients, page faults as the floor's).
  @Option(
      names = "--chunk",
      defaultValue = "" + DEFAULT_CHUNK,
      description =
          "Records read, scored and written together, 1 to "
              + MAX_CHUNK
              + " (default: ${DEFAULT-VALUE}).")
  int chunk;

  @Option(
      names = "--max-line-bytes",
      defaultValue = "" + DEFAULT_MAX_LINE_BYTES,
      description =
          "A longer line becomes an error record without being held in memory, 16 to "
              + MAX_MAX_LINE_BYTES
              + " (default: ${DEFAULT-VALUE}, 4 MiB).")
  int maxLineBytes;

  @Option(
      names = "--lab-window",
      defaultValue = "" + LabFreshness.DEFAULT_WINDOW_DAYS,
      paramLabel = "DAYS",
      description =
          "A lab sampled more than DAYS before the assessment date "
              + "gives a DATA_QUALITY caveat on the results using it (default: ${DEFAULT-VALUE}).")
  int labWindowDays;

  /** How much of each result a record carries. */
  enum Detail {
    summary,
    full
  }

  @Option(
      names = "--detail",
      defaultValue = "summary",
      description =
          "summary (model id and "
              + "revision, kind, total or its range, category or reachable categories, deciding items; "
              + "plan items as rule, domain and kind) or full (every item, caveat and citation, as "
              + "assess writes them). Default: ${DEFAULT-VALUE}.")
  Detail detail;

  @Option(
      names = "--parse-only",
      description =
          "Only read and re-write each patient document "
              + "(no scoring): the I/O floor that performance is measured against.")
  boolean parseOnly;

  @Option(
      names = "--progress-every",
      defaultValue = "50000",
      description = "Report progress every N records (default: ${DEFAULT-VALUE}).")
  long progressEvery;

  /** What happened to one record. */
  enum Status {
    COMPLETE,
    BOUNDED,
    REJECTED
  }

  /**
   * One record: its JSON text as UTF-8 with its line feed ({@code length} bytes of {@code block}
   * from {@code offset}; a worker's records share its blocks, see {@link RecordSink}), its status,
   * the fields a relaxed read ignored and its audit line ("" when not audited or rejected).
   */
  // The worker hands each record's bytes to the writer, which never changes them: no copy.
  @SuppressWarnings("ArrayRecordComponent")
  record Outcome(
      byte[] block, int offset, int length, Status status, List<String> ignored, String audit) {}

  /**
   * One worker thread's record writer: a generator of the assessor's factory (the mapper's escapes
   * and features, {@link Assessor#factory}) reused for every record, over blocks of bytes that
   * records are appended to one after the other, each with its line feed. A block is never written
   * again once a record in it is handed out (a full block is replaced by a new one), so the records
   * of one chunk need no copy of their own, and records that follow each other in a block are
   * written to the output in one call.
   */
  static final class RecordSink extends OutputStream {
    static final int BLOCK = 1 << 16;

    private final Assessor assessor;
    private JsonGenerator generator;
    private byte[] block = new byte[BLOCK];

    /** The current record's first byte and the end of what is written so far. */
    private int start;

    private int end;

    RecordSink(Assessor assessor) {
      this.assessor = assessor;
      this.generator = newGenerator();
    }

    private JsonGenerator newGenerator() {
      try {
        JsonGenerator g = assessor.factory().createGenerator(this, JsonEncoding.UTF8);
        // Records are separate documents: no space between one and the next.
        g.setRootValueSeparator(null);
        return g;
      } catch (IOException e) {
        throw new IllegalStateException("a generator over memory cannot fail to open", e);
      }
    }

    /** The generator to write one record with. */
    JsonGenerator generator() {
      return generator;
    }

    /** Ends the record written since the last one, with its line feed, and returns it. */
    Outcome finish(Status status, List<String> ignored, String audit) throws IOException {
      generator.flush();
      write('\n');
      Outcome o = new Outcome(block, start, end - start, status, ignored, audit);
      start = end;
      return o;
    }

    /**
     * Drops what was written of a record that failed half way; the generator, whose state is that
     * record's, is replaced.
     */
    void discard() {
      // The old generator is dropped, not closed: closing would flush its half record.
      generator = newGenerator();
      end = start;
    }

    @Override
    public void write(int b) {
      room(1);
      block[end++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int off, int len) {
      room(len);
      System.arraycopy(bytes, off, block, end, len);
      end += len;
    }

    /** Makes room for n more bytes, moving the current record to a new block when needed. */
    private void room(int n) {
      if (block.length - end >= n) {
        return;
      }
      int kept = end - start;
      byte[] fresh = new byte[Math.max(BLOCK, (kept + n) * 2)];
      System.arraycopy(block, start, fresh, 0, kept);
      block = fresh;
      start = 0;
      end = kept;
    }
  }

  /** An I/O failure, with the verb and the file it concerns. */
  private static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final String message;

    Failure(String message) {
      super(message, null, false, false);
      this.message = message;
    }
  }

  @Option(
      names = "--audit",
      paramLabel = "AUDIT.jsonl",
      description =
          "Append one audit line "
              + "per assessed record to this file (time, library version, model ids and revisions, "
              + "SHA-256 of the canonical input, the inputs with their dates and sources; docs/cli.md).")
  Path audit;

  private PrintWriter err;

  /** The open audit file while a run with --audit writes; null otherwise. */
  private Writer auditWriter;

  @Override
  public Integer call() throws InterruptedException {
    validate();
    err = spec.commandLine().getErr();
    Assessor assessor;
    try {
      assessor = new Assessor(!relaxed, Assessor.variants(variants), labWindowDays, audit != null);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    String inName = in.equals("-") ? "standard input" : in;
    String outName = out.equals("-") ? "standard output" : out;
    Path inPath = in.equals("-") ? null : Path.of(in);
    Path outPath = out.equals("-") ? null : Path.of(out);
    if (outPath == null && resume) {
      throw new ParameterException(
          spec.commandLine(),
          "--resume needs --out to name a file " + "(standard output cannot be resumed)");
    }
    try {
      if (inPath != null && Files.isDirectory(inPath)) {
        throw new Failure("cannot read " + Terminal.safe(in) + ": is a directory");
      }
      if (outPath != null && Files.isDirectory(outPath)) {
        throw new Failure("cannot write " + Terminal.safe(out) + ": is a directory");
      }
      if (inPath != null && outPath != null && sameFile(inPath, outPath)) {
        throw new ParameterException(
            spec.commandLine(),
            "--out "
                + Terminal.safe(out)
                + " is the input file (--in "
                + Terminal.safe(in)
                + " is the same file): refusing to "
                + "overwrite the input");
      }
      boolean atomic = outPath != null && (!Files.exists(outPath) || Files.isRegularFile(outPath));
      Path part = outPath == null ? null : outPath.resolveSibling(outPath.getFileName() + ".part");
      if (atomic && inPath != null && Files.exists(part) && sameFile(inPath, part)) {
        throw new ParameterException(
            spec.commandLine(),
            "the temporary output " + part + " is the input file: refusing to overwrite the input");
      }
      Resumed resumed = Resumed.NONE;
      if (resume) {
        if (!atomic) {
          throw new ParameterException(
              spec.commandLine(), "--resume needs --out to name a " + "regular file");
        }
        resumed = resumePoint(outPath, part);
      }
      if (audit != null) {
        try {
          auditWriter =
              Files.newBufferedWriter(
                  audit,
                  StandardCharsets.UTF_8,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.APPEND);
        } catch (IOException e) {
          throw new Failure(FileErrors.describe("write", audit.toString(), e));
        }
      }
      try (InputStream input = open(inPath);
          Output output =
              Output.open(
                  outPath,
                  atomic ? part : null,
                  resumed.bytes,
                  outName,
                  spec.commandLine().getOut())) {
        int code = run(assessor, new LineReader(input, maxLineBytes), output, resumed, inName);
        if (atomic) {
          output.commit(part, outPath);
        }
        return code;
      }
    } catch (Failure f) {
      err.println("hccbm batch: " + f.message);
      err.flush();
      return ExitCodes.IO;
    } catch (IOException e) {
      // Opening or closing: name the file the operation concerned.
      err.println("hccbm batch: " + FileErrors.describe("write", outName, e));
      err.flush();
      return ExitCodes.IO;
    } finally {
      closeAudit();
    }
  }

  /** Closes the audit file; every chunk's lines were flushed already, so this only releases it. */
  private void closeAudit() {
    if (auditWriter != null) {
      try {
        auditWriter.close();
      } catch (IOException e) {
        err.println("hccbm batch: " + FileErrors.describe("write", String.valueOf(audit), e));
        err.flush();
      }
      auditWriter = null;
    }
  }

  private void validate() {
    String problem = null;
    if (chunk < 1 || chunk > MAX_CHUNK) {
      problem = "--chunk must be 1 to " + MAX_CHUNK + ", was " + chunk;
    } else if (threads < 0 || threads > MAX_THREADS) {
      problem = "--threads must be 0 (processors - 1) to " + MAX_THREADS + ", was " + threads;
    } else if (progressEvery < 1) {
      problem = "--progress-every must be at least 1, was " + progressEvery;
    } else if (maxLineBytes < 16 || maxLineBytes > MAX_MAX_LINE_BYTES) {
      problem = "--max-line-bytes must be 16 to " + MAX_MAX_LINE_BYTES + ", was " + maxLineBytes;
    } else if (labWindowDays < 0) {
      problem = "--lab-window must be 0 days or more, was " + labWindowDays;
    }
    if (problem != null) {
      throw new ParameterException(spec.commandLine(), problem);
    }
  }

  private static boolean sameFile(Path a, Path b) throws Failure {
    try {
      // Compares file keys (device and inode): a hard link or a symlink to the input is caught.
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      throw new Failure(FileErrors.describe("read", a.toString(), e));
    }
  }

  private InputStream open(Path path) throws Failure {
    if (path == null) {
      return new java.io.FilterInputStream(Std.in) {
        @Override
        public void close() {
          // standard input stays open
        }
      };
    }
    try {
      return Files.newInputStream(path);
    } catch (IOException e) {
      throw new Failure(FileErrors.describe("read", in, e));
    }
  }

  /** Where a resumed run starts: records kept, their bytes and their statuses. */
  // The counts array is indexed by Status in declaration order and never leaves this class; a
  // resumed run clones it before counting on.
  @SuppressWarnings("ArrayRecordComponent")
  record Resumed(long records, long bytes, long[] counts) {
    static final Resumed NONE = new Resumed(0, 0, new long[Status.values().length]);
  }

  /**
   * Finds the complete records of the partial output (or, when there is none, of a finished output,
   * copied to the partial file first so the target stays as it is until the run ends).
   */
  private Resumed resumePoint(Path target, Path part) throws Failure {
    try {
      if (!Files.exists(part)) {
        if (!Files.exists(target)) {
          err.println(
              "hccbm batch: nothing to resume ("
                  + Terminal.safe(part.toString())
                  + " and "
                  + Terminal.safe(target.toString())
                  + " do not exist); starting at line 1");
          return Resumed.NONE;
        }
        Files.copy(target, part, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new Failure(FileErrors.describe("write", part.toString(), e));
    }
    long[] counts = new long[Status.values().length];
    long records = 0;
    long bytes = 0;
    try (InputStream s = Files.newInputStream(part)) {
      LineReader reader = new LineReader(s, MAX_MAX_LINE_BYTES);
      LineReader.Line line;
      while ((line = reader.next()) != null) {
        if (!line.terminated()) {
          break; // the half record a killed run left: dropped, its line is scored again
        }
        String prefix =
            "{\"schemaVersion\":\""
                + HccbmJacksonModule.SCHEMA_VERSION
                + "\",\"line\":"
                + (records + 1)
                + ",\"status\":\"";
        String text = line.oversized() ? "" : new String(line.bytes(), StandardCharsets.UTF_8);
        if (!text.startsWith(prefix) || !text.endsWith("}")) {
          throw new ParameterException(
              spec.commandLine(),
              Terminal.safe(part.toString())
                  + " is not this command's output (record "
                  + (records + 1)
                  + " does not start "
                  + "with "
                  + prefix
                  + "...); delete it or run without --resume");
        }
        String rest = text.substring(prefix.length());
        if (rest.startsWith("rejected\"")) {
          counts[Status.REJECTED.ordinal()]++;
        } else {
          int kind = text.indexOf("\"kind\":\"");
          counts[
              text.startsWith("bounded", kind + 8)
                  ? Status.BOUNDED.ordinal()
                  : Status.COMPLETE.ordinal()]++;
        }
        records++;
        bytes += line.length();
      }
    } catch (IOException e) {
      throw new Failure(FileErrors.describe("read", part.toString(), e));
    }
    err.println(
        "hccbm batch: resuming after "
            + records
            + " complete records of "
            + Terminal.safe(part.toString()));
    return new Resumed(records, bytes, counts);
  }

  /**
   * The output: a partial file beside the target, a non-regular file, or standard output (as bytes;
   * in-process runs without a raw standard output write text through the command line's writer).
   */
  private static final class Output implements AutoCloseable {
    final OutputStream writer;
    final FileChannel channel;
    final PrintWriter console;
    final String name;
    boolean committed;

    private Output(OutputStream writer, FileChannel channel, PrintWriter console, String name) {
      this.writer = writer;
      this.channel = channel;
      this.console = console;
      this.name = name;
    }

    static Output open(Path target, Path part, long keep, String name, PrintWriter console)
        throws Failure {
      if (target == null) {
        OutputStream raw = Std.out;
        if (raw == null) {
          return new Output(null, null, console, name);
        }
        return new Output(new BufferedOutputStream(raw, 1 << 16), null, null, name);
      }
      Path file = part != null ? part : target;
      try {
        FileChannel c;
        if (part != null) {
          c = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          c.truncate(keep);
          c.position(keep);
        } else {
          c = new FileOutputStream(file.toFile()).getChannel();
        }
        return new Output(
            new BufferedOutputStream(Channels.newOutputStream(c), 1 << 16), c, null, name);
      } catch (IOException e) {
        throw new Failure(FileErrors.describe("write", file.toString(), e));
      }
    }

    /** Writes records: their bytes with their line feeds. */
    void write(byte[] block, int offset, int length) throws Failure {
      if (writer == null) {
        console.write(new String(block, offset, length, StandardCharsets.UTF_8));
        return;
      }
      try {
        writer.write(block, offset, length);
      } catch (IOException e) {
        throw failure(e);
      }
    }

    void flush() throws Failure {
      try {
        if (writer != null) {
          writer.flush();
        }
      } catch (IOException e) {
        throw failure(e);
      }
      if (console != null && console.checkError()) {
        throw new Failure("cannot write " + name + ": the stream reported an error");
      }
    }

    private Failure failure(IOException e) {
      return new Failure(
          FileErrors.describe("write", name, e)
              + (channel != null && !committed
                  ? " (the target is untouched; the records written so "
                      + "far are in the .part file, and --resume continues from them)"
                  : ""));
    }

    /** Makes the partial file durable and renames it over the target in one step. */
    void commit(Path part, Path target) throws Failure {
      try {
        writer.flush();
        channel.force(true);
        writer.close();
        try {
          Files.move(
              part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
      } catch (IOException e) {
        throw failure(e);
      }
    }

    @Override
    public void close() throws IOException {
      if (console != null) {
        console.flush();
      } else {
        writer.close();
      }
    }
  }

  private int run(
      Assessor assessor, LineReader reader, Output output, Resumed resumed, String inName)
      throws Failure, InterruptedException {
    long[] counts = resumed.counts().clone();
    long start = System.nanoTime();
    long records = resumed.records();
    for (long i = 0; i < resumed.records(); i++) {
      boolean more;
      try {
        more = reader.skip();
      } catch (IOException e) {
        throw new Failure(FileErrors.describe("read", inName, e));
      }
      if (!more) {
        throw new ParameterException(
            spec.commandLine(),
            "cannot resume: the output holds "
                + resumed.records()
                + " records but "
                + Terminal.safe(inName)
                + " has only "
                + i
                + " lines (not the same input?)");
      }
    }
    int[] reported = {0};
    // One record writer per worker thread (the pool's threads end with the run). process() forks
    // and joins no task, so a thread never writes two records at once.
    ThreadLocal<RecordSink> sinks = ThreadLocal.withInitial(() -> new RecordSink(assessor));
    ForkJoinPool pool =
        new ForkJoinPool(workers(threads, Runtime.getRuntime().availableProcessors()));
    try {
      // Double-buffered: while the pool scores one chunk, this thread writes the previous chunk's
      // records and reads the next chunk's lines. Output order is input order.
      ForkJoinTask<List<Outcome>> pending = null;
      long nextProgress = progressEvery;
      long firstOfPending = 0;
      boolean more = true;
      while (more) {
        List<LineReader.Line> lines = new ArrayList<>(Math.min(chunk, 4096));
        long bytes = 0;
        LineReader.Line line = null;
        try {
          while (lines.size() < chunk && bytes < CHUNK_BYTES && (line = reader.next()) != null) {
            lines.add(line);
            bytes += line.oversized() ? 0 : line.bytes().length;
          }
        } catch (IOException e) {
          throw new Failure(FileErrors.describe("read", inName, e));
        }
        more = line != null;
        ForkJoinTask<List<Outcome>> next = null;
        long first = records + 1;
        if (!lines.isEmpty()) {
          List<LineReader.Line> batch = lines;
          next =
              pool.submit(
                  () ->
                      IntStream.range(0, batch.size())
                          .parallel()
                          .mapToObj(
                              i ->
                                  process(
                                      assessor,
                                      sinks.get(),
                                      first + i,
                                      batch.get(i),
                                      parseOnly,
                                      detail,
                                      maxLineBytes))
                          .toList());
          records += batch.size();
        }
        if (pending != null) {
          write(output, await(pending), counts, firstOfPending, reported);
        }
        pending = next;
        firstOfPending = first;
        long done = java.util.Arrays.stream(counts).sum();
        if (done >= nextProgress) {
          err.printf(
              "hccbm batch: %d records (%d rejected), %.0f records/s%n",
              done, counts[Status.REJECTED.ordinal()], (done - resumed.records()) / seconds(start));
          err.flush();
          nextProgress += progressEvery;
        }
      }
      if (pending != null) {
        write(output, await(pending), counts, firstOfPending, reported);
      }
      output.flush();
    } finally {
      pool.shutdown();
    }
    if (reported[0] > IGNORED_REPORTS) {
      err.printf(
          "hccbm batch: ignored fields on %d more lines (see each record's " + "ignoredFields)%n",
          reported[0] - IGNORED_REPORTS);
    }
    err.printf(
        "hccbm batch: records %d%s, complete %d, bounded %d, rejected %d (%.1f s%s)%n",
        records,
        resumed.records() > 0
            ? " (" + resumed.records() + " kept from the interrupted " + "run)"
            : "",
        counts[Status.COMPLETE.ordinal()],
        counts[Status.BOUNDED.ordinal()],
        counts[Status.REJECTED.ordinal()],
        seconds(start),
        ProcessHandle.current()
            .info()
            .totalCpuDuration()
            .map(d -> String.format(", process CPU %.1f s", d.toMillis() / 1e3))
            .orElse(""));
    err.flush();
    return counts[Status.REJECTED.ordinal()] > 0 ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
  }

  /**
   * Returns the number of worker threads: the one asked for, or by default one fewer than the
   * processors (at least one), as the common fork-join pool does. The calling thread reads the
   * input and writes the records, and for the first tens of thousands of records the JIT compiler
   * threads are busy too: on two processors, two workers cost about a quarter more CPU and more
   * wall time than one (docs/performance.md, "Ratios, fifth pass").
   *
   * @param requested the {@code --threads} value, 0 for the default
   * @param processors the processors available to the JVM
   * @return the pool's parallelism, at least 1
   */
  static int workers(int requested, int processors) {
    return requested > 0 ? requested : Math.max(1, processors - 1);
  }

  private static List<Outcome> await(ForkJoinTask<List<Outcome>> task) throws InterruptedException {
    try {
      return task.get();
    } catch (ExecutionException e) {
      // process() turns every failure of a line into its error record; this is a defect.
      throw new IllegalStateException("batch worker failed", e.getCause());
    }
  }

  private void write(
      Output output, List<Outcome> outcomes, long[] counts, long first, int[] reported)
      throws Failure {
    // Records that follow each other in one block (a worker's consecutive records) are written
    // in one call.
    byte[] block = null;
    int from = 0;
    int to = 0;
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome o = outcomes.get(i);
      if (o.block() != block || o.offset() != to) {
        if (block != null) {
          output.write(block, from, to - from);
        }
        block = o.block();
        from = o.offset();
      }
      to = o.offset() + o.length();
      if (auditWriter != null && !o.audit().isEmpty()) {
        try {
          auditWriter.write(o.audit() + "\n");
        } catch (IOException e) {
          throw new Failure(FileErrors.describe("write", String.valueOf(audit), e));
        }
      }
      counts[o.status().ordinal()]++;
      if (!o.ignored().isEmpty() && reported[0]++ < IGNORED_REPORTS) {
        err.println(
            "hccbm batch: line "
                + (first + i)
                + ": ignored unknown "
                + (o.ignored().size() == 1 ? "field " : "fields ")
                + Terminal.safe(String.join(", ", o.ignored())));
      }
    }
    if (block != null) {
      output.write(block, from, to - from);
    }
    output.flush();
    if (auditWriter != null) {
      try {
        auditWriter.flush();
      } catch (IOException e) {
        throw new Failure(FileErrors.describe("write", String.valueOf(audit), e));
      }
    }
  }

  private static double seconds(long start) {
    return Math.max(1e-9, (System.nanoTime() - start) / 1e9);
  }

  static Outcome process(
      Assessor assessor,
      RecordSink sink,
      long lineNumber,
      LineReader.Line line,
      boolean parseOnly,
      Detail detail,
      int maxLineBytes) {
    try {
      if (line.oversized()) {
        return rejected(
            sink,
            lineNumber,
            "$",
            "the line is "
                + line.length()
                + " bytes, over "
                + "the limit of "
                + maxLineBytes
                + " bytes (--max-line-bytes)",
            -1);
      }
      if (blank(line.bytes())) {
        return rejected(sink, lineNumber, "$", "empty line (one patient document per line)", -1);
      }
      PatientReader.Reading reading = assessor.read(line.bytes());
      Patient patient = reading.patient();
      JsonGenerator g = sink.generator();
      if (parseOnly) {
        // What the mapper's module writes for a patient (its serializer is this call), without
        // making the mapper.
        PatientWriter.write(patient, g);
        return sink.finish(Status.COMPLETE, reading.ignoredFields(), "");
      }
      AssessmentRequest request = assessor.request(reading);
      Assessor.Assessment a = assessor.assess(request);
      Status status = a.bounded() ? Status.BOUNDED : Status.COMPLETE;
      String audit = assessor.audits() ? Assessor.auditLine(request, a) : "";
      if (detail != Detail.full) {
        Summaries.record(g, lineNumber, patient.id(), a, reading.ignoredFields());
        return sink.finish(status, reading.ignoredFields(), audit);
      }
      ObjectMapper mapper = assessor.mapper();
      ObjectNode record =
          mapper
              .createObjectNode()
              .put("schemaVersion", HccbmJacksonModule.SCHEMA_VERSION)
              .put("line", lineNumber)
              .put("status", "ok")
              .put("patientId", patient.id())
              .put("kind", a.bounded() ? "bounded" : "complete");
      if (!a.variants().choices().isEmpty()) {
        ObjectNode chosen = record.putObject("variants");
        a.variants().choices().forEach(chosen::put);
      }
      if (!reading.ignoredFields().isEmpty()) {
        ArrayNode ignored = record.putArray("ignoredFields");
        reading.ignoredFields().forEach(ignored::add);
      }
      ArrayNode evaluations = record.putArray("evaluations");
      for (Models.Evaluation e : a.evaluations()) {
        evaluations.add(mapper.valueToTree(e));
      }
      record.set("plan", mapper.valueToTree(a.plan()));
      mapper.writeValue(g, record);
      return sink.finish(status, reading.ignoredFields(), audit);
    } catch (HccbmJsonException e) {
      sink.discard();
      return rejected(sink, lineNumber, e.jsonPath(), e.problem(), e.column());
    } catch (IOException | RuntimeException | StackOverflowError e) {
      sink.discard();
      return rejected(
          sink,
          lineNumber,
          "$",
          "could not be assessed (internal error: " + e.getClass().getSimpleName() + ")",
          -1);
    }
  }

  private static boolean blank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static Outcome rejected(
      RecordSink sink, long line, String path, String problem, int column) {
    ObjectNode record =
        AssessmentDocument.error(
            line, path + ": " + problem + (column > 0 ? " (column " + column + ")" : ""));
    record.put("path", path);
    if (column > 0) {
      record.put("column", column);
    }
    try {
      sink.assessor.mapper().writeValue(sink.generator(), record);
      return sink.finish(Status.REJECTED, List.of(), "");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
