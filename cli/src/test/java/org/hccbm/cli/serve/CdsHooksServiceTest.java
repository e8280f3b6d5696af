package org.hccbm.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hccbm.cli.serve.CdsClient.JSON;
import static org.hccbm.cli.serve.CdsClient.get;
import static org.hccbm.cli.serve.CdsClient.json;
import static org.hccbm.cli.serve.CdsClient.post;
import static org.hccbm.cli.serve.CdsClient.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hccbm.core.lab.Analyte;
import org.hccbm.core.lab.LoincCode;
import org.hccbm.fhir.FhirCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code hccbm serve} over HTTP (issue 16 point 3): a server on 127.0.0.1, an ephemeral port,
 * called with java.net.http and tokens signed by keys generated here (CDS Hooks 2.0 "Trusting CDS
 * Clients").
 */
class CdsHooksServiceTest {
  static final String ISS = "https://ehr.example.org";
  static final int LIMIT = 64 * 1024;

  static RSAKey rsa;
  static ECKey ec;
  static RSAKey untrusted;
  static StringWriter log = new StringWriter();
  static CdsServer server;
  static String discovery;
  static String service;

  @BeforeAll
  static void start() throws Exception {
    rsa = new RSAKeyGenerator(2048).keyID("ehr-rsa").generate();
    ec = new ECKeyGenerator(Curve.P_384).keyID("ehr-ec").generate();
    // same kid as the trusted RSA key: a token it signs must fail on its signature
    untrusted = new RSAKeyGenerator(2048).keyID("ehr-rsa").generate();
    Trust trust =
        Trust.of(
            Map.of(
                ISS,
                new JWKSet(List.of(rsa, ec)),
                "https://other.example.org",
                new JWKSet(new RSAKeyGenerator(2048).keyID("other").generate())));
    server =
        CdsServer.start(
            new CdsServer.Settings(
                "127.0.0.1",
                0,
                Optional.empty(),
                LIMIT,
                Optional.of(trust),
                new PrintWriter(log, true),
                Clock.systemUTC()));
    discovery = server.baseUrl() + "/cds-services";
    service = discovery + "/" + HookService.ID;
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String ok(String aud) {
    return token(rsa, ISS, aud, Duration.ofMinutes(4));
  }

  static HttpResponse<String> hook(ObjectNode request) throws Exception {
    return post(service, ok(service), JSON.writeValueAsBytes(request));
  }

  static List<String> demos() {
    // the bundled demo patients (DemoCommand.PATIENTS)
    return List.of(
        "favourable.json",
        "unfavourable.json",
        "cord-compression.json",
        "impending-fracture.json",
        "incomplete.json");
  }

  @Test
  void server_bindsLoopbackOnAnEphemeralPort() {
    assertThat(server.port()).isPositive();
    assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port());
  }

  @Test
  void discovery_signed_listsThePatientViewServiceWithItsPrefetch() throws Exception {
    HttpResponse<String> r = get(discovery, ok(discovery));
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode s = json(r).path("services").get(0);
    assertThat(s.path("hook").asText()).isEqualTo("patient-view");
    assertThat(s.path("id").asText()).isEqualTo(HookService.ID);
    assertThat(s.path("description").asText()).isNotBlank();
    JsonNode prefetch = s.path("prefetch");
    assertThat(prefetch.path("patient").asText()).isEqualTo("Patient/{{context.patientId}}");
    String labs = prefetch.path("labs").asText();
    for (Analyte a : Analyte.values()) {
      for (LoincCode c : a.loincCodes()) {
        assertThat(labs).contains("http://loinc.org|" + c.code());
      }
    }
    String ps = prefetch.path("performanceStatus").asText();
    assertThat(ps).contains("89247-1", "89262-0", "89243-0", "423740007", "273546003");
    assertThat(prefetch.path("conditions").asText()).startsWith("Condition?patient=");
    assertThat(prefetch.path("medicationStatements").asText()).startsWith("MedicationStatement?");
    assertThat(prefetch.path("medicationRequests").asText()).startsWith("MedicationRequest?");
    assertThat(prefetch.path("procedures").asText()).startsWith("Procedure?");
  }

  @Test
  void conditionPrefetch_everyCodeIsOneTheReaderRecognises() {
    for (String token : HookService.CONDITION_CODES) {
      int bar = token.indexOf('|');
      assertThat(FhirCodes.diagnosis(token.substring(0, bar), token.substring(bar + 1)))
          .as(token)
          .isPresent();
    }
  }

  @Test
  void hookCall_signedRs384_answersCardsWithInputsDatesAndSources() throws Exception {
    ObjectNode req = CdsClient.request(CdsClient.demoDocument("favourable.json"), true);
    HttpResponse<String> r = hook(req);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    ArrayNode cards = (ArrayNode) json(r).path("cards");
    assertThat(cards).isNotEmpty();
    JsonNode info = cards.get(cards.size() - 1);
    assertThat(info.path("indicator").asText()).isEqualTo("info");
    String detail = info.path("detail").asText();
    // a lab from the prefetch: its value, its date and the resource it came from
    assertThat(detail).contains("labs.albumin", "3.6 g/dL", "Observation/lab-");
    assertThat(detail).containsPattern("\\| \\d{4}-\\d{2}-\\d{2} \\| Observation/lab-\\d+ \\|");
    assertThat(detail).contains("extension org.hccbm.patient");
    assertThat(info.path("source").path("label").asText()).startsWith("hccbm ");
    assertThat(info.path("source").path("url").asText()).startsWith("https://");
    assertThat(info.path("links").get(0).path("type").asText()).isEqualTo("absolute");
    assertThat(info.path("uuid").asText()).hasSize(36);
  }

  @Test
  void hookCall_signedEs384_isAccepted() throws Exception {
    ObjectNode req = CdsClient.request(CdsClient.demoDocument("favourable.json"), true);
    HttpResponse<String> r =
        post(service, token(ec, ISS, service, Duration.ofMinutes(2)), JSON.writeValueAsBytes(req));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  @ParameterizedTest
  @MethodSource("demos")
  void everyDemoPatient_everyCardSummaryIsUnder140Characters(String name) throws Exception {
    HttpResponse<String> r = hook(CdsClient.request(CdsClient.demoDocument(name), true));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    for (JsonNode card : json(r).path("cards")) {
      assertThat(card.path("summary").asText()).isNotBlank().hasSizeLessThan(140);
      assertThat(card.path("indicator").asText()).isIn("info", "warning", "critical");
      assertThat(card.path("source").path("label").asText()).isNotBlank();
    }
  }

  @Test
  void cordCompressionPatient_answersACriticalCardFirst() throws Exception {
    HttpResponse<String> r =
        hook(CdsClient.request(CdsClient.demoDocument("cord-compression.json"), true));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode first = json(r).path("cards").get(0);
    assertThat(first.path("indicator").asText()).isEqualTo("critical");
    assertThat(first.path("summary").asText()).startsWith("Urgent: ");
    assertThat(first.path("detail").asText()).contains("R-SPINE-01", "R-MDT-03");
  }

  @Test
  void favourablePatient_hasNoCriticalCard() throws Exception {
    HttpResponse<String> r =
        hook(CdsClient.request(CdsClient.demoDocument("favourable.json"), true));
    for (JsonNode card : json(r).path("cards")) {
      assertThat(card.path("indicator").asText()).isNotEqualTo("critical");
    }
  }

  @Test
  void hypercalcaemiaFromPrefetchedLabsAlone_isCritical() throws Exception {
    // PS-7 from FHIR alone: calcium 14 mg/dL with albumin 3.0 g/dL corrects to 14.8 mg/dL
    ObjectNode req = JSON.createObjectNode();
    req.put("hook", "patient-view").put("hookInstance", UUID.randomUUID().toString());
    req.putObject("context").put("patientId", "p-ca");
    ObjectNode prefetch = req.putObject("prefetch");
    prefetch.putObject("patient").put("resourceType", "Patient").put("id", "p-ca");
    ArrayNode labs = CdsClient.searchset(prefetch, "labs");
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    CdsClient.observation(labs, "ca", "p-ca", "17861-6", today)
        .putObject("valueQuantity")
        .put("value", 14)
        .put("system", "http://unitsofmeasure.org")
        .put("code", "mg/dL");
    CdsClient.observation(labs, "alb", "p-ca", "1751-7", today)
        .putObject("valueQuantity")
        .put("value", 3.0)
        .put("system", "http://unitsofmeasure.org")
        .put("code", "g/dL");
    HttpResponse<String> r = hook(req);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode first = json(r).path("cards").get(0);
    assertThat(first.path("indicator").asText()).isEqualTo("critical");
    assertThat(first.path("summary").asText()).contains("Hypercalcaemia of malignancy");
    assertThat(first.path("detail").asText()).contains("R-HCM-01");
    // the prefetch keys the client did not send are named, their inputs left unknown
    JsonNode info = json(r).path("cards").get(json(r).path("cards").size() - 1);
    assertThat(info.path("detail").asText())
        .contains("prefetch performanceStatus: not sent by the CDS Client")
        .contains("bounded — still possible");
  }

  @Test
  void noPatientPrefetch_is412() throws Exception {
    ObjectNode req = CdsClient.request(CdsClient.demoDocument("favourable.json"), true);
    ((ObjectNode) req.get("prefetch")).remove("patient");
    HttpResponse<String> r = hook(req);
    assertThat(r.statusCode()).isEqualTo(412);
    assertThat(json(r).path("error").asText()).contains("prefetch.patient");
  }

  @Test
  void prefetchAboutAnotherPatient_is400() throws Exception {
    ObjectNode req = CdsClient.request(CdsClient.demoDocument("favourable.json"), true);
    ((ObjectNode)
            req.path("prefetch").path("labs").path("entry").get(0).path("resource").path("subject"))
        .put("reference", "Patient/someone-else");
    HttpResponse<String> r = hook(req);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).path("error").asText()).contains("prefetch.labs");
  }

  @Test
  void malformedJson_is400WithWhereItBroke() throws Exception {
    HttpResponse<String> r =
        post(service, ok(service), "{\"hook\": \"patient-view\",".getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).path("error").asText()).startsWith("the request body must be JSON");
  }

  @Test
  void wrongHook_is400() throws Exception {
    ObjectNode req = CdsClient.request(CdsClient.demoDocument("favourable.json"), true);
    req.put("hook", "order-sign");
    HttpResponse<String> r = hook(req);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).path("error").asText()).contains("hook must be \"patient-view\"");
  }

  @Test
  void unknownService_is404() throws Exception {
    String other = discovery + "/no-such-service";
    HttpResponse<String> r = post(other, ok(other), "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(404);
  }

  @Test
  void bodyOverTheLimit_is413() throws Exception {
    // repeated: the answer must reach a client still sending, every time (the server reads a
    // refused body of up to DRAIN_BYTES past the limit before it answers and closes)
    for (int extra : new int[] {1, 8192, 100_000, (int) CdsServer.DRAIN_BYTES}) {
      byte[] big = new byte[LIMIT + extra];
      java.util.Arrays.fill(big, (byte) ' ');
      for (int i = 0; i < 5; i++) {
        HttpResponse<String> r = post(service, ok(service), big);
        assertThat(r.statusCode()).as("%d bytes over, try %d", extra, i).isEqualTo(413);
        assertThat(r.body()).contains("at most " + LIMIT + " bytes");
      }
    }
  }

  @Test
  void bodyAtTheLimit_isRead() throws Exception {
    byte[] req =
        JSON.writeValueAsBytes(CdsClient.request(CdsClient.demoDocument("favourable.json"), true));
    byte[] padded = new byte[LIMIT];
    java.util.Arrays.fill(padded, (byte) ' ');
    System.arraycopy(req, 0, padded, 0, req.length);
    HttpResponse<String> r = post(service, ok(service), padded);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  @Test
  void declaredLengthOverTheLimit_is413BeforeTheBodyIsSent() throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(5000);
      OutputStream out = s.getOutputStream();
      out.write(
          ("POST /cds-services/"
                  + HookService.ID
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                  + ok(service)
                  + "\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      assertThat(status).isEqualTo("HTTP/1.1 413");
    }
  }

  @Test
  void chunkedBodyOverTheLimit_is413() throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(5000);
      OutputStream out = s.getOutputStream();
      out.write(
          ("POST /cds-services/"
                  + HookService.ID
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                  + ok(service)
                  + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[LIMIT / 4];
      java.util.Arrays.fill(chunk, (byte) ' ');
      for (int i = 0; i < 5; i++) {
        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(chunk);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String status = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
      assertThat(status).isEqualTo("HTTP/1.1 413");
    }
  }

  @Test
  void noToken_is401WithWwwAuthenticate() throws Exception {
    HttpResponse<String> r = get(discovery, null);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Bearer ");
  }

  @Test
  void unsignedToken_algNone_is401() throws Exception {
    Instant now = Instant.now();
    String plain =
        new PlainJWT(
                new JWTClaimsSet.Builder()
                    .issuer(ISS)
                    .audience(discovery)
                    .issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plusSeconds(120)))
                    .jwtID(UUID.randomUUID().toString())
                    .build())
            .serialize();
    HttpResponse<String> r = get(discovery, plain);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate").orElseThrow())
        .contains("invalid_token", "must be signed");
  }

  @Test
  void expiredToken_is401() throws Exception {
    Instant past = Instant.now().minus(Duration.ofMinutes(10));
    String t =
        token(
            rsa,
            new JWTClaimsSet.Builder()
                .issuer(ISS)
                .audience(discovery)
                .issueTime(Date.from(past))
                .expirationTime(Date.from(past.plusSeconds(240)))
                .jwtID(UUID.randomUUID().toString())
                .build());
    HttpResponse<String> r = get(discovery, t);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(json(r).path("error").asText()).contains("expired");
  }

  @Test
  void wrongIssuer_is401() throws Exception {
    HttpResponse<String> r =
        get(
            discovery,
            token(rsa, "https://stranger.example.org", discovery, Duration.ofMinutes(1)));
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(json(r).path("error").asText()).contains("issuer is not trusted");
  }

  @Test
  void trustedIssuerButAnotherIssuersKey_is401() throws Exception {
    // "other" is trusted, but the token names the EHR's kid, which "other" does not have
    HttpResponse<String> r =
        get(discovery, token(rsa, "https://other.example.org", discovery, Duration.ofMinutes(1)));
    assertThat(r.statusCode()).isEqualTo(401);
  }

  @Test
  void wrongAudience_is401() throws Exception {
    HttpResponse<String> r =
        get(
            discovery,
            token(rsa, ISS, "https://elsewhere.example.org/cds-services", Duration.ofMinutes(1)));
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(json(r).path("error").asText()).contains("aud");
  }

  @Test
  void discoveryTokenOnTheServiceEndpoint_is401() throws Exception {
    // the audience is the endpoint called: a discovery token does not open the service
    byte[] body =
        JSON.writeValueAsBytes(CdsClient.request(CdsClient.demoDocument("favourable.json"), true));
    HttpResponse<String> r = post(service, ok(discovery), body);
    assertThat(r.statusCode()).isEqualTo(401);
  }

  @Test
  void badSignature_is401() throws Exception {
    HttpResponse<String> r =
        get(discovery, token(untrusted, ISS, discovery, Duration.ofMinutes(1)));
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(json(r).path("error").asText()).contains("signature");
  }

  @Test
  void tamperedPayload_is401() throws Exception {
    String t = ok(discovery);
    String[] parts = t.split("\\.");
    String claims =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                ("{\"iss\":\""
                        + ISS
                        + "\",\"aud\":\""
                        + discovery
                        + "\",\"exp\":9999999999,"
                        + "\"iat\":"
                        + Instant.now().getEpochSecond()
                        + ",\"jti\":\"x\"}")
                    .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r = get(discovery, parts[0] + "." + claims + "." + parts[2]);
    assertThat(r.statusCode()).isEqualTo(401);
  }

  @Test
  void replayedJti_is401TheSecondTime() throws Exception {
    String t = ok(discovery);
    assertThat(get(discovery, t).statusCode()).isEqualTo(200);
    HttpResponse<String> again = get(discovery, t);
    assertThat(again.statusCode()).isEqualTo(401);
    assertThat(json(again).path("error").asText()).contains("replay");
  }

  @Test
  void tokenLivingLongerThanFiveMinutes_is401_andFiveMinutesIsAccepted() throws Exception {
    assertThat(
            get(discovery, token(rsa, ISS, discovery, Duration.ofMinutes(5).plusSeconds(5)))
                .statusCode())
        .isEqualTo(401);
    assertThat(get(discovery, token(rsa, ISS, discovery, Duration.ofMinutes(5))).statusCode())
        .isEqualTo(200);
  }

  @Test
  void missingJti_is401() throws Exception {
    Instant now = Instant.now();
    String t =
        token(
            rsa,
            new JWTClaimsSet.Builder()
                .issuer(ISS)
                .audience(discovery)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(60)))
                .build());
    HttpResponse<String> r = get(discovery, t);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(json(r).path("error").asText()).contains("jti");
  }

  @Test
  void log_hasOneLinePerCall_andNoPatientData() throws Exception {
    ObjectNode doc = CdsClient.demoDocument("cord-compression.json");
    doc.put("id", "PATIENT-ID-7f3a9c");
    ObjectNode req = CdsClient.request(doc, true);
    // a distinctive lab value: it must reach the card and never the log
    ((ObjectNode)
            req.path("prefetch")
                .path("labs")
                .path("entry")
                .get(0)
                .path("resource")
                .path("valueQuantity"))
        .put("value", 1.4321);
    int before = log.toString().length();
    // and nothing that HAPI or the JDK might print reaches standard error or output
    java.io.ByteArrayOutputStream stderr = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream stdout = new java.io.ByteArrayOutputStream();
    java.io.PrintStream oldErr = System.err;
    java.io.PrintStream oldOut = System.out;
    HttpResponse<String> r;
    try {
      System.setErr(new java.io.PrintStream(stderr, true, StandardCharsets.UTF_8));
      System.setOut(new java.io.PrintStream(stdout, true, StandardCharsets.UTF_8));
      r = hook(req);
    } finally {
      System.setErr(oldErr);
      System.setOut(oldOut);
    }
    for (String printed :
        List.of(stderr.toString(StandardCharsets.UTF_8), stdout.toString(StandardCharsets.UTF_8))) {
      assertThat(printed).doesNotContain("PATIENT-ID-7f3a9c", "1.4321");
    }
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).contains("1.4321");
    // the server logs after the answer is sent: wait for its line
    String line = "POST /cds-services/" + HookService.ID + " -> 200";
    for (int i = 0; i < 100 && !log.toString().substring(before).contains(line); i++) {
      Thread.sleep(20);
    }
    String written = log.toString().substring(before);
    assertThat(written).contains("POST /cds-services/" + HookService.ID + " -> 200");
    assertThat(written).doesNotContain("PATIENT-ID-7f3a9c", "1.4321", "Bearer", "Observation");
  }

  @Test
  void readmeSampleRequest_parsesAndIsAnswered() throws Exception {
    // the file the README's curl command posts, to the URL it names
    String readme = Files.readString(Path.of("..", "README.md"));
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "--data @(\\S+) \\\\\\n\\s+http://127\\.0\\.0\\.1:8080(/\\S+)")
            .matcher(readme);
    assertThat(m.find()).as("README curl hook call").isTrue();
    assertThat(m.group(2)).isEqualTo("/cds-services/" + HookService.ID);
    Path sample = Path.of("..").resolve(m.group(1));
    JsonNode req = JSON.readTree(Files.readAllBytes(sample));
    assertThat(req.path("hook").asText()).isEqualTo("patient-view");
    HttpResponse<String> r = post(service, ok(service), Files.readAllBytes(sample));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    List<String> indicators = new ArrayList<>();
    json(r).path("cards").forEach(c -> indicators.add(c.path("indicator").asText()));
    assertThat(indicators).containsExactly("warning", "info");
    String info = json(r).path("cards").get(1).path("detail").asText();
    // the bounded-result wording: what is still possible and which inputs decide it
    assertThat(info)
        .contains(
            "Child–Pugh (child-pugh r1): bounded — still possible: Child–Pugh class A or "
                + "Child–Pugh class B or Child–Pugh class C; decided by: liver.ascites, "
                + "liver.encephalopathy")
        .contains("| antithromboticTherapy | aspirin | undated | MedicationRequest/rx-1 |");
    assertThat(json(r).path("cards").get(0).path("summary").asText())
        .matches("Safety: \\d+ items need information"); // no "0 options ruled out"
  }
}
