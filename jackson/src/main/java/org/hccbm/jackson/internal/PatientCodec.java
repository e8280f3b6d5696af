package org.hccbm.jackson.internal;

import static org.hccbm.jackson.internal.Json.F;
import static org.hccbm.jackson.internal.Json.bool;
import static org.hccbm.jackson.internal.Json.date;
import static org.hccbm.jackson.internal.Json.enumValue;
import static org.hccbm.jackson.internal.Json.integer;
import static org.hccbm.jackson.internal.Json.name;
import static org.hccbm.jackson.internal.Json.number;
import static org.hccbm.jackson.internal.Json.obj;
import static org.hccbm.jackson.internal.Json.text;
import static org.hccbm.jackson.internal.Json.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hccbm.core.Diameter;
import org.hccbm.core.Observed;
import org.hccbm.core.history.AntithromboticDrugClass;
import org.hccbm.core.history.AntithromboticKind;
import org.hccbm.core.history.AntithromboticTherapy;
import org.hccbm.core.history.BoneTargetingAgent;
import org.hccbm.core.history.BtaExposure;
import org.hccbm.core.history.RadiotherapyCourse;
import org.hccbm.core.history.SkeletalRelatedEvent;
import org.hccbm.core.history.SreType;
import org.hccbm.core.history.SurgeryKind;
import org.hccbm.core.history.SurgeryRecord;
import org.hccbm.core.history.TreatmentHistory;
import org.hccbm.core.lab.Afp;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.AlkalinePhosphatase;
import org.hccbm.core.lab.Analyte;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Calcium;
import org.hccbm.core.lab.Creatinine;
import org.hccbm.core.lab.Crp;
import org.hccbm.core.lab.Haemoglobin;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.LabPanel;
import org.hccbm.core.lab.LabValue;
import org.hccbm.core.lab.Ldh;
import org.hccbm.core.lab.Platelets;
import org.hccbm.core.lab.PtProlongation;
import org.hccbm.core.lab.Sodium;
import org.hccbm.core.lab.WhiteCellCount;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.DiameterFraction;
import org.hccbm.core.lesion.EsccGrade;
import org.hccbm.core.lesion.LesionMorphology;
import org.hccbm.core.lesion.LongBone;
import org.hccbm.core.lesion.LongBoneRegion;
import org.hccbm.core.lesion.LongBoneSite;
import org.hccbm.core.lesion.OtherBone;
import org.hccbm.core.lesion.PainCharacter;
import org.hccbm.core.lesion.PainIntensity;
import org.hccbm.core.lesion.PainSeverity;
import org.hccbm.core.lesion.PosterolateralInvolvement;
import org.hccbm.core.lesion.SkeletalSite;
import org.hccbm.core.lesion.SpinalAlignment;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.lesion.VertebralCollapse;
import org.hccbm.core.liver.Ascites;
import org.hccbm.core.liver.Encephalopathy;
import org.hccbm.core.liver.LiverBedside;
import org.hccbm.core.neuro.AsiaGrade;
import org.hccbm.core.neuro.FrankelGrade;
import org.hccbm.core.patient.Age;
import org.hccbm.core.patient.BodyWeight;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.patient.Sex;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.Karnofsky;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.tumour.AjccN;
import org.hccbm.core.tumour.AjccT;
import org.hccbm.core.tumour.ExtraskeletalMetastasis;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.core.tumour.MetastasisPattern;
import org.hccbm.core.tumour.MetastasisSite;
import org.hccbm.core.tumour.PortalVeinInvasion;
import org.hccbm.core.tumour.PrimaryControl;
import org.hccbm.core.tumour.PrimaryHcc;
import org.hccbm.jackson.AssessmentRequest;
import org.hccbm.models.VariantSelection;

/**
 * Reads and writes the patient document (docs/json.md) through the domain factories, so every
 * validation runs; unknown is written as "unknown", never as a default value.
 */
public final class PatientCodec {
  /** The schema version written. */
  public static final String SCHEMA_VERSION = "1.1";

  /**
   * The schema versions read: 1.1 adds the optional "variants" object; 1.0 documents stay valid.
   */
  public static final List<String> READABLE_VERSIONS = List.of("1.0", "1.1");

  private static final Map<Analyte, String> LAB_KEYS = labKeys();
  private static final String[] LAB_FIELDS = LAB_KEYS.values().toArray(String[]::new);

  private final Json json;

  /**
   * Creates a codec.
   *
   * @param strict whether unknown fields are an error
   */
  public PatientCodec(boolean strict) {
    this.json = new Json(strict);
  }

  /** The document's key for an analyte in "labs". */
  static String labKey(Analyte analyte) {
    // every analyte has its key (labKeys() lists them all)
    return java.util.Objects.requireNonNull(LAB_KEYS.get(analyte), "lab key");
  }

  private static Map<Analyte, String> labKeys() {
    Map<Analyte, String> m = new EnumMap<>(Analyte.class);
    m.put(Analyte.TOTAL_BILIRUBIN, "totalBilirubin");
    m.put(Analyte.ALBUMIN, "albumin");
    m.put(Analyte.INR, "inr");
    m.put(Analyte.PT_PROLONGATION, "ptProlongation");
    m.put(Analyte.CREATININE, "creatinine");
    m.put(Analyte.SODIUM, "sodium");
    m.put(Analyte.PLATELETS, "platelets");
    m.put(Analyte.CALCIUM, "calcium");
    m.put(Analyte.LDH, "ldh");
    m.put(Analyte.CRP, "crp");
    m.put(Analyte.AFP, "afp");
    m.put(Analyte.ALKALINE_PHOSPHATASE, "alkalinePhosphatase");
    m.put(Analyte.HAEMOGLOBIN, "haemoglobin");
    m.put(Analyte.WHITE_CELL_COUNT, "whiteCellCount");
    return m;
  }

  // ------------------------------------------------------------------ reading

  /**
   * Reads a patient.
   *
   * @param root the document
   * @return the patient
   * @throws DocumentError naming the JSON path, the constraint and the value
   */
  public Patient read(JsonNode root) {
    boolean owner = Json.NOTES.get() == null;
    if (owner) {
      Json.NOTES.set(new Json.ReadNotes(field -> {}));
    }
    try {
      return readDated(root);
    } finally {
      if (owner) {
        Json.NOTES.remove();
      }
    }
  }

  /**
   * Reads a patient, reporting each field a relaxed codec ignores.
   *
   * @param root the document
   * @param ignoredField receives the JSON path of each ignored field, in document order
   * @return the patient
   * @throws DocumentError naming the JSON path, the constraint and the value
   */
  public Patient read(JsonNode root, java.util.function.Consumer<String> ignoredField) {
    Json.NOTES.set(new Json.ReadNotes(ignoredField));
    try {
      return read(root);
    } finally {
      Json.NOTES.remove();
    }
  }

  /**
   * Checks every date the document holds against its assessment date: none may lie after it (a
   * sample cannot be taken, nor a course completed, after the date the record describes). A
   * document without an assessment date is checked against today (UTC) plus one day, so that every
   * time zone's today passes; the assessment date itself is checked the same way.
   */
  private static void checkDates(Optional<java.time.LocalDate> assessed) {
    if (Json.NOTES.get().dates.isEmpty()) {
      return; // no date to check: the clock is not read
    }
    java.time.LocalDate tomorrow = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1);
    for (Map.Entry<String, java.time.LocalDate> e : Json.NOTES.get().dates.entrySet()) {
      boolean isAssessment = e.getKey().equals("$.assessmentDate");
      java.time.LocalDate limit = isAssessment ? tomorrow : assessed.orElse(tomorrow);
      if (e.getValue().isAfter(limit)) {
        throw new DocumentError(
            e.getKey(),
            isAssessment || assessed.isEmpty()
                ? "must not lie in the future (after " + limit + "), was " + e.getValue()
                : "must not lie after the assessment date " + limit + ", was " + e.getValue());
      }
    }
  }

  private Patient readDated(JsonNode root) {
    String p = "$";
    json.object(
        root,
        p,
        "schemaVersion",
        "id",
        "assessmentDate",
        "age",
        "sex",
        "weight",
        "performanceStatus",
        "performanceStatusCancerRelated",
        "labs",
        "liver",
        "onDialysis",
        "primary",
        "extraskeletalMetastases",
        "boneLesions",
        "frankel",
        "asia",
        "history",
        "variants",
        "antithromboticTherapy");
    String version = text(root.get("schemaVersion"), p + ".schemaVersion");
    if (!READABLE_VERSIONS.contains(version)) {
      throw new DocumentError(
          p + ".schemaVersion",
          "must be \""
              + String.join("\" or \"", READABLE_VERSIONS)
              + "\", was \""
              + version
              + "\"");
    }
    VariantSelection unusedCheckedHere = variants(root, p); // read by readVariants
    String id = text(root.get("id"), p + ".id");
    Optional<java.time.LocalDate> assessed =
        Json.field(root, "assessmentDate").map(n -> date(n, p + ".assessmentDate"));
    LabPanel labs =
        Json.field(root, "labs").map(n -> labs(n, p + ".labs")).orElse(LabPanel.empty());
    PrimaryHcc primary =
        Json.field(root, "primary")
            .map(n -> primary(n, p + ".primary"))
            .orElse(PrimaryHcc.unknown());
    TreatmentHistory history =
        Json.field(root, "history")
            .map(n -> history(n, p + ".history"))
            .orElse(TreatmentHistory.unknown());
    LiverBedside liver =
        Json.field(root, "liver").map(n -> liver(n, p + ".liver")).orElse(LiverBedside.unknown());
    checkDates(assessed);
    return Json.guard(
        p,
        () ->
            new Patient(
                id,
                assessed,
                json.observed(root, "age", p, (n, q) -> Age.years(quantityInt(n, q, "a"))),
                json.observed(root, "sex", p, (n, q) -> enumValue(n, q, Sex.class)),
                json.observed(root, "weight", p, (n, q) -> BodyWeight.kg(quantity(n, q, "kg"))),
                json.observed(root, "performanceStatus", p, this::performance),
                json.observed(root, "performanceStatusCancerRelated", p, Json::bool),
                labs,
                liver,
                json.observed(root, "onDialysis", p, Json::bool),
                primary,
                json.observed(
                    root,
                    "extraskeletalMetastases",
                    p,
                    (n, q) -> json.list(n, q, this::metastasis)),
                json.observed(root, "boneLesions", p, (n, q) -> json.list(n, q, this::lesion)),
                json.observed(root, "frankel", p, (n, q) -> FrankelGrade.valueOf(letter(n, q))),
                json.observed(root, "asia", p, (n, q) -> AsiaGrade.valueOf(letter(n, q))),
                history,
                json.observed(root, "antithromboticTherapy", p, this::antithrombotic)));
  }

  private AntithromboticTherapy antithrombotic(JsonNode n, String path) {
    json.object(n, path, "kind", "drugClasses", "lastDose");
    AntithromboticKind kind = enumValue(n.get("kind"), path + ".kind", AntithromboticKind.class);
    List<AntithromboticDrugClass> classes =
        Json.field(n, "drugClasses")
            .map(
                x ->
                    json.list(
                        x,
                        path + ".drugClasses",
                        (c, q) -> enumValue(c, q, AntithromboticDrugClass.class)))
            .orElse(List.of());
    Optional<java.time.LocalDate> last =
        Json.field(n, "lastDose").map(d -> date(d, path + ".lastDose"));
    return Json.guard(path, () -> new AntithromboticTherapy(kind, classes, last));
  }

  /**
   * Reads the optional "variants" object of a document already read as a patient.
   *
   * @param root the document
   * @return the chosen variants
   * @throws DocumentError naming the JSON path, the constraint and the value
   */
  public VariantSelection readVariants(JsonNode root) {
    return variants(root, "$");
  }

  /**
   * Reads a patient document with its optional "variants" object.
   *
   * @param root the document
   * @return the patient and the chosen variants
   * @throws DocumentError naming the JSON path, the constraint and the value
   */
  public AssessmentRequest readRequest(JsonNode root) {
    Patient patient = read(root);
    return new AssessmentRequest(patient, variants(root, "$"));
  }

  /**
   * Reads the "variants" object: model id to variant name, each checked against the registry
   * ({@code $.variants.child-pugh: variant of child-pugh must be one of …, was "x"}).
   */
  private static VariantSelection variants(JsonNode root, String p) {
    JsonNode n = root.get("variants");
    if (n == null || n.isNull()) {
      return VariantSelection.defaults();
    }
    String path = p + ".variants";
    if (!n.isObject()) {
      throw new DocumentError(
          path, "must be an object (model id to variant name), was " + Json.describe(n));
    }
    VariantSelection chosen = VariantSelection.defaults();
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      String q = path + "." + e.getKey();
      String name = text(e.getValue(), q);
      VariantSelection before = chosen;
      chosen = Json.guard(q, () -> before.with(e.getKey(), name));
    }
    return chosen;
  }

  private static String letter(JsonNode n, String path) {
    String s = text(n, path);
    // one letter A to E (a check, not a regular expression compiled per call)
    if (s.length() != 1 || s.charAt(0) < 'A' || s.charAt(0) > 'E') {
      throw new DocumentError(path, "must be one of A, B, C, D, E, was \"" + s + "\"");
    }
    return s;
  }

  private double quantity(JsonNode n, String path, String... units) {
    json.object(n, path, "value", "unit");
    String unit = text(n.get("unit"), path + ".unit");
    if (!List.of(units).contains(unit)) {
      throw new DocumentError(
          path + ".unit", "must be " + String.join(" or ", units) + ", was \"" + unit + "\"");
    }
    return number(n.get("value"), path + ".value");
  }

  private int quantityInt(JsonNode n, String path, String unit) {
    double unusedChecksTheUnit = quantity(n, path, unit);
    return integer(n.get("value"), path + ".value");
  }

  private PerformanceStatus performance(JsonNode n, String path) {
    json.object(n, path, "scale", "value");
    String scale = text(n.get("scale"), path + ".scale");
    int value = integer(n.get("value"), path + ".value");
    return switch (scale) {
      case "ecog" -> PerformanceStatus.of(Json.guard(path + ".value", () -> Ecog.of(value)));
      case "karnofsky" ->
          PerformanceStatus.of(Json.guard(path + ".value", () -> Karnofsky.of(value)));
      default ->
          throw new DocumentError(
              path + ".scale", "must be \"ecog\" or \"karnofsky\", " + "was \"" + scale + "\"");
    };
  }

  private LabPanel labs(JsonNode n, String path) {
    json.object(n, path, LAB_FIELDS);
    List<LabValue> values = new ArrayList<>();
    for (Map.Entry<Analyte, String> e : LAB_KEYS.entrySet()) {
      JsonNode v = n.get(e.getValue());
      if (v == null || v.isNull() || (v.isTextual() && v.asText().equals(Json.UNKNOWN))) {
        continue;
      }
      values.add(lab(e.getKey(), v, path + "." + e.getValue()));
    }
    return Json.guard(path, () -> LabPanel.of(values));
  }

  private LabValue lab(Analyte analyte, JsonNode n, String path) {
    json.object(n, path, "value", "unit", "date");
    double value = number(n.get("value"), path + ".value");
    String unit = text(n.get("unit"), path + ".unit");
    Optional<java.time.LocalDate> date = Json.field(n, "date").map(d -> date(d, path + ".date"));
    LabValue lab =
        Json.guard(
            path,
            () ->
                switch (analyte) {
                  case TOTAL_BILIRUBIN ->
                      dated(Bilirubin.of(value, unit), date, Bilirubin::takenOn);
                  case ALBUMIN -> dated(Albumin.of(value, unit), date, Albumin::takenOn);
                  case INR -> dated(Inr.of(value, unit), date, Inr::takenOn);
                  case PT_PROLONGATION ->
                      dated(PtProlongation.of(value, unit), date, PtProlongation::takenOn);
                  case CREATININE -> dated(Creatinine.of(value, unit), date, Creatinine::takenOn);
                  case SODIUM -> dated(Sodium.of(value, unit), date, Sodium::takenOn);
                  case PLATELETS -> dated(Platelets.of(value, unit), date, Platelets::takenOn);
                  case CALCIUM -> dated(Calcium.of(value, unit), date, Calcium::takenOn);
                  case LDH -> dated(Ldh.of(value, unit), date, Ldh::takenOn);
                  case CRP -> dated(Crp.of(value, unit), date, Crp::takenOn);
                  case AFP -> dated(Afp.of(value, unit), date, Afp::takenOn);
                  case ALKALINE_PHOSPHATASE ->
                      dated(
                          AlkalinePhosphatase.of(value, unit), date, AlkalinePhosphatase::takenOn);
                  case HAEMOGLOBIN ->
                      dated(Haemoglobin.of(value, unit), date, Haemoglobin::takenOn);
                  case WHITE_CELL_COUNT ->
                      dated(WhiteCellCount.of(value, unit), date, WhiteCellCount::takenOn);
                });
    return lab;
  }

  private static <T extends LabValue> T dated(
      T value,
      Optional<java.time.LocalDate> date,
      java.util.function.BiFunction<T, java.time.LocalDate, T> takenOn) {
    return date.map(d -> takenOn.apply(value, d)).orElse(value);
  }

  private LiverBedside liver(JsonNode n, String path) {
    json.object(n, path, "ascites", "encephalopathy", "cholestaticDisease");
    return new LiverBedside(
        json.observed(n, "ascites", path, (x, q) -> enumValue(x, q, Ascites.class)),
        json.observed(
            n,
            "encephalopathy",
            path,
            (x, q) -> Json.guard(q, () -> Encephalopathy.of(integer(x, q)))),
        json.observed(n, "cholestaticDisease", path, Json::bool));
  }

  private PrimaryHcc primary(JsonNode n, String path) {
    json.object(
        n,
        path,
        "control",
        "nodules",
        "macrovascularInvasion",
        "portalVeinInvasion",
        "ajccT",
        "ajccN",
        "afp",
        "noduleCount");
    Observed<PrimaryControl> control =
        json.observed(
            n,
            "control",
            path,
            (x, q) -> {
              json.object(x, q, "controlled", "definition");
              return Json.guard(
                  q,
                  () ->
                      new PrimaryControl(
                          bool(x.get("controlled"), q + ".controlled"),
                          text(x.get("definition"), q + ".definition")));
            });
    Observed<IntrahepaticTumour> nodules =
        json.observed(
            n, "nodules", path, (x, q) -> new IntrahepaticTumour(json.list(x, q, this::diameter)));
    Observed<Boolean> macro = json.observed(n, "macrovascularInvasion", path, Json::bool);
    Observed<PortalVeinInvasion> vp =
        json.observed(
            n, "portalVeinInvasion", path, (x, q) -> enumValue(x, q, PortalVeinInvasion.class));
    Observed<AjccT> t = json.observed(n, "ajccT", path, (x, q) -> enumValue(x, q, AjccT.class));
    Observed<AjccN> nCat = json.observed(n, "ajccN", path, (x, q) -> enumValue(x, q, AjccN.class));
    Observed<Afp> afp = json.observed(n, "afp", path, (x, q) -> (Afp) lab(Analyte.AFP, x, q));
    Observed<Integer> count = json.observed(n, "noduleCount", path, Json::integer);
    return Json.guard(
        path + ".noduleCount",
        () -> new PrimaryHcc(control, nodules, macro, vp, t, nCat, afp, count));
  }

  private Diameter diameter(JsonNode n, String path) {
    double v = quantity(n, path, "cm", "mm");
    return Json.guard(
        path, () -> n.get("unit").asText().equals("cm") ? Diameter.cm(v) : Diameter.mm(v));
  }

  private ExtraskeletalMetastasis metastasis(JsonNode n, String path) {
    json.object(n, path, "site", "pattern", "resectable", "treatable");
    return new ExtraskeletalMetastasis(
        enumValue(n.get("site"), path + ".site", MetastasisSite.class),
        json.observed(n, "pattern", path, (x, q) -> enumValue(x, q, MetastasisPattern.class)),
        json.observed(n, "resectable", path, Json::bool),
        json.observed(n, "treatable", path, Json::bool));
  }

  private SkeletalSite site(JsonNode n, String path) {
    json.object(n, path, "spinalLevel", "longBone", "region", "otherBone");
    int kinds =
        (n.has("spinalLevel") ? 1 : 0)
            + (n.has("longBone") || n.has("region") ? 1 : 0)
            + (n.has("otherBone") ? 1 : 0);
    if (kinds > 1) {
      // A site is one place: {"spinalLevel": "T12", "otherBone": "rib"} used to be read as T12.
      throw new DocumentError(
          path,
          "must name only one of a spinalLevel, a longBone with its "
              + "region, or an otherBone, was "
              + Json.describe(n));
    }
    if (n.has("spinalLevel")) {
      return Json.guard(
          path + ".spinalLevel",
          () -> SpinalLevel.parse(text(n.get("spinalLevel"), path + ".spinalLevel")));
    }
    if (n.has("longBone")) {
      LongBone bone = enumValue(n.get("longBone"), path + ".longBone", LongBone.class);
      LongBoneRegion region = enumValue(n.get("region"), path + ".region", LongBoneRegion.class);
      return Json.guard(path, () -> LongBoneSite.of(bone, region));
    }
    if (n.has("otherBone")) {
      return enumValue(n.get("otherBone"), path + ".otherBone", OtherBone.class);
    }
    throw new DocumentError(
        path,
        "must name a spinalLevel, a longBone with its region, or an "
            + "otherBone, was "
            + Json.describe(n));
  }

  private BoneLesion lesion(JsonNode n, String path) {
    json.object(
        n,
        path,
        "id",
        "site",
        "morphology",
        "painCharacter",
        "painSeverity",
        "size",
        "diameterFraction",
        "softTissueMass",
        "pathologicalFracture",
        "collapse",
        "alignment",
        "posterolateral",
        "escc",
        "painIntensity");
    String id = text(n.get("id"), path + ".id");
    SkeletalSite site = site(n.get("site"), path + ".site");
    return Json.guard(
        path,
        () ->
            new BoneLesion(
                id,
                site,
                json.observed(
                    n, "morphology", path, (x, q) -> enumValue(x, q, LesionMorphology.class)),
                json.observed(
                    n, "painCharacter", path, (x, q) -> enumValue(x, q, PainCharacter.class)),
                json.observed(
                    n, "painSeverity", path, (x, q) -> enumValue(x, q, PainSeverity.class)),
                json.observed(n, "size", path, this::diameter),
                json.observed(
                    n, "diameterFraction", path, (x, q) -> enumValue(x, q, DiameterFraction.class)),
                json.observed(n, "softTissueMass", path, Json::bool),
                json.observed(n, "pathologicalFracture", path, Json::bool),
                json.observed(
                    n, "collapse", path, (x, q) -> enumValue(x, q, VertebralCollapse.class)),
                json.observed(
                    n, "alignment", path, (x, q) -> enumValue(x, q, SpinalAlignment.class)),
                json.observed(
                    n,
                    "posterolateral",
                    path,
                    (x, q) -> enumValue(x, q, PosterolateralInvolvement.class)),
                json.observed(
                    n, "escc", path, (x, q) -> Json.guard(q, () -> EsccGrade.parse(text(x, q)))),
                json.observed(
                    n,
                    "painIntensity",
                    path,
                    (x, q) -> {
                      json.object(x, q, "nrs");
                      int nrs = integer(x.get("nrs"), q + ".nrs");
                      return Json.guard(q + ".nrs", () -> PainIntensity.nrs(nrs));
                    })));
  }

  private TreatmentHistory history(JsonNode n, String path) {
    json.object(
        n,
        path,
        "priorSystemicTherapy",
        "radiotherapy",
        "boneTargetingAgents",
        "surgery",
        "skeletalRelatedEvents");
    return new TreatmentHistory(
        json.observed(n, "priorSystemicTherapy", path, Json::bool),
        json.observed(
            n,
            "radiotherapy",
            path,
            (x, q) ->
                json.list(
                    x,
                    q,
                    (c, r) -> {
                      json.object(c, r, "site", "totalDose", "fractions", "completed");
                      SkeletalSite site = site(c.get("site"), r + ".site");
                      double dose = quantity(c.get("totalDose"), r + ".totalDose", "Gy");
                      int fractions = integer(c.get("fractions"), r + ".fractions");
                      Optional<java.time.LocalDate> done =
                          Json.field(c, "completed").map(d -> date(d, r + ".completed"));
                      return Json.guard(
                          r, () -> new RadiotherapyCourse(site, dose, fractions, done));
                    })),
        json.observed(
            n,
            "boneTargetingAgents",
            path,
            (x, q) ->
                json.list(
                    x,
                    q,
                    (c, r) -> {
                      json.object(c, r, "agent", "started", "ongoing");
                      return new BtaExposure(
                          enumValue(c.get("agent"), r + ".agent", BoneTargetingAgent.class),
                          Json.field(c, "started").map(d -> date(d, r + ".started")),
                          json.observed(c, "ongoing", r, Json::bool));
                    })),
        json.observed(
            n,
            "surgery",
            path,
            (x, q) ->
                json.list(
                    x,
                    q,
                    (c, r) -> {
                      json.object(c, r, "site", "kind", "date");
                      return new SurgeryRecord(
                          site(c.get("site"), r + ".site"),
                          enumValue(c.get("kind"), r + ".kind", SurgeryKind.class),
                          Json.field(c, "date").map(d -> date(d, r + ".date")));
                    })),
        json.observed(
            n,
            "skeletalRelatedEvents",
            path,
            (x, q) ->
                json.list(
                    x,
                    q,
                    (c, r) -> {
                      json.object(c, r, "type", "date");
                      return new SkeletalRelatedEvent(
                          enumValue(c.get("type"), r + ".type", SreType.class),
                          Json.field(c, "date").map(d -> date(d, r + ".date")));
                    })));
  }

  // ------------------------------------------------------------------ writing

  /**
   * Writes a patient document with its "variants" object (only the variants chosen; omitted when
   * none were).
   *
   * @param request the patient and the chosen variants
   * @return the document
   */
  public static ObjectNode write(AssessmentRequest request) {
    ObjectNode o = write(request.patient());
    if (!request.variants().choices().isEmpty()) {
      ObjectNode v = o.putObject("variants");
      request.variants().choices().forEach(v::put);
    }
    return o;
  }

  /**
   * Writes a patient.
   *
   * @param patient the patient
   * @return the document
   */
  public static ObjectNode write(Patient patient) {
    ObjectNode o = obj();
    o.put("schemaVersion", SCHEMA_VERSION);
    o.put("id", patient.id());
    patient.assessmentDate().ifPresent(d -> o.put("assessmentDate", d.toString()));
    o.set("age", Json.write(patient.age(), a -> quantity(a.years(), "a")));
    o.set("sex", Json.write(patient.sex(), s -> F.textNode(name(s))));
    o.set("weight", Json.write(patient.weight(), w -> quantity(w.kg(), "kg")));
    o.set(
        "performanceStatus",
        Json.write(
            patient.performanceStatus(),
            ps -> {
              ObjectNode n = obj();
              ps.nativeEcog()
                  .ifPresentOrElse(
                      e -> n.put("scale", "ecog").put("value", e.grade()),
                      () ->
                          n.put("scale", "karnofsky")
                              .put("value", ps.nativeKarnofsky().orElseThrow().percent()));
              return n;
            }));
    o.set(
        "performanceStatusCancerRelated",
        Json.write(patient.performanceStatusCancerRelated(), F::booleanNode));
    ObjectNode labs = obj();
    for (LabValue v : patient.labs().values()) {
      labs.set(LAB_KEYS.get(v.analyte()), lab(v));
    }
    o.set("labs", labs);
    ObjectNode liver = obj();
    liver.set("ascites", Json.write(patient.liver().ascites(), a -> F.textNode(name(a))));
    liver.set(
        "encephalopathy",
        Json.write(patient.liver().encephalopathy(), e -> F.numberNode(e.grade())));
    liver.set(
        "cholestaticDisease", Json.write(patient.liver().cholestaticDisease(), F::booleanNode));
    o.set("liver", liver);
    o.set("onDialysis", Json.write(patient.onDialysis(), F::booleanNode));
    o.set("primary", primary(patient.primary()));
    o.set(
        "extraskeletalMetastases",
        Json.write(
            patient.extraskeletalMetastases(),
            list -> {
              ArrayNode a = F.arrayNode();
              list.forEach(
                  m ->
                      a.add(
                          obj()
                              .put("site", name(m.site()))
                              .<ObjectNode>set(
                                  "pattern", Json.write(m.pattern(), x -> F.textNode(name(x))))
                              .<ObjectNode>set(
                                  "resectable", Json.write(m.resectable(), F::booleanNode))
                              .set("treatable", Json.write(m.treatable(), F::booleanNode))));
              return a;
            }));
    o.set(
        "boneLesions",
        Json.write(
            patient.boneLesions(),
            list -> {
              ArrayNode a = F.arrayNode();
              list.forEach(l -> a.add(lesion(l)));
              return a;
            }));
    o.set("frankel", Json.write(patient.frankel(), f -> F.textNode(f.name())));
    o.set("asia", Json.write(patient.asia(), f -> F.textNode(f.name())));
    o.set("history", history(patient.history()));
    o.set(
        "antithromboticTherapy",
        Json.write(
            patient.antithromboticTherapy(),
            t -> {
              ObjectNode n = obj().put("kind", name(t.kind()));
              ArrayNode classes = F.arrayNode();
              t.drugClasses().forEach(c -> classes.add(name(c)));
              n.set("drugClasses", classes);
              t.lastDose().ifPresent(d -> n.put("lastDose", d.toString()));
              return n;
            }));
    return o;
  }

  private static ObjectNode quantity(double value, String unit) {
    ObjectNode n = obj();
    if (value == Math.rint(value)) {
      n.put("value", (long) value);
    } else {
      n.put("value", value);
    }
    return n.put("unit", unit);
  }

  private static ObjectNode lab(LabValue v) {
    ObjectNode n = quantity(v.value(), v.unit().ucum());
    v.sampleDate().ifPresent(d -> n.put("date", d.toString()));
    return n;
  }

  private static ObjectNode primary(PrimaryHcc p) {
    ObjectNode o = obj();
    o.set(
        "control",
        Json.write(
            p.control(),
            c -> obj().put("controlled", c.controlled()).put("definition", c.definition())));
    o.set(
        "nodules",
        Json.write(
            p.intrahepatic(),
            t -> {
              ArrayNode a = F.arrayNode();
              t.nodules().forEach(d -> a.add(diameter(d)));
              return a;
            }));
    o.set("macrovascularInvasion", Json.write(p.macrovascularInvasion(), F::booleanNode));
    o.set("portalVeinInvasion", Json.write(p.portalVeinInvasion(), v -> F.textNode(name(v))));
    o.set("ajccT", Json.write(p.ajccT(), v -> F.textNode(name(v))));
    o.set("ajccN", Json.write(p.ajccN(), v -> F.textNode(name(v))));
    o.set("afp", Json.write(p.afp(), PatientCodec::lab));
    if (!(p.noduleCount() instanceof Observed.Unknown)) {
      o.set("noduleCount", Json.write(p.noduleCount(), F::numberNode));
    }
    return o;
  }

  private static ObjectNode diameter(Diameter d) {
    String unit = d.unit();
    return quantity(unit.equals("cm") ? d.inCm() : d.inMm(), unit);
  }

  static ObjectNode site(SkeletalSite site) {
    if (site instanceof SpinalLevel l) {
      return obj().put("spinalLevel", l.label());
    }
    if (site instanceof LongBoneSite s) {
      return obj().put("longBone", name(s.bone())).put("region", name(s.region()));
    }
    return obj().put("otherBone", name((OtherBone) site));
  }

  private static ObjectNode lesion(BoneLesion l) {
    ObjectNode o = obj().put("id", l.id());
    o.set("site", site(l.site()));
    o.set("morphology", Json.write(l.morphology(), v -> F.textNode(name(v))));
    o.set("painCharacter", Json.write(l.painCharacter(), v -> F.textNode(name(v))));
    o.set("painSeverity", Json.write(l.painSeverity(), v -> F.textNode(name(v))));
    o.set("size", Json.write(l.size(), PatientCodec::diameter));
    o.set("diameterFraction", Json.write(l.diameterFraction(), v -> F.textNode(name(v))));
    o.set("softTissueMass", Json.write(l.softTissueMass(), F::booleanNode));
    o.set("pathologicalFracture", Json.write(l.pathologicalFracture(), F::booleanNode));
    o.set("collapse", Json.write(l.collapse(), v -> F.textNode(name(v))));
    o.set("alignment", Json.write(l.alignment(), v -> F.textNode(name(v))));
    o.set("posterolateral", Json.write(l.posterolateral(), v -> F.textNode(name(v))));
    o.set("escc", Json.write(l.escc(), v -> F.textNode(v.code())));
    o.set("painIntensity", Json.write(l.painIntensity(), v -> obj().put("nrs", v.nrs())));
    return o;
  }

  private static ObjectNode history(TreatmentHistory h) {
    ObjectNode o = obj();
    o.set("priorSystemicTherapy", Json.write(h.priorSystemicTherapy(), F::booleanNode));
    o.set(
        "radiotherapy",
        Json.write(
            h.radiotherapy(),
            list -> {
              ArrayNode a = F.arrayNode();
              list.forEach(
                  c -> {
                    ObjectNode n = obj();
                    n.set("site", site(c.site()));
                    n.set("totalDose", quantity(c.totalDoseGy(), "Gy"));
                    n.put("fractions", c.fractions());
                    c.completed().ifPresent(d -> n.put("completed", d.toString()));
                    a.add(n);
                  });
              return a;
            }));
    o.set(
        "boneTargetingAgents",
        Json.write(
            h.boneTargetingAgents(),
            list -> {
              ArrayNode a = F.arrayNode();
              list.forEach(
                  x -> {
                    ObjectNode n = obj().put("agent", name(x.agent()));
                    x.started().ifPresent(d -> n.put("started", d.toString()));
                    a.add(n.set("ongoing", Json.write(x.ongoing(), F::booleanNode)));
                  });
              return a;
            }));
    o.set(
        "surgery",
        Json.write(
            h.surgery(),
            list -> {
              ArrayNode a = F.arrayNode();
              list.forEach(
                  x -> {
                    ObjectNode n = obj();
                    n.set("site", site(x.site()));
                    n.put("kind", name(x.kind()));
                    x.date().ifPresent(d -> n.put("date", d.toString()));
                    a.add(n);
                  });
              return a;
            }));
    o.set(
        "skeletalRelatedEvents",
        Json.write(
            h.skeletalRelatedEvents(),
            list -> {
              ArrayNode a = F.arrayNode();
              list.forEach(
                  x -> {
                    ObjectNode n = obj().put("type", name(x.type()));
                    x.date().ifPresent(d -> n.put("date", d.toString()));
                    a.add(n);
                  });
              return a;
            }));
    return o;
  }
}
