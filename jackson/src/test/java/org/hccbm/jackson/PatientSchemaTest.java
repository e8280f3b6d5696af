package org.hccbm.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.hccbm.core.patient.Patient;
import org.hccbm.testkit.EdgeCases;
import org.hccbm.testkit.Fixtures;
import org.hccbm.testkit.GeneratorProfile;
import org.hccbm.testkit.GeneratorProfile.UnitMix;
import org.hccbm.testkit.Generators;
import org.hccbm.testkit.PatientDocuments;
import org.hccbm.testkit.PatientDocuments.Document;
import org.hccbm.testkit.PatientDocuments.Mutation;
import org.hccbm.testkit.PublishedCases;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 point 5: the shipped patient schema (draft 2020-12), checked with an independent
 * validator (networknt json-schema-validator) against every example document in the repository,
 * 10,000 generated documents and the testkit's mutated documents; every valid document must also
 * read. {@link PatientSchemaRulesTest} probes the bounds, enumerations and cross-field rules.
 */
class PatientSchemaTest {
  static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(JsonSchemas.patientDocument(), InputFormat.JSON);

  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new HccbmJacksonModule());

  /** The schema's errors for a document (format assertions on: "date" is checked). */
  static List<Error> errors(String json) {
    return SCHEMA.validate(
        json, InputFormat.JSON, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
  }

  /** The strict reader's error path, or empty when it accepts the document. */
  static Optional<String> readerRejection(String json) {
    try {
      PatientReader.Reading unusedRead =
          PatientReader.strict().read(json.getBytes(StandardCharsets.UTF_8));
      return Optional.empty();
    } catch (HccbmJsonException e) {
      return Optional.of(e.jsonPath());
    }
  }

  private static void validAndRead(String name, String json) {
    assertThat(errors(json)).as("schema errors for " + name + ": " + json).isEmpty();
    assertThat(readerRejection(json)).as("reader for " + name).isEmpty();
  }

  @Test
  void schemaResource_isDraft2020_12_andItselfValidAgainstTheMetaSchema() {
    String text = JsonSchemas.patientDocument();
    assertThat(text).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    Schema meta =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(
                com.networknt.schema.SchemaLocation.of(
                    "https://json-schema.org/draft/2020-12/schema"));
    assertThat(meta.validate(text, InputFormat.JSON)).isEmpty();
  }

  @Test
  void docsCopy_isTheShippedResource() throws IOException {
    assertThat(Files.readString(Path.of("..", "docs", "patient.schema.json")))
        .isEqualTo(JsonSchemas.patientDocument());
  }

  @Test
  void everyExampleDocumentInTheRepository_isValid_andReads() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(Path.of("src", "test", "resources", "golden", "patient-h1.json"));
    try (Stream<Path> demo = Files.list(Path.of("..", "cli", "src", "main", "resources", "demo"))) {
      demo.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(6);
    for (Path f : files) {
      validAndRead(f.toString(), Files.readString(f));
    }
    String doc = Files.readString(Path.of("..", "docs", "json.md"));
    int start = doc.indexOf("```json\n") + 8;
    validAndRead("docs/json.md example", doc.substring(start, doc.indexOf("```", start)));
  }

  @Test
  void everyTestkitPatient_writtenAsJson_isValid_andReads() throws Exception {
    List<Patient> patients = new ArrayList<>();
    patients.addAll(Fixtures.all());
    patients.addAll(EdgeCases.all());
    PublishedCases.all().forEach(c -> patients.add(c.patient()));
    for (Patient p : patients) {
      validAndRead(p.id(), MAPPER.writeValueAsString(p));
    }
  }

  /**
   * 10,000 generated documents: 6,000 generated patients written by the library (every section,
   * unknowns, not-assessable findings, the unit mixes, full and reported precision) and 4,000 of
   * the testkit's hand-written valid documents.
   */
  @Test
  void tenThousandGeneratedDocuments_areValid_andRead() throws Exception {
    SplittableRandom r = new SplittableRandom(2020_12);
    List<Function<RandomGenerator, Patient>> sources =
        List.of(
            Generators::patient,
            Generators::planningPatient,
            Generators::patientWithNoduleCountOnly,
            GeneratorProfile.defaults().patients(),
            GeneratorProfile.completeOnly().patients(),
            GeneratorProfile.defaults().withUnknownRate(0.6).withUnits(UnitMix.SI).patients());
    int checked = 0;
    for (int i = 0; i < 6_000; i++) {
      Patient p = sources.get(i % sources.size()).apply(r);
      String json = MAPPER.writeValueAsString(p);
      validAndRead("generated " + i, json);
      checked++;
    }
    for (int i = 0; i < 4_000; i++) {
      Document d = PatientDocuments.valid(r);
      validAndRead("PatientDocuments.valid " + i, d.text());
      checked++;
    }
    assertThat(checked).isEqualTo(10_000);
  }

  /** What the schema can say about each mutation class of the testkit (docs/json.md). */
  enum SchemaVerdict {
    /** The schema rejects it, at the reader's path or below it. */
    REJECTED_AT_THE_READERS_PATH,
    /** Not JSON (or not UTF-8): there is no instance to validate; only the reader rejects it. */
    NOT_A_JSON_INSTANCE,
    /**
     * The parsed tree has no trace of the fault (a JSON parser keeps one of two duplicate keys).
     */
    INVISIBLE_TO_A_SCHEMA
  }

  private static final Map<Mutation, SchemaVerdict> EXPECTED =
      new EnumMap<>(
          Map.of(
              Mutation.SYNTAX, SchemaVerdict.NOT_A_JSON_INSTANCE,
              Mutation.ENCODING, SchemaVerdict.NOT_A_JSON_INSTANCE,
              Mutation.DUPLICATE_KEY, SchemaVerdict.INVISIBLE_TO_A_SCHEMA,
              Mutation.WRONG_UNIT, SchemaVerdict.REJECTED_AT_THE_READERS_PATH,
              Mutation.WRONG_TYPE, SchemaVerdict.REJECTED_AT_THE_READERS_PATH,
              Mutation.ABSURD_VALUE, SchemaVerdict.REJECTED_AT_THE_READERS_PATH,
              Mutation.UNKNOWN_FIELD, SchemaVerdict.REJECTED_AT_THE_READERS_PATH));

  private static SchemaVerdict verdict(Document d, String readerPath) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(d.utf8())).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return SchemaVerdict.NOT_A_JSON_INSTANCE;
    }
    List<Error> errors;
    try {
      errors = errors(text);
    } catch (RuntimeException notJson) {
      return SchemaVerdict.NOT_A_JSON_INSTANCE;
    }
    if (errors.isEmpty()) {
      return SchemaVerdict.INVISIBLE_TO_A_SCHEMA;
    }
    String pointer = readerPath.substring(1).replace('.', '/');
    boolean atPath =
        errors.stream()
            .anyMatch(
                e -> {
                  String at = e.getInstanceLocation().toString();
                  String asPointer = at.startsWith("$") ? at.substring(1).replace('.', '/') : at;
                  return asPointer.startsWith(pointer)
                      || pointer.startsWith(asPointer) && !asPointer.isEmpty()
                      || e.getProperty() != null
                          && (asPointer + "/" + e.getProperty()).startsWith(pointer);
                });
    assertThat(atPath).as(readerPath + " vs " + errors).isTrue();
    return SchemaVerdict.REJECTED_AT_THE_READERS_PATH;
  }

  @Test
  void mutatedDocuments_areRejectedByTheReader_andTheSchemaAgreesWhereASchemaCan() {
    SplittableRandom r = new SplittableRandom(13_5);
    Map<Mutation, Integer> seen = new EnumMap<>(Mutation.class);
    for (int i = 0; i < 1_400; i++) {
      Mutation m = Mutation.values()[i % Mutation.values().length];
      Document d = PatientDocuments.mutated(r, m);
      String readerPath;
      try {
        PatientReader.Reading unusedRead = PatientReader.strict().read(d.utf8());
        throw new AssertionError("the reader accepted a document labelled rejected: " + d);
      } catch (HccbmJsonException e) {
        readerPath = e.jsonPath();
      }
      assertThat(d.rejectedAt()).contains(readerPath);
      assertThat(verdict(d, readerPath)).as(m + ": " + d).isEqualTo(EXPECTED.get(m));
      seen.merge(m, 1, Integer::sum);
    }
    assertThat(seen)
        .hasSize(Mutation.values().length)
        .allSatisfy((m, n) -> assertThat(n).isEqualTo(200));
    assertThat(EXPECTED.keySet()).containsExactlyInAnyOrder(Mutation.values());
  }

  @Test
  void everyEnumerationOfTheSchema_isTheDomainEnum() throws Exception {
    com.fasterxml.jackson.databind.JsonNode s =
        new ObjectMapper().readTree(JsonSchemas.patientDocument());
    Map<String, Class<? extends Enum<?>>> byPointer = new java.util.LinkedHashMap<>();
    String lesion = "/$defs/boneLesion/properties/";
    byPointer.put("/properties/sex/anyOf/2", org.hccbm.core.patient.Sex.class);
    byPointer.put(
        "/properties/liver/anyOf/1/properties/ascites/anyOf/2", org.hccbm.core.liver.Ascites.class);
    byPointer.put(lesion + "morphology/anyOf/2", org.hccbm.core.lesion.LesionMorphology.class);
    byPointer.put(lesion + "painCharacter/anyOf/2", org.hccbm.core.lesion.PainCharacter.class);
    byPointer.put(lesion + "painSeverity/anyOf/2", org.hccbm.core.lesion.PainSeverity.class);
    byPointer.put(
        lesion + "diameterFraction/anyOf/2", org.hccbm.core.lesion.DiameterFraction.class);
    byPointer.put(lesion + "collapse/anyOf/2", org.hccbm.core.lesion.VertebralCollapse.class);
    byPointer.put(lesion + "alignment/anyOf/2", org.hccbm.core.lesion.SpinalAlignment.class);
    byPointer.put(
        lesion + "posterolateral/anyOf/2", org.hccbm.core.lesion.PosterolateralInvolvement.class);
    byPointer.put("/$defs/site/oneOf/1/properties/longBone", org.hccbm.core.lesion.LongBone.class);
    byPointer.put(
        "/$defs/site/oneOf/1/properties/region", org.hccbm.core.lesion.LongBoneRegion.class);
    byPointer.put(
        "/$defs/site/oneOf/2/properties/otherBone", org.hccbm.core.lesion.OtherBone.class);
    String primary = "/properties/primary/anyOf/1/properties/";
    byPointer.put(
        primary + "portalVeinInvasion/anyOf/2", org.hccbm.core.tumour.PortalVeinInvasion.class);
    byPointer.put(primary + "ajccT/anyOf/2", org.hccbm.core.tumour.AjccT.class);
    byPointer.put(primary + "ajccN/anyOf/2", org.hccbm.core.tumour.AjccN.class);
    String meta = "/properties/extraskeletalMetastases/anyOf/2/items/properties/";
    byPointer.put(meta + "site", org.hccbm.core.tumour.MetastasisSite.class);
    byPointer.put(meta + "pattern/anyOf/2", org.hccbm.core.tumour.MetastasisPattern.class);
    String history = "/properties/history/anyOf/1/properties/";
    byPointer.put(
        history + "boneTargetingAgents/anyOf/2/items/properties/agent",
        org.hccbm.core.history.BoneTargetingAgent.class);
    byPointer.put(
        history + "surgery/anyOf/2/items/properties/kind",
        org.hccbm.core.history.SurgeryKind.class);
    byPointer.put(
        history + "skeletalRelatedEvents/anyOf/2/items/properties/type",
        org.hccbm.core.history.SreType.class);
    byPointer.put(
        "/$defs/antithromboticTherapy/properties/kind",
        org.hccbm.core.history.AntithromboticKind.class);
    byPointer.put(
        "/$defs/antithromboticTherapy/properties/drugClasses/anyOf/1/items",
        org.hccbm.core.history.AntithromboticDrugClass.class);
    for (Map.Entry<String, Class<? extends Enum<?>>> e : byPointer.entrySet()) {
      com.fasterxml.jackson.databind.JsonNode values = s.at(e.getKey() + "/enum");
      List<String> schema = new ArrayList<>();
      values.forEach(v -> schema.add(v.asText()));
      List<String> domain =
          Stream.of(e.getValue().getEnumConstants())
              .map(c -> c.name().toLowerCase(Locale.ROOT))
              .toList();
      assertThat(schema).as(e.getKey()).containsExactlyElementsOf(domain);
    }
    List<String> escc = new ArrayList<>();
    s.at(lesion + "escc/anyOf/2/enum").forEach(v -> escc.add(v.asText()));
    assertThat(escc)
        .containsExactlyElementsOf(
            Stream.of(org.hccbm.core.lesion.EsccGrade.values())
                .map(org.hccbm.core.lesion.EsccGrade::code)
                .toList());
    List<String> grades = new ArrayList<>();
    s.at("/properties/frankel/anyOf/2/enum").forEach(v -> grades.add(v.asText()));
    assertThat(grades)
        .containsExactlyElementsOf(
            Stream.of(org.hccbm.core.neuro.FrankelGrade.values()).map(Enum::name).toList())
        .containsExactlyElementsOf(
            Stream.of(org.hccbm.core.neuro.AsiaGrade.values()).map(Enum::name).toList());
    com.fasterxml.jackson.databind.JsonNode variants = s.at("/$defs/variants/properties");
    List<String> models = new ArrayList<>();
    variants.properties().forEach(e -> models.add(e.getKey()));
    assertThat(models).containsExactlyElementsOf(org.hccbm.models.Variants.models());
    for (String model : models) {
      List<String> names = new ArrayList<>();
      variants.get(model).get("enum").forEach(v -> names.add(v.asText()));
      assertThat(names)
          .as(model)
          .containsExactlyElementsOf(
              org.hccbm.models.Variants.of(model).stream()
                  .map(org.hccbm.models.ModelVariant::name)
                  .toList());
    }
  }
}
