package org.hccbm.cli.serve;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP server of {@code hccbm serve} (JDK {@code com.sun.net.httpserver}, no framework).
 *
 * <ul>
 *   <li>{@code GET /cds-services}: discovery;
 *   <li>{@code POST /cds-services/hcc-bone-mets-prognosis}: the patient-view service;
 *   <li>anything else: 404 (405 for a known path with another method).
 * </ul>
 *
 * Every call needs a bearer JWT the {@link Trust} accepts (401 with {@code WWW-Authenticate}
 * otherwise) unless the server runs insecure. A body larger than the limit gets 413, from its
 * Content-Length before reading it, or as soon as the limit is passed; a body at most {@value
 * #DRAIN_BYTES} bytes over the limit is read to its end (and discarded) before the answer, so that
 * closing the connection does not reset it under a client still sending. The log has one line per
 * call: method, route, status, time; never a header, a body, a path it does not know or an
 * exception message.
 */
public final class CdsServer implements AutoCloseable {
  /**
   * How far past the limit a refused body is still read before the 413: closing a socket with
   * unread bytes sends a TCP reset, which can destroy the answer before the client reads it.
   */
  static final long DRAIN_BYTES = 1L << 20;

  /**
   * How to run the server.
   *
   * @param host the address to bind
   * @param port the port; 0 for an ephemeral one
   * @param baseUrl the public base URL (the JWT audience is this plus the path); empty for {@code
   *     http://host:port}
   * @param maxBodyBytes the largest request body accepted
   * @param trust the trusted CDS Clients; empty runs the server without authentication
   * @param log where the server logs its calls
   * @param clock the clock for token times and the assessment date
   */
  public record Settings(
      String host,
      int port,
      Optional<String> baseUrl,
      long maxBodyBytes,
      Optional<Trust> trust,
      PrintWriter log,
      Clock clock) {
    /** Validates every component. */
    public Settings {
      requireNonNull(host, "host");
      requireNonNull(baseUrl, "baseUrl");
      requireNonNull(trust, "trust");
      requireNonNull(log, "log");
      requireNonNull(clock, "clock");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("--port must be 0..65535, was " + port);
      }
      if (maxBodyBytes < 1) {
        throw new IllegalArgumentException("--max-body-bytes must be >= 1, was " + maxBodyBytes);
      }
    }
  }

  static final String DISCOVERY = "/cds-services";
  static final String SERVICE = DISCOVERY + "/" + HookService.ID;

  private final Settings settings;
  private final HttpServer server;
  private final ExecutorService executor;
  private final HookService service;
  private final Optional<TokenVerifier> verifier;
  private final ObjectMapper mapper = new ObjectMapper();
  private final String baseUrl;

  private CdsServer(Settings settings) throws IOException {
    this.settings = settings;
    this.server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 16);
    this.executor = Executors.newFixedThreadPool(4);
    this.service = new HookService(mapper, settings.clock());
    this.verifier = settings.trust().map(t -> new TokenVerifier(t, settings.clock()));
    String base =
        settings
            .baseUrl()
            .orElse("http://" + hostForUrl(settings.host()) + ":" + server.getAddress().getPort());
    this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    server.createContext("/", this::handle);
    server.setExecutor(executor);
  }

  private static String hostForUrl(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }

  /**
   * Starts a server.
   *
   * @param settings how to run it
   * @return the running server
   * @throws IOException if the address cannot be bound
   */
  public static CdsServer start(Settings settings) throws IOException {
    CdsServer s = new CdsServer(requireNonNull(settings, "settings"));
    s.server.start();
    s.executor.execute(HookService::warmUp);
    return s;
  }

  /**
   * Returns the port the server listens on.
   *
   * @return the port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * Returns the base URL: the discovery endpoint is this plus {@code /cds-services}.
   *
   * @return the URL, without a trailing slash
   */
  public String baseUrl() {
    return baseUrl;
  }

  /** Stops the server, waiting at most a second for calls in progress. */
  @Override
  public void close() {
    server.stop(1);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange x) throws IOException {
    long start = System.nanoTime();
    String method = x.getRequestMethod();
    String path = x.getRequestURI().getPath();
    String route = path.equals(DISCOVERY) || path.equals(SERVICE) ? path : "(unknown path)";
    int status;
    try {
      status = respond(x, method, path);
    } catch (RuntimeException e) {
      // the message may quote the record: log the class only
      status = 500;
      settings.log().println("hccbm serve: internal error " + e.getClass().getSimpleName());
      send(x, 500, error("internal error; the service log names the exception class"), null);
    } finally {
      x.close();
    }
    settings
        .log()
        .printf(
            "hccbm serve: %s %s -> %d (%d ms)%n",
            method.replaceAll("[^A-Z]", "?"),
            route,
            status,
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    settings.log().flush();
  }

  private int respond(HttpExchange x, String method, String path) throws IOException {
    boolean discovery = path.equals(DISCOVERY) || path.equals(DISCOVERY + "/");
    if (!discovery && !path.equals(SERVICE)) {
      return send(x, 404, error("no such endpoint; the services are listed at " + DISCOVERY), null);
    }
    if (discovery ? !method.equals("GET") : !method.equals("POST")) {
      x.getResponseHeaders().set("Allow", discovery ? "GET" : "POST");
      return send(x, 405, error("method not allowed"), null);
    }
    if (verifier.isPresent()) {
      String audience = baseUrl + (discovery ? DISCOVERY : SERVICE);
      Optional<String> refusal =
          verifier.get().refusal(x.getRequestHeaders().getFirst("Authorization"), audience);
      if (refusal.isPresent()) {
        return send(x, 401, error(refusal.get()), refusal.get());
      }
    }
    if (discovery) {
      return send(x, 200, service.discovery(), null);
    }
    String length = x.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      long declared;
      try {
        declared = Long.parseLong(length.strip());
      } catch (NumberFormatException e) {
        return send(x, 400, error("Content-Length must be a number"), null);
      }
      if (declared > settings.maxBodyBytes()) {
        if (declared - settings.maxBodyBytes() <= DRAIN_BYTES) {
          discard(x.getRequestBody(), declared);
        }
        return tooLarge(x);
      }
    }
    byte[] body = readAtMost(x.getRequestBody(), settings.maxBodyBytes());
    if (body == null) {
      discard(x.getRequestBody(), DRAIN_BYTES);
      return tooLarge(x);
    }
    try {
      return send(x, 200, service.call(body), null);
    } catch (HookException e) {
      return send(x, e.status(), error(e.getMessage()), null);
    }
  }

  private int tooLarge(HttpExchange x) throws IOException {
    // the connection is closed after this answer, so the rest of the body is never read
    x.getResponseHeaders().set("Connection", "close");
    return send(
        x,
        413,
        error("the request body must be at most " + settings.maxBodyBytes() + " bytes"),
        null);
  }

  /** Reads and drops at most {@code max} bytes of what is left of a body. */
  private static void discard(InputStream in, long max) throws IOException {
    byte[] buf = new byte[8192];
    long left = max;
    int n;
    while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0) {
      left -= n;
    }
  }

  /** Reads a body of at most {@code limit} bytes; null when it is longer. */
  private static byte[] readAtMost(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > limit) {
        return null;
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private ObjectNode error(String message) {
    ObjectNode e = mapper.createObjectNode();
    e.put("error", message);
    return e;
  }

  private int send(HttpExchange x, int status, ObjectNode body, String authError)
      throws IOException {
    if (status == 401) {
      // RFC 6750 §3; the description is one of our fixed sentences, never a claim's value
      x.getResponseHeaders()
          .set(
              "WWW-Authenticate",
              "Bearer realm=\"hccbm\", error=\"invalid_token\", error_description=\""
                  + String.valueOf(authError).replace('"', '\'')
                  + "\"");
    }
    byte[] bytes = mapper.writeValueAsBytes(body);
    x.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
    return status;
  }
}
