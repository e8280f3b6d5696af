package org.hccbm.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.hccbm.core.Diameter;
import org.hccbm.core.Observed;
import org.hccbm.core.history.TreatmentHistory;
import org.hccbm.core.lab.LabValue;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.LongBoneSite;
import org.hccbm.core.lesion.OtherBone;
import org.hccbm.core.lesion.SkeletalSite;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.tumour.PrimaryHcc;

/**
 * Writes a patient document straight to a generator, field for field what {@link
 * PatientCodec#write(Patient)} builds as a tree (same fields, order and numbers; a test compares
 * the two over fixtures and generated patients), without building the tree: the batch writes a
 * patient per line.
 */
public final class PatientWriter {
  private PatientWriter() {}

  /** Writes one value of an observation. */
  @FunctionalInterface
  private interface Value<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  /**
   * Writes a patient.
   *
   * @param patient the patient
   * @param g the generator
   * @throws IOException when the generator cannot write
   */
  public static void write(Patient patient, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("schemaVersion", PatientCodec.SCHEMA_VERSION);
    g.writeStringField("id", patient.id());
    date(g, "assessmentDate", patient.assessmentDate());
    observed(g, "age", patient.age(), (w, a) -> quantity(w, a.years(), "a"));
    observed(g, "sex", patient.sex(), PatientWriter::name);
    observed(g, "weight", patient.weight(), (w, x) -> quantity(w, x.kg(), "kg"));
    observed(g, "performanceStatus", patient.performanceStatus(), PatientWriter::performance);
    observed(
        g,
        "performanceStatusCancerRelated",
        patient.performanceStatusCancerRelated(),
        JsonGenerator::writeBoolean);
    g.writeObjectFieldStart("labs");
    for (LabValue v : patient.labs().values()) {
      g.writeFieldName(PatientCodec.labKey(v.analyte()));
      lab(g, v);
    }
    g.writeEndObject();
    g.writeObjectFieldStart("liver");
    observed(g, "ascites", patient.liver().ascites(), PatientWriter::name);
    observed(
        g, "encephalopathy", patient.liver().encephalopathy(), (w, e) -> w.writeNumber(e.grade()));
    observed(
        g, "cholestaticDisease", patient.liver().cholestaticDisease(), JsonGenerator::writeBoolean);
    g.writeEndObject();
    observed(g, "onDialysis", patient.onDialysis(), JsonGenerator::writeBoolean);
    g.writeFieldName("primary");
    primary(g, patient.primary());
    observed(
        g,
        "extraskeletalMetastases",
        patient.extraskeletalMetastases(),
        (w, list) -> {
          w.writeStartArray();
          for (var m : list) {
            w.writeStartObject();
            w.writeStringField("site", Json.name(m.site()));
            observed(w, "pattern", m.pattern(), PatientWriter::name);
            observed(w, "resectable", m.resectable(), JsonGenerator::writeBoolean);
            observed(w, "treatable", m.treatable(), JsonGenerator::writeBoolean);
            w.writeEndObject();
          }
          w.writeEndArray();
        });
    observed(
        g,
        "boneLesions",
        patient.boneLesions(),
        (w, list) -> {
          w.writeStartArray();
          for (BoneLesion l : list) {
            lesion(w, l);
          }
          w.writeEndArray();
        });
    observed(g, "frankel", patient.frankel(), (w, f) -> w.writeString(f.name()));
    observed(g, "asia", patient.asia(), (w, f) -> w.writeString(f.name()));
    g.writeFieldName("history");
    history(g, patient.history());
    observed(
        g,
        "antithromboticTherapy",
        patient.antithromboticTherapy(),
        (w, t) -> {
          w.writeStartObject();
          w.writeStringField("kind", Json.name(t.kind()));
          w.writeArrayFieldStart("drugClasses");
          for (var c : t.drugClasses()) {
            w.writeString(Json.name(c));
          }
          w.writeEndArray();
          date(w, "lastDose", t.lastDose());
          w.writeEndObject();
        });
    g.writeEndObject();
  }

  /** As {@link Json#write}: the value, {"notAssessable": reason}, or "unknown". */
  private static <T> void observed(JsonGenerator g, String field, Observed<T> o, Value<T> value)
      throws IOException {
    g.writeFieldName(field);
    if (o instanceof Observed.Known<T> k) {
      value.write(g, k.value());
    } else if (o instanceof Observed.NotAssessable<T> n) {
      g.writeStartObject();
      g.writeStringField("notAssessable", n.reason());
      g.writeEndObject();
    } else {
      g.writeString(Json.UNKNOWN);
    }
  }

  private static void name(JsonGenerator g, Enum<?> e) throws IOException {
    g.writeString(Json.name(e));
  }

  private static void date(JsonGenerator g, String field, Optional<LocalDate> date)
      throws IOException {
    if (date.isPresent()) {
      g.writeStringField(field, date.get().toString());
    }
  }

  /** As the tree: a whole number is written as one (3, not 3.0). */
  private static void quantity(JsonGenerator g, double value, String unit) throws IOException {
    g.writeStartObject();
    g.writeFieldName("value");
    number(g, value);
    g.writeStringField("unit", unit);
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
    var ecog = ps.nativeEcog();
    if (ecog.isPresent()) {
      g.writeStringField("scale", "ecog");
      g.writeNumberField("value", ecog.get().grade());
    } else {
      g.writeStringField("scale", "karnofsky");
      g.writeNumberField("value", ps.nativeKarnofsky().orElseThrow().percent());
    }
    g.writeEndObject();
  }

  private static void lab(JsonGenerator g, LabValue v) throws IOException {
    g.writeStartObject();
    g.writeFieldName("value");
    number(g, v.value());
    g.writeStringField("unit", v.unit().ucum());
    date(g, "date", v.sampleDate());
    g.writeEndObject();
  }

  private static void primary(JsonGenerator g, PrimaryHcc p) throws IOException {
    g.writeStartObject();
    observed(
        g,
        "control",
        p.control(),
        (w, c) -> {
          w.writeStartObject();
          w.writeBooleanField("controlled", c.controlled());
          w.writeStringField("definition", c.definition());
          w.writeEndObject();
        });
    observed(
        g,
        "nodules",
        p.intrahepatic(),
        (w, t) -> {
          w.writeStartArray();
          for (Diameter d : t.nodules()) {
            diameter(w, d);
          }
          w.writeEndArray();
        });
    observed(g, "macrovascularInvasion", p.macrovascularInvasion(), JsonGenerator::writeBoolean);
    observed(g, "portalVeinInvasion", p.portalVeinInvasion(), PatientWriter::name);
    observed(g, "ajccT", p.ajccT(), PatientWriter::name);
    observed(g, "ajccN", p.ajccN(), PatientWriter::name);
    observed(g, "afp", p.afp(), PatientWriter::lab);
    if (!(p.noduleCount() instanceof Observed.Unknown)) {
      observed(g, "noduleCount", p.noduleCount(), (w, n) -> w.writeNumber(n.intValue()));
    }
    g.writeEndObject();
  }

  private static void diameter(JsonGenerator g, Diameter d) throws IOException {
    String unit = d.unit();
    quantity(g, unit.equals("cm") ? d.inCm() : d.inMm(), unit);
  }

  private static void site(JsonGenerator g, SkeletalSite site) throws IOException {
    g.writeStartObject();
    if (site instanceof SpinalLevel l) {
      g.writeStringField("spinalLevel", l.label());
    } else if (site instanceof LongBoneSite s) {
      g.writeStringField("longBone", Json.name(s.bone()));
      g.writeStringField("region", Json.name(s.region()));
    } else {
      g.writeStringField("otherBone", Json.name((OtherBone) site));
    }
    g.writeEndObject();
  }

  private static void lesion(JsonGenerator g, BoneLesion l) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", l.id());
    g.writeFieldName("site");
    site(g, l.site());
    observed(g, "morphology", l.morphology(), PatientWriter::name);
    observed(g, "painCharacter", l.painCharacter(), PatientWriter::name);
    observed(g, "painSeverity", l.painSeverity(), PatientWriter::name);
    observed(g, "size", l.size(), PatientWriter::diameter);
    observed(g, "diameterFraction", l.diameterFraction(), PatientWriter::name);
    observed(g, "softTissueMass", l.softTissueMass(), JsonGenerator::writeBoolean);
    observed(g, "pathologicalFracture", l.pathologicalFracture(), JsonGenerator::writeBoolean);
    observed(g, "collapse", l.collapse(), PatientWriter::name);
    observed(g, "alignment", l.alignment(), PatientWriter::name);
    observed(g, "posterolateral", l.posterolateral(), PatientWriter::name);
    observed(g, "escc", l.escc(), (w, v) -> w.writeString(v.code()));
    observed(
        g,
        "painIntensity",
        l.painIntensity(),
        (w, v) -> {
          w.writeStartObject();
          w.writeNumberField("nrs", v.nrs());
          w.writeEndObject();
        });
    g.writeEndObject();
  }

  private static void history(JsonGenerator g, TreatmentHistory h) throws IOException {
    g.writeStartObject();
    observed(g, "priorSystemicTherapy", h.priorSystemicTherapy(), JsonGenerator::writeBoolean);
    observed(
        g,
        "radiotherapy",
        h.radiotherapy(),
        (w, list) -> {
          w.writeStartArray();
          for (var c : list) {
            w.writeStartObject();
            w.writeFieldName("site");
            site(w, c.site());
            w.writeFieldName("totalDose");
            quantity(w, c.totalDoseGy(), "Gy");
            w.writeNumberField("fractions", c.fractions());
            date(w, "completed", c.completed());
            w.writeEndObject();
          }
          w.writeEndArray();
        });
    observed(
        g,
        "boneTargetingAgents",
        h.boneTargetingAgents(),
        (w, list) -> {
          w.writeStartArray();
          for (var x : list) {
            w.writeStartObject();
            w.writeStringField("agent", Json.name(x.agent()));
            date(w, "started", x.started());
            observed(w, "ongoing", x.ongoing(), JsonGenerator::writeBoolean);
            w.writeEndObject();
          }
          w.writeEndArray();
        });
    observed(
        g,
        "surgery",
        h.surgery(),
        (w, list) -> {
          w.writeStartArray();
          for (var x : list) {
            w.writeStartObject();
            w.writeFieldName("site");
            site(w, x.site());
            w.writeStringField("kind", Json.name(x.kind()));
            date(w, "date", x.date());
            w.writeEndObject();
          }
          w.writeEndArray();
        });
    observed(
        g,
        "skeletalRelatedEvents",
        h.skeletalRelatedEvents(),
        (w, list) -> {
          w.writeStartArray();
          for (var x : list) {
            w.writeStartObject();
            w.writeStringField("type", Json.name(x.type()));
            date(w, "date", x.date());
            w.writeEndObject();
          }
          w.writeEndArray();
        });
    g.writeEndObject();
  }
}
