package org.hccbm.cli.serve;

import static java.util.Objects.requireNonNull;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks the bearer JWT that CDS Hooks 2.0 ("Trusting CDS Clients") requires on every call: signed
 * (never {@code none}, never a symmetric algorithm) with RS384 or ES384, the two algorithms the
 * specification recommends; header {@code kid} naming a key of the issuer's JWK Set and {@code typ}
 * JWT; {@code iss} on the allow-list; {@code aud} the URL of the endpoint called; {@code exp} in
 * the future and {@code iat} not in the future (both with a small clock skew); {@code jti} present
 * and not seen before from that issuer while the token is alive.
 *
 * <p>Our policy beyond the specification: a token may live at most {@link #MAX_LIFETIME} from its
 * {@code iat} (this also bounds the replay cache), and a {@code jku} header must be one the trust
 * file lists for the issuer (keys are never fetched from it).
 *
 * <p>Failure reasons name the check, never a claim's value: they go into a response header.
 */
final class TokenVerifier {
  /** The allowed clock difference between the CDS Client and this service. */
  static final Duration SKEW = Duration.ofSeconds(60);

  /** The longest a token may live, from {@code iat} to {@code exp}. */
  static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

  private static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(JWSAlgorithm.RS384, JWSAlgorithm.ES384);

  private final Trust trust;
  private final Clock clock;

  /** Seen issuer + jti to the instant the entry can be forgotten. */
  private final Map<String, Instant> seen = new ConcurrentHashMap<>();

  TokenVerifier(Trust trust, Clock clock) {
    this.trust = requireNonNull(trust, "trust");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Verifies an Authorization header for an endpoint.
   *
   * @param authorization the header value, or null when absent
   * @param audience the URL of the endpoint called
   * @return empty when the token is accepted, otherwise why it was refused
   */
  Optional<String> refusal(String authorization, String audience) {
    if (authorization == null || authorization.isBlank()) {
      return Optional.of("an Authorization: Bearer token is required");
    }
    String a = authorization.strip();
    if (a.length() < 7 || !a.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.of("the Authorization header must be a Bearer token");
    }
    JWT jwt;
    try {
      jwt = JWTParser.parse(a.substring(7).strip());
    } catch (ParseException e) {
      return Optional.of("the bearer token is not a JWT");
    }
    if (!(jwt instanceof SignedJWT signed)) {
      return Optional.of("the JWT must be signed (alg none and encrypted tokens are refused)");
    }
    JWSHeader header = signed.getHeader();
    if (!ALGORITHMS.contains(header.getAlgorithm())) {
      return Optional.of("the JWT alg must be RS384 or ES384");
    }
    if (!JOSEObjectType.JWT.equals(header.getType())) {
      return Optional.of("the JWT header typ must be JWT");
    }
    String kid = header.getKeyID();
    if (kid == null || kid.isEmpty()) {
      return Optional.of("the JWT header must name its key (kid)");
    }
    JWTClaimsSet claims;
    try {
      claims = signed.getJWTClaimsSet();
    } catch (ParseException e) {
      return Optional.of("the JWT claims are not a JSON object");
    }
    String iss = claims.getIssuer();
    if (iss == null) {
      return Optional.of("the JWT must have an iss claim");
    }
    Optional<Trust.Issuer> issuer = trust.issuer(iss);
    if (issuer.isEmpty()) {
      return Optional.of("the JWT issuer is not trusted");
    }
    if (header.getJWKURL() != null && !issuer.get().jku().contains(header.getJWKURL().toString())) {
      return Optional.of("the JWT jku is not one the trust file lists for its issuer");
    }
    JWK key = issuer.get().keys().getKeyByKeyId(kid);
    if (key == null) {
      return Optional.of("the issuer has no key with the JWT's kid");
    }
    try {
      JWSVerifier verifier;
      if (header.getAlgorithm().equals(JWSAlgorithm.RS384) && key instanceof RSAKey rsa) {
        verifier = new RSASSAVerifier(rsa);
      } else if (header.getAlgorithm().equals(JWSAlgorithm.ES384) && key instanceof ECKey ec) {
        verifier = new ECDSAVerifier(ec);
      } else {
        return Optional.of("the key named by kid does not fit the JWT alg");
      }
      if (!signed.verify(verifier)) {
        return Optional.of("the JWT signature is invalid");
      }
    } catch (JOSEException e) {
      return Optional.of("the JWT signature cannot be checked with the issuer's key");
    }
    List<String> aud = claims.getAudience();
    if (aud == null || !aud.contains(audience)) {
      return Optional.of("the JWT aud must be the URL of the endpoint called, " + audience);
    }
    Instant now = clock.instant();
    Date exp = claims.getExpirationTime();
    if (exp == null) {
      return Optional.of("the JWT must have an exp claim");
    }
    if (!now.isBefore(exp.toInstant().plus(SKEW))) {
      return Optional.of("the JWT has expired");
    }
    Date iat = claims.getIssueTime();
    if (iat == null) {
      return Optional.of("the JWT must have an iat claim");
    }
    if (iat.toInstant().isAfter(now.plus(SKEW))) {
      return Optional.of("the JWT iat is in the future");
    }
    if (Duration.between(iat.toInstant(), exp.toInstant()).compareTo(MAX_LIFETIME) > 0) {
      return Optional.of("the JWT must expire within 5 minutes of its iat");
    }
    String jti = claims.getJWTID();
    if (jti == null || jti.isBlank()) {
      return Optional.of("the JWT must have a jti claim");
    }
    seen.values().removeIf(until -> until.isBefore(now));
    if (seen.putIfAbsent(iss + '\n' + jti, exp.toInstant().plus(SKEW)) != null) {
      return Optional.of("the JWT jti has been used before (replay)");
    }
    return Optional.empty();
  }
}
