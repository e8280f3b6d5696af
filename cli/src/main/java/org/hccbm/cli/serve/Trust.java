package org.hccbm.cli.serve;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CDS Clients this service trusts: each issuer ({@code iss}) with its public keys (a JWK Set)
 * and, optionally, the {@code jku} URLs its tokens may name. Read from the {@code --trust} file:
 *
 * <pre>{@code
 * {"issuers": {
 *   "https://ehr.example.org": {"jwksFile": "ehr-jwks.json", "jku": ["https://ehr.example.org/jwks"]},
 *   "https://other.example.org": {"jwks": {"keys": [ ... ]}}
 * }}
 * }</pre>
 *
 * A relative {@code jwksFile} is resolved against the trust file's folder. Keys are never fetched
 * from a {@code jku} URL: the JWK Set is exchanged out of band, as CDS Hooks 2.0 allows.
 */
public final class Trust {
  /** One trusted issuer. */
  record Issuer(JWKSet keys, Set<String> jku) {
    Issuer {
      requireNonNull(keys, "keys");
      jku = Set.copyOf(jku);
    }
  }

  private final Map<String, Issuer> issuers;

  private Trust(Map<String, Issuer> issuers) {
    this.issuers = Map.copyOf(issuers);
  }

  /**
   * Returns a trust list of issuers with their public keys and no {@code jku} allowed.
   *
   * @param keys issuer to JWK Set
   * @return the trust list
   */
  public static Trust of(Map<String, JWKSet> keys) {
    Map<String, Issuer> out = new LinkedHashMap<>();
    keys.forEach((iss, set) -> out.put(iss, new Issuer(set.toPublicJWKSet(), Set.of())));
    return new Trust(out);
  }

  /**
   * Reads a trust file.
   *
   * @param file the file
   * @return the trust list
   * @throws IOException if the file or a JWK Set file cannot be read
   * @throws IllegalArgumentException naming the field, the constraint and the value when the file
   *     is not a valid trust list
   */
  public static Trust read(Path file) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readAllBytes(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(
          "trust file must be JSON, was unreadable (" + e.getOriginalMessage() + ")", e);
    }
    JsonNode issuers = root == null ? null : root.get("issuers");
    if (issuers == null || !issuers.isObject() || issuers.isEmpty()) {
      throw new IllegalArgumentException(
          "issuers must be an object with at least one issuer, was "
              + (issuers == null
                  ? "absent"
                  : issuers.getNodeType().toString().toLowerCase(Locale.ROOT)));
    }
    Map<String, Issuer> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : issuers.properties()) {
      String field = "issuers." + e.getKey();
      JsonNode spec = e.getValue();
      JsonNode jwks = spec.get("jwks");
      JsonNode jwksFile = spec.get("jwksFile");
      String text;
      if (jwks != null && jwks.isObject() && jwksFile == null) {
        text = jwks.toString();
      } else if (jwksFile != null && jwksFile.isTextual() && jwks == null) {
        Path dir = file.toAbsolutePath().getParent();
        Path keysFile = dir == null ? Path.of(jwksFile.asText()) : dir.resolve(jwksFile.asText());
        text = Files.readString(keysFile, StandardCharsets.UTF_8);
      } else {
        throw new IllegalArgumentException(
            field + " must have either \"jwks\" (a JWK Set) or \"jwksFile\" (a path), was " + spec);
      }
      JWKSet set;
      try {
        set = JWKSet.parse(text);
      } catch (ParseException ex) {
        throw new IllegalArgumentException(
            field + " keys must be a JWK Set, was unreadable (" + ex.getMessage() + ")", ex);
      }
      if (set.getKeys().isEmpty()) {
        throw new IllegalArgumentException(field + " keys must hold at least one key, was none");
      }
      if (set.getKeys().stream().anyMatch(k -> k.getKeyID() == null)) {
        throw new IllegalArgumentException(
            field
                + " keys must each have a \"kid\" (CDS Hooks selects the key by kid), was absent");
      }
      Set<String> jku = new LinkedHashSet<>();
      JsonNode jkuNode = spec.get("jku");
      if (jkuNode != null) {
        if (!jkuNode.isArray()) {
          throw new IllegalArgumentException(
              field + ".jku must be an array of URLs, was " + jkuNode);
        }
        jkuNode.forEach(u -> jku.add(u.asText()));
      }
      out.put(e.getKey(), new Issuer(set.toPublicJWKSet(), jku));
    }
    return new Trust(out);
  }

  Optional<Issuer> issuer(String iss) {
    return Optional.ofNullable(issuers.get(iss));
  }

  /**
   * Returns the trusted issuers.
   *
   * @return their {@code iss} values
   */
  public Set<String> issuers() {
    return issuers.keySet();
  }
}
