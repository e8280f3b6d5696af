package org.hccbm.cli;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * The process's standard streams as bytes, for {@code -}. {@link HccbmCli#main} sets the raw output
 * stream, so that a write failure (a full disk, a closed pipe) reaches the command with its reason;
 * in-process runs leave it unset and write through the command line's writer instead.
 */
final class Std {
  static volatile InputStream in = System.in;
  static volatile OutputStream out; // null: write through the command line's writer

  private Std() {}
}
