package org.hccbm.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.patient.Patient;
import org.hccbm.jackson.internal.DirectPatientReader;
import org.hccbm.jackson.internal.DocumentError;
import org.hccbm.jackson.internal.PatientCodec;
import org.hccbm.jackson.internal.StrictTree;
import org.hccbm.testkit.EdgeCases;
import org.hccbm.testkit.Fixtures;
import org.hccbm.testkit.GeneratorProfile;
import org.hccbm.testkit.Generators;
import org.hccbm.testkit.ProfiledGenerator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The direct reader (tokens straight into the domain factories) against the tree reader ({@link
 * StrictTree} and {@link PatientCodec}) that names every error: whatever the direct reader accepts,
 * the tree reader must accept with the same patient and variants and no ignored field, in strict
 * and relaxed mode; whatever it declines, {@link PatientReader} reads through the tree, so error
 * messages are the tree reader's by construction. It must also accept the documents the batch
 * reads, or it would gain nothing.
 */
class DirectPatientReaderTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new HccbmJacksonModule());
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final PatientCodec STRICT = new PatientCodec(true);
  private static final PatientCodec RELAXED = new PatientCodec(false);
  private static final String TOMORROW = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
  private static final String IN_A_WEEK = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();

  /** Values a mutation puts in place of another, valid and invalid in most places. */
  private static final JsonNode[] ODD = {
    F.nullNode(),
    F.textNode(""),
    F.textNode("unknown"),
    F.textNode("UNKNOWN"),
    F.numberNode(-1),
    F.numberNode(0),
    F.numberNode(1),
    F.numberNode(3),
    F.numberNode(3.0),
    F.numberNode(2.5),
    F.numberNode(70),
    F.numberNode(1L << 40),
    F.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
    F.numberNode(1e308),
    F.booleanNode(true),
    F.booleanNode(false),
    F.arrayNode(),
    F.arrayNode().add(F.nullNode()),
    F.objectNode(),
    F.textNode("T13"),
    F.textNode("L2"),
    F.textNode("C"),
    F.textNode("male"),
    F.textNode("severe"),
    F.textNode("humerus"),
    F.textNode("2020-02-29"),
    F.textNode("2021-02-29"),
    F.textNode("1899-12-31"),
    F.textNode("+2020-01-01"),
    F.textNode("2020-1-01"),
    F.textNode(TOMORROW),
    F.textNode(IN_A_WEEK),
    F.objectNode().put("value", -5).put("unit", "g/dL"),
    F.objectNode().put("value", 3.5).put("unit", "g/dL"),
    F.objectNode().put("value", 7).put("unit", "a"),
    F.objectNode().put("value", 70).put("unit", "kg"),
    F.objectNode().put("value", 2).put("unit", "cm"),
    F.objectNode().put("value", 20).put("unit", "Gy"),
    F.objectNode().put("unit", "cm").put("value", 2),
    F.objectNode().put("value", 2).put("unit", "cm").put("date", "2020-01-01"),
    F.objectNode().put("notAssessable", ""),
    F.objectNode().put("notAssessable", "amputated"),
    F.objectNode().put("notAssessable", "x").put("value", 1),
    F.objectNode().put("value", 1).put("notAssessable", "x"),
    F.objectNode().put("scale", "ecog").put("value", 2),
    F.objectNode().put("scale", "karnofsky").put("value", 70),
    F.objectNode().put("nrs", 7),
    F.objectNode().put("spinalLevel", "T12"),
    F.objectNode().put("longBone", "femur").put("region", "proximal"),
    F.objectNode().put("otherBone", "rib"),
    F.objectNode().put("spinalLevel", "T12").put("otherBone", "rib"),
    F.objectNode().put("controlled", true).put("definition", "resected"),
    F.objectNode().put("kind", "anticoagulant"),
    F.objectNode().put("child-pugh", "si-converted"),
    F.objectNode().put("child-pugh", "nonsense"),
  };

  @Test
  void acceptsFixturesAndGeneratedPatients_asTheTreeReadsThem() throws Exception {
    List<byte[]> documents = new ArrayList<>();
    for (Patient p : Fixtures.all()) {
      documents.add(MAPPER.writeValueAsBytes(p));
    }
    for (Patient p : EdgeCases.all()) {
      documents.add(MAPPER.writeValueAsBytes(p));
    }
    SplittableRandom random = new SplittableRandom(20261130L);
    ProfiledGenerator complete = ProfiledGenerator.of(GeneratorProfile.completeOnly());
    for (int i = 0; i < 1_000; i++) {
      documents.add(MAPPER.writeValueAsBytes(Generators.patient(random)));
      documents.add(MAPPER.writeValueAsBytes(Generators.planningPatient(random)));
      documents.add(MAPPER.writeValueAsBytes(Generators.patientWithNoduleCountOnly(random)));
      documents.add(MAPPER.writeValueAsBytes(complete.patient(random)));
    }
    for (byte[] doc : documents) {
      DirectPatientReader.Read direct = direct(doc);
      assertThat(direct).as(text(doc)).isNotNull();
      assertSameAsTree(doc, direct);
    }
  }

  @Test
  void acceptsVariantsRichHistoryAndNotAssessable_asTheTreeReadsThem() throws Exception {
    ObjectNode doc = (ObjectNode) MAPPER.valueToTree(Fixtures.h1());
    doc.putObject("variants").put("child-pugh", "si-converted");
    doc.put("assessmentDate", "2024-05-01");
    doc.set("weight", F.objectNode().put("notAssessable", "bedridden"));
    ObjectNode history = doc.putObject("history");
    history.put("priorSystemicTherapy", false);
    history
        .putArray("radiotherapy")
        .addObject()
        .<ObjectNode>set("site", F.objectNode().put("spinalLevel", "T12"))
        .<ObjectNode>set("totalDose", F.objectNode().put("value", 8).put("unit", "Gy"))
        .put("fractions", 1)
        .put("completed", "2024-01-02");
    history
        .putArray("boneTargetingAgents")
        .addObject()
        .put("agent", "denosumab")
        .put("started", "2023-12-01")
        .put("ongoing", true);
    history
        .putArray("surgery")
        .addObject()
        .<ObjectNode>set("site", F.objectNode().put("longBone", "femur").put("region", "proximal"))
        .put("kind", "fixation")
        .put("date", "2023-11-01");
    history
        .putArray("skeletalRelatedEvents")
        .addObject()
        .put("type", "pathological_fracture")
        .putNull("date");
    doc.set(
        "antithromboticTherapy",
        F.objectNode()
            .put("kind", "anticoagulant")
            .<ObjectNode>set("drugClasses", F.arrayNode().add("direct_oral_anticoagulant"))
            .put("lastDose", "2024-04-30"));
    byte[] bytes = MAPPER.writeValueAsBytes(doc);
    DirectPatientReader.Read tree = tree(bytes, STRICT);
    assertThat(tree).as("the document is valid: %s", doc).isNotNull();
    DirectPatientReader.Read direct = direct(bytes);
    assertThat(direct).isNotNull();
    assertSameAsTree(bytes, direct);
    assertThat(direct.variants().choices()).containsEntry("child-pugh", "si-converted");
    assertThat(direct.patient().history().radiotherapy().isKnown()).isTrue();
  }

  @Test
  void declinesWhatTheTreeRefusesOrReportsAndAgreesOnTheRest() throws Exception {
    SplittableRandom random = new SplittableRandom(20261130L);
    List<JsonNode> seeds = new ArrayList<>();
    for (Patient p : Fixtures.all()) {
      seeds.add(MAPPER.valueToTree(p));
    }
    for (Patient p : EdgeCases.all()) {
      seeds.add(MAPPER.valueToTree(p));
    }
    for (int i = 0; i < 50; i++) {
      seeds.add(MAPPER.valueToTree(Generators.patient(random)));
      seeds.add(MAPPER.valueToTree(Generators.planningPatient(random)));
    }
    int accepted = 0;
    int declined = 0;
    for (int i = 0; i < 30_000; i++) {
      JsonNode doc = seeds.get(random.nextInt(seeds.size())).deepCopy();
      int mutations = 1 + random.nextInt(3);
      for (int m = 0; m < mutations; m++) {
        mutate(doc, random);
      }
      byte[] bytes = textual(MAPPER.writeValueAsString(doc), random);
      DirectPatientReader.Read direct = direct(bytes);
      if (direct == null) {
        declined++;
      } else {
        accepted++;
        assertSameAsTree(bytes, direct);
      }
    }
    // Both outcomes are common, so the comparison above covers accepted documents of every shape.
    assertThat(accepted).isGreaterThan(3_000);
    assertThat(declined).isGreaterThan(3_000);
  }

  @Test
  void declinesEveryTextualProblemTheTreeNames() throws Exception {
    String h1 = MAPPER.writeValueAsString(Fixtures.h1());
    String body = h1.substring(1, h1.length() - 1);
    for (String doc :
        List.of(
            "",
            "null",
            "[]",
            h1 + " {}",
            h1 + " x",
            "{" + body + ",\"id\":\"again\"}",
            "{" + body + ",\"extra\":1}",
            "{\"schemaVersion\":\"9.9\"," + body.substring(body.indexOf(',') + 1) + "}",
            h1.replace("\"id\":\"H-1\"", "\"id\":\"\\uD800\""),
            h1.replace("\"labs\":{", "\"labs\":{\"albumin\":null,\"albumin\":null,"),
            h1.substring(0, h1.length() - 1))) {
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      assertThat(direct(bytes)).as(doc).isNull();
    }
    // An unknown field is declined in either mode: the relaxed reader must report it.
    byte[] extra = ("{" + body + ",\"extra\":1}").getBytes(StandardCharsets.UTF_8);
    assertThat(PatientReader.relaxed().read(extra).ignoredFields()).containsExactly("$.extra");
  }

  @Test
  void arraysAndValuesStopAtTheTreesLimits() throws Exception {
    ObjectNode doc = (ObjectNode) MAPPER.valueToTree(Fixtures.h1());
    ArrayNode nodules = F.arrayNode();
    for (int i = 0; i < StrictTree.MAX_ARRAY_ELEMENTS; i++) {
      nodules.addObject().put("value", 1).put("unit", "cm");
    }
    ((ObjectNode) doc.get("primary")).set("nodules", nodules);
    byte[] atLimit = MAPPER.writeValueAsBytes(doc);
    assertThat(direct(atLimit)).isNotNull();
    assertSameAsTree(atLimit, direct(atLimit));
    nodules.addObject().put("value", 1).put("unit", "cm");
    assertThat(direct(MAPPER.writeValueAsBytes(doc))).isNull();
  }

  // ------------------------------------------------------------------ the bytes read directly

  /** The patient documents kept in the repository: the golden patient and the demo patients. */
  static List<byte[]> repositoryPatients() throws IOException {
    List<byte[]> out = new ArrayList<>();
    out.add(Files.readAllBytes(Path.of("src/test/resources/golden/patient-h1.json")));
    try (DirectoryStream<Path> demo =
        Files.newDirectoryStream(Path.of("../cli/src/main/resources/demo"), "*.json")) {
      for (Path file : demo) {
        out.add(Files.readAllBytes(file));
      }
    }
    assertThat(out).hasSizeGreaterThanOrEqualTo(6);
    return out;
  }

  @Test
  void readsThePatientFilesOfTheRepository_asTheTreeReadsThem() throws Exception {
    for (byte[] doc : repositoryPatients()) {
      DirectPatientReader.Read direct = direct(doc);
      assertThat(direct).as(text(doc)).isNotNull();
      assertSameAsTree(doc, direct);
    }
  }

  /**
   * JSON the batch may meet that the generator does not write: whitespace of every kind, escapes
   * and non-ASCII text in strings, numbers in every form JSON has. Each is read, as the tree reads
   * it.
   */
  @Test
  void readsWhitespaceEscapesAndEveryNumberForm_asTheTreeReadsThem() throws Exception {
    String h1 = MAPPER.writeValueAsString(Fixtures.h1());
    String pretty = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Fixtures.h1());
    List<String> docs =
        List.of(
            pretty,
            pretty.replace("\n", "\r\n").replace("  ", "\t"),
            " \t\r\n" + h1 + " \t\r\n",
            h1.replace("\":", "\" :\n ").replace(",\"", " ,\t\"").replace("{\"", "{\r\n\""),
            h1.replace("\"id\":\"H-1\"", "\"id\":\"H\\u002d1\\n\\t\\\"\\\\\\/\\b\\f\\r\""),
            h1.replace("\"id\":\"H-1\"", "\"id\":\"Jos\u00e9 \u20ac \u0416\""),
            h1.replace("\"id\":\"H-1\"", "\"id\":\"\\u00e9\\u20AC\""),
            h1.replace("\"id\":\"H-1\"", "\"id\":\"\u007f\""),
            h1.replace("\"value\":68", "\"value\":68.0"),
            h1.replace("\"value\":68", "\"value\":68e0"),
            h1.replace("\"value\":68", "\"value\":0.68E+2"),
            h1.replace("\"value\":68", "\"value\":6800e-2"),
            h1.replace("\"value\":68", "\"value\":0.1234567890123456789e3"));
    // Numbers a factory may refuse: both readers refuse them, or both read them alike.
    List<String> maybe =
        List.of(
            h1.replace("\"value\":68", "\"value\":-0"),
            h1.replace("\"value\":68", "\"value\":-0.0"),
            h1.replace("\"value\":68", "\"value\":2147483647"),
            h1.replace("\"value\":68", "\"value\":2147483648"),
            h1.replace("\"value\":68", "\"value\":-2147483648"),
            h1.replace("\"value\":68", "\"value\":123456789012345678"),
            h1.replace("\"value\":68", "\"value\":0.1234567890123456789"));
    for (String doc : maybe) {
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      DirectPatientReader.Read direct = direct(bytes);
      if (tree(bytes, STRICT) == null) {
        assertThat(direct).as(doc).isNull();
      } else {
        assertSameAsTree(bytes, direct);
      }
    }
    assertThat(h1).contains("\"value\":68").contains("\"id\":\"H-1\"");
    for (String doc : docs) {
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      assertThat(tree(bytes, STRICT)).as("valid: %s", doc).isNotNull();
      DirectPatientReader.Read direct = direct(bytes);
      assertThat(direct).as(doc).isNotNull();
      assertSameAsTree(bytes, direct);
    }
  }

  /**
   * Text the tokens refuse, valid or not: the reader declines it, and {@link PatientReader} reads
   * it through the tree, which accepts what is valid and names the problem of what is not.
   */
  @Test
  void declinesSyntaxItDoesNotRead_andTheReaderStillReadsOrNamesIt() throws Exception {
    String h1 = MAPPER.writeValueAsString(Fixtures.h1());
    String id = "\"id\":\"H-1\"";
    List<String> invalid =
        List.of(
            h1.replace(id, id + ","),
            h1.replace(id, "\"id\" \"H-1\""),
            h1.replace(id, "id:\"H-1\""),
            h1.replace(id, "\"id\":'H-1'"),
            h1.replace(id, "\"id\":\"H\u0001\""),
            h1.replace(id, "\"id\":\"H\\x\""),
            h1.replace(id, "\"id\":\"H\\u12G4\""),
            h1.replace(id, "\"id\":\"H\\u12\""),
            h1.replace(id, "\"id\":\"H-1\"\"\""),
            h1.replace("true", "tru"),
            h1.replace("true", "True"),
            h1.replace("true", "truex"),
            h1.replace("\"value\":68", "\"value\":068"),
            h1.replace("\"value\":68", "\"value\":68."),
            h1.replace("\"value\":68", "\"value\":.68"),
            h1.replace("\"value\":68", "\"value\":+68"),
            h1.replace("\"value\":68", "\"value\":68e"),
            h1.replace("\"value\":68", "\"value\":-"),
            h1.replace("\"value\":68", "\"value\":68x"),
            h1.replace("\"value\":68", "\"value\":NaN"),
            h1.replace("\"value\":68", "\"value\":1e400"),
            h1 + "}",
            h1 + ",",
            "[" + h1 + "]",
            h1.substring(0, h1.length() - 1) + ",}",
            h1.replace("[", "[[[[[[[[[[[[[[[[[[[[").replace("]", "]]]]]]]]]]]]]]]]]]]]"));
    assertThat(h1).contains("\"value\":68").contains("true").contains("[");
    for (String doc : invalid) {
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      assertThat(direct(bytes)).as(doc).isNull();
      assertThat(tree(bytes, STRICT)).as(doc).isNull();
    }
    // Valid JSON the tokens leave to the tree: a surrogate pair (raw or escaped), an integer of
    // more than eighteen digits, a number of more than 64 characters.
    List<String> valid =
        List.of(
            h1.replace(id, "\"id\":\"emoji \uD83D\uDE00\""),
            h1.replace(id, "\"id\":\"emoji \\uD83D\\uDE00\""),
            h1.replace("\"value\":68", "\"value\":6800000000000000000"),
            h1.replace("\"value\":68", "\"value\":68." + "0".repeat(70)));
    for (String doc : valid) {
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      assertThat(direct(bytes)).as(doc).isNull();
      DirectPatientReader.Read tree = tree(bytes, STRICT);
      if (tree != null) {
        assertThat(PatientReader.strict().read(bytes).patient()).isEqualTo(tree.patient());
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  private static DirectPatientReader.@Nullable Read direct(byte[] bytes) {
    return DirectPatientReader.read(bytes, 0, bytes.length);
  }

  /** The tree reader's patient and variants, or null when it refuses or ignores a field. */
  private static DirectPatientReader.@Nullable Read tree(byte[] bytes, PatientCodec codec)
      throws IOException {
    try (JsonParser p = FACTORY.createParser(bytes)) {
      JsonNode tree = StrictTree.read(p);
      if (tree == null || p.nextToken() != null) {
        return null;
      }
      List<String> ignored = new ArrayList<>();
      Patient patient = codec.read(tree, ignored::add);
      if (!ignored.isEmpty()) {
        return null;
      }
      return new DirectPatientReader.Read(patient, codec.readVariants(tree));
    } catch (DocumentError | InvalidClinicalInputException e) {
      return null;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null;
    }
  }

  private static void assertSameAsTree(byte[] bytes, DirectPatientReader.@Nullable Read direct)
      throws IOException {
    assertThat(direct).isNotNull();
    for (PatientCodec codec : List.of(STRICT, RELAXED)) {
      DirectPatientReader.Read tree = tree(bytes, codec);
      assertThat(tree)
          .as("the tree reader refuses what the direct one read: %s", text(bytes))
          .isNotNull();
      assertThat(direct.patient()).as(text(bytes)).isEqualTo(tree.patient());
      assertThat(PatientCodec.write(direct.patient()))
          .isEqualTo(PatientCodec.write(tree.patient()));
      assertThat(direct.variants().choices()).isEqualTo(tree.variants().choices());
    }
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Text-level damage the tree cannot express: duplicates, truncation, trailing content. */
  private static byte[] textual(String text, SplittableRandom random) {
    String t = text;
    switch (random.nextInt(12)) {
      case 0 -> t = t.substring(0, random.nextInt(t.length()));
      case 1 -> t = t + (random.nextBoolean() ? " {}" : " 1");
      case 2 -> {
        // duplicate a field of the root
        int comma = t.indexOf(",\"");
        if (comma > 0) {
          int end = t.indexOf(",\"", comma + 1);
          if (end > comma) {
            t = t.substring(0, end) + t.substring(comma, end) + t.substring(end);
          }
        }
      }
      case 3 -> t = t.replace("\"unknown\"", "\"\\u0075nknown\"");
      case 4 -> t = t.replaceFirst("\"id\":\"", "\"id\":\"\\uDC00");
      case 5 -> t = " \n" + t + "\n ";
      default -> {
        // no textual damage
      }
    }
    return t.getBytes(StandardCharsets.UTF_8);
  }

  private static void mutate(JsonNode node, SplittableRandom random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(node, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    if (target instanceof ObjectNode o && o.size() > 0) {
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      String name = names.get(random.nextInt(names.size()));
      switch (random.nextInt(5)) {
        case 0 -> o.remove(name);
        case 1, 2 -> o.set(name, ODD[random.nextInt(ODD.length)].deepCopy());
        case 3 -> {
          // the same fields in another order
          List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
          o.properties().forEach(fields::add);
          o.removeAll();
          for (int i = fields.size(); i > 0; i--) {
            Map.Entry<String, JsonNode> e = fields.remove(random.nextInt(i));
            o.set(e.getKey(), e.getValue());
          }
        }
        default -> o.set(name + "x", ODD[random.nextInt(ODD.length)].deepCopy());
      }
    } else if (target instanceof ArrayNode a && a.size() > 0) {
      int index = random.nextInt(a.size());
      switch (random.nextInt(3)) {
        case 0 -> a.remove(index);
        case 1 -> a.add(a.get(index).deepCopy());
        default -> a.set(index, ODD[random.nextInt(ODD.length)].deepCopy());
      }
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.forEach(child -> collect(child, out));
    }
  }
}
