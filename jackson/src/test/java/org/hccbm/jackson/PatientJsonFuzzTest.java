package org.hccbm.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.hccbm.core.patient.Patient;
import org.hccbm.models.Models;
import org.hccbm.models.treatment.TreatmentPlanner;
import org.hccbm.testkit.Fixtures;
import org.hccbm.testkit.Generators;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation fuzzing of patient documents: whatever the damage, reading either gives a patient
 * that every model and the planner can evaluate, or a JsonProcessingException with a message —
 * never another exception. (Coverage-guided fuzzing with Jazzer is future work.)
 */
class PatientJsonFuzzTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new HccbmJacksonModule());
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final JsonNode[] ODD = {
    F.nullNode(),
    F.textNode(""),
    F.textNode("unknown"),
    F.numberNode(-1),
    F.numberNode(0),
    F.numberNode(1e308),
    F.numberNode(Double.NaN),
    F.booleanNode(true),
    F.arrayNode(),
    F.objectNode(),
    F.textNode("T13"),
    F.objectNode().put("value", -5).put("unit", "g/dL"),
    F.objectNode().put("notAssessable", "")
  };

  @Test
  void mutatedDocuments_giveAPatientOrATypedError() throws Exception {
    SplittableRandom random = new SplittableRandom(20261129L);
    List<JsonNode> seeds = new ArrayList<>();
    for (Patient p : Fixtures.all()) {
      seeds.add(MAPPER.valueToTree(p));
    }
    for (int i = 0; i < 50; i++) {
      seeds.add(MAPPER.valueToTree(Generators.patient(random)));
    }
    int read = 0;
    int rejected = 0;
    for (int i = 0; i < 20_000; i++) {
      JsonNode doc = seeds.get(random.nextInt(seeds.size())).deepCopy();
      int mutations = 1 + random.nextInt(3);
      for (int m = 0; m < mutations; m++) {
        mutate(doc, random);
      }
      String text = MAPPER.writeValueAsString(doc);
      if (random.nextInt(10) == 0) {
        text = text.substring(0, random.nextInt(text.length()));
      }
      try {
        Patient p = MAPPER.readValue(text, Patient.class);
        assertThat(Models.evaluate(p)).as("seed 20261129 try %d: %s", i, text).isNotEmpty();
        assertThat(TreatmentPlanner.DEFAULT.plan(p).items()).isNotNull();
        read++;
      } catch (JsonProcessingException e) {
        assertThat(e.getOriginalMessage()).as("try %d", i).isNotBlank();
        rejected++;
      } catch (RuntimeException e) {
        throw new AssertionError("seed 20261129 try " + i + " threw " + e + " for " + text, e);
      }
    }
    assertThat(read).isPositive();
    assertThat(rejected).isPositive();
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
      switch (random.nextInt(3)) {
        case 0 -> o.remove(name);
        case 1 -> o.set(name, ODD[random.nextInt(ODD.length)].deepCopy());
        default -> o.set(name + "x", ODD[random.nextInt(ODD.length)].deepCopy());
      }
    } else if (target instanceof ArrayNode a && a.size() > 0) {
      int index = random.nextInt(a.size());
      if (random.nextBoolean()) {
        a.remove(index);
      } else {
        a.set(index, ODD[random.nextInt(ODD.length)].deepCopy());
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
