package org.hccbm.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Bounded;
import org.hccbm.imaging.ImagingSummary;
import org.hccbm.imaging.evidence.ImagingEvidence;
import org.hccbm.jackson.AssessmentDocument;
import org.hccbm.jackson.AssessmentRequest;
import org.hccbm.jackson.AuditJson;
import org.hccbm.jackson.HccbmJacksonModule;
import org.hccbm.jackson.HccbmJsonException;
import org.hccbm.jackson.PatientReader;
import org.hccbm.models.LabFreshness;
import org.hccbm.models.Models;
import org.hccbm.models.VariantSelection;
import org.hccbm.models.treatment.TreatmentPlan;
import org.hccbm.models.treatment.TreatmentPlanner;
import org.jspecify.annotations.Nullable;

/** Reads a patient document and assesses it: every model, the options, the imaging summary. */
final class Assessor {
  /**
   * The per-patient tests of the imaging summary, built on first use (a holder class): {@code
   * batch} never writes it, so it does not pay for loading the imaging evidence.
   */
  private static final class Imaging {
    static final ImagingSummary SUMMARY = ImagingEvidence.perPatientSummary();
  }

  private final boolean strict;

  /** The mapper, made on first use (see {@link #factory}). */
  private volatile @Nullable ObjectMapper mapper;

  /**
   * A JSON factory with the mapper's escapes and features, without data binding: {@code batch}
   * writes its records with it, so a run that needs no mapper (summary and parse-only records of
   * valid documents) does not pay for making one (about 0.3 s of CPU at start-up).
   */
  private final JsonFactory factory;

  private final PatientReader reader;
  private final int labWindowDays;
  private final VariantSelection overrides;
  private final boolean audits;

  Assessor(boolean strict) {
    this(strict, VariantSelection.defaults(), LabFreshness.DEFAULT_WINDOW_DAYS);
  }

  /**
   * Creates an assessor.
   *
   * @param strict whether unknown fields are an error
   * @param overrides the command line's variant choices, over a document's own "variants"
   * @param labWindowDays a lab older than this many days gives a DATA_QUALITY caveat
   */
  Assessor(boolean strict, VariantSelection overrides, int labWindowDays) {
    this(strict, overrides, labWindowDays, false);
  }

  /**
   * Creates an assessor that may also make audit lines.
   *
   * @param strict whether unknown fields are an error
   * @param overrides the command line's variant choices, over a document's own "variants"
   * @param labWindowDays a lab older than this many days gives a DATA_QUALITY caveat
   * @param audits whether each assessment also gets an audit line ({@code --audit})
   */
  Assessor(boolean strict, VariantSelection overrides, int labWindowDays, boolean audits) {
    this.audits = audits;
    this.strict = strict;
    this.factory = new JsonFactory();
    this.factory.setCharacterEscapes(new TerminalEscapes());
    this.reader = strict ? PatientReader.strict() : PatientReader.relaxed();
    this.labWindowDays = labWindowDays;
    this.overrides = overrides;
  }

  /** JSON escapes for every character {@link Terminal#unsafe} names. */
  static final class TerminalEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    TerminalEscapes() {
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return Terminal.unsafe(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }
  }

  /** Reads one document: the patient, and the fields a relaxed reader ignored. */
  PatientReader.Reading read(byte[] document) throws HccbmJsonException {
    return reader.read(document);
  }

  /** Returns whether each assessment also gets an audit line. */
  boolean audits() {
    return audits;
  }

  /** The mapper (reading and writing the library's types), made on first use. */
  ObjectMapper mapper() {
    ObjectMapper m = mapper;
    if (m == null) {
      synchronized (this) {
        m = mapper;
        if (m == null) {
          m = new ObjectMapper().registerModule(new HccbmJacksonModule(strict));
          // Jackson escapes C0 controls; these escapes add DEL, C1 controls and the bidirectional
          // and line-separator characters, so no output line carries a terminal control from the
          // input.
          m.getFactory().setCharacterEscapes(new TerminalEscapes());
          mapper = m;
        }
      }
    }
    return m;
  }

  /**
   * A JSON factory that writes what the mapper's generators write (the same escapes and the default
   * features), without making the mapper.
   */
  JsonFactory factory() {
    return factory;
  }

  /** One patient's assessment. */
  record Assessment(
      Patient patient,
      VariantSelection variants,
      List<Models.Evaluation> evaluations,
      TreatmentPlan plan) {
    boolean bounded() {
      for (Models.Evaluation e : evaluations) {
        if (e.result() instanceof Bounded) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Returns the patient with the document's variants, the command line's choices applied on top.
   *
   * @param reading the document read
   * @return the request
   */
  AssessmentRequest request(PatientReader.Reading reading) {
    VariantSelection merged = reading.variants();
    for (Map.Entry<String, String> e : overrides.choices().entrySet()) {
      merged = merged.with(e.getKey(), e.getValue());
    }
    return new AssessmentRequest(reading.patient(), merged);
  }

  Assessment assess(Patient patient) {
    return assess(new AssessmentRequest(patient, overrides));
  }

  Assessment assess(AssessmentRequest request) {
    Patient patient = request.patient();
    // One evaluation of the models for both the records and the plan (plan(patient, evaluations)
    // would evaluate them again to check they are this patient's).
    TreatmentPlanner.Assessment a =
        TreatmentPlanner.DEFAULT.assess(patient, request.variants(), labWindowDays);
    return new Assessment(patient, request.variants(), a.evaluations(), a.plan());
  }

  /**
   * Parses repeated {@code --variant MODEL=NAME} values into a selection.
   *
   * @param values the option values, in order (a later one for the same model wins)
   * @return the selection
   * @throws IllegalArgumentException naming the option value, the allowed names and the value
   */
  static VariantSelection variants(List<String> values) {
    VariantSelection s = VariantSelection.defaults();
    for (String v : values) {
      int eq = v.indexOf('=');
      if (eq <= 0 || eq == v.length() - 1) {
        throw new IllegalArgumentException(
            "--variant must be MODEL=NAME (e.g. " + "child-pugh=albumin-3.0), was \"" + v + "\"");
      }
      try {
        s = s.with(v.substring(0, eq), v.substring(eq + 1));
      } catch (InvalidClinicalInputException e) {
        throw new IllegalArgumentException("--variant " + v + ": " + e.getMessage(), e);
      }
    }
    return s;
  }

  /**
   * Returns the audit line of an assessment (docs/cli.md, {@code --audit}): one line of JSON, no
   * line break.
   *
   * @param request the patient and variants assessed
   * @param a the assessment
   * @return the line
   */
  static String auditLine(AssessmentRequest request, Assessment a) {
    return AuditJson.line(AuditJson.record(request, a.evaluations(), Instant.now(), Map.of()));
  }

  static ObjectNode json(Assessment a) {
    return AssessmentDocument.write(
        a.patient(), a.variants(), a.evaluations(), a.plan(), Imaging.SUMMARY);
  }

  static String text(Assessment a) {
    StringBuilder out = new StringBuilder();
    out.append("=== Patient ").append(a.patient().id()).append(" ===\n");
    for (Models.Evaluation e : a.evaluations()) {
      if (!e.subject().equals("patient")) {
        out.append("[lesion ").append(e.subject()).append("] ");
      }
      out.append(e.result().render());
    }
    out.append('\n')
        .append(a.plan().render())
        .append('\n')
        .append(imagingHeading(a.patient()))
        .append(Imaging.SUMMARY.render());
    return out.toString();
  }

  /**
   * Planner-safety PS-31: the imaging block answers a staging question. For a patient whose bone
   * metastasis is recorded it is titled as staging accuracy, not as this patient's probability; the
   * pre-test range is named as the incidence in HCC cohorts, and a negative bone scan is not read
   * as excluding bone metastasis. (The small HCC bone-scan study, once shown with its size, is no
   * longer shipped: its authors could not be confirmed; docs/sources.md, R19.)
   */
  static String imagingHeading(Patient patient) {
    boolean proven = patient.boneLesions().known().map(l -> !l.isEmpty()).orElse(false);
    return (proven
            ? "Staging accuracy only — this patient's bone metastasis is recorded, so the "
                + "figures below answer \"does a patient with HCC have bone metastasis?\", not a question "
                + "about this patient.\n"
            : "")
        + "Pre-test range = incidence of bone metastasis in the review's HCC cohorts (Table 1), "
        + "not a symptomatic patient's prior. Scintigraphy is insensitive to predominantly "
        + "osteolytic metastases such as HCC's, so a negative bone scan does not exclude bone "
        + "metastasis.\n";
  }
}
