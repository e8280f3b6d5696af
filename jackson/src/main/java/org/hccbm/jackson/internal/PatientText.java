package org.hccbm.jackson.internal;

import com.fasterxml.jackson.core.SerializableString;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
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
import org.hccbm.core.lab.Analyte;
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
 * A patient document's text, assembled as UTF-8 bytes from runs encoded once: byte for byte what
 * {@link PatientWriter} streams to a generator that writes plain strings as they are ({@link
 * PatientWriter#rawWritable}), so that the generator copies it as one raw value. Only plain strings
 * (printable ASCII other than a quote and a backslash) and finite numbers are assembled: {@link
 * #patient} answers false for a patient with any other, and the caller streams that one.
 *
 * <p>One per thread, reused: it is written straight after it is assembled.
 */
final class PatientText implements SerializableString {
  private static final int INITIAL = 4096;
  private static final int KEPT = 1 << 20;

  /** Thrown to stop assembling at the first string that is not plain; no stack trace. */
  private static final class NotPlain extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotPlain() {
      super("not plain", null, false, false);
    }
  }

  private byte[] bytes = new byte[INITIAL];
  private int length;

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static final byte[] START =
      ascii("{\"schemaVersion\":\"" + PatientCodec.SCHEMA_VERSION + "\",\"id\":");
  private static final byte[] UNKNOWN = ascii("\"" + Json.UNKNOWN + "\"");
  private static final byte[] NOT_ASSESSABLE = ascii("{\"notAssessable\":");
  private static final byte[] ASSESSMENT_DATE = ascii(",\"assessmentDate\":");
  private static final byte[] AGE = ascii(",\"age\":");
  private static final byte[] SEX = ascii(",\"sex\":");
  private static final byte[] WEIGHT = ascii(",\"weight\":");
  private static final byte[] PERFORMANCE_STATUS = ascii(",\"performanceStatus\":");
  private static final byte[] ECOG = ascii("{\"scale\":\"ecog\",\"value\":");
  private static final byte[] KARNOFSKY = ascii("{\"scale\":\"karnofsky\",\"value\":");
  private static final byte[] CANCER_RELATED = ascii(",\"performanceStatusCancerRelated\":");
  private static final byte[] LABS = ascii(",\"labs\":{");
  private static final byte[] LIVER = ascii("},\"liver\":{\"ascites\":");
  private static final byte[] ENCEPHALOPATHY = ascii(",\"encephalopathy\":");
  private static final byte[] CHOLESTATIC = ascii(",\"cholestaticDisease\":");
  private static final byte[] ON_DIALYSIS = ascii("},\"onDialysis\":");
  private static final byte[] PRIMARY = ascii(",\"primary\":{\"control\":");
  private static final byte[] CONTROLLED = ascii("{\"controlled\":");
  private static final byte[] DEFINITION = ascii(",\"definition\":");
  private static final byte[] NODULES = ascii(",\"nodules\":");
  private static final byte[] MACROVASCULAR = ascii(",\"macrovascularInvasion\":");
  private static final byte[] PORTAL_VEIN = ascii(",\"portalVeinInvasion\":");
  private static final byte[] AJCC_T = ascii(",\"ajccT\":");
  private static final byte[] AJCC_N = ascii(",\"ajccN\":");
  private static final byte[] AFP = ascii(",\"afp\":");
  private static final byte[] NODULE_COUNT = ascii(",\"noduleCount\":");
  private static final byte[] METASTASES = ascii("},\"extraskeletalMetastases\":");
  private static final byte[] METASTASIS_SITE = ascii("{\"site\":");
  private static final byte[] PATTERN = ascii(",\"pattern\":");
  private static final byte[] RESECTABLE = ascii(",\"resectable\":");
  private static final byte[] TREATABLE = ascii(",\"treatable\":");
  private static final byte[] BONE_LESIONS = ascii(",\"boneLesions\":");
  private static final byte[] FRANKEL = ascii(",\"frankel\":");
  private static final byte[] ASIA = ascii(",\"asia\":");
  private static final byte[] HISTORY = ascii(",\"history\":{\"priorSystemicTherapy\":");
  private static final byte[] RADIOTHERAPY = ascii(",\"radiotherapy\":");
  private static final byte[] TOTAL_DOSE = ascii(",\"totalDose\":");
  private static final byte[] FRACTIONS = ascii(",\"fractions\":");
  private static final byte[] COMPLETED = ascii(",\"completed\":");
  private static final byte[] AGENTS = ascii(",\"boneTargetingAgents\":");
  private static final byte[] AGENT = ascii("{\"agent\":");
  private static final byte[] STARTED = ascii(",\"started\":");
  private static final byte[] ONGOING = ascii(",\"ongoing\":");
  private static final byte[] SURGERY = ascii(",\"surgery\":");
  private static final byte[] KIND = ascii(",\"kind\":");
  private static final byte[] DATE = ascii(",\"date\":");
  private static final byte[] EVENTS = ascii(",\"skeletalRelatedEvents\":");
  private static final byte[] EVENT_TYPE = ascii("{\"type\":");
  private static final byte[] ANTITHROMBOTIC = ascii("},\"antithromboticTherapy\":");
  private static final byte[] ANTITHROMBOTIC_KIND = ascii("{\"kind\":");
  private static final byte[] DRUG_CLASSES = ascii(",\"drugClasses\":[");
  private static final byte[] LAST_DOSE = ascii(",\"lastDose\":");
  private static final byte[] VALUE = ascii("{\"value\":");
  private static final byte[] UNIT_A = ascii(",\"unit\":\"a\"}");
  private static final byte[] UNIT_KG = ascii(",\"unit\":\"kg\"}");
  private static final byte[] UNIT_GY = ascii(",\"unit\":\"Gy\"}");
  private static final byte[] UNIT_CM = ascii(",\"unit\":\"cm\"}");
  private static final byte[] UNIT_MM = ascii(",\"unit\":\"mm\"}");
  private static final byte[] UNIT = ascii(",\"unit\":");
  private static final byte[] SITE = ascii("{\"site\":");
  private static final byte[] LESION_ID = ascii("{\"id\":");
  private static final byte[] LESION_SITE = ascii(",\"site\":");
  private static final byte[] SPINAL_LEVEL = ascii("{\"spinalLevel\":");
  private static final byte[] LONG_BONE = ascii("{\"longBone\":");
  private static final byte[] REGION = ascii(",\"region\":");
  private static final byte[] OTHER_BONE = ascii("{\"otherBone\":");
  private static final byte[] MORPHOLOGY = ascii(",\"morphology\":");
  private static final byte[] PAIN_CHARACTER = ascii(",\"painCharacter\":");
  private static final byte[] PAIN_SEVERITY = ascii(",\"painSeverity\":");
  private static final byte[] SIZE = ascii(",\"size\":");
  private static final byte[] DIAMETER_FRACTION = ascii(",\"diameterFraction\":");
  private static final byte[] SOFT_TISSUE_MASS = ascii(",\"softTissueMass\":");
  private static final byte[] FRACTURE = ascii(",\"pathologicalFracture\":");
  private static final byte[] COLLAPSE = ascii(",\"collapse\":");
  private static final byte[] ALIGNMENT = ascii(",\"alignment\":");
  private static final byte[] POSTEROLATERAL = ascii(",\"posterolateral\":");
  private static final byte[] ESCC = ascii(",\"escc\":");
  private static final byte[] PAIN_INTENSITY = ascii(",\"painIntensity\":");
  private static final byte[] NRS = ascii("{\"nrs\":");
  private static final byte[] TRUE = ascii("true");
  private static final byte[] FALSE = ascii("false");

  /** Each analyte's key in "labs", quoted with its colon, by ordinal. */
  private static final byte[][] LAB_KEYS = labKeys();

  @SuppressWarnings("EnumOrdinal") // a table built here from the same enum, never persisted
  private static byte[][] labKeys() {
    Analyte[] all = Analyte.values();
    byte[][] keys = new byte[all.length][];
    for (Analyte a : all) {
      keys[a.ordinal()] = ascii("\"" + PatientCodec.labKey(a) + "\":");
    }
    return keys;
  }

  /** Each enum constant's JSON name, quoted, by ordinal; empty for a name that is not plain. */
  private static final ClassValue<byte[][]> ENUM_TEXTS =
      new ClassValue<>() {
        @Override
        protected byte[][] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          byte[][] texts = new byte[constants.length][];
          for (int i = 0; i < constants.length; i++) {
            String name = Json.name((Enum<?>) constants[i]);
            texts[i] = plain(name) ? ascii("\"" + name + "\"") : new byte[0];
          }
          return texts;
        }
      };

  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  /**
   * Assembles a patient's document.
   *
   * @return false (and nothing usable assembled) when a string is not plain or a number not finite
   */
  boolean patient(Patient patient) {
    length = 0;
    try {
      write(patient);
      return true;
    } catch (NotPlain e) {
      return false;
    }
  }

  /** Drops what was assembled, and a buffer that one very large patient grew. */
  void release() {
    if (bytes.length > KEPT) {
      bytes = new byte[INITIAL];
    }
    length = 0;
  }

  // ------------------------------------------------------------------ bytes

  private void room(int n) {
    if (bytes.length - length < n) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
    }
  }

  private void add(byte[] run) {
    room(run.length);
    System.arraycopy(run, 0, bytes, length, run.length);
    length += run.length;
  }

  private void add(char c) {
    room(1);
    bytes[length++] = (byte) c;
  }

  /** A string, quoted, when it is plain; otherwise assembling stops. */
  private void string(String s) {
    int n = s.length();
    room(n + 2);
    byte[] b = bytes;
    int at = length;
    b[at++] = '"';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
        throw new NotPlain();
      }
      b[at++] = (byte) c;
    }
    b[at++] = '"';
    length = at;
  }

  @SuppressWarnings("EnumOrdinal") // see ENUM_TEXTS
  private void enumValue(Enum<?> e) {
    byte[] text = ENUM_TEXTS.get(e.getDeclaringClass())[e.ordinal()];
    if (text.length == 0) {
      throw new NotPlain();
    }
    add(text);
  }

  private void bool(boolean b) {
    add(b ? TRUE : FALSE);
  }

  /** A whole number as the generator writes a long or an int. */
  private void integer(long v) {
    if (v >= 0 && v < 1_000_000_000_000_000_000L) {
      int digits = 1;
      for (long x = v / 10; x > 0; x /= 10) {
        digits++;
      }
      room(digits);
      long x = v;
      for (int i = length + digits - 1; i >= length; i--) {
        bytes[i] = (byte) ('0' + (int) (x % 10));
        x /= 10;
      }
      length += digits;
    } else {
      ascii(Long.toString(v), false);
    }
  }

  /** As the streamed writer: a whole number as one (3, not 3.0), another as Double.toString. */
  private void number(double value) {
    if (value == Math.rint(value)) {
      integer((long) value);
    } else if (Double.isFinite(value)) {
      ascii(Double.toString(value), false);
    } else {
      throw new NotPlain(); // NaN, which the generator writes as a string
    }
  }

  /** Characters known to be ASCII, one byte each, quoted or not. */
  private void ascii(String s, boolean quoted) {
    int n = s.length();
    room(n + 2);
    if (quoted) {
      bytes[length++] = '"';
    }
    for (int i = 0; i < n; i++) {
      bytes[length + i] = (byte) s.charAt(i);
    }
    length += n;
    if (quoted) {
      bytes[length++] = '"';
    }
  }

  /** A date as the streamed writer writes it (what LocalDate.toString gives). */
  private void date(LocalDate d) {
    int year = d.getYear();
    if (year < 1000 || year > 9999) {
      string(d.toString());
      return;
    }
    room(12);
    byte[] b = bytes;
    int at = length;
    b[at] = '"';
    digits(b, at + 1, year, 4);
    b[at + 5] = '-';
    digits(b, at + 6, d.getMonthValue(), 2);
    b[at + 8] = '-';
    digits(b, at + 9, d.getDayOfMonth(), 2);
    b[at + 11] = '"';
    length = at + 12;
  }

  private static void digits(byte[] b, int at, int value, int count) {
    int v = value;
    for (int i = at + count - 1; i >= at; i--) {
      b[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
  }

  private void date(byte[] field, Optional<LocalDate> date) {
    if (date.isPresent()) {
      add(field);
      date(date.get());
    }
  }

  /**
   * The field's run and, unless the value is known, "unknown" or {"notAssessable": reason}; returns
   * the known value, for the caller to write.
   */
  private <T> @Nullable T known(byte[] field, Observed<T> o) {
    add(field);
    if (o instanceof Observed.Known<T> k) {
      return k.value();
    }
    if (o instanceof Observed.NotAssessable<T> n) {
      add(NOT_ASSESSABLE);
      string(n.reason());
      add('}');
    } else {
      add(UNKNOWN);
    }
    return null;
  }

  private void boolField(byte[] field, Observed<Boolean> o) {
    Boolean b = known(field, o);
    if (b != null) {
      bool(b);
    }
  }

  private <E extends Enum<E>> void enumField(byte[] field, Observed<E> o) {
    E e = known(field, o);
    if (e != null) {
      enumValue(e);
    }
  }

  /** {"value": number, "unit": u}, the unit run closing the object. */
  private void quantity(double value, byte[] unit) {
    add(VALUE);
    number(value);
    add(unit);
  }

  // ------------------------------------------------------------------ the document

  private void write(Patient patient) {
    add(START);
    string(patient.id());
    date(ASSESSMENT_DATE, patient.assessmentDate());
    Age age = known(AGE, patient.age());
    if (age != null) {
      quantity(age.years(), UNIT_A);
    }
    enumField(SEX, patient.sex());
    BodyWeight weight = known(WEIGHT, patient.weight());
    if (weight != null) {
      quantity(weight.kg(), UNIT_KG);
    }
    PerformanceStatus ps = known(PERFORMANCE_STATUS, patient.performanceStatus());
    if (ps != null) {
      var ecog = ps.nativeEcog();
      if (ecog.isPresent()) {
        add(ECOG);
        integer(ecog.get().grade());
      } else {
        add(KARNOFSKY);
        integer(ps.nativeKarnofsky().orElseThrow().percent());
      }
      add('}');
    }
    boolField(CANCER_RELATED, patient.performanceStatusCancerRelated());
    labs(patient);
    liver(patient.liver());
    boolField(ON_DIALYSIS, patient.onDialysis());
    primary(patient.primary());
    List<ExtraskeletalMetastasis> metastases = known(METASTASES, patient.extraskeletalMetastases());
    if (metastases != null) {
      metastases(metastases);
    }
    List<BoneLesion> lesions = known(BONE_LESIONS, patient.boneLesions());
    if (lesions != null) {
      lesions(lesions);
    }
    FrankelGrade frankel = known(FRANKEL, patient.frankel());
    if (frankel != null) {
      string(frankel.name());
    }
    AsiaGrade asia = known(ASIA, patient.asia());
    if (asia != null) {
      string(asia.name());
    }
    history(patient.history());
    AntithromboticTherapy t = known(ANTITHROMBOTIC, patient.antithromboticTherapy());
    if (t != null) {
      antithrombotic(t);
    }
    add('}');
  }

  @SuppressWarnings("EnumOrdinal") // see LAB_KEYS
  private void labs(Patient patient) {
    add(LABS);
    boolean first = true;
    for (LabValue v : patient.labs().values()) {
      if (!first) {
        add(',');
      }
      first = false;
      add(LAB_KEYS[v.analyte().ordinal()]);
      lab(v);
    }
  }

  private void lab(LabValue v) {
    add(VALUE);
    number(v.value());
    add(UNIT);
    string(v.unit().ucum());
    date(DATE, v.sampleDate());
    add('}');
  }

  /** Ends "labs" and writes "liver". */
  private void liver(LiverBedside liver) {
    enumField(LIVER, liver.ascites());
    Encephalopathy e = known(ENCEPHALOPATHY, liver.encephalopathy());
    if (e != null) {
      integer(e.grade());
    }
    boolField(CHOLESTATIC, liver.cholestaticDisease());
  }

  private void primary(PrimaryHcc p) {
    PrimaryControl c = known(PRIMARY, p.control());
    if (c != null) {
      add(CONTROLLED);
      bool(c.controlled());
      add(DEFINITION);
      string(c.definition());
      add('}');
    }
    IntrahepaticTumour t = known(NODULES, p.intrahepatic());
    if (t != null) {
      add('[');
      boolean first = true;
      for (Diameter d : t.nodules()) {
        if (!first) {
          add(',');
        }
        first = false;
        diameter(d);
      }
      add(']');
    }
    boolField(MACROVASCULAR, p.macrovascularInvasion());
    enumField(PORTAL_VEIN, p.portalVeinInvasion());
    enumField(AJCC_T, p.ajccT());
    enumField(AJCC_N, p.ajccN());
    Afp afp = known(AFP, p.afp());
    if (afp != null) {
      lab(afp);
    }
    if (!(p.noduleCount() instanceof Observed.Unknown)) {
      Integer n = known(NODULE_COUNT, p.noduleCount());
      if (n != null) {
        integer(n.intValue());
      }
    }
  }

  /** Ends "primary" and writes the metastases' array. */
  private void metastases(List<ExtraskeletalMetastasis> metastases) {
    add('[');
    for (int i = 0; i < metastases.size(); i++) {
      if (i > 0) {
        add(',');
      }
      ExtraskeletalMetastasis m = metastases.get(i);
      add(METASTASIS_SITE);
      enumValue(m.site());
      enumField(PATTERN, m.pattern());
      boolField(RESECTABLE, m.resectable());
      boolField(TREATABLE, m.treatable());
      add('}');
    }
    add(']');
  }

  private void diameter(Diameter d) {
    boolean cm = d.unit().equals("cm");
    quantity(cm ? d.inCm() : d.inMm(), cm ? UNIT_CM : UNIT_MM);
  }

  /** A site object, after its field's run. */
  private void site(SkeletalSite site) {
    if (site instanceof SpinalLevel l) {
      add(SPINAL_LEVEL);
      string(l.label());
    } else if (site instanceof LongBoneSite s) {
      add(LONG_BONE);
      enumValue(s.bone());
      add(REGION);
      enumValue(s.region());
    } else {
      add(OTHER_BONE);
      enumValue((OtherBone) site);
    }
    add('}');
  }

  private void lesions(List<BoneLesion> lesions) {
    add('[');
    boolean first = true;
    for (BoneLesion l : lesions) {
      if (!first) {
        add(',');
      }
      first = false;
      lesion(l);
    }
    add(']');
  }

  private void lesion(BoneLesion l) {
    add(LESION_ID);
    string(l.id());
    add(LESION_SITE);
    site(l.site());
    enumField(MORPHOLOGY, l.morphology());
    enumField(PAIN_CHARACTER, l.painCharacter());
    enumField(PAIN_SEVERITY, l.painSeverity());
    Diameter size = known(SIZE, l.size());
    if (size != null) {
      diameter(size);
    }
    enumField(DIAMETER_FRACTION, l.diameterFraction());
    boolField(SOFT_TISSUE_MASS, l.softTissueMass());
    boolField(FRACTURE, l.pathologicalFracture());
    enumField(COLLAPSE, l.collapse());
    enumField(ALIGNMENT, l.alignment());
    enumField(POSTEROLATERAL, l.posterolateral());
    EsccGrade escc = known(ESCC, l.escc());
    if (escc != null) {
      string(escc.code());
    }
    PainIntensity pain = known(PAIN_INTENSITY, l.painIntensity());
    if (pain != null) {
      add(NRS);
      integer(pain.nrs());
      add('}');
    }
    add('}');
  }

  private void history(TreatmentHistory h) {
    boolField(HISTORY, h.priorSystemicTherapy());
    List<RadiotherapyCourse> courses = known(RADIOTHERAPY, h.radiotherapy());
    if (courses != null) {
      add('[');
      for (int i = 0; i < courses.size(); i++) {
        if (i > 0) {
          add(',');
        }
        RadiotherapyCourse c = courses.get(i);
        add(SITE);
        site(c.site());
        add(TOTAL_DOSE);
        quantity(c.totalDoseGy(), UNIT_GY);
        add(FRACTIONS);
        integer(c.fractions());
        date(COMPLETED, c.completed());
        add('}');
      }
      add(']');
    }
    List<BtaExposure> agents = known(AGENTS, h.boneTargetingAgents());
    if (agents != null) {
      add('[');
      for (int i = 0; i < agents.size(); i++) {
        if (i > 0) {
          add(',');
        }
        BtaExposure x = agents.get(i);
        add(AGENT);
        enumValue(x.agent());
        date(STARTED, x.started());
        boolField(ONGOING, x.ongoing());
        add('}');
      }
      add(']');
    }
    List<SurgeryRecord> surgery = known(SURGERY, h.surgery());
    if (surgery != null) {
      add('[');
      for (int i = 0; i < surgery.size(); i++) {
        if (i > 0) {
          add(',');
        }
        SurgeryRecord x = surgery.get(i);
        add(SITE);
        site(x.site());
        add(KIND);
        enumValue(x.kind());
        date(DATE, x.date());
        add('}');
      }
      add(']');
    }
    List<SkeletalRelatedEvent> events = known(EVENTS, h.skeletalRelatedEvents());
    if (events != null) {
      add('[');
      for (int i = 0; i < events.size(); i++) {
        if (i > 0) {
          add(',');
        }
        SkeletalRelatedEvent x = events.get(i);
        add(EVENT_TYPE);
        enumValue(x.type());
        date(DATE, x.date());
        add('}');
      }
      add(']');
    }
  }

  /** Ends "history" and writes the therapy object. */
  private void antithrombotic(AntithromboticTherapy t) {
    add(ANTITHROMBOTIC_KIND);
    enumValue(t.kind());
    add(DRUG_CLASSES);
    boolean first = true;
    for (AntithromboticDrugClass c : t.drugClasses()) {
      if (!first) {
        add(',');
      }
      first = false;
      enumValue(c);
    }
    add(']');
    date(LAST_DOSE, t.lastDose());
    add('}');
  }

  // ------------------------------------------------------------------ SerializableString

  @Override
  public String getValue() {
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }

  @Override
  public int charLength() {
    return length; // ASCII only
  }

  @Override
  public byte[] asUnquotedUTF8() {
    return Arrays.copyOf(bytes, length);
  }

  @Override
  public int appendUnquotedUTF8(byte[] buffer, int offset) {
    if (buffer.length - offset < length) {
      return -1;
    }
    System.arraycopy(bytes, 0, buffer, offset, length);
    return length;
  }

  @Override
  public int writeUnquotedUTF8(OutputStream out) throws java.io.IOException {
    out.write(bytes, 0, length);
    return length;
  }

  @Override
  public int putUnquotedUTF8(ByteBuffer buffer) {
    if (buffer.remaining() < length) {
      return -1;
    }
    buffer.put(bytes, 0, length);
    return length;
  }

  @Override
  public char[] asQuotedChars() {
    throw quoted();
  }

  @Override
  public byte[] asQuotedUTF8() {
    throw quoted();
  }

  @Override
  public int appendQuotedUTF8(byte[] buffer, int offset) {
    throw quoted();
  }

  @Override
  public int appendQuoted(char[] buffer, int offset) {
    throw quoted();
  }

  @Override
  public int appendUnquoted(char[] buffer, int offset) {
    throw quoted();
  }

  @Override
  public int writeQuotedUTF8(OutputStream out) {
    throw quoted();
  }

  @Override
  public int putQuotedUTF8(ByteBuffer buffer) {
    throw quoted();
  }

  private static UnsupportedOperationException quoted() {
    return new UnsupportedOperationException(
        "a patient's text is written as UTF-8 bytes only, never quoted or as characters");
  }
}
