package org.hccbm.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.Diameter;
import org.hccbm.core.Observed;
import org.hccbm.core.history.AntithromboticDrugClass;
import org.hccbm.core.history.AntithromboticTherapy;
import org.hccbm.core.history.BtaExposure;
import org.hccbm.core.history.RadiotherapyCourse;
import org.hccbm.core.history.SkeletalRelatedEvent;
import org.hccbm.core.history.SurgeryRecord;
import org.hccbm.core.history.TreatmentHistory;
import org.hccbm.core.lab.Afp;
import org.hccbm.core.lab.LabValue;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.EsccGrade;
import org.hccbm.core.lesion.LongBoneSite;
import org.hccbm.core.lesion.OtherBone;
import org.hccbm.core.lesion.PainIntensity;
import org.hccbm.core.lesion.SkeletalSite;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.liver.Encephalopathy;
import org.hccbm.core.liver.LiverBedside;
import org.hccbm.core.neuro.AsiaGrade;
import org.hccbm.core.neuro.FrankelGrade;
import org.hccbm.core.patient.Age;
import org.hccbm.core.patient.BodyWeight;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.tumour.ExtraskeletalMetastasis;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.core.tumour.PrimaryControl;
import org.hccbm.core.tumour.PrimaryHcc;
import org.jspecify.annotations.Nullable;

/**
 * Writes a patient document straight to a generator, field for field what {@link
 * PatientCodec#write(Patient)} builds as a tree (same fields, order and numbers; a test compares
 * the two over fixtures and generated patients), without building the tree: the batch writes a
 * patient per line.
 *
 * <p>Plain code rather than a lambda per field, and field names encoded once: the batch compiles
 * this for every run, so its size is part of the cost.
 */
public final class PatientWriter {
  private PatientWriter() {}

  private static final SerializableString NOT_ASSESSABLE = name("notAssessable");
  private static final SerializableString UNKNOWN = new SerializedString(Json.UNKNOWN);
  private static final SerializableString SCHEMA_VERSION = name("schemaVersion");
  private static final SerializableString ID = name("id");
  private static final SerializableString ASSESSMENT_DATE = name("assessmentDate");
  private static final SerializableString AGE = name("age");
  private static final SerializableString SEX = name("sex");
  private static final SerializableString WEIGHT = name("weight");
  private static final SerializableString PERFORMANCE_STATUS = name("performanceStatus");
  private static final SerializableString CANCER_RELATED = name("performanceStatusCancerRelated");
  private static final SerializableString LABS = name("labs");
  private static final SerializableString LIVER = name("liver");
  private static final SerializableString ASCITES = name("ascites");
  private static final SerializableString ENCEPHALOPATHY = name("encephalopathy");
  private static final SerializableString CHOLESTATIC = name("cholestaticDisease");
  private static final SerializableString ON_DIALYSIS = name("onDialysis");
  private static final SerializableString PRIMARY = name("primary");
  private static final SerializableString METASTASES = name("extraskeletalMetastases");
  private static final SerializableString SITE = name("site");
  private static final SerializableString PATTERN = name("pattern");
  private static final SerializableString RESECTABLE = name("resectable");
  private static final SerializableString TREATABLE = name("treatable");
  private static final SerializableString BONE_LESIONS = name("boneLesions");
  private static final SerializableString FRANKEL = name("frankel");
  private static final SerializableString ASIA = name("asia");
  private static final SerializableString HISTORY = name("history");
  private static final SerializableString ANTITHROMBOTIC = name("antithromboticTherapy");
  private static final SerializableString KIND = name("kind");
  private static final SerializableString DRUG_CLASSES = name("drugClasses");
  private static final SerializableString LAST_DOSE = name("lastDose");
  private static final SerializableString VALUE = name("value");
  private static final SerializableString UNIT = name("unit");
  private static final SerializableString DATE = name("date");
  private static final SerializableString SCALE = name("scale");
  private static final SerializableString ECOG = new SerializedString("ecog");
  private static final SerializableString YEARS = new SerializedString("a");
  private static final SerializableString KG = new SerializedString("kg");
  private static final SerializableString GY = new SerializedString("Gy");
  private static final SerializableString CM = new SerializedString("cm");
  private static final SerializableString MM = new SerializedString("mm");
  private static final SerializableString KARNOFSKY = new SerializedString("karnofsky");
  private static final SerializableString CONTROL = name("control");
  private static final SerializableString CONTROLLED = name("controlled");
  private static final SerializableString DEFINITION = name("definition");
  private static final SerializableString NODULES = name("nodules");
  private static final SerializableString MACROVASCULAR = name("macrovascularInvasion");
  private static final SerializableString PORTAL_VEIN = name("portalVeinInvasion");
  private static final SerializableString AJCC_T = name("ajccT");
  private static final SerializableString AJCC_N = name("ajccN");
  private static final SerializableString AFP = name("afp");
  private static final SerializableString NODULE_COUNT = name("noduleCount");
  private static final SerializableString SPINAL_LEVEL = name("spinalLevel");
  private static final SerializableString LONG_BONE = name("longBone");
  private static final SerializableString REGION = name("region");
  private static final SerializableString OTHER_BONE = name("otherBone");
  private static final SerializableString MORPHOLOGY = name("morphology");
  private static final SerializableString PAIN_CHARACTER = name("painCharacter");
  private static final SerializableString PAIN_SEVERITY = name("painSeverity");
  private static final SerializableString SIZE = name("size");
  private static final SerializableString DIAMETER_FRACTION = name("diameterFraction");
  private static final SerializableString SOFT_TISSUE_MASS = name("softTissueMass");
  private static final SerializableString FRACTURE = name("pathologicalFracture");
  private static final SerializableString COLLAPSE = name("collapse");
  private static final SerializableString ALIGNMENT = name("alignment");
  private static final SerializableString POSTEROLATERAL = name("posterolateral");
  private static final SerializableString ESCC = name("escc");
  private static final SerializableString PAIN_INTENSITY = name("painIntensity");
  private static final SerializableString NRS = name("nrs");
  private static final SerializableString PRIOR_SYSTEMIC = name("priorSystemicTherapy");
  private static final SerializableString RADIOTHERAPY = name("radiotherapy");
  private static final SerializableString TOTAL_DOSE = name("totalDose");
  private static final SerializableString FRACTIONS = name("fractions");
  private static final SerializableString COMPLETED = name("completed");
  private static final SerializableString AGENTS = name("boneTargetingAgents");
  private static final SerializableString AGENT = name("agent");
  private static final SerializableString STARTED = name("started");
  private static final SerializableString ONGOING = name("ongoing");
  private static final SerializableString SURGERY = name("surgery");
  private static final SerializableString EVENTS = name("skeletalRelatedEvents");
  private static final SerializableString TYPE = name("type");

  /** The lab keys, by analyte ordinal. */
  private static final SerializableString[] LAB_KEYS = labKeys();

  private static SerializableString name(String s) {
    return new SerializedString(s);
  }

  @SuppressWarnings("EnumOrdinal") // a table built here from the same enum, never persisted
  private static SerializableString[] labKeys() {
    org.hccbm.core.lab.Analyte[] all = org.hccbm.core.lab.Analyte.values();
    SerializableString[] keys = new SerializableString[all.length];
    for (org.hccbm.core.lab.Analyte a : all) {
      keys[a.ordinal()] = name(PatientCodec.labKey(a));
    }
    return keys;
  }

  @SuppressWarnings("EnumOrdinal") // see labKeys()
  private static SerializableString labKey(LabValue v) {
    return LAB_KEYS[v.analyte().ordinal()];
  }

  /**
   * Writes a patient: assembled as bytes and written as one raw value when the generator would
   * write its strings as they are ({@link #rawWritable}) and they are all plain ({@link
   * PatientText}), else field by field. Either way the text is the same.
   *
   * @param patient the patient
   * @param g the generator
   * @throws IOException when the generator cannot write
   */
  public static void write(Patient patient, JsonGenerator g) throws IOException {
    if (rawWritable(g)) {
      PatientText text = TEXT.get();
      boolean plain = text.patient(patient);
      if (plain) {
        g.writeRawValue(text);
      }
      text.release();
      if (plain) {
        return;
      }
    }
    streamed(patient, g);
  }

  private static final ThreadLocal<PatientText> TEXT = ThreadLocal.withInitial(PatientText::new);

  /** The character escapes last found to leave plain text as it is (a cache; races are benign). */
  private static volatile @Nullable CharacterEscapes plainEscapes;

  /**
   * Whether the generator writes what {@link PatientText} assembles byte for byte: UTF-8 output, no
   * pretty printer, quoted field names, numbers as numbers written by {@code Double.toString}, and
   * a plain string (printable ASCII other than a quote and a backslash) as it is: no escape of
   * slashes, no limit on unescaped characters, and custom escapes (as the command line's) that
   * leave printable ASCII alone.
   */
  static boolean rawWritable(JsonGenerator g) {
    if (!(g instanceof UTF8JsonGenerator)
        || g.getPrettyPrinter() != null
        || g.getHighestEscapedChar() != 0
        || !g.isEnabled(JsonWriteFeature.QUOTE_FIELD_NAMES.mappedFeature())
        || g.isEnabled(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS.mappedFeature())
        || g.isEnabled(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature())
        || g.isEnabled(JsonWriteFeature.ESCAPE_FORWARD_SLASHES.mappedFeature())
        || g.isEnabled(StreamWriteFeature.USE_FAST_DOUBLE_WRITER.mappedFeature())) {
      return false;
    }
    CharacterEscapes escapes = g.getCharacterEscapes();
    return escapes == null || escapes == plainEscapes || leavesPlainAlone(escapes);
  }

  private static boolean leavesPlainAlone(CharacterEscapes escapes) {
    int[] codes = escapes.getEscapeCodesForAscii();
    for (int c = 0x20; c < 0x7F; c++) {
      if (c != '"' && c != '\\' && c < codes.length && codes[c] != CharacterEscapes.ESCAPE_NONE) {
        return false;
      }
    }
    plainEscapes = escapes;
    return true;
  }

  /** Writes a patient field by field. */
  private static void streamed(Patient patient, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName(SCHEMA_VERSION);
    g.writeString(PatientCodec.SCHEMA_VERSION);
    g.writeFieldName(ID);
    g.writeString(patient.id());
    date(g, ASSESSMENT_DATE, patient.assessmentDate());
    Age age = known(g, AGE, patient.age());
    if (age != null) {
      quantity(g, age.years(), YEARS);
    }
    enumField(g, SEX, patient.sex());
    BodyWeight weight = known(g, WEIGHT, patient.weight());
    if (weight != null) {
      quantity(g, weight.kg(), KG);
    }
    PerformanceStatus ps = known(g, PERFORMANCE_STATUS, patient.performanceStatus());
    if (ps != null) {
      performance(g, ps);
    }
    boolField(g, CANCER_RELATED, patient.performanceStatusCancerRelated());
    g.writeFieldName(LABS);
    g.writeStartObject();
    for (LabValue v : patient.labs().values()) {
      g.writeFieldName(labKey(v));
      lab(g, v);
    }
    g.writeEndObject();
    g.writeFieldName(LIVER);
    liver(g, patient.liver());
    boolField(g, ON_DIALYSIS, patient.onDialysis());
    g.writeFieldName(PRIMARY);
    primary(g, patient.primary());
    List<ExtraskeletalMetastasis> metastases =
        known(g, METASTASES, patient.extraskeletalMetastases());
    if (metastases != null) {
      g.writeStartArray();
      for (ExtraskeletalMetastasis m : metastases) {
        g.writeStartObject();
        g.writeFieldName(SITE);
        enumValue(g, m.site());
        enumField(g, PATTERN, m.pattern());
        boolField(g, RESECTABLE, m.resectable());
        boolField(g, TREATABLE, m.treatable());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    List<BoneLesion> lesions = known(g, BONE_LESIONS, patient.boneLesions());
    if (lesions != null) {
      g.writeStartArray();
      for (BoneLesion l : lesions) {
        lesion(g, l);
      }
      g.writeEndArray();
    }
    FrankelGrade frankel = known(g, FRANKEL, patient.frankel());
    if (frankel != null) {
      g.writeString(frankel.name());
    }
    AsiaGrade asia = known(g, ASIA, patient.asia());
    if (asia != null) {
      g.writeString(asia.name());
    }
    g.writeFieldName(HISTORY);
    history(g, patient.history());
    AntithromboticTherapy t = known(g, ANTITHROMBOTIC, patient.antithromboticTherapy());
    if (t != null) {
      g.writeStartObject();
      g.writeFieldName(KIND);
      enumValue(g, t.kind());
      g.writeFieldName(DRUG_CLASSES);
      g.writeStartArray();
      for (AntithromboticDrugClass c : t.drugClasses()) {
        enumValue(g, c);
      }
      g.writeEndArray();
      date(g, LAST_DOSE, t.lastDose());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /**
   * Writes the field's name and, unless the value is known, what {@link Json#write} writes for it
   * ("unknown" or {"notAssessable": reason}); returns the known value, for the caller to write.
   */
  private static <T> @Nullable T known(JsonGenerator g, SerializableString field, Observed<T> o)
      throws IOException {
    g.writeFieldName(field);
    if (o instanceof Observed.Known<T> k) {
      return k.value();
    }
    if (o instanceof Observed.NotAssessable<T> n) {
      g.writeStartObject();
      g.writeFieldName(NOT_ASSESSABLE);
      g.writeString(n.reason());
      g.writeEndObject();
    } else {
      g.writeString(UNKNOWN);
    }
    return null;
  }

  private static void boolField(JsonGenerator g, SerializableString field, Observed<Boolean> o)
      throws IOException {
    Boolean b = known(g, field, o);
    if (b != null) {
      g.writeBoolean(b);
    }
  }

  private static <E extends Enum<E>> void enumField(
      JsonGenerator g, SerializableString field, Observed<E> o) throws IOException {
    E e = known(g, field, o);
    if (e != null) {
      enumValue(g, e);
    }
  }

  /** An enum constant's JSON name, encoded once (as {@link Json#name} spells it). */
  private static void enumValue(JsonGenerator g, Enum<?> e) throws IOException {
    SerializableString quoted = Json.quotedName(e);
    if (quoted != null) {
      g.writeString(quoted);
    } else {
      g.writeString(Json.name(e));
    }
  }

  private static void date(JsonGenerator g, SerializableString field, Optional<LocalDate> date)
      throws IOException {
    if (date.isPresent()) {
      g.writeFieldName(field);
      LocalDate d = date.get();
      int year = d.getYear();
      if (year < 1000 || year > 9999) {
        g.writeString(d.toString());
        return;
      }
      // What LocalDate.toString writes for a four-digit year, without the string.
      char[] text = new char[10];
      digits(text, 0, year, 4);
      text[4] = '-';
      digits(text, 5, d.getMonthValue(), 2);
      text[7] = '-';
      digits(text, 8, d.getDayOfMonth(), 2);
      g.writeString(text, 0, 10);
    }
  }

  /** Writes value as count decimal digits, zero-padded, ending before at + count. */
  private static void digits(char[] text, int at, int value, int count) {
    int v = value;
    for (int i = at + count - 1; i >= at; i--) {
      text[i] = (char) ('0' + v % 10);
      v /= 10;
    }
  }

  /** As the tree: a whole number is written as one (3, not 3.0). */
  private static void quantity(JsonGenerator g, double value, SerializableString unit)
      throws IOException {
    g.writeStartObject();
    g.writeFieldName(VALUE);
    number(g, value);
    g.writeFieldName(UNIT);
    g.writeString(unit);
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, double value) throws IOException {
    if (value == Math.rint(value)) {
      g.writeNumber((long) value);
    } else {
      g.writeNumber(value);
    }
  }

  private static void performance(JsonGenerator g, PerformanceStatus ps) throws IOException {
    g.writeStartObject();
    g.writeFieldName(SCALE);
    var ecog = ps.nativeEcog();
    if (ecog.isPresent()) {
      g.writeString(ECOG);
      g.writeFieldName(VALUE);
      g.writeNumber(ecog.get().grade());
    } else {
      g.writeString(KARNOFSKY);
      g.writeFieldName(VALUE);
      g.writeNumber(ps.nativeKarnofsky().orElseThrow().percent());
    }
    g.writeEndObject();
  }

  private static void lab(JsonGenerator g, LabValue v) throws IOException {
    g.writeStartObject();
    g.writeFieldName(VALUE);
    number(g, v.value());
    g.writeFieldName(UNIT);
    g.writeString(v.unit().ucum());
    date(g, DATE, v.sampleDate());
    g.writeEndObject();
  }

  private static void liver(JsonGenerator g, LiverBedside liver) throws IOException {
    g.writeStartObject();
    enumField(g, ASCITES, liver.ascites());
    Encephalopathy e = known(g, ENCEPHALOPATHY, liver.encephalopathy());
    if (e != null) {
      g.writeNumber(e.grade());
    }
    boolField(g, CHOLESTATIC, liver.cholestaticDisease());
    g.writeEndObject();
  }

  private static void primary(JsonGenerator g, PrimaryHcc p) throws IOException {
    g.writeStartObject();
    PrimaryControl c = known(g, CONTROL, p.control());
    if (c != null) {
      g.writeStartObject();
      g.writeFieldName(CONTROLLED);
      g.writeBoolean(c.controlled());
      g.writeFieldName(DEFINITION);
      g.writeString(c.definition());
      g.writeEndObject();
    }
    IntrahepaticTumour t = known(g, NODULES, p.intrahepatic());
    if (t != null) {
      g.writeStartArray();
      for (Diameter d : t.nodules()) {
        diameter(g, d);
      }
      g.writeEndArray();
    }
    boolField(g, MACROVASCULAR, p.macrovascularInvasion());
    enumField(g, PORTAL_VEIN, p.portalVeinInvasion());
    enumField(g, AJCC_T, p.ajccT());
    enumField(g, AJCC_N, p.ajccN());
    Afp afp = known(g, AFP, p.afp());
    if (afp != null) {
      lab(g, afp);
    }
    if (!(p.noduleCount() instanceof Observed.Unknown)) {
      Integer n = known(g, NODULE_COUNT, p.noduleCount());
      if (n != null) {
        g.writeNumber(n.intValue());
      }
    }
    g.writeEndObject();
  }

  private static void diameter(JsonGenerator g, Diameter d) throws IOException {
    boolean cm = d.unit().equals("cm");
    quantity(g, cm ? d.inCm() : d.inMm(), cm ? CM : MM);
  }

  private static void site(JsonGenerator g, SerializableString field, SkeletalSite site)
      throws IOException {
    g.writeFieldName(field);
    g.writeStartObject();
    if (site instanceof SpinalLevel l) {
      g.writeFieldName(SPINAL_LEVEL);
      g.writeString(l.label());
    } else if (site instanceof LongBoneSite s) {
      g.writeFieldName(LONG_BONE);
      enumValue(g, s.bone());
      g.writeFieldName(REGION);
      enumValue(g, s.region());
    } else {
      g.writeFieldName(OTHER_BONE);
      enumValue(g, (OtherBone) site);
    }
    g.writeEndObject();
  }

  private static void lesion(JsonGenerator g, BoneLesion l) throws IOException {
    g.writeStartObject();
    g.writeFieldName(ID);
    g.writeString(l.id());
    site(g, SITE, l.site());
    enumField(g, MORPHOLOGY, l.morphology());
    enumField(g, PAIN_CHARACTER, l.painCharacter());
    enumField(g, PAIN_SEVERITY, l.painSeverity());
    Diameter size = known(g, SIZE, l.size());
    if (size != null) {
      diameter(g, size);
    }
    enumField(g, DIAMETER_FRACTION, l.diameterFraction());
    boolField(g, SOFT_TISSUE_MASS, l.softTissueMass());
    boolField(g, FRACTURE, l.pathologicalFracture());
    enumField(g, COLLAPSE, l.collapse());
    enumField(g, ALIGNMENT, l.alignment());
    enumField(g, POSTEROLATERAL, l.posterolateral());
    EsccGrade escc = known(g, ESCC, l.escc());
    if (escc != null) {
      g.writeString(escc.code());
    }
    PainIntensity pain = known(g, PAIN_INTENSITY, l.painIntensity());
    if (pain != null) {
      g.writeStartObject();
      g.writeFieldName(NRS);
      g.writeNumber(pain.nrs());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void history(JsonGenerator g, TreatmentHistory h) throws IOException {
    g.writeStartObject();
    boolField(g, PRIOR_SYSTEMIC, h.priorSystemicTherapy());
    List<RadiotherapyCourse> courses = known(g, RADIOTHERAPY, h.radiotherapy());
    if (courses != null) {
      g.writeStartArray();
      for (RadiotherapyCourse c : courses) {
        g.writeStartObject();
        site(g, SITE, c.site());
        g.writeFieldName(TOTAL_DOSE);
        quantity(g, c.totalDoseGy(), GY);
        g.writeFieldName(FRACTIONS);
        g.writeNumber(c.fractions());
        date(g, COMPLETED, c.completed());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    List<BtaExposure> agents = known(g, AGENTS, h.boneTargetingAgents());
    if (agents != null) {
      g.writeStartArray();
      for (BtaExposure x : agents) {
        g.writeStartObject();
        g.writeFieldName(AGENT);
        enumValue(g, x.agent());
        date(g, STARTED, x.started());
        boolField(g, ONGOING, x.ongoing());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    List<SurgeryRecord> surgery = known(g, SURGERY, h.surgery());
    if (surgery != null) {
      g.writeStartArray();
      for (SurgeryRecord x : surgery) {
        g.writeStartObject();
        site(g, SITE, x.site());
        g.writeFieldName(KIND);
        enumValue(g, x.kind());
        date(g, DATE, x.date());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    List<SkeletalRelatedEvent> events = known(g, EVENTS, h.skeletalRelatedEvents());
    if (events != null) {
      g.writeStartArray();
      for (SkeletalRelatedEvent x : events) {
        g.writeStartObject();
        g.writeFieldName(TYPE);
        enumValue(g, x.type());
        date(g, DATE, x.date());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
