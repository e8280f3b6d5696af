package org.hccbm.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hccbm.jackson.PatientSchemaTest.errors;
import static org.hccbm.jackson.PatientSchemaTest.readerRejection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 point 5: the schema and the strict reader give the same verdict on each bound (both
 * sides of every floor and ceiling, per analyte and unit), each enumeration and each rule across
 * fields that the schema states; the rules it cannot state are pinned as known disagreements, as
 * docs/json.md lists them.
 */
class PatientSchemaRulesTest {
  private static final String BASE = "{\"schemaVersion\":\"1.1\",\"id\":\"x\"";

  private static String doc(String fields) {
    return BASE + (fields.isEmpty() ? "" : "," + fields) + "}";
  }

  private static void agree(String fields, boolean accepted) {
    String json = doc(fields);
    boolean schema = errors(json).isEmpty();
    boolean reader = readerRejection(json).isEmpty();
    assertThat(schema).as("schema on " + json + ": " + errors(json)).isEqualTo(accepted);
    assertThat(reader).as("reader on " + json + ": " + readerRejection(json)).isEqualTo(accepted);
  }

  private static String plain(double v) {
    return new BigDecimal(Double.toString(v)).toPlainString();
  }

  /** Every analyte, every accepted unit: both sides of the floor and the ceiling, and 0. */
  @Test
  void labBounds_perAnalyteAndUnit_agree() throws Exception {
    JsonNode defs = new ObjectMapper().readTree(JsonSchemas.patientDocument()).get("$defs");
    List<String> probed = new ArrayList<>();
    for (var e : defs.properties()) {
      if (!e.getKey().startsWith("lab-")) {
        continue;
      }
      String key = e.getKey().substring(4);
      for (JsonNode alt : e.getValue().get("oneOf")) {
        String unit = alt.at("/properties/unit/const").asText();
        JsonNode value = alt.at("/properties/value");
        boolean zero = value.has("anyOf");
        JsonNode range = zero ? value.at("/anyOf/1") : value;
        double min = range.get("minimum").asDouble();
        double max = range.get("maximum").asDouble();
        Probe p = v -> "\"labs\":{\"" + key + "\":{\"value\":" + v + ",\"unit\":\"" + unit + "\"}}";
        agree(p.at(plain(min)), true);
        agree(p.at(plain(max)), true);
        agree(p.at(plain(min * (1 - 1e-9))), false);
        agree(p.at(plain(max * (1 + 1e-9))), false);
        agree(p.at("0"), zero);
        agree(p.at(plain(min / 2)), false);
        agree(p.at("-1"), false);
        agree(p.at("\"1\""), false);
        probed.add(key + " " + unit);
      }
    }
    assertThat(probed)
        .hasSize(24)
        .contains(
            "totalBilirubin mg/dL", "calcium mmol/L", "creatinine mg/dL", "crp mg/dL", "afp ug/L");
    // The AFP of the primary tumour is read as a lab too, and may be not assessable there.
    agree("\"primary\":{\"afp\":{\"value\":0,\"unit\":\"ng/mL\"}}", true);
    agree("\"primary\":{\"afp\":{\"value\":1,\"unit\":\"[IU]/mL\"}}", false);
    agree("\"primary\":{\"afp\":{\"notAssessable\":\"haemolysed\"}}", true);
    agree("\"labs\":{\"afp\":{\"notAssessable\":\"haemolysed\"}}", false);
    agree("\"labs\":{\"albumin\":{\"value\":3,\"unit\":\"mmol/L\"}}", false);
    agree("\"labs\":{\"albumin\":{\"value\":3,\"unit\":\"g/dL\",\"date\":\"2026-01-01\"}}", true);
    agree("\"labs\":{\"albumin\":{\"value\":3}}", false);
    agree("\"labs\":{\"albumin\":\"unknown\",\"inr\":null}", true);
    agree("\"labs\":{\"albumn\":{\"value\":3,\"unit\":\"g/dL\"}}", false);
    agree("\"labs\":\"unknown\"", false);
    agree("\"labs\":null", true);
  }

  @FunctionalInterface
  private interface Probe {
    String at(String value);
  }

  @Test
  void numericBoundsOutsideTheLabs_agree() {
    agree("\"age\":{\"value\":0,\"unit\":\"a\"}", true);
    agree("\"age\":{\"value\":130,\"unit\":\"a\"}", true);
    agree("\"age\":{\"value\":131,\"unit\":\"a\"}", false);
    agree("\"age\":{\"value\":-1,\"unit\":\"a\"}", false);
    agree("\"age\":{\"value\":62,\"unit\":\"years\"}", false);
    agree("\"age\":{\"value\":62.5,\"unit\":\"a\"}", false);
    agree("\"weight\":{\"value\":0.2,\"unit\":\"kg\"}", true);
    agree("\"weight\":{\"value\":650,\"unit\":\"kg\"}", true);
    agree("\"weight\":{\"value\":0.19,\"unit\":\"kg\"}", false);
    agree("\"weight\":{\"value\":650.1,\"unit\":\"kg\"}", false);
    for (int g = -1; g <= 6; g++) {
      agree("\"performanceStatus\":{\"scale\":\"ecog\",\"value\":" + g + "}", g >= 0 && g <= 5);
    }
    for (int k = -10; k <= 110; k += 5) {
      agree(
          "\"performanceStatus\":{\"scale\":\"karnofsky\",\"value\":" + k + "}",
          k >= 0 && k <= 100 && k % 10 == 0);
    }
    agree("\"performanceStatus\":{\"scale\":\"zubrod\",\"value\":1}", false);
    for (int g = -1; g <= 5; g++) {
      agree("\"liver\":{\"encephalopathy\":" + g + "}", g >= 0 && g <= 4);
    }
    for (int n = -1; n <= 11; n++) {
      agree(lesion("\"painIntensity\":{\"nrs\":" + n + "}"), n >= 0 && n <= 10);
    }
    agree("\"primary\":{\"noduleCount\":1}", true);
    agree("\"primary\":{\"noduleCount\":0}", false);
    agree("\"primary\":{\"noduleCount\":2147483648}", false);
    for (String[] d :
        new String[][] {
          {"0.01", "cm", "true"},
          {"100", "cm", "true"},
          {"0.0099", "cm", "false"},
          {"100.01", "cm", "false"},
          {"0.1", "mm", "true"},
          {"1000", "mm", "true"},
          {"0.099", "mm", "false"},
          {"1000.1", "mm", "false"},
          {"3", "in", "false"}
        }) {
      agree(
          "\"primary\":{\"nodules\":[{\"value\":" + d[0] + ",\"unit\":\"" + d[1] + "\"}]}",
          Boolean.parseBoolean(d[2]));
    }
    for (String[] c :
        new String[][] {
          {"0.1", "1", "true"},
          {"200", "100", "true"},
          {"0.09", "1", "false"},
          {"200.1", "1", "false"},
          {"8", "0", "false"},
          {"8", "101", "false"}
        }) {
      agree(
          "\"history\":{\"radiotherapy\":[{\"site\":{\"otherBone\":\"rib\"},\"totalDose\":"
              + "{\"value\":"
              + c[0]
              + ",\"unit\":\"Gy\"},\"fractions\":"
              + c[1]
              + "}]}",
          Boolean.parseBoolean(c[2]));
    }
  }

  private static String lesion(String fields) {
    return "\"boneLesions\":[{\"id\":\"a\",\"site\":{\"spinalLevel\":\"T12\"}"
        + (fields.isEmpty() ? "" : "," + fields)
        + "}]";
  }

  private static String lesionAt(String site, String fields) {
    return "\"boneLesions\":[{\"id\":\"a\",\"site\":"
        + site
        + (fields.isEmpty() ? "" : "," + fields)
        + "}]";
  }

  @Test
  void unknownNotAssessableAndRequiredFields_agree() {
    agree("", true);
    assertThat(errors("{\"id\":\"x\"}")).isNotEmpty();
    assertThat(readerRejection("{\"id\":\"x\"}")).contains("$.schemaVersion");
    assertThat(errors("{\"schemaVersion\":\"1.1\"}")).isNotEmpty();
    assertThat(readerRejection("{\"schemaVersion\":\"1.1\"}")).contains("$.id");
    assertThat(errors("{\"schemaVersion\":\"2.0\",\"id\":\"x\"}")).isNotEmpty();
    assertThat(readerRejection("{\"schemaVersion\":\"2.0\",\"id\":\"x\"}"))
        .contains("$.schemaVersion");
    agree("\"sex\":\"unknown\",\"weight\":null,\"onDialysis\":\"unknown\"", true);
    agree("\"sex\":\"Male\"", false);
    agree("\"sex\":{\"notAssessable\":\"not recorded\"}", true);
    agree("\"sex\":{\"notAssessable\":\" \"}", false);
    agree("\"sex\":{\"notAssessable\":\"\\u001c\"}", false);
    agree("\"sex\":{\"notAssessable\":\"\\u00a0\"}", true);
    agree("\"sex\":{\"notAssessable\":\"x\",\"why\":\"y\"}", false);
    agree("\"onDialysis\":\"yes\"", false);
    agree("\"frankel\":\"E\",\"asia\":\"A\"", true);
    agree("\"frankel\":\"e\"", false);
    agree("\"frankel\":\"F\"", false);
    agree("\"liver\":{\"ascites\":\"gross\"}", false);
    agree("\"primary\":{\"control\":{\"controlled\":true,\"definition\":\" \"}}", false);
    agree("\"primary\":{\"control\":{\"controlled\":true}}", false);
    agree("\"primary\":{\"portalVeinInvasion\":\"vp4\",\"ajccT\":\"t1a\",\"ajccN\":\"n1\"}", true);
    agree("\"primary\":{\"ajccT\":\"T1a\"}", false);
    agree("\"extraskeletalMetastases\":[{\"site\":\"lung\"}]", true);
    agree("\"extraskeletalMetastases\":[{\"pattern\":\"nodular\"}]", false);
    agree("\"extraskeletalMetastases\":[{\"site\":\"unknown\"}]", false);
    agree("\"assessmentDate\":\"2026-02-29\"", false);
    agree("\"assessmentDate\":\"2024-02-29\"", true);
    agree("\"assessmentDate\":\"1899-12-31\"", false);
    agree("\"assessmentDate\":\"2024-2-9\"", false);
    agree("\"assessmentDate\":null", true);
    agree("\"variants\":{\"albi\":\"coefficient-0.0852\",\"mirels\":\"threshold-8\"}", true);
    agree("\"variants\":{\"childpugh\":\"pugh-1973\"}", false);
    agree("\"variants\":{\"albi\":\"0.0852\"}", false);
    agree("\"variants\":{\"albi\":2}", false);
    agree("\"variants\":null", true);
    agree("\"favouriteColour\":\"blue\"", false);
  }

  @Test
  void sitesAndSpinalOnlyFindings_agree() {
    for (String level :
        List.of("T12", "t12", " L3 ", "Occiput", "OCCIPUT", "coccyx", "C7", "S5", "T1", "T10")) {
      agree(lesionAt("{\"spinalLevel\":\"" + level + "\"}", ""), true);
    }
    for (String level : List.of("T13", "C0", "L6", "S6", "T 12", "", "Th12", "T012")) {
      agree(lesionAt("{\"spinalLevel\":\"" + level + "\"}", ""), false);
    }
    agree(lesionAt("{\"longBone\":\"femur\",\"region\":\"femoral_neck\"}", ""), true);
    agree(lesionAt("{\"longBone\":\"humerus\",\"region\":\"femoral_neck\"}", ""), false);
    agree(lesionAt("{\"longBone\":\"humerus\",\"region\":\"peritrochanteric\"}", ""), false);
    agree(lesionAt("{\"longBone\":\"humerus\",\"region\":\"proximal\"}", ""), true);
    agree(lesionAt("{\"longBone\":\"humerus\"}", ""), false);
    agree(lesionAt("{\"region\":\"proximal\"}", ""), false);
    agree(lesionAt("{}", ""), false);
    agree(lesionAt("{\"otherBone\":\"rib\"}", ""), true);
    // A site is one place: this was read as T12 before the reader refused it.
    agree(lesionAt("{\"spinalLevel\":\"T12\",\"otherBone\":\"rib\"}", ""), false);
    agree(
        lesionAt("{\"longBone\":\"femur\",\"region\":\"distal\",\"otherBone\":\"rib\"}", ""),
        false);
    for (String finding :
        List.of(
            "\"collapse\":\"under_half\"",
            "\"alignment\":\"normal\"",
            "\"posterolateral\":\"none\"",
            "\"escc\":\"1b\"")) {
      agree(lesionAt("{\"spinalLevel\":\"T12\"}", finding), true);
      agree(lesionAt("{\"otherBone\":\"rib\"}", finding), false);
      agree(lesionAt("{\"longBone\":\"femur\",\"region\":\"distal\"}", finding), false);
    }
    agree(
        lesionAt(
            "{\"otherBone\":\"rib\"}",
            "\"collapse\":{\"notAssessable\":\"rib\"}," + "\"escc\":\"unknown\""),
        true);
    agree(lesion("\"escc\":\"1d\""), false);
    agree(lesion("\"escc\":1"), false);
    agree("\"boneLesions\":[{\"site\":{\"otherBone\":\"rib\"}}]", false);
    agree("\"boneLesions\":[{\"id\":\" \",\"site\":{\"otherBone\":\"rib\"}}]", false);
    agree(
        lesion(
            "\"size\":{\"value\":3,\"unit\":\"cm\"},\"diameterFraction\":"
                + "\"more_than_two_thirds\",\"softTissueMass\":true,\"pathologicalFracture\":false,"
                + "\"morphology\":\"blastic\",\"painCharacter\":\"mechanical\","
                + "\"painSeverity\":\"functional\""),
        true);
    agree(
        "\"history\":{\"radiotherapy\":[{\"site\":{\"spinalLevel\":\"T12\",\"otherBone\":"
            + "\"rib\"},\"totalDose\":{\"value\":8,\"unit\":\"Gy\"},\"fractions\":1}]}",
        false);
    agree(
        "\"history\":{\"surgery\":[{\"site\":{\"otherBone\":\"pelvis\"},\"kind\":\"fixation\","
            + "\"date\":null}],\"boneTargetingAgents\":[{\"agent\":\"denosumab\",\"ongoing\":"
            + "\"unknown\"}],\"skeletalRelatedEvents\":[{\"type\":\"hypercalcaemia\"}]}",
        true);
    agree("\"history\":{\"surgery\":[{\"site\":{\"otherBone\":\"pelvis\"}}]}", false);
  }

  @Test
  void antithromboticRules_agree() {
    String t = "\"antithromboticTherapy\":";
    agree(t + "{\"kind\":\"none\"}", true);
    agree(t + "{\"kind\":\"none\",\"drugClasses\":[]}", true);
    agree(t + "{\"kind\":\"none\",\"drugClasses\":[\"aspirin\"]}", false);
    agree(t + "{\"kind\":\"none\",\"lastDose\":\"2026-01-01\"}", false);
    agree(t + "{\"kind\":\"none\",\"lastDose\":null}", true);
    agree(
        t + "{\"kind\":\"antiplatelet\",\"drugClasses\":[\"aspirin\",\"p2y12_inhibitor\"]}", true);
    agree(t + "{\"kind\":\"antiplatelet\",\"drugClasses\":[\"aspirin\",\"heparin\"]}", false);
    agree(
        t
            + "{\"kind\":\"anticoagulant\",\"drugClasses\":[\"aspirin\",\"heparin\"],"
            + "\"lastDose\":\"2026-01-01\"}",
        true);
    agree(t + "{\"kind\":\"anticoagulant\",\"drugClasses\":[\"aspirin\"]}", true);
    agree(t + "{\"kind\":\"anticoagulant\",\"drugClasses\":[\"warfarin\"]}", false);
    agree(t + "{\"drugClasses\":[\"aspirin\"]}", false);
  }

  /**
   * The rules a JSON Schema cannot state (docs/json.md, "JSON Schema"): the schema accepts these
   * documents and only the reader refuses them. Each is pinned so that a change on either side
   * shows up here.
   */
  @Test
  void rulesTheSchemaCannotState_areTheReadersAlone() {
    List<String[]> only =
        List.of(
            new String[] {
              "\"assessmentDate\":\"2026-01-10\",\"labs\":{\"albumin\":{\"value\":3,"
                  + "\"unit\":\"g/dL\",\"date\":\"2026-01-11\"}}",
              "$.labs.albumin.date"
            },
            new String[] {"\"assessmentDate\":\"9999-01-01\"", "$.assessmentDate"},
            new String[] {
              "\"boneLesions\":[{\"id\":\"a\",\"site\":{\"otherBone\":\"rib\"}},"
                  + "{\"id\":\"a\",\"site\":{\"otherBone\":\"sternum\"}}]",
              "$"
            },
            new String[] {
              "\"primary\":{\"nodules\":[{\"value\":2,\"unit\":\"cm\"}]," + "\"noduleCount\":2}",
              "$.primary.noduleCount"
            });
    for (String[] c : only) {
      String json = doc(c[0]);
      assertThat(errors(json)).as(json).isEmpty();
      assertThat(readerRejection(json)).as(json).contains(c[1]);
    }
    // A whole number written with a fraction: an integer to JSON Schema (draft 2020-12 §6.3 of
    // the validation vocabulary: 62.0 is an integer), but the reader wants it written whole.
    String age = doc("\"age\":{\"value\":62.0,\"unit\":\"a\"}");
    assertThat(readerRejection(age)).contains("$.age.value");
    assertThat(errors(age)).as("networknt follows the specification here").isEmpty();
  }
}
