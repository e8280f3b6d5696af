package org.hccbm.jackson.internal;

import static com.fasterxml.jackson.core.JsonToken.END_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.END_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.FIELD_NAME;
import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NULL;
import static com.fasterxml.jackson.core.JsonToken.VALUE_STRING;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
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
import org.hccbm.core.lab.LabUnit;
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
import org.hccbm.models.VariantSelection;
import org.jspecify.annotations.Nullable;

/**
 * Reads a patient document straight from the parser's tokens into the domain factories, without the
 * tree of {@link StrictTree} and {@link PatientCodec}: the batch's common case, a valid document,
 * read with a fraction of the allocation and of the compiled code.
 *
 * <p>It only ever accepts: whatever is not plainly valid (a field the schema does not know, a
 * duplicate field, a wrong type, a value a factory refuses, a date after its limit, a syntax error,
 * a limit of {@link StrictTree} reached, a string that may hold an unpaired surrogate, content
 * after the document, ...) makes {@link #read} return null, and the caller reads the document again
 * with {@link StrictTree} and {@link PatientCodec}, which name the first problem exactly as they
 * always have. So the error messages, and their precedence, are the tree reader's by construction;
 * what this class must guarantee is that a document it accepts, the tree reader accepts with the
 * same patient and variants (and no ignored field): {@code DirectPatientReaderTest} compares the
 * two over fixtures, generated patients and mutated documents.
 *
 * <p>No lambdas and no path strings: each object is one loop over its fields with a {@code switch}
 * on the name, each value read by a small method, so the just-in-time compiler has little to do.
 */
public final class DirectPatientReader {
  /**
   * The signal to give up and let the tree reader name the problem; without a stack trace, so cheap
   * to throw.
   */
  private static final class Fallback extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Fallback() {
      super("read with the tree reader", null, false, false);
    }
  }

  /**
   * The field names of one object of the schema, each with its index. The parser hands a name over
   * as its canonical string, which keeps its hash: a lookup is a probe or two of an open-addressing
   * table, the same small method for every object, where a {@code switch} on the name compiles to a
   * hash switch and an equals per case in each method that has one.
   */
  private static final class Names {
    private final String[] keys;
    private final int[] indices;
    private final int mask;

    Names(String... names) {
      int size = Integer.highestOneBit(names.length * 4 + 3);
      keys = new String[size];
      indices = new int[size];
      mask = size - 1;
      for (int n = 0; n < names.length; n++) {
        int i = spread(names[n].hashCode()) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = names[n];
        indices[i] = n;
      }
    }

    /** The index of a name of this object; a fallback for any other name. */
    int of(String name) {
      for (int i = spread(name.hashCode()) & mask; ; i = (i + 1) & mask) {
        String key = keys[i];
        if (key == null) {
          throw new Fallback();
        }
        if (key.equals(name)) {
          return indices[i];
        }
      }
    }

    private static int spread(int h) {
      return h ^ (h >>> 16);
    }
  }

  private static final Names ROOT =
      new Names(
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

  private static final Names LESION =
      new Names(
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

  private static final Names SITE = new Names("spinalLevel", "longBone", "region", "otherBone");
  private static final Names QUANTITY = new Names("value", "unit");
  private static final Names LAB = new Names("value", "unit", "date");
  private static final Names PERFORMANCE = new Names("scale", "value");
  private static final Names LIVER = new Names("ascites", "encephalopathy", "cholestaticDisease");
  private static final Names PRIMARY =
      new Names(
          "control",
          "nodules",
          "macrovascularInvasion",
          "portalVeinInvasion",
          "ajccT",
          "ajccN",
          "afp",
          "noduleCount");
  private static final Names CONTROL = new Names("controlled", "definition");
  private static final Names METASTASIS = new Names("site", "pattern", "resectable", "treatable");
  private static final Names HISTORY =
      new Names(
          "priorSystemicTherapy",
          "radiotherapy",
          "boneTargetingAgents",
          "surgery",
          "skeletalRelatedEvents");

  /** The analytes in the order of {@link #ANALYTE_NAMES}. */
  private static final Analyte[] ANALYTES = {
    Analyte.TOTAL_BILIRUBIN,
    Analyte.ALBUMIN,
    Analyte.INR,
    Analyte.PT_PROLONGATION,
    Analyte.CREATININE,
    Analyte.SODIUM,
    Analyte.PLATELETS,
    Analyte.CALCIUM,
    Analyte.LDH,
    Analyte.CRP,
    Analyte.AFP,
    Analyte.ALKALINE_PHOSPHATASE,
    Analyte.HAEMOGLOBIN,
    Analyte.WHITE_CELL_COUNT
  };

  private static final Names ANALYTE_NAMES =
      new Names(
          "totalBilirubin",
          "albumin",
          "inr",
          "ptProlongation",
          "creatinine",
          "sodium",
          "platelets",
          "calcium",
          "ldh",
          "crp",
          "afp",
          "alkalinePhosphatase",
          "haemoglobin",
          "whiteCellCount");

  /** What {@link #observed} found at a field. */
  private static final int UNKNOWN = 0;

  private static final int NOT_ASSESSABLE = 1;

  /** A value that is not an object: the current token is the value. */
  private static final int SCALAR = 2;

  /** An object without "notAssessable" first: the current token is its first field (or end). */
  private static final int OBJECT = 3;

  /** A patient and the variants its document chose. */
  public record Read(Patient patient, VariantSelection variants) {}

  private final JsonParser p;
  private final boolean checkSurrogates;
  private int values;

  /** The reason of the last "notAssessable" object {@link #observed} read. */
  private String reason = "";

  /** The quantity {@link #quantity} read last: its value, and whether that was an int token. */
  private double quantityValue;

  private boolean quantityIsInt;
  private int quantityInt;
  private String quantityUnit = "";

  private @Nullable LocalDate assessmentDate;

  /** The latest date other than the assessment date. */
  private @Nullable LocalDate latestDate;

  private DirectPatientReader(JsonParser p, boolean checkSurrogates) {
    this.p = p;
    this.checkSurrogates = checkSurrogates;
  }

  /**
   * Reads a document from a fresh parser.
   *
   * @param p the parser, before the document's first token
   * @param mayHoldSurrogates false only when the input cannot produce a UTF-16 surrogate (as {@link
   *     StrictTree#read(JsonParser, boolean)})
   * @return the patient and variants, or null when the document must be read by the tree reader
   */
  public static @Nullable Read read(JsonParser p, boolean mayHoldSurrogates) {
    try {
      return new DirectPatientReader(p, mayHoldSurrogates).document();
    } catch (IOException | RuntimeException e) {
      // Fallback, a syntax or limit error of the parser, or a factory's refusal: the tree reader
      // reads the document again and names the problem.
      return null;
    }
  }

  // ------------------------------------------------------------------ tokens

  /** The next token, counting values as {@link StrictTree} does. */
  private JsonToken next() throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw new Fallback();
    }
    if (t != FIELD_NAME && t != END_OBJECT && t != END_ARRAY && ++values > StrictTree.MAX_VALUES) {
      throw new Fallback();
    }
    return t;
  }

  /** The first token inside the object starting at t. */
  private JsonToken enter(JsonToken t) throws IOException {
    if (t != START_OBJECT) {
      throw new Fallback();
    }
    return next();
  }

  /** Marks a field seen, refusing a duplicate. */
  private static int mark(int seen, int bit) {
    if ((seen & bit) != 0) {
      throw new Fallback();
    }
    return seen | bit;
  }

  private String string(JsonToken t) throws IOException {
    if (t != VALUE_STRING) {
      throw new Fallback();
    }
    String s = p.getText();
    if (checkSurrogates && hasSurrogate(s)) {
      throw new Fallback();
    }
    return s;
  }

  private static boolean hasSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the last {@link #number} was an int token, and its value then. */
  private boolean numberIsInt;

  private int numberInt;

  /**
   * A number as the tree reads it: an int, a long, a big integer or a double token; whether it was
   * an int is left in {@link #numberIsInt} (and the int in {@link #numberInt}).
   */
  private double number(JsonToken t) throws IOException {
    numberIsInt = false;
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDoubleValue();
    }
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw new Fallback();
    }
    return switch (p.getNumberType()) {
      case INT -> {
        numberIsInt = true;
        numberInt = p.getIntValue();
        yield numberInt;
      }
      case LONG -> (double) p.getLongValue();
      default -> p.getBigIntegerValue().doubleValue();
    };
  }

  /** A whole number that fits an int (the tree's {@code canConvertToInt}). */
  private int integer(JsonToken t) throws IOException {
    if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
      throw new Fallback();
    }
    return p.getIntValue();
  }

  private static boolean bool(JsonToken t) {
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw new Fallback();
  }

  /**
   * An enum constant by its JSON name, looked up from the parser's characters (no string is made; a
   * string with a surrogate matches no name, so it falls back as {@link #string} would).
   */
  private <E extends Enum<E>> E enumValue(JsonToken t, Class<E> type) throws IOException {
    if (t != VALUE_STRING) {
      throw new Fallback();
    }
    E e = Json.enumOrNull(p.getTextCharacters(), p.getTextOffset(), p.getTextLength(), type);
    if (e == null) {
      throw new Fallback();
    }
    return e;
  }

  /** Whether the current string token is "unknown", read from the parser's characters. */
  private boolean isUnknown() throws IOException {
    if (p.getTextLength() != UNKNOWN_CHARS.length) {
      return false;
    }
    return Arrays.equals(
        UNKNOWN_CHARS,
        0,
        UNKNOWN_CHARS.length,
        p.getTextCharacters(),
        p.getTextOffset(),
        p.getTextOffset() + UNKNOWN_CHARS.length);
  }

  private static final char[] UNKNOWN_CHARS = Json.UNKNOWN.toCharArray();

  /** The units a document may name, each as one shared string (UCUM codes and the quantities'). */
  private static final Json.NameTable UNITS = units();

  private static Json.NameTable units() {
    List<String> units = new ArrayList<>(List.of("a", "kg", "cm", "mm", "Gy"));
    for (LabUnit u : LabUnit.values()) {
      if (!units.contains(u.ucum())) {
        units.add(u.ucum());
      }
    }
    String[] names = units.toArray(new String[0]);
    return new Json.NameTable(names, names);
  }

  /** A unit: a known one without making a string, another as {@link #string} reads it. */
  private String unit(JsonToken t) throws IOException {
    if (t == VALUE_STRING) {
      Object known = UNITS.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      if (known != null) {
        return (String) known;
      }
    }
    return string(t);
  }

  /** A date as {@link Json#date} reads it; the assessment date is kept apart. */
  private LocalDate date(JsonToken t, boolean assessment) throws IOException {
    LocalDate d = parseDate(string(t));
    if (d.isBefore(Json.EARLIEST)) {
      throw new Fallback();
    }
    if (assessment) {
      assessmentDate = d;
    } else if (latestDate == null || d.isAfter(latestDate)) {
      latestDate = d;
    }
    return d;
  }

  /**
   * YYYY-MM-DD without the formatter when it has that shape (what ISO_LOCAL_DATE reads from it);
   * anything else is left to {@code LocalDate.parse}. Either throws on an invalid date.
   */
  private static LocalDate parseDate(String s) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int y = digits(s, 0, 4);
      int m = digits(s, 5, 7);
      int d = digits(s, 8, 10);
      if (y >= 0 && m >= 0 && d >= 0) {
        return LocalDate.of(y, m, d);
      }
    }
    return LocalDate.parse(s);
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** An optional date: absent or null is empty. */
  private Optional<LocalDate> optionalDate(JsonToken t) throws IOException {
    return t == VALUE_NULL ? Optional.empty() : Optional.of(date(t, false));
  }

  /**
   * What an observed field holds: null or "unknown" (UNKNOWN), {"notAssessable": reason} alone
   * (NOT_ASSESSABLE, the reason in {@link #reason}), another object (OBJECT, positioned at its
   * first field) or any other value (SCALAR, positioned at it).
   */
  private int observed(JsonToken t) throws IOException {
    if (t == VALUE_NULL) {
      return UNKNOWN;
    }
    if (t == VALUE_STRING) {
      return isUnknown() ? UNKNOWN : SCALAR;
    }
    if (t != START_OBJECT) {
      return SCALAR;
    }
    JsonToken first = next();
    if (first == FIELD_NAME && p.currentName().equals("notAssessable")) {
      reason = string(next());
      if (next() != END_OBJECT) {
        throw new Fallback();
      }
      return NOT_ASSESSABLE;
    }
    return OBJECT;
  }

  /** The observation for a kind that is not a value. */
  private <T> Observed<T> notValue(int kind) {
    if (kind == UNKNOWN) {
      return Observed.unknown();
    }
    if (kind == NOT_ASSESSABLE) {
      return Observed.notAssessable(reason);
    }
    throw new Fallback(); // a value of the wrong shape for this field
  }

  private Observed<Boolean> boolOf(int kind) {
    return kind == SCALAR ? Observed.of(bool(p.currentToken())) : notValue(kind);
  }

  private <E extends Enum<E>> Observed<E> enumOf(int kind, Class<E> type) throws IOException {
    return kind == SCALAR ? Observed.of(enumValue(p.currentToken(), type)) : notValue(kind);
  }

  /** The first token inside an object value that {@link #observed} entered. */
  private JsonToken object(int kind) {
    if (kind != OBJECT) {
      throw new Fallback();
    }
    return p.currentToken();
  }

  /** Requires room for one more element in an array. */
  private static void room(List<?> list) {
    if (list.size() >= StrictTree.MAX_ARRAY_ELEMENTS) {
      throw new Fallback();
    }
  }

  /** The first token inside the array starting at t. */
  private JsonToken array(JsonToken t) throws IOException {
    if (t != START_ARRAY) {
      throw new Fallback();
    }
    return next();
  }

  // ------------------------------------------------------------------ the document

  // The document's fields as read so far (a reader reads one document).
  private @Nullable String version;
  private @Nullable String id;
  private VariantSelection variants = VariantSelection.defaults();
  private Observed<Age> age = Observed.unknown();
  private Observed<Sex> sex = Observed.unknown();
  private Observed<BodyWeight> weight = Observed.unknown();
  private Observed<PerformanceStatus> performance = Observed.unknown();
  private Observed<Boolean> cancerRelated = Observed.unknown();
  private LabPanel labs = LabPanel.empty();
  private LiverBedside liver = LiverBedside.unknown();
  private Observed<Boolean> dialysis = Observed.unknown();
  private PrimaryHcc primary = PrimaryHcc.unknown();
  private Observed<List<ExtraskeletalMetastasis>> metastases = Observed.unknown();
  private Observed<List<BoneLesion>> lesions = Observed.unknown();
  private Observed<FrankelGrade> frankel = Observed.unknown();
  private Observed<AsiaGrade> asia = Observed.unknown();
  private TreatmentHistory history = TreatmentHistory.unknown();
  private Observed<AntithromboticTherapy> antithrombotic = Observed.unknown();

  /**
   * The document: one loop over its fields, each value read by {@link #rootValue} (the reading of
   * every field kept out of this loop, so that each part is compiled on its own and small).
   */
  private Read document() throws IOException {
    int seen = 0;
    for (JsonToken t = enter(next()); t != END_OBJECT; t = next()) {
      int field = ROOT.of(p.currentName());
      seen = mark(seen, 1 << field);
      JsonToken v = next();
      rootValue(field, v, observed(v));
    }
    // One document per input: nothing may follow (a parser error here also falls back).
    if (p.nextToken() != null) {
      throw new Fallback();
    }
    String version = this.version;
    String id = this.id;
    if (version == null || id == null || !PatientCodec.READABLE_VERSIONS.contains(version)) {
      throw new Fallback();
    }
    checkDates();
    Patient patient =
        new Patient(
            id,
            Optional.ofNullable(assessmentDate),
            age,
            sex,
            weight,
            performance,
            cancerRelated,
            labs,
            liver,
            dialysis,
            primary,
            metastases,
            lesions,
            frankel,
            asia,
            history,
            antithrombotic);
    return new Read(patient, variants);
  }

  /** Reads the value of a field of the document, by its index in {@link #ROOT}. */
  private void rootValue(int field, JsonToken v, int kind) throws IOException {
    switch (field) {
      case 0 -> version = string(v);
      case 1 -> id = string(v);
      case 2 -> {
        if (v != VALUE_NULL) {
          assessmentDate = date(v, true);
        }
      }
      case 3 -> age = age(kind);
      case 4 -> sex = enumOf(kind, Sex.class);
      case 5 -> weight = weight(kind);
      case 6 -> performance = performanceOf(kind);
      case 7 -> cancerRelated = boolOf(kind);
      case 8 -> {
        if (v != VALUE_NULL) {
          labs = labs(object(kind));
        }
      }
      case 9 -> {
        if (v != VALUE_NULL) {
          liver = liver(object(kind));
        }
      }
      case 10 -> dialysis = boolOf(kind);
      case 11 -> {
        if (v != VALUE_NULL) {
          primary = primary(object(kind));
        }
      }
      case 12 -> metastases = kind == SCALAR ? Observed.of(metastases(v)) : notValue(kind);
      case 13 -> lesions = kind == SCALAR ? Observed.of(lesions(v)) : notValue(kind);
      case 14 ->
          frankel = kind == SCALAR ? Observed.of(FrankelGrade.valueOf(letter(v))) : notValue(kind);
      case 15 -> asia = kind == SCALAR ? Observed.of(AsiaGrade.valueOf(letter(v))) : notValue(kind);
      case 16 -> {
        if (v != VALUE_NULL) {
          history = history(object(kind));
        }
      }
      case 17 -> {
        if (v != VALUE_NULL) {
          variants = variants(object(kind));
        }
      }
      default ->
          antithrombotic =
              kind == OBJECT ? Observed.of(antithrombotic(p.currentToken())) : notValue(kind);
    }
  }

  private Observed<PerformanceStatus> performanceOf(int kind) throws IOException {
    return kind == OBJECT ? Observed.of(performance(p.currentToken())) : notValue(kind);
  }

  private Observed<Age> age(int kind) throws IOException {
    if (kind != OBJECT) {
      return notValue(kind);
    }
    quantity(p.currentToken());
    if (!quantityUnit.equals("a") || !quantityIsInt) {
      throw new Fallback();
    }
    return Observed.of(Age.years(quantityInt));
  }

  private Observed<BodyWeight> weight(int kind) throws IOException {
    if (kind != OBJECT) {
      return notValue(kind);
    }
    quantity(p.currentToken());
    if (!quantityUnit.equals("kg")) {
      throw new Fallback();
    }
    return Observed.of(BodyWeight.kg(quantityValue));
  }

  /** As {@code PatientCodec.checkDates}: no date after the assessment date, none in the future. */
  private void checkDates() {
    if (assessmentDate == null && latestDate == null) {
      return; // no date to check: the clock is not read
    }
    LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    if (assessmentDate != null && assessmentDate.isAfter(tomorrow)) {
      throw new Fallback();
    }
    LocalDate limit = assessmentDate != null ? assessmentDate : tomorrow;
    if (latestDate != null && latestDate.isAfter(limit)) {
      throw new Fallback();
    }
  }

  private VariantSelection variants(JsonToken first) throws IOException {
    VariantSelection chosen = VariantSelection.defaults();
    List<String> names = new ArrayList<>();
    for (JsonToken t = first; t != END_OBJECT; t = next()) {
      String model = p.currentName();
      if (names.contains(model) || (checkSurrogates && hasSurrogate(model))) {
        throw new Fallback();
      }
      names.add(model);
      chosen = chosen.with(model, string(next()));
    }
    return chosen;
  }

  private String letter(JsonToken t) throws IOException {
    String s = string(t);
    if (s.length() != 1 || s.charAt(0) < 'A' || s.charAt(0) > 'E') {
      throw new Fallback();
    }
    return s;
  }

  /**
   * Reads {"value": number, "unit": string} from its first field into {@link #quantityValue},
   * {@link #quantityIsInt}, {@link #quantityInt} and {@link #quantityUnit}; the caller checks the
   * unit.
   */
  private void quantity(JsonToken first) throws IOException {
    int seen = 0;
    for (JsonToken t = first; t != END_OBJECT; t = next()) {
      int field = QUANTITY.of(p.currentName());
      JsonToken v = next();
      if (field == 0) {
        seen = mark(seen, 1);
        quantityValue = number(v);
        quantityIsInt = numberIsInt;
        quantityInt = numberIsInt ? numberInt : 0;
      } else {
        seen = mark(seen, 2);
        quantityUnit = unit(v);
      }
    }
    if (seen != 3) {
      throw new Fallback();
    }
  }

  private Diameter diameter(JsonToken first) throws IOException {
    quantity(first);
    if (quantityUnit.equals("cm")) {
      return Diameter.cm(quantityValue);
    }
    if (quantityUnit.equals("mm")) {
      return Diameter.mm(quantityValue);
    }
    throw new Fallback();
  }

  private PerformanceStatus performance(JsonToken first) throws IOException {
    String scale = null;
    int value = 0;
    int seen = 0;
    for (JsonToken t = first; t != END_OBJECT; t = next()) {
      int field = PERFORMANCE.of(p.currentName());
      JsonToken v = next();
      if (field == 0) {
        seen = mark(seen, 1);
        scale = string(v);
      } else {
        seen = mark(seen, 2);
        value = integer(v);
      }
    }
    if (seen != 3 || scale == null) {
      throw new Fallback();
    }
    return switch (scale) {
      case "ecog" -> PerformanceStatus.of(Ecog.of(value));
      case "karnofsky" -> PerformanceStatus.of(Karnofsky.of(value));
      default -> throw new Fallback();
    };
  }

  // ------------------------------------------------------------------ labs

  private LabPanel labs(JsonToken first) throws IOException {
    List<LabValue> values = new ArrayList<>();
    EnumSet<Analyte> seen = EnumSet.noneOf(Analyte.class);
    for (JsonToken t = first; t != END_OBJECT; t = next()) {
      Analyte analyte = ANALYTES[ANALYTE_NAMES.of(p.currentName())];
      if (!seen.add(analyte)) {
        throw new Fallback();
      }
      JsonToken v = next();
      if (v == VALUE_NULL || (v == VALUE_STRING && isUnknown())) {
        continue;
      }
      values.add(lab(analyte, enter(v)));
    }
    return LabPanel.of(values);
  }

  /** A lab value {"value", "unit", "date"?} from its first field, through the analyte's factory. */
  private LabValue lab(Analyte analyte, JsonToken first) throws IOException {
    double value = 0;
    String unit = null;
    Optional<LocalDate> date = Optional.empty();
    int seen = 0;
    for (JsonToken t = first; t != END_OBJECT; t = next()) {
      int field = LAB.of(p.currentName());
      seen = mark(seen, 1 << field);
      JsonToken v = next();
      switch (field) {
        case 0 -> value = number(v);
        case 1 -> unit = unit(v);
        default -> date = optionalDate(v);
      }
    }
    if ((seen & 3) != 3 || unit == null) {
      throw new Fallback();
    }
    LabValue lab = create(analyte, value, unit);
    return date.isPresent() ? lab.takenOn(date.get()) : lab;
  }

  /** An analyte's factory: {@code of(value, ucum)}. */
  private interface LabFactory {
    LabValue of(double value, String unit);
  }

  /**
   * Each analyte's own factory, as {@code PatientCodec} calls it (UCUM codes only, no alias), by
   * ordinal: called through one site, so that {@link #lab} is compiled without fourteen factories
   * in it (each factory is compiled once, on its own).
   */
  private static final LabFactory[] FACTORIES = factories();

  // The ordinals index a table built here in memory, never persisted.
  @SuppressWarnings("EnumOrdinal")
  private static LabFactory[] factories() {
    LabFactory[] all = new LabFactory[Analyte.values().length];
    for (Analyte a : Analyte.values()) {
      all[a.ordinal()] =
          switch (a) {
            case TOTAL_BILIRUBIN -> Bilirubin::of;
            case ALBUMIN -> Albumin::of;
            case INR -> Inr::of;
            case PT_PROLONGATION -> PtProlongation::of;
            case CREATININE -> Creatinine::of;
            case SODIUM -> Sodium::of;
            case PLATELETS -> Platelets::of;
            case CALCIUM -> Calcium::of;
            case LDH -> Ldh::of;
            case CRP -> Crp::of;
            case AFP -> Afp::of;
            case ALKALINE_PHOSPHATASE -> AlkalinePhosphatase::of;
            case HAEMOGLOBIN -> Haemoglobin::of;
            case WHITE_CELL_COUNT -> WhiteCellCount::of;
          };
    }
    return all;
  }

  // The ordinals index a table built here in memory, never persisted.
  @SuppressWarnings("EnumOrdinal")
  private static LabValue create(Analyte analyte, double value, String unit) {
    return FACTORIES[analyte.ordinal()].of(value, unit);
  }

  // ------------------------------------------------------------------ liver and primary

  private LiverBedside liver(JsonToken first) throws IOException {
    Observed<Ascites> ascites = Observed.unknown();
    Observed<Encephalopathy> encephalopathy = Observed.unknown();
    Observed<Boolean> cholestatic = Observed.unknown();
    int seen = 0;
    for (JsonToken t = first; t != END_OBJECT; t = next()) {
      int field = LIVER.of(p.currentName());
      seen = mark(seen, 1 << field);
      JsonToken v = next();
      int kind = observed(v);
      switch (field) {
        case 0 -> ascites = enumOf(kind, Ascites.class);
        case 1 ->
            encephalopathy =
                kind == SCALAR ? Observed.of(Encephalopathy.of(integer(v))) : notValue(kind);
        default -> cholestatic = boolOf(kind);
      }
    }
    return new LiverBedside(ascites, encephalopathy, cholestatic);
  }

  private PrimaryHcc primary(JsonToken first) throws IOException {
    Observed<PrimaryControl> control = Observed.unknown();
    Observed<IntrahepaticTumour> nodules = Observed.unknown();
    Observed<Boolean> macro = Observed.unknown();
    Observed<PortalVeinInvasion> vp = Observed.unknown();
    Observed<AjccT> ajccT = Observed.unknown();
    Observed<AjccN> ajccN = Observed.unknown();
    Observed<Afp> afp = Observed.unknown();
    Observed<Integer> count = Observed.unknown();
    int seen = 0;
    for (JsonToken t = first; t != END_OBJECT; t = next()) {
      int field = PRIMARY.of(p.currentName());
      seen = mark(seen, 1 << field);
      JsonToken v = next();
      int kind = observed(v);
      switch (field) {
        case 0 ->
            control = kind == OBJECT ? Observed.of(control(p.currentToken())) : notValue(kind);
        case 1 ->
            nodules =
                kind == SCALAR ? Observed.of(new IntrahepaticTumour(nodules(v))) : notValue(kind);
        case 2 -> macro = boolOf(kind);
        case 3 -> vp = enumOf(kind, PortalVeinInvasion.class);
        case 4 -> ajccT = enumOf(kind, AjccT.class);
        case 5 -> ajccN = enumOf(kind, AjccN.class);
        case 6 ->
            afp =
                kind == OBJECT
                    ? Observed.of((Afp) lab(Analyte.AFP, p.currentToken()))
                    : notValue(kind);
        default -> count = kind == SCALAR ? Observed.of(integer(v)) : notValue(kind);
      }
    }
    return new PrimaryHcc(control, nodules, macro, vp, ajccT, ajccN, afp, count);
  }

  private PrimaryControl control(JsonToken first) throws IOException {
    boolean controlled = false;
    String definition = null;
    int seen = 0;
    for (JsonToken t = first; t != END_OBJECT; t = next()) {
      int field = CONTROL.of(p.currentName());
      JsonToken v = next();
      if (field == 0) {
        seen = mark(seen, 1);
        controlled = bool(v);
      } else {
        seen = mark(seen, 2);
        definition = string(v);
      }
    }
    if (seen != 3 || definition == null) {
      throw new Fallback();
    }
    return new PrimaryControl(controlled, definition);
  }

  private List<Diameter> nodules(JsonToken start) throws IOException {
    List<Diameter> out = new ArrayList<>();
    for (JsonToken t = array(start); t != END_ARRAY; t = next()) {
      room(out);
      out.add(diameter(enter(t)));
    }
    return out;
  }

  private List<ExtraskeletalMetastasis> metastases(JsonToken start) throws IOException {
    List<ExtraskeletalMetastasis> out = new ArrayList<>();
    for (JsonToken t = array(start); t != END_ARRAY; t = next()) {
      room(out);
      out.add(metastasis(enter(t)));
    }
    return out;
  }

  private ExtraskeletalMetastasis metastasis(JsonToken first) throws IOException {
    MetastasisSite site = null;
    Observed<MetastasisPattern> pattern = Observed.unknown();
    Observed<Boolean> resectable = Observed.unknown();
    Observed<Boolean> treatable = Observed.unknown();
    int seen = 0;
    for (JsonToken t = first; t != END_OBJECT; t = next()) {
      int field = METASTASIS.of(p.currentName());
      seen = mark(seen, 1 << field);
      JsonToken v = next();
      int kind = observed(v);
      switch (field) {
        case 0 -> site = enumValue(v, MetastasisSite.class);
        case 1 -> pattern = enumOf(kind, MetastasisPattern.class);
        case 2 -> resectable = boolOf(kind);
        default -> treatable = boolOf(kind);
      }
    }
    if (site == null) {
      throw new Fallback();
    }
    return new ExtraskeletalMetastasis(site, pattern, resectable, treatable);
  }

  // ------------------------------------------------------------------ bone lesions

  /** A skeletal site: a spinal level, a long bone with its region, or another bone; one only. */
  private SkeletalSite site(JsonToken first) throws IOException {
    String level = null;
    LongBone bone = null;
    LongBoneRegion region = null;
    OtherBone other = null;
    int seen = 0;
    for (JsonToken t = first; t != END_OBJECT; t = next()) {
      int field = SITE.of(p.currentName());
      seen = mark(seen, 1 << field);
      JsonToken v = next();
      switch (field) {
        case 0 -> level = string(v);
        case 1 -> bone = enumValue(v, LongBone.class);
        case 2 -> region = enumValue(v, LongBoneRegion.class);
        default -> other = enumValue(v, OtherBone.class);
      }
    }
    if (seen == 1 && level != null) {
      return SpinalLevel.parse(level);
    }
    if (seen == 6 && bone != null && region != null) {
      return LongBoneSite.of(bone, region);
    }
    if (seen == 8 && other != null) {
      return other;
    }
    throw new Fallback();
  }

  private List<BoneLesion> lesions(JsonToken start) throws IOException {
    List<BoneLesion> out = new ArrayList<>();
    for (JsonToken t = array(start); t != END_ARRAY; t = next()) {
      room(out);
      out.add(lesion(enter(t)));
    }
    return out;
  }

  /** The enum type of each field of a lesion (by its index in {@link #LESION}) that holds one. */
  private static final @Nullable Class<?>[] LESION_ENUMS = {
    null,
    null,
    LesionMorphology.class,
    PainCharacter.class,
    PainSeverity.class,
    null,
    DiameterFraction.class,
    null,
    null,
    VertebralCollapse.class,
    SpinalAlignment.class,
    PosterolateralInvolvement.class,
    null,
    null
  };

  /** An observation read for the type that {@link #LESION_ENUMS} gives its field. */
  @SuppressWarnings("unchecked") // the field's type in LESION_ENUMS is the type it is stored as
  private static <T> Observed<T> cast(Observed<?> o) {
    return (Observed<T>) o;
  }

  /** An enum constant of a type by its JSON name, as {@link #enumValue} reads it. */
  private Object enumConstant(JsonToken t, Class<?> type) throws IOException {
    if (t != VALUE_STRING) {
      throw new Fallback();
    }
    Object e =
        Json.enumConstantOrNull(p.getTextCharacters(), p.getTextOffset(), p.getTextLength(), type);
    if (e == null) {
      throw new Fallback();
    }
    return e;
  }

  private BoneLesion lesion(JsonToken first) throws IOException {
    String id = null;
    SkeletalSite site = null;
    Observed<LesionMorphology> morphology = Observed.unknown();
    Observed<PainCharacter> painCharacter = Observed.unknown();
    Observed<PainSeverity> painSeverity = Observed.unknown();
    Observed<Diameter> size = Observed.unknown();
    Observed<DiameterFraction> fraction = Observed.unknown();
    Observed<Boolean> softTissue = Observed.unknown();
    Observed<Boolean> fracture = Observed.unknown();
    Observed<VertebralCollapse> collapse = Observed.unknown();
    Observed<SpinalAlignment> alignment = Observed.unknown();
    Observed<PosterolateralInvolvement> posterolateral = Observed.unknown();
    Observed<EsccGrade> escc = Observed.unknown();
    Observed<PainIntensity> intensity = Observed.unknown();
    int seen = 0;
    for (JsonToken t = first; t != END_OBJECT; t = next()) {
      int field = LESION.of(p.currentName());
      seen = mark(seen, 1 << field);
      JsonToken v = next();
      int kind = observed(v);
      Class<?> type = LESION_ENUMS[field];
      if (type != null) {
        // The seven enum fields share one lookup: the field's type is in LESION_ENUMS.
        Observed<?> e = kind == SCALAR ? Observed.of(enumConstant(v, type)) : notValue(kind);
        switch (field) {
          case 2 -> morphology = cast(e);
          case 3 -> painCharacter = cast(e);
          case 4 -> painSeverity = cast(e);
          case 6 -> fraction = cast(e);
          case 9 -> collapse = cast(e);
          case 10 -> alignment = cast(e);
          default -> posterolateral = cast(e);
        }
        continue;
      }
      switch (field) {
        case 0 -> id = string(v);
        case 1 -> site = site(object(kind));
        case 5 -> size = kind == OBJECT ? Observed.of(diameter(p.currentToken())) : notValue(kind);
        case 7 -> softTissue = boolOf(kind);
        case 8 -> fracture = boolOf(kind);
        case 12 -> escc = kind == SCALAR ? Observed.of(EsccGrade.parse(string(v))) : notValue(kind);
        default ->
            intensity =
                kind == OBJECT ? Observed.of(painIntensity(p.currentToken())) : notValue(kind);
      }
    }
    if (id == null || site == null) {
      throw new Fallback();
    }
    return new BoneLesion(
        id,
        site,
        morphology,
        painCharacter,
        painSeverity,
        size,
        fraction,
        softTissue,
        fracture,
        collapse,
        alignment,
        posterolateral,
        escc,
        intensity);
  }

  private PainIntensity painIntensity(JsonToken first) throws IOException {
    if (first != FIELD_NAME || !p.currentName().equals("nrs")) {
      throw new Fallback();
    }
    int nrs = integer(next());
    if (next() != END_OBJECT) {
      throw new Fallback();
    }
    return PainIntensity.nrs(nrs);
  }

  // ------------------------------------------------------------------ history

  private TreatmentHistory history(JsonToken first) throws IOException {
    Observed<Boolean> prior = Observed.unknown();
    Observed<List<RadiotherapyCourse>> radiotherapy = Observed.unknown();
    Observed<List<BtaExposure>> agents = Observed.unknown();
    Observed<List<SurgeryRecord>> surgery = Observed.unknown();
    Observed<List<SkeletalRelatedEvent>> events = Observed.unknown();
    int seen = 0;
    for (JsonToken t = first; t != END_OBJECT; t = next()) {
      int field = HISTORY.of(p.currentName());
      seen = mark(seen, 1 << field);
      JsonToken v = next();
      int kind = observed(v);
      switch (field) {
        case 0 -> prior = boolOf(kind);
        case 1 -> radiotherapy = kind == SCALAR ? Observed.of(courses(v)) : notValue(kind);
        case 2 -> agents = kind == SCALAR ? Observed.of(agents(v)) : notValue(kind);
        case 3 -> surgery = kind == SCALAR ? Observed.of(surgeries(v)) : notValue(kind);
        default -> events = kind == SCALAR ? Observed.of(events(v)) : notValue(kind);
      }
    }
    return new TreatmentHistory(prior, radiotherapy, agents, surgery, events);
  }

  private List<RadiotherapyCourse> courses(JsonToken start) throws IOException {
    List<RadiotherapyCourse> out = new ArrayList<>();
    for (JsonToken t = array(start); t != END_ARRAY; t = next()) {
      room(out);
      out.add(course(enter(t)));
    }
    return out;
  }

  private RadiotherapyCourse course(JsonToken first) throws IOException {
    SkeletalSite site = null;
    double dose = 0;
    int fractions = 0;
    Optional<LocalDate> completed = Optional.empty();
    int seen = 0;
    for (JsonToken t = first; t != END_OBJECT; t = next()) {
      String name = p.currentName();
      JsonToken v = next();
      switch (name) {
        case "site" -> {
          seen = mark(seen, 1);
          site = site(enter(v));
        }
        case "totalDose" -> {
          seen = mark(seen, 2);
          quantity(enter(v));
          if (!quantityUnit.equals("Gy")) {
            throw new Fallback();
          }
          dose = quantityValue;
        }
        case "fractions" -> {
          seen = mark(seen, 4);
          fractions = integer(v);
        }
        case "completed" -> {
          seen = mark(seen, 8);
          completed = optionalDate(v);
        }
        default -> throw new Fallback();
      }
    }
    if ((seen & 7) != 7 || site == null) {
      throw new Fallback();
    }
    return new RadiotherapyCourse(site, dose, fractions, completed);
  }

  private List<BtaExposure> agents(JsonToken start) throws IOException {
    List<BtaExposure> out = new ArrayList<>();
    for (JsonToken t = array(start); t != END_ARRAY; t = next()) {
      room(out);
      out.add(agent(enter(t)));
    }
    return out;
  }

  private BtaExposure agent(JsonToken first) throws IOException {
    BoneTargetingAgent agent = null;
    Optional<LocalDate> started = Optional.empty();
    Observed<Boolean> ongoing = Observed.unknown();
    int seen = 0;
    for (JsonToken t = first; t != END_OBJECT; t = next()) {
      String name = p.currentName();
      JsonToken v = next();
      switch (name) {
        case "agent" -> {
          seen = mark(seen, 1);
          agent = enumValue(v, BoneTargetingAgent.class);
        }
        case "started" -> {
          seen = mark(seen, 2);
          started = optionalDate(v);
        }
        case "ongoing" -> {
          seen = mark(seen, 4);
          ongoing = boolOf(observed(v));
        }
        default -> throw new Fallback();
      }
    }
    if (agent == null) {
      throw new Fallback();
    }
    return new BtaExposure(agent, started, ongoing);
  }

  private List<SurgeryRecord> surgeries(JsonToken start) throws IOException {
    List<SurgeryRecord> out = new ArrayList<>();
    for (JsonToken t = array(start); t != END_ARRAY; t = next()) {
      room(out);
      out.add(surgery(enter(t)));
    }
    return out;
  }

  private SurgeryRecord surgery(JsonToken first) throws IOException {
    SkeletalSite site = null;
    SurgeryKind kind = null;
    Optional<LocalDate> date = Optional.empty();
    int seen = 0;
    for (JsonToken t = first; t != END_OBJECT; t = next()) {
      String name = p.currentName();
      JsonToken v = next();
      switch (name) {
        case "site" -> {
          seen = mark(seen, 1);
          site = site(enter(v));
        }
        case "kind" -> {
          seen = mark(seen, 2);
          kind = enumValue(v, SurgeryKind.class);
        }
        case "date" -> {
          seen = mark(seen, 4);
          date = optionalDate(v);
        }
        default -> throw new Fallback();
      }
    }
    if (site == null || kind == null) {
      throw new Fallback();
    }
    return new SurgeryRecord(site, kind, date);
  }

  private List<SkeletalRelatedEvent> events(JsonToken start) throws IOException {
    List<SkeletalRelatedEvent> out = new ArrayList<>();
    for (JsonToken t = array(start); t != END_ARRAY; t = next()) {
      room(out);
      out.add(event(enter(t)));
    }
    return out;
  }

  private SkeletalRelatedEvent event(JsonToken first) throws IOException {
    SreType type = null;
    Optional<LocalDate> date = Optional.empty();
    int seen = 0;
    for (JsonToken t = first; t != END_OBJECT; t = next()) {
      String name = p.currentName();
      JsonToken v = next();
      switch (name) {
        case "type" -> {
          seen = mark(seen, 1);
          type = enumValue(v, SreType.class);
        }
        case "date" -> {
          seen = mark(seen, 2);
          date = optionalDate(v);
        }
        default -> throw new Fallback();
      }
    }
    if (type == null) {
      throw new Fallback();
    }
    return new SkeletalRelatedEvent(type, date);
  }

  // ------------------------------------------------------------------ antithrombotic therapy

  private AntithromboticTherapy antithrombotic(JsonToken first) throws IOException {
    AntithromboticKind kind = null;
    List<AntithromboticDrugClass> classes = List.of();
    Optional<LocalDate> last = Optional.empty();
    int seen = 0;
    for (JsonToken t = first; t != END_OBJECT; t = next()) {
      String name = p.currentName();
      JsonToken v = next();
      switch (name) {
        case "kind" -> {
          seen = mark(seen, 1);
          kind = enumValue(v, AntithromboticKind.class);
        }
        case "drugClasses" -> {
          seen = mark(seen, 2);
          if (v != VALUE_NULL) {
            List<AntithromboticDrugClass> list = new ArrayList<>();
            for (JsonToken e = array(v); e != END_ARRAY; e = next()) {
              room(list);
              list.add(enumValue(e, AntithromboticDrugClass.class));
            }
            classes = list;
          }
        }
        case "lastDose" -> {
          seen = mark(seen, 4);
          last = optionalDate(v);
        }
        default -> throw new Fallback();
      }
    }
    if (kind == null) {
      throw new Fallback();
    }
    return new AntithromboticTherapy(kind, classes, last);
  }
}
