package org.hccbm.examples.cli;

/**
 * The command line's exit codes (docs/cli.md).
 *
 * <pre>
 * 0  success
 * 1  invalid input: the patient document was rejected, or a batch rejected at least one record
 *    (every other record was still scored and written)
 * 2  the command line itself was wrong (unknown option, missing argument)
 * 3  a file could not be read or written
 * </pre>
 */
final class ExitCodes {
  static final int OK = 0;
  static final int INVALID_INPUT = 1;
  static final int USAGE = 2;
  static final int IO = 3;

  private ExitCodes() {}
}
