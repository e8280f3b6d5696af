package org.hccbm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hccbm.jackson.HccbmJacksonModule;
import org.hccbm.testkit.Fixtures;
import org.hccbm.testkit.Generators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: a seeded fuzz campaign of 100,000 mutated patient documents through the batch path, in
 * a separate JVM limited to 256 MB of heap. Every line must give exactly one record, in order, each
 * a result or an error record with its line number and JSON path; the process must finish (exit 0
 * or 1) without a stack trace. The counts are printed for the CI log (docs/quality.md).
 */
class BatchFuzzCampaignTest {
  static final long SEED = 20261130L;
  static final int DOCUMENTS = 100_000;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new HccbmJacksonModule());

  /** Fragments spliced into documents: each aims at one of the numbered defects. */
  private static final byte[][] FRAGMENTS = {
    utf8("\"\\ud800\""),
    utf8("\"\\udc00\\ud800\""),
    utf8("\"x\\u0000\\u001b[2J\""),
    utf8("null"),
    utf8(","),
    utf8("}"),
    utf8("]"),
    utf8("{"),
    utf8("["),
    utf8("\"x\":1"),
    utf8("1e-320"),
    utf8("-0"),
    utf8("1e400"),
    utf8("123456789012345678901234567890"),
    utf8("\"2999-01-01\""),
    utf8("\"1899-12-31\""),
    utf8("\"2019-02-30\""),
    utf8("\r"),
    utf8("\t"),
    utf8("\r\n"),
    utf8("\"albumin\":{\"value\":1.0,\"unit\":\"g/dL\"}"),
    utf8("\"ongoing\":true"),
    utf8("\"unknown\""),
    utf8("{\"notAssessable\":\"\"}"),
    utf8("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["),
    utf8("NaN"),
    utf8("true"),
    {(byte) 0xC3},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xFF, (byte) 0xFE},
    {(byte) 0xC2, (byte) 0x9B},
    {(byte) 0xE2, (byte) 0x80, (byte) 0xAE},
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
  };

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @TempDir Path dir;

  @Test
  void fuzzCampaign_everyLineGivesOneRecordInOrder_noAbort_underSmallHeap() throws Exception {
    SplittableRandom random = new SplittableRandom(SEED);
    List<byte[]> seeds = new ArrayList<>();
    Fixtures.all().forEach(p -> seeds.add(json(p)));
    for (int i = 0; i < 200; i++) {
      seeds.add(json(Generators.patient(random)));
    }
    Path in = dir.resolve("fuzz.jsonl");
    long lines = 0;
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(in), 1 << 16)) {
      for (int i = 0; i < DOCUMENTS; i++) {
        byte[] d = mutate(seeds.get(random.nextInt(seeds.size())), random);
        o.write(d);
        o.write('\n');
        for (byte b : d) {
          if (b == '\n') {
            lines++; // a mutation that writes a line feed makes two lines: both are counted
          }
        }
        lines++;
      }
    }
    long start = System.nanoTime();
    Path out = dir.resolve("records.jsonl");
    Forked.Result result =
        Forked.run(
            "256m",
            dir,
            "batch",
            "--in",
            in.toString(),
            "--out",
            out.toString(),
            "--threads",
            "2",
            "--progress-every",
            "1000000");
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(result.exit()).as(result.err()).isIn(0, 1);
    assertThat(result.err())
        .doesNotContain("\tat ")
        .doesNotContain("Exception")
        .doesNotContain("Error:")
        .doesNotContain("internal error");

    long records = 0;
    long accepted = 0;
    long rejected = 0;
    try (BufferedReader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        records++;
        JsonNode rec = MAPPER.readTree(line);
        assertThat(rec.get("line").asLong()).as("record %d", records).isEqualTo(records);
        String status = rec.get("status").asText();
        if (status.equals("ok")) {
          assertThat(rec.get("patientId").isTextual()).isTrue();
          assertThat(rec.get("evaluations").size()).isPositive();
          accepted++;
        } else {
          assertThat(status).isEqualTo("rejected");
          assertThat(rec.get("path").asText()).as(line).startsWith("$");
          assertThat(rec.get("error").asText()).as(line).startsWith(rec.get("path").asText());
          rejected++;
        }
      }
    }
    long aborted = lines - records;
    String summary =
        result
            .err()
            .lines()
            .filter(l -> l.startsWith("hccbm batch: records"))
            .findFirst()
            .orElse("");
    System.out.printf(
        "Batch fuzz campaign (seed %d, -Xmx256m, 2 threads): documents %d, lines "
            + "%d, accepted %d, rejected with a path %d, aborted %d; %.1f s wall including JVM "
            + "start; batch: %s%n",
        SEED,
        DOCUMENTS,
        lines,
        accepted,
        rejected,
        aborted,
        seconds,
        summary.replace("hccbm batch: ", ""));
    assertThat(records).isEqualTo(lines);
    assertThat(aborted).isZero();
    assertThat(accepted).isGreaterThan(DOCUMENTS / 10);
    assertThat(rejected).isGreaterThan(DOCUMENTS / 2);
  }

  private static byte[] json(Object patient) {
    try {
      return MAPPER.writeValueAsBytes(patient);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** One to three mutations; one document in five is left intact. */
  static byte[] mutate(byte[] doc, SplittableRandom random) {
    if (random.nextInt(5) == 0) {
      return doc;
    }
    byte[] d = doc;
    int n = 1 + random.nextInt(3);
    for (int m = 0; m < n; m++) {
      int at = random.nextInt(d.length + 1);
      ByteArrayOutputStream o = new ByteArrayOutputStream(d.length + 64);
      switch (random.nextInt(9)) {
        case 0 -> { // flip one byte
          d = d.clone();
          if (d.length > 0) {
            byte b = (byte) random.nextInt(256);
            d[Math.min(at, d.length - 1)] = b == '\n' ? (byte) '\r' : b;
          }
        }
        case 1 -> { // delete a range
          int len = random.nextInt(1 + Math.min(40, d.length - at));
          o.write(d, 0, at);
          o.write(d, at + len, d.length - at - len);
          d = o.toByteArray();
        }
        case 2 -> { // duplicate a range (duplicate keys, trailing content)
          int len = random.nextInt(1 + Math.min(200, d.length - at));
          o.write(d, 0, at + len);
          o.write(d, at, d.length - at);
          d = o.toByteArray();
        }
        case 3, 4 -> { // splice a fragment
          byte[] f = FRAGMENTS[random.nextInt(FRAGMENTS.length)];
          o.write(d, 0, at);
          o.write(f, 0, f.length);
          o.write(d, at, d.length - at);
          d = o.toByteArray();
        }
        case 5 -> d = java.util.Arrays.copyOf(d, at); // truncate
        case 6 -> { // a value replaced by a fragment: find the next ':' and the value after it
          int colon = indexOf(d, (byte) ':', at);
          if (colon >= 0) {
            int end = colon + 1;
            while (end < d.length && d[end] != ',' && d[end] != '}' && d[end] != ']') {
              end++;
            }
            byte[] f = FRAGMENTS[random.nextInt(FRAGMENTS.length)];
            o.write(d, 0, colon + 1);
            o.write(f, 0, f.length);
            o.write(d, end, d.length - end);
            d = o.toByteArray();
          }
        }
        case 7 -> { // a big array: over the element limit one time in four
          int count = random.nextInt(4) == 0 ? 1_001 + random.nextInt(3_000) : random.nextInt(20);
          StringBuilder a = new StringBuilder("[");
          for (int i = 0; i < count; i++) {
            a.append(i == 0 ? "{}" : ",{}");
          }
          byte[] f = utf8(a.append(']').toString());
          int colon = indexOf(d, (byte) ':', at);
          o.write(d, 0, colon < 0 ? at : colon + 1);
          o.write(f, 0, f.length);
          o.write(d, colon < 0 ? at : colon + 1, d.length - (colon < 0 ? at : colon + 1));
          d = o.toByteArray();
        }
        default -> { // a second document on the line
          o.write(d, 0, d.length);
          o.write(' ');
          o.write(doc, 0, doc.length);
          d = o.toByteArray();
        }
      }
    }
    return d;
  }

  private static int indexOf(byte[] d, byte b, int from) {
    for (int i = from; i < d.length; i++) {
      if (d[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
