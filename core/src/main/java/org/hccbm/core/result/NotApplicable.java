package org.hccbm.core.result;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.hccbm.core.evidence.ModelInfo;

/**
 * A model that does not apply to this patient or lesion, with the reason as data: a code of the
 * bundle's {@code notApplicable.*} wordings and its typed arguments (e.g. {@code meld3.underTwelve}
 * with the age, {@code sins.notSpinal} with the lesion's site). {@link #reason()} is its English
 * rendering, e.g. "MELD 3.0 is not defined under 12 years (age 10 years)".
 *
 * @param model the model
 * @param code the reason's code, e.g. {@code ecog5Dead}; {@value #TEXT} for a reason a caller gave
 *     as text
 * @param args the reason's arguments, filling the wording's {@code {0}}, {@code {1}}…
 * @param caveats the caveats
 * @since 0.1.0
 */
public record NotApplicable(ModelInfo model, String code, List<Value> args, List<Caveat> caveats)
    implements ModelResult {
  /** The code of a reason given as text ({@link #NotApplicable(ModelInfo, String, List)}). */
  public static final String TEXT = "text";

  /** Validates and copies every component. */
  public NotApplicable {
    requireNonNull(model, "model");
    requireNonNull(code, "code");
    args = List.copyOf(args);
    caveats = List.copyOf(caveats);
    if (code.equals(TEXT) && (args.size() != 1 || !(args.get(0) instanceof Value.Text))) {
      throw new IllegalArgumentException("a text reason has one text argument, was " + args);
    }
  }

  /**
   * A reason given as text by the caller (the code {@value #TEXT}), shown as given: for a model of
   * the caller's own, or a result read back from a document that has no reason code. The library's
   * models give coded reasons ({@link #coded}).
   *
   * @param model the model
   * @param reason why it does not apply
   * @param caveats the caveats
   */
  public NotApplicable(ModelInfo model, String reason, List<Caveat> caveats) {
    this(model, TEXT, List.of(Value.text(requireNonNull(reason, "reason"))), caveats);
  }

  /**
   * Returns a result with a coded reason.
   *
   * @param model the model
   * @param code the reason's code (bundle key {@code notApplicable.<code>})
   * @param caveats the caveats
   * @param args the reason's arguments
   * @return the result
   * @since 0.3.0
   */
  public static NotApplicable coded(
      ModelInfo model, String code, List<Caveat> caveats, Value... args) {
    return new NotApplicable(model, code, List.of(args), caveats);
  }

  /**
   * Returns the reason in English, e.g. "ECOG 5 (dead)".
   *
   * @return the text
   */
  public String reason() {
    return Renderer.english().notApplicable(this);
  }

  /**
   * Returns this result with other caveats.
   *
   * @param others the caveats
   * @return the result
   * @since 0.3.0
   */
  public NotApplicable withCaveats(List<Caveat> others) {
    return new NotApplicable(model, code, args, others);
  }
}
