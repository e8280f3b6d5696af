package org.hccbm.cli;

/**
 * The command line's exit codes (docs/cli.md).
 *
 * <pre>
 * 0  success
 * 1  invalid input: the patient document was rejected, or a batch rejected at least one record
 *    (every other record was still scored and written)
 * 2  the command line itself was wrong (unknown option, bad option value, missing command or
 *    argument, an output that is the input)
 * 3  a file could not be read or written (the message names the file and the reason)
 * 4  internal error (a defect: one line on standard error; --debug prints the stack trace)
 * </pre>
 */
final class ExitCodes {
  static final int OK = 0;
  static final int INVALID_INPUT = 1;
  static final int USAGE = 2;
  static final int IO = 3;
  static final int INTERNAL = 4;

  private ExitCodes() {}
}
