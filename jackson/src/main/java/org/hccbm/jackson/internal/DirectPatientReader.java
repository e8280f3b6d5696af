package org.hccbm.jackson.internal;

import static com.fasterxml.jackson.core.JsonToken.END_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NULL;
import static com.fasterxml.jackson.core.JsonToken.VALUE_STRING;

import com.fasterxml.jackson.core.JsonToken;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.hccbm.jackson.internal.ByteTokens.Names;
import org.hccbm.models.VariantSelection;
import org.jspecify.annotations.Nullable;

/**
 * Reads a patient document straight from its bytes ({@link ByteTokens}, not Jackson's parser) into
 * the domain factories, without the tree of {@link StrictTree} and {@link PatientCodec}: the
 * batch's common case, a valid document, read with a fraction of the allocation and of the compiled
 * code.
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
 * <p>No lambdas and no path strings: each object is one loop over its fields ({@link
 * ByteTokens#field}, which looks the name up and tells what the value is) with a {@code switch} on
 * the field, each value read by a small method, so the just-in-time compiler has little to do.
 */
public final class DirectPatientReader {
  /**
   * The signal to give up and let the tree reader name the problem; without a stack trace, so cheap
   * to throw.
   */
  static final class Fallback extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Fallback() {
      super("read with the tree reader", null, false, false);
    }
  }

  private static final Names ROOT =
      new Names(
          enums(19, 4, Sex.class),
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

  private static final Names LESION =
      new Names(
          LESION_ENUMS,
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

  private static final Names SITE =
      new Names(
          new Class<?>[] {null, LongBone.class, LongBoneRegion.class, OtherBone.class},
          "spinalLevel",
          "longBone",
          "region",
          "otherBone");
  private static final Names QUANTITY = new Names("value", "unit");
  private static final Names LAB = new Names("value", "unit", "date");
  private static final Names PERFORMANCE = new Names("scale", "value");
  private static final Names LIVER =
      new Names(enums(3, 0, Ascites.class), "ascites", "encephalopathy", "cholestaticDisease");
  private static final Names PRIMARY =
      new Names(
          new Class<?>[] {
            null, null, null, PortalVeinInvasion.class, AjccT.class, AjccN.class, null, null
          },
          "control",
          "nodules",
          "macrovascularInvasion",
          "portalVeinInvasion",
          "ajccT",
          "ajccN",
          "afp",
          "noduleCount");
  private static final Names CONTROL = new Names("controlled", "definition");
  private static final Names METASTASIS =
      new Names(
          new Class<?>[] {MetastasisSite.class, MetastasisPattern.class, null, null},
          "site",
          "pattern",
          "resectable",
          "treatable");
  private static final Names PAIN_INTENSITY = new Names("nrs");
  private static final Names HISTORY =
      new Names(
          "priorSystemicTherapy",
          "radiotherapy",
          "boneTargetingAgents",
          "surgery",
          "skeletalRelatedEvents");
  private static final Names COURSE = new Names("site", "totalDose", "fractions", "completed");
  private static final Names AGENT =
      new Names(enums(3, 0, BoneTargetingAgent.class), "agent", "started", "ongoing");
  private static final Names SURGERY =
      new Names(enums(3, 1, SurgeryKind.class), "site", "kind", "date");
  private static final Names EVENT = new Names(enums(2, 0, SreType.class), "type", "date");
  private static final Names ANTITHROMBOTIC =
      new Names(enums(3, 0, AntithromboticKind.class), "kind", "drugClasses", "lastDose");

  /** The enum types of an object of n fields, of which the one at index holds an enum. */
  private static @Nullable Class<?>[] enums(int n, int index, Class<?> type) {
    @Nullable Class<?>[] types = new Class<?>[n];
    types[index] = type;
    return types;
  }

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

  /** A patient and the variants its document chose. */
  public record Read(Patient patient, VariantSelection variants) {}

  private final ByteTokens p;

  /** The quantity {@link #quantity} read last: its value, and whether that was an int token. */
  private double quantityValue;

  private boolean quantityIsInt;
  private int quantityInt;
  private String quantityUnit = "";

  private @Nullable LocalDate assessmentDate;

  /** The latest date other than the assessment date. */
  private @Nullable LocalDate latestDate;

  private DirectPatientReader(ByteTokens p) {
    this.p = p;
  }

  /**
   * Reads a document from its bytes.
   *
   * @param utf8 the bytes, valid UTF-8 (the caller checks them)
   * @param start the document's first byte (after any byte-order mark)
   * @param end the end of the document
   * @return the patient and variants, or null when the document must be read by the tree reader
   */
  public static @Nullable Read read(byte[] utf8, int start, int end) {
    try {
      return new DirectPatientReader(new ByteTokens(utf8, start, end)).document();
    } catch (RuntimeException e) {
      // Fallback (anything the tokens or this reader do not read exactly as the parser and the tree
      // would, including every syntax error) or a factory's refusal: the tree reader reads the
      // document again and names the problem.
      return null;
    }
  }

  // ------------------------------------------------------------------ values

  /** Marks a field seen, refusing a duplicate. */
  private static int mark(int seen, int bit) {
    if ((seen & bit) != 0) {
      throw new Fallback();
    }
    return seen | bit;
  }

  /** Requires the field's value to be an object (positioned inside it). */
  private void object() {
    if (p.kind != ByteTokens.OBJECT) {
      throw new Fallback();
    }
  }

  /** Requires the token to start an object or array (t: the token that must be there). */
  private static void expect(JsonToken token, JsonToken t) {
    if (token != t) {
      throw new Fallback();
    }
  }

  /** A string (the tokens refuse one that holds a UTF-16 surrogate). */
  private String string() {
    expect(p.token, VALUE_STRING);
    return p.getText();
  }

  /** Whether the last {@link #number} was an int token, and its value then. */
  private boolean numberIsInt;

  private int numberInt;

  /**
   * A number as the tree reads it: an int, a long or a double token (a big integer falls back);
   * whether it was an int is left in {@link #numberIsInt} (and the int in {@link #numberInt}).
   */
  private double number() {
    numberIsInt = false;
    JsonToken t = p.token;
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDoubleValue();
    }
    expect(t, JsonToken.VALUE_NUMBER_INT);
    if (p.isInt()) {
      numberIsInt = true;
      numberInt = p.getIntValue();
      return numberInt;
    }
    return (double) p.getLongValue();
  }

  /** A whole number that fits an int (the tree's {@code canConvertToInt}). */
  private int integer() {
    if (p.token != JsonToken.VALUE_NUMBER_INT || !p.isInt()) {
      throw new Fallback();
    }
    return p.getIntValue();
  }

  private boolean bool() {
    JsonToken t = p.token;
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw new Fallback();
  }

  /**
   * The enum constant a field's string names, looked up by the tokens with the field (its type is
   * the field's in its {@link Names}); no string is made, and a string with an escape names none
   * and falls back.
   */
  private <E extends Enum<E>> E enumValue(Class<E> type) {
    return type.cast(constant());
  }

  /** The enum constant a field's string names, as {@link #enumValue} reads it. */
  private Object constant() {
    Object e = p.constant;
    if (e == null) {
      throw new Fallback();
    }
    return e;
  }

  /** An enum constant by its JSON name, for an element of an array. */
  private <E extends Enum<E>> E elementValue(Class<E> type) {
    expect(p.token, VALUE_STRING);
    Object e = p.lookUp(Json.enumTable(type));
    if (e == null) {
      throw new Fallback();
    }
    return type.cast(e);
  }

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
  private String unit() {
    if (p.token == VALUE_STRING) {
      Object known = p.lookUp(UNITS);
      if (known != null) {
        return (String) known;
      }
    }
    return string();
  }

  /** A date as {@link Json#date} reads it; the assessment date is kept apart. */
  private LocalDate date(boolean assessment) {
    LocalDate d = parseDate(string());
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

  /** An optional date: null is empty. */
  private Optional<LocalDate> optionalDate() {
    return p.token == VALUE_NULL ? Optional.empty() : Optional.of(date(false));
  }

  /** The observation for a value that is not a value of the field's type. */
  private <T> Observed<T> notValue() {
    Observed<?> o = p.missing;
    if (o == null) {
      throw new Fallback(); // a value of the wrong shape for this field
    }
    return cast(o);
  }

  private Observed<Boolean> boolOf() {
    return p.kind == ByteTokens.SCALAR ? Observed.of(bool()) : notValue();
  }

  private <E extends Enum<E>> Observed<E> enumOf(Class<E> type) {
    return p.kind == ByteTokens.SCALAR ? Observed.of(enumValue(type)) : notValue();
  }

  /** Requires room for one more element in an array. */
  private static void room(List<?> list) {
    if (list.size() >= StrictTree.MAX_ARRAY_ELEMENTS) {
      throw new Fallback();
    }
  }

  /**
   * The next element of the array the field's value starts: true when there is one (its first token
   * in the tokens), false at the array's end.
   */
  private boolean element(List<?> list) {
    if (p.next() == END_ARRAY) {
      return false;
    }
    room(list);
    return true;
  }

  /** The next element of an array, which must be an object (positioned inside it). */
  private boolean objectElement(List<?> list) {
    if (!element(list)) {
      return false;
    }
    expect(p.token, START_OBJECT);
    return true;
  }

  /** Requires the field's value to be an array (a scalar kind whose token starts one). */
  private void array() {
    expect(p.token, START_ARRAY);
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
  private Read document() {
    expect(p.next(), START_OBJECT);
    int seen = 0;
    for (int field; (field = p.field(ROOT)) >= 0; ) {
      seen = mark(seen, 1 << field);
      rootValue(field);
    }
    // One document per input: nothing may follow.
    if (!p.atEnd()) {
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
  private void rootValue(int field) {
    boolean isNull = p.token == VALUE_NULL;
    boolean scalar = p.kind == ByteTokens.SCALAR;
    switch (field) {
      case 0 -> version = string();
      case 1 -> id = string();
      case 2 -> {
        if (!isNull) {
          assessmentDate = date(true);
        }
      }
      case 3 -> age = age();
      case 4 -> sex = enumOf(Sex.class);
      case 5 -> weight = weight();
      case 6 -> performance = performanceOf();
      case 7 -> cancerRelated = boolOf();
      case 8 -> {
        if (!isNull) {
          labs = labs();
        }
      }
      case 9 -> {
        if (!isNull) {
          liver = liver();
        }
      }
      case 10 -> dialysis = boolOf();
      case 11 -> {
        if (!isNull) {
          primary = primary();
        }
      }
      case 12 -> metastases = scalar ? Observed.of(metastases()) : notValue();
      case 13 -> lesions = scalar ? Observed.of(lesions()) : notValue();
      case 14 -> frankel = scalar ? Observed.of(FrankelGrade.valueOf(letter())) : notValue();
      case 15 -> asia = scalar ? Observed.of(AsiaGrade.valueOf(letter())) : notValue();
      case 16 -> {
        if (!isNull) {
          history = history();
        }
      }
      case 17 -> {
        if (!isNull) {
          variants = variants();
        }
      }
      default ->
          antithrombotic = p.kind == ByteTokens.OBJECT ? Observed.of(antithrombotic()) : notValue();
    }
  }

  private Observed<PerformanceStatus> performanceOf() {
    return p.kind == ByteTokens.OBJECT ? Observed.of(performance()) : notValue();
  }

  private Observed<Age> age() {
    if (p.kind != ByteTokens.OBJECT) {
      return notValue();
    }
    quantity();
    if (!quantityUnit.equals("a") || !quantityIsInt) {
      throw new Fallback();
    }
    return Observed.of(Age.years(quantityInt));
  }

  private Observed<BodyWeight> weight() {
    if (p.kind != ByteTokens.OBJECT) {
      return notValue();
    }
    quantity();
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

  private VariantSelection variants() {
    object();
    VariantSelection chosen = VariantSelection.defaults();
    List<String> names = new ArrayList<>();
    while (p.field(Names.ANY) >= 0) {
      String model = p.currentName();
      if (names.contains(model)) {
        throw new Fallback();
      }
      names.add(model);
      chosen = chosen.with(model, string());
    }
    return chosen;
  }

  private String letter() {
    String s = string();
    if (s.length() != 1 || s.charAt(0) < 'A' || s.charAt(0) > 'E') {
      throw new Fallback();
    }
    return s;
  }

  /**
   * Reads {"value": number, "unit": string} (the field's value, an object) into {@link
   * #quantityValue}, {@link #quantityIsInt}, {@link #quantityInt} and {@link #quantityUnit}; the
   * caller checks the unit.
   */
  private void quantity() {
    object();
    quantityFields();
  }

  /** As {@link #quantity}, positioned inside the object (an element of an array). */
  private void quantityFields() {
    int seen = 0;
    for (int field; (field = p.field(QUANTITY)) >= 0; ) {
      seen = mark(seen, 1 << field);
      if (field == 0) {
        quantityValue = number();
        quantityIsInt = numberIsInt;
        quantityInt = numberIsInt ? numberInt : 0;
      } else {
        quantityUnit = unit();
      }
    }
    if (seen != 3) {
      throw new Fallback();
    }
  }

  private Diameter diameter() {
    object();
    return diameterFields();
  }

  /** As {@link #diameter}, positioned inside the object (an element of an array). */
  private Diameter diameterFields() {
    quantityFields();
    if (quantityUnit.equals("cm")) {
      return Diameter.cm(quantityValue);
    }
    if (quantityUnit.equals("mm")) {
      return Diameter.mm(quantityValue);
    }
    throw new Fallback();
  }

  private PerformanceStatus performance() {
    String scale = null;
    int value = 0;
    int seen = 0;
    for (int field; (field = p.field(PERFORMANCE)) >= 0; ) {
      seen = mark(seen, 1 << field);
      if (field == 0) {
        scale = string();
      } else {
        value = integer();
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

  private LabPanel labs() {
    object();
    List<LabValue> values = new ArrayList<>();
    int seen = 0;
    for (int field; (field = p.field(ANALYTE_NAMES)) >= 0; ) {
      seen = mark(seen, 1 << field);
      if (p.kind == ByteTokens.UNKNOWN) {
        continue;
      }
      values.add(lab(ANALYTES[field]));
    }
    return LabPanel.of(values);
  }

  /** A lab value {"value", "unit", "date"?} (the field's value), through the analyte's factory. */
  private LabValue lab(Analyte analyte) {
    object();
    double value = 0;
    String unit = null;
    Optional<LocalDate> date = Optional.empty();
    int seen = 0;
    for (int field; (field = p.field(LAB)) >= 0; ) {
      seen = mark(seen, 1 << field);
      switch (field) {
        case 0 -> value = number();
        case 1 -> unit = unit();
        default -> date = optionalDate();
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

  private LiverBedside liver() {
    object();
    Observed<Ascites> ascites = Observed.unknown();
    Observed<Encephalopathy> encephalopathy = Observed.unknown();
    Observed<Boolean> cholestatic = Observed.unknown();
    int seen = 0;
    for (int field; (field = p.field(LIVER)) >= 0; ) {
      seen = mark(seen, 1 << field);
      switch (field) {
        case 0 -> ascites = enumOf(Ascites.class);
        case 1 ->
            encephalopathy =
                p.kind == ByteTokens.SCALAR
                    ? Observed.of(Encephalopathy.of(integer()))
                    : notValue();
        default -> cholestatic = boolOf();
      }
    }
    return new LiverBedside(ascites, encephalopathy, cholestatic);
  }

  private PrimaryHcc primary() {
    object();
    Observed<PrimaryControl> control = Observed.unknown();
    Observed<IntrahepaticTumour> nodules = Observed.unknown();
    Observed<Boolean> macro = Observed.unknown();
    Observed<PortalVeinInvasion> vp = Observed.unknown();
    Observed<AjccT> ajccT = Observed.unknown();
    Observed<AjccN> ajccN = Observed.unknown();
    Observed<Afp> afp = Observed.unknown();
    Observed<Integer> count = Observed.unknown();
    int seen = 0;
    for (int field; (field = p.field(PRIMARY)) >= 0; ) {
      seen = mark(seen, 1 << field);
      int kind = p.kind;
      switch (field) {
        case 0 -> control = kind == ByteTokens.OBJECT ? Observed.of(control()) : notValue();
        case 1 ->
            nodules =
                kind == ByteTokens.SCALAR
                    ? Observed.of(new IntrahepaticTumour(nodules()))
                    : notValue();
        case 2 -> macro = boolOf();
        case 3 -> vp = enumOf(PortalVeinInvasion.class);
        case 4 -> ajccT = enumOf(AjccT.class);
        case 5 -> ajccN = enumOf(AjccN.class);
        case 6 ->
            afp = kind == ByteTokens.OBJECT ? Observed.of((Afp) lab(Analyte.AFP)) : notValue();
        default -> count = kind == ByteTokens.SCALAR ? Observed.of(integer()) : notValue();
      }
    }
    return new PrimaryHcc(control, nodules, macro, vp, ajccT, ajccN, afp, count);
  }

  private PrimaryControl control() {
    boolean controlled = false;
    String definition = null;
    int seen = 0;
    for (int field; (field = p.field(CONTROL)) >= 0; ) {
      seen = mark(seen, 1 << field);
      if (field == 0) {
        controlled = bool();
      } else {
        definition = string();
      }
    }
    if (seen != 3 || definition == null) {
      throw new Fallback();
    }
    return new PrimaryControl(controlled, definition);
  }

  private List<Diameter> nodules() {
    array();
    List<Diameter> out = new ArrayList<>();
    while (objectElement(out)) {
      out.add(diameterFields());
    }
    return out;
  }

  private List<ExtraskeletalMetastasis> metastases() {
    array();
    List<ExtraskeletalMetastasis> out = new ArrayList<>();
    while (objectElement(out)) {
      out.add(metastasis());
    }
    return out;
  }

  private ExtraskeletalMetastasis metastasis() {
    MetastasisSite site = null;
    Observed<MetastasisPattern> pattern = Observed.unknown();
    Observed<Boolean> resectable = Observed.unknown();
    Observed<Boolean> treatable = Observed.unknown();
    int seen = 0;
    for (int field; (field = p.field(METASTASIS)) >= 0; ) {
      seen = mark(seen, 1 << field);
      switch (field) {
        case 0 -> site = enumValue(MetastasisSite.class);
        case 1 -> pattern = enumOf(MetastasisPattern.class);
        case 2 -> resectable = boolOf();
        default -> treatable = boolOf();
      }
    }
    if (site == null) {
      throw new Fallback();
    }
    return new ExtraskeletalMetastasis(site, pattern, resectable, treatable);
  }

  // ------------------------------------------------------------------ bone lesions

  /**
   * A skeletal site (the field's value, an object): a spinal level, a long bone with its region, or
   * another bone; one only.
   */
  private SkeletalSite site() {
    object();
    String level = null;
    LongBone bone = null;
    LongBoneRegion region = null;
    OtherBone other = null;
    int seen = 0;
    for (int field; (field = p.field(SITE)) >= 0; ) {
      seen = mark(seen, 1 << field);
      switch (field) {
        case 0 -> level = string();
        case 1 -> bone = enumValue(LongBone.class);
        case 2 -> region = enumValue(LongBoneRegion.class);
        default -> other = enumValue(OtherBone.class);
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

  private List<BoneLesion> lesions() {
    array();
    List<BoneLesion> out = new ArrayList<>();
    while (objectElement(out)) {
      out.add(lesion());
    }
    return out;
  }

  /** An observation read for the type that {@link #LESION_ENUMS} gives its field. */
  @SuppressWarnings("unchecked") // the field's type in LESION_ENUMS is the type it is stored as
  private static <T> Observed<T> cast(Observed<?> o) {
    return (Observed<T>) o;
  }

  private BoneLesion lesion() {
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
    for (int field; (field = p.field(LESION)) >= 0; ) {
      seen = mark(seen, 1 << field);
      int kind = p.kind;
      Class<?> type = LESION_ENUMS[field];
      if (type != null) {
        // The seven enum fields share one lookup: the field's type is in LESION_ENUMS.
        Observed<?> e = kind == ByteTokens.SCALAR ? Observed.of(constant()) : notValue();
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
        case 0 -> id = string();
        case 1 -> site = site();
        case 5 -> size = kind == ByteTokens.OBJECT ? Observed.of(diameter()) : notValue();
        case 7 -> softTissue = boolOf();
        case 8 -> fracture = boolOf();
        case 12 ->
            escc = kind == ByteTokens.SCALAR ? Observed.of(EsccGrade.parse(string())) : notValue();
        default ->
            intensity = kind == ByteTokens.OBJECT ? Observed.of(painIntensity()) : notValue();
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

  /** {"nrs": n}, alone. */
  private PainIntensity painIntensity() {
    if (p.field(PAIN_INTENSITY) != 0) {
      throw new Fallback();
    }
    int nrs = integer();
    if (p.field(PAIN_INTENSITY) >= 0) {
      throw new Fallback();
    }
    return PainIntensity.nrs(nrs);
  }

  // ------------------------------------------------------------------ history

  private TreatmentHistory history() {
    object();
    Observed<Boolean> prior = Observed.unknown();
    Observed<List<RadiotherapyCourse>> radiotherapy = Observed.unknown();
    Observed<List<BtaExposure>> agents = Observed.unknown();
    Observed<List<SurgeryRecord>> surgery = Observed.unknown();
    Observed<List<SkeletalRelatedEvent>> events = Observed.unknown();
    int seen = 0;
    for (int field; (field = p.field(HISTORY)) >= 0; ) {
      seen = mark(seen, 1 << field);
      boolean scalar = p.kind == ByteTokens.SCALAR;
      switch (field) {
        case 0 -> prior = boolOf();
        case 1 -> radiotherapy = scalar ? Observed.of(courses()) : notValue();
        case 2 -> agents = scalar ? Observed.of(agents()) : notValue();
        case 3 -> surgery = scalar ? Observed.of(surgeries()) : notValue();
        default -> events = scalar ? Observed.of(events()) : notValue();
      }
    }
    return new TreatmentHistory(prior, radiotherapy, agents, surgery, events);
  }

  private List<RadiotherapyCourse> courses() {
    array();
    List<RadiotherapyCourse> out = new ArrayList<>();
    while (objectElement(out)) {
      out.add(course());
    }
    return out;
  }

  private RadiotherapyCourse course() {
    SkeletalSite site = null;
    double dose = 0;
    int fractions = 0;
    Optional<LocalDate> completed = Optional.empty();
    int seen = 0;
    for (int field; (field = p.field(COURSE)) >= 0; ) {
      seen = mark(seen, 1 << field);
      switch (field) {
        case 0 -> site = site();
        case 1 -> {
          quantity();
          if (!quantityUnit.equals("Gy")) {
            throw new Fallback();
          }
          dose = quantityValue;
        }
        case 2 -> fractions = integer();
        default -> completed = optionalDate();
      }
    }
    if ((seen & 7) != 7 || site == null) {
      throw new Fallback();
    }
    return new RadiotherapyCourse(site, dose, fractions, completed);
  }

  private List<BtaExposure> agents() {
    array();
    List<BtaExposure> out = new ArrayList<>();
    while (objectElement(out)) {
      out.add(agent());
    }
    return out;
  }

  private BtaExposure agent() {
    BoneTargetingAgent agent = null;
    Optional<LocalDate> started = Optional.empty();
    Observed<Boolean> ongoing = Observed.unknown();
    int seen = 0;
    for (int field; (field = p.field(AGENT)) >= 0; ) {
      seen = mark(seen, 1 << field);
      switch (field) {
        case 0 -> agent = enumValue(BoneTargetingAgent.class);
        case 1 -> started = optionalDate();
        default -> ongoing = boolOf();
      }
    }
    if (agent == null) {
      throw new Fallback();
    }
    return new BtaExposure(agent, started, ongoing);
  }

  private List<SurgeryRecord> surgeries() {
    array();
    List<SurgeryRecord> out = new ArrayList<>();
    while (objectElement(out)) {
      out.add(surgery());
    }
    return out;
  }

  private SurgeryRecord surgery() {
    SkeletalSite site = null;
    SurgeryKind kind = null;
    Optional<LocalDate> date = Optional.empty();
    int seen = 0;
    for (int field; (field = p.field(SURGERY)) >= 0; ) {
      seen = mark(seen, 1 << field);
      switch (field) {
        case 0 -> site = site();
        case 1 -> kind = enumValue(SurgeryKind.class);
        default -> date = optionalDate();
      }
    }
    if (site == null || kind == null) {
      throw new Fallback();
    }
    return new SurgeryRecord(site, kind, date);
  }

  private List<SkeletalRelatedEvent> events() {
    array();
    List<SkeletalRelatedEvent> out = new ArrayList<>();
    while (objectElement(out)) {
      out.add(event());
    }
    return out;
  }

  private SkeletalRelatedEvent event() {
    SreType type = null;
    Optional<LocalDate> date = Optional.empty();
    int seen = 0;
    for (int field; (field = p.field(EVENT)) >= 0; ) {
      seen = mark(seen, 1 << field);
      if (field == 0) {
        type = enumValue(SreType.class);
      } else {
        date = optionalDate();
      }
    }
    if (type == null) {
      throw new Fallback();
    }
    return new SkeletalRelatedEvent(type, date);
  }

  // ------------------------------------------------------------------ antithrombotic therapy

  private AntithromboticTherapy antithrombotic() {
    AntithromboticKind kind = null;
    List<AntithromboticDrugClass> classes = List.of();
    Optional<LocalDate> last = Optional.empty();
    int seen = 0;
    for (int field; (field = p.field(ANTITHROMBOTIC)) >= 0; ) {
      seen = mark(seen, 1 << field);
      switch (field) {
        case 0 -> kind = enumValue(AntithromboticKind.class);
        case 1 -> {
          if (p.token != VALUE_NULL) {
            array();
            List<AntithromboticDrugClass> list = new ArrayList<>();
            while (element(list)) {
              list.add(elementValue(AntithromboticDrugClass.class));
            }
            classes = list;
          }
        }
        default -> last = optionalDate();
      }
    }
    if (kind == null) {
      throw new Fallback();
    }
    return new AntithromboticTherapy(kind, classes, last);
  }
}
