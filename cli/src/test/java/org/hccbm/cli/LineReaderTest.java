package org.hccbm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines split from bytes, whether a line lies inside one buffer fill (the fast path) or across
 * fills (a stream handing out a few bytes per read): same bytes, lengths, CR handling and limit.
 */
class LineReaderTest {
  /** A stream that returns at most {@code step} bytes per read. */
  private static InputStream trickle(byte[] bytes, int step) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, step));
      }
    };
  }

  private static List<String> lines(InputStream in, int max) throws IOException {
    LineReader r = new LineReader(in, max);
    List<String> out = new ArrayList<>();
    LineReader.Line line;
    while ((line = r.next()) != null) {
      out.add(
          (line.oversized() ? "<over>" : new String(line.bytes(), StandardCharsets.UTF_8))
              + "|"
              + line.length()
              + "|"
              + line.terminated());
    }
    return out;
  }

  @Test
  void sameLines_inOneFill_andByteByByte() throws IOException {
    byte[] text =
        "abc\r\n\nxy\rz\n12345678\n123456789\n1234567\r\nlast".getBytes(StandardCharsets.UTF_8);
    List<String> expected =
        List.of(
            "abc|5|true",
            "|1|true",
            "xy\rz|5|true",
            "12345678|9|true",
            "<over>|10|true",
            "1234567|9|true",
            "last|4|false");
    assertThat(lines(new ByteArrayInputStream(text), 8)).isEqualTo(expected);
    for (int step = 1; step <= 5; step++) {
      assertThat(lines(trickle(text, step), 8)).as("step %d", step).isEqualTo(expected);
    }
  }

  @Test
  void crBeforeLf_isNotCountedAgainstTheLimit_butAnEightByteLinePlusTwoCrsIs() throws IOException {
    byte[] text = "12345678\r\n12345678\r\r\n".getBytes(StandardCharsets.UTF_8);
    List<String> expected = List.of("12345678|10|true", "<over>|11|true");
    assertThat(lines(new ByteArrayInputStream(text), 8)).isEqualTo(expected);
    assertThat(lines(trickle(text, 3), 8)).isEqualTo(expected);
  }
}
