package org.hccbm.cli.serve;

/**
 * A hook call the service answers with an HTTP error: the status and a message for the CDS Client
 * (never logged: it may name a value from the request).
 */
final class HookException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;

  HookException(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }
}
