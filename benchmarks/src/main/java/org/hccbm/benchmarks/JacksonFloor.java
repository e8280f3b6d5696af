package org.hccbm.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The raw Jackson floor that {@code hccbm batch} is measured against (benchmarks/run.sh): reads
 * each line of a JSON Lines file into a Jackson tree and writes it back, one line per line, on one
 * thread, with no validation and no domain objects. Whatever the batch does beyond this is its own
 * cost.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar org.hccbm.benchmarks.JacksonFloor IN OUT}
 * </pre>
 */
public final class JacksonFloor {
  private JacksonFloor() {}

  /**
   * Runs the floor.
   *
   * @param args the input file and the output file
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: JacksonFloor IN.jsonl OUT.jsonl");
      System.exit(2);
    }
    ObjectMapper mapper = new ObjectMapper();
    long lines = 0;
    try (InputStream in = Files.newInputStream(Path.of(args[0]));
        OutputStream out =
            new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 16);
        JsonGenerator g = mapper.getFactory().createGenerator(out)) {
      byte[] buffer = new byte[1 << 16];
      byte[] line = new byte[1 << 12];
      int size = 0;
      int n;
      while ((n = in.read(buffer)) > 0) {
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (b == '\n') {
            lines += emit(mapper, g, line, size);
            size = 0;
          } else {
            if (size == line.length) {
              line = Arrays.copyOf(line, size * 2);
            }
            line[size++] = b;
          }
        }
      }
      lines += emit(mapper, g, line, size);
    }
    System.err.println("JacksonFloor: " + lines + " lines");
  }

  private static int emit(ObjectMapper mapper, JsonGenerator g, byte[] line, int size)
      throws IOException {
    if (size == 0) {
      return 0;
    }
    JsonNode tree = mapper.readTree(line, 0, size);
    mapper.writeTree(g, tree);
    g.writeRaw('\n');
    return 1;
  }
}
