package org.hccbm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.hccbm.cli.serve.CdsServer;
import org.hccbm.cli.serve.Trust;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hccbm serve}: the CDS Hooks 2.0 service (docs/cds-hooks.md). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Run a CDS Hooks 2.0 service: discovery at /cds-services and a patient-view service that "
            + "answers cards from the prefetched FHIR R4 resources. Every call needs a signed JWT "
            + "from an issuer in --trust; --insecure-dev turns this off for local demos.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port to listen on; 0 picks a free one (printed). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to bind. Default: ${DEFAULT-VALUE} (loopback only).")
  String host = "127.0.0.1";

  @Option(
      names = "--base-url",
      description =
          "The public base URL, e.g. https://cds.example.org behind a TLS proxy; the JWT audience "
              + "is this plus the endpoint path. Default: http://HOST:PORT.")
  String baseUrl;

  @Option(
      names = "--trust",
      paramLabel = "FILE",
      description = "JSON trust file: each trusted issuer with its JWK Set (docs/cds-hooks.md).")
  Path trust;

  @Option(
      names = "--insecure-dev",
      description = "Accept calls without a token. Local demos only: never with patient data.")
  boolean insecure;

  @Option(
      names = "--max-body-bytes",
      defaultValue = "1048576",
      description = "Largest request body accepted (413 above it). Default: ${DEFAULT-VALUE}.")
  long maxBodyBytes;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if ((trust == null) == !insecure) {
      err.println(
          "hccbm serve: give either --trust FILE (production) or --insecure-dev (local demos)");
      err.flush();
      return ExitCodes.USAGE;
    }
    Optional<Trust> trusted = Optional.empty();
    if (trust != null) {
      try {
        trusted = Optional.of(Trust.read(trust));
      } catch (IOException e) {
        err.println("hccbm serve: --trust " + FileErrors.describe("read", trust.toString(), e));
        err.flush();
        return ExitCodes.IO;
      } catch (IllegalArgumentException e) {
        err.println("hccbm serve: --trust " + Terminal.safe(e.getMessage()));
        err.flush();
        return ExitCodes.INVALID_INPUT;
      }
    }
    CdsServer server;
    try {
      server =
          CdsServer.start(
              new CdsServer.Settings(
                  host,
                  port,
                  Optional.ofNullable(baseUrl),
                  maxBodyBytes,
                  trusted,
                  err,
                  Clock.systemUTC()));
    } catch (IllegalArgumentException e) {
      err.println("hccbm serve: " + Terminal.safe(e.getMessage()));
      err.flush();
      return ExitCodes.USAGE;
    }
    if (insecure) {
      err.println("**********************************************************************");
      err.println("WARNING: --insecure-dev: NO AUTHENTICATION. Any caller can use this service.");
      err.println("For local demos with made-up patients only; never with patient data.");
      err.println("**********************************************************************");
    }
    out.println("hccbm serve: CDS Hooks discovery at " + server.baseUrl() + "/cds-services");
    out.println("hccbm serve: listening on " + host + " port " + server.port() + " (Ctrl-C stops)");
    out.flush();
    err.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    stopped.await();
    return ExitCodes.OK;
  }
}
