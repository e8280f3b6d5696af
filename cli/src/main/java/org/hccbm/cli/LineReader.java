package org.hccbm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it: a line ends at LF (a CR just before the LF
 * is dropped, so CRLF files read the same); a CR anywhere else is part of the line (JSON
 * whitespace). A line longer than the limit is not kept: only its length is, so memory stays
 * bounded whatever one line holds. Decoding is the caller's, per line, so one bad byte spoils only
 * its own line.
 */
final class LineReader {
  /**
   * One line: its bytes, or only its length when it was over the limit; its length counts the LF;
   * terminated is false for a last line without LF.
   */
  // The reader hands each line's bytes to one consumer, which never changes them: no copy.
  @SuppressWarnings("ArrayRecordComponent")
  record Line(byte[] bytes, long length, boolean terminated) {
    boolean oversized() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int pos;
  private int end;
  private boolean eof;

  LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Returns the next line, or null at the end of the stream (a last line without LF is a line;
   * nothing after the last LF is not).
   */
  Line next() throws IOException {
    // The common case, a whole line already in the buffer: one copy, straight to its size.
    for (int i = pos; i < end; i++) {
      if (buffer[i] == '\n') {
        int n = i - pos;
        int start = pos;
        pos = i + 1;
        // + 1: a CR before the LF is not counted against the limit
        if (n > maxLineBytes + 1) {
          return new Line(null, n + 1L, true);
        }
        int size = n > 0 && buffer[i - 1] == '\r' ? n - 1 : n;
        return size > maxLineBytes
            ? new Line(null, n + 1L, true)
            : new Line(Arrays.copyOfRange(buffer, start, start + size), n + 1L, true);
      }
    }
    byte[] line = new byte[Math.min(256, maxLineBytes + 1)];
    int size = 0;
    long length = 0;
    boolean over = false;
    while (true) {
      if (pos == end) {
        if (eof || !fill()) {
          if (length == 0) {
            return null;
          }
          return finish(line, size, length, over, false);
        }
      }
      int lf = -1;
      for (int i = pos; i < end; i++) {
        if (buffer[i] == '\n') {
          lf = i;
          break;
        }
      }
      int stop = lf < 0 ? end : lf;
      int n = stop - pos;
      length += n;
      if (!over) {
        // + 1: a CR before the LF is not counted against the limit
        if (size + n > maxLineBytes + 1) {
          over = true;
          line = null;
        } else {
          if (size + n > line.length) {
            line =
                Arrays.copyOf(
                    line, Math.min(maxLineBytes + 1, Math.max(size + n, line.length * 2)));
          }
          System.arraycopy(buffer, pos, line, size, n);
          size += n;
        }
      }
      pos = stop;
      if (lf >= 0) {
        pos = lf + 1;
        return finish(line, size, length + 1, over, true);
      }
    }
  }

  /** Skips a line, returning false at the end of the stream. */
  boolean skip() throws IOException {
    while (true) {
      if (pos == end && (eof || !fill())) {
        return false;
      }
      for (int i = pos; i < end; i++) {
        if (buffer[i] == '\n') {
          pos = i + 1;
          return true;
        }
      }
      pos = end;
      if (eof || !fill()) {
        return true; // a last line without LF
      }
    }
  }

  private Line finish(byte[] line, int size, long length, boolean over, boolean terminated) {
    if (!over && size > 0 && line[size - 1] == '\r') {
      size--;
    }
    if (!over && size > maxLineBytes) {
      over = true;
    }
    return over
        ? new Line(null, length, terminated)
        : new Line(Arrays.copyOf(line, size), length, terminated);
  }

  private boolean fill() throws IOException {
    int n;
    do {
      n = in.read(buffer, 0, buffer.length);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      pos = end = 0;
      return false;
    }
    pos = 0;
    end = n;
    return true;
  }
}
