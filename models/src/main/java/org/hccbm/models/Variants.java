package org.hccbm.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.evidence.Citation;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.tumour.PortalVeinInvasion;
import org.hccbm.models.bone.Mirels;
import org.hccbm.models.bone.Tokuhashi;
import org.hccbm.models.bone.Tomita;
import org.hccbm.models.bone.Uka;
import org.hccbm.models.liver.Albi;
import org.hccbm.models.liver.ChildPugh;

/**
 * The registry of every model's named variants, each with what it changes and its source, the
 * default first. A variant is chosen by name through {@link VariantSelection} and evaluated by
 * {@link Models#evaluate(org.hccbm.core.patient.Patient, VariantSelection)}; the JSON {@code
 * "variants"} object and the command line's {@code --variant MODEL=NAME} use these names.
 *
 * <pre>
 * child-pugh        pugh-1973 (default) · albumin-3.0 · si-converted · albumin-3.0-si-converted
 * albi              coefficient-0.085 (default) · coefficient-0.0852
 * tokuhashi-revised table-2005 (default) · vertebral-1-2-0
 * tomita            rapid-4 (default) · rapid-3
 * mirels            threshold-9 (default) · threshold-8
 * uka-eligibility   vp0 (default) · vp0-2
 * every other model standard
 * </pre>
 *
 * @since 0.2.0
 */
public final class Variants {
  /** The name of the only variant of a model the sources do not disagree about. */
  public static final String STANDARD = "standard";

  /** A variant and the model object that implements it. */
  record Entry(ModelVariant variant, Object model) {}

  private static final Map<String, List<Entry>> BY_MODEL = registry();

  private Variants() {}

  private static Map<String, List<Entry>> registry() {
    Map<String, List<Entry>> m = new LinkedHashMap<>();
    for (Score<?> s : Models.all()) {
      m.put(s.info().id(), named(s.info(), s));
    }
    for (LesionScore s : Models.lesionModels()) {
      m.put(s.info().id(), named(s.info(), s));
    }
    m.put(
        "child-pugh",
        List.of(
            entry(
                "pugh-1973",
                ChildPugh.INSTANCE,
                true,
                "albumin 2.8–3.5 g/dL scores 2 (< 2.8 "
                    + "scores 3); bilirubin in umol/L scored on the native SI table (34 / 51 umol/L)",
                "Pugh 1973 albumin bands; native SI table, the recommended reading (docs/sources.md, "
                    + "docs/sources.md, liver §1.1, §1.3, U-2)"),
            entry(
                "albumin-3.0",
                ChildPugh.ALBUMIN_3_0,
                false,
                "albumin 3.0–3.5 g/dL scores 2 "
                    + "(< 3.0 scores 3); bilirubin in umol/L on the native SI table",
                "modern tables, e.g. PMC3017746 Table 1 (docs/sources.md, liver §1.1, U-1)"),
            entry(
                "si-converted",
                ChildPugh.SI_CONVERTED,
                false,
                "albumin 2.8–3.5 g/dL scores 2; "
                    + "bilirubin in umol/L converted to mg/dL (÷ 17.1) before banding, so [34, 34.2) "
                    + "scores 1 and (51, 51.3] scores 2",
                "the conversion path of docs/sources.md, liver §1.3 and U-2; errata 'conventional vs SI bilirubin' "
                    + "(docs/sources.md)"),
            entry(
                "albumin-3.0-si-converted",
                ChildPugh.ALBUMIN_3_0_SI_CONVERTED,
                false,
                "albumin 3.0–3.5 g/dL scores 2; bilirubin in umol/L converted to mg/dL before banding",
                "U-1 and U-2 together (docs/sources.md)")));
    m.put(
        "albi",
        List.of(
            entry(
                "coefficient-0.085",
                Albi.INSTANCE,
                true,
                "albumin coefficient −0.085",
                "Johnson 2015 as quoted by most tools and calculators (docs/sources.md, liver §2.1, U-3)"),
            entry(
                "coefficient-0.0852",
                Albi.COEFFICIENT_0852,
                false,
                "albumin coefficient −0.0852",
                "printed by some papers, e.g. Marasco et al., Hepatoma Res 2020;6:32 (docs/sources.md, "
                    + "docs/sources.md, liver §2.1, U-3)")));
    m.put(
        "tokuhashi-revised",
        List.of(
            entry(
                "table-2005",
                Tokuhashi.INSTANCE,
                true,
                "vertebral-body metastases ≥ 3 / 2 / 1 " + "score 0 / 1 / 2",
                "the Tokuhashi 2005 table as reproduced by NICE and most sources "
                    + "(docs/sources.md, bone §1.3)"),
            entry(
                "vertebral-1-2-0",
                Tokuhashi.VERTEBRAL_1_2_0,
                false,
                "vertebral-body metastases " + "≥ 3 / 1–2 / 0 score 0 / 1 / 2",
                "some reproductions, flagged by a public "
                    + "calculator audit citing WJO 2016 and a PMC review (docs/sources.md, bone §1.3)")));
    m.put(
        "tomita",
        List.of(
            entry(
                "rapid-4",
                Tomita.INSTANCE,
                true,
                "rapid primary growth (liver) scores 4",
                "Tomita 2001; only 4 yields the published 2–10 range (docs/sources.md, bone §2)"),
            entry(
                "rapid-3",
                Tomita.RAPID_3,
                false,
                "rapid primary growth (liver) scores 3",
                "Cassidy et al., Global Spine J 2018 review table (docs/sources.md, bone §2.3)")));
    m.put(
        "mirels",
        List.of(
            entry(
                "threshold-9",
                Mirels.INSTANCE,
                true,
                "total ≥ 9 recommends prophylactic fixation",
                "Mirels 1989 (docs/sources.md, bone §5)"),
            entry(
                "threshold-8",
                Mirels.withFixationThreshold(8),
                false,
                "total ≥ 8 recommends " + "prophylactic fixation",
                "humerus series suggesting ≥ 8 for humeral lesions, "
                    + "PMC10132712 (docs/sources.md, bone §5.3): a validation finding, not the original")));
    m.put(
        "uka-eligibility",
        List.of(
            entry(
                "vp0",
                Uka.INSTANCE,
                true,
                "only Vp0 counts as no portal venous invasion (the " + "stricter reading)",
                "docs/sources.md, liver §10 and U-15 (docs/sources.md)"),
            entry(
                "vp0-2",
                Uka.withMaximumVp(PortalVeinInvasion.VP2),
                false,
                "Vp0–Vp2 count as no " + "portal venous invasion",
                "the paper's own Vp0–2 vs Vp3–4 cut-off (docs/sources.md, "
                    + "docs/sources.md, liver §10, U-15)")));
    return java.util.Collections.unmodifiableMap(m);
  }

  private static List<Entry> named(ModelInfo info, Object model) {
    Citation c = info.citation();
    return List.of(
        new Entry(
            new ModelVariant(
                STANDARD,
                info,
                info.variant().isEmpty() ? "as published" : info.variant(),
                c.authors() + " " + c.year(),
                true),
            model));
  }

  private static Entry entry(
      String name, Score<?> model, boolean isDefault, String description, String source) {
    return new Entry(new ModelVariant(name, model.info(), description, source, isDefault), model);
  }

  private static Entry entry(
      String name, LesionScore model, boolean isDefault, String description, String source) {
    return new Entry(new ModelVariant(name, model.info(), description, source, isDefault), model);
  }

  /**
   * Returns every model's variants, in catalogue order, each model's default first.
   *
   * @return the variants
   */
  public static List<ModelVariant> all() {
    List<ModelVariant> out = new ArrayList<>();
    BY_MODEL.values().forEach(l -> l.forEach(e -> out.add(e.variant())));
    return List.copyOf(out);
  }

  /**
   * Returns one model's variants, the default first.
   *
   * @param model the model id, e.g. "child-pugh"
   * @return the variants
   * @throws InvalidClinicalInputException if no model has this id
   */
  public static List<ModelVariant> of(String model) {
    return entries(model).stream().map(Entry::variant).toList();
  }

  /**
   * Returns a model's default variant.
   *
   * @param model the model id
   * @return the default variant
   * @throws InvalidClinicalInputException if no model has this id
   */
  public static ModelVariant defaultOf(String model) {
    return entries(model).get(0).variant();
  }

  /**
   * Returns a model's variant by name.
   *
   * @param model the model id
   * @param name the variant name
   * @return the variant
   * @throws InvalidClinicalInputException if no model has this id, or the model no variant of this
   *     name; the message lists the allowed names
   */
  public static ModelVariant find(String model, String name) {
    return entry(model, name).variant();
  }

  /**
   * Returns the model ids, in catalogue order.
   *
   * @return the ids
   */
  public static List<String> models() {
    return List.copyOf(BY_MODEL.keySet());
  }

  static Entry entry(String model, String name) {
    List<Entry> entries = entries(model);
    return entries.stream()
        .filter(e -> e.variant().name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidClinicalInputException(
                    "variant of " + model,
                    "\"" + name + "\"",
                    "one of "
                        + String.join(
                            ", ", entries.stream().map(e -> e.variant().name()).toList())));
  }

  private static List<Entry> entries(String model) {
    List<Entry> entries = BY_MODEL.get(model);
    if (entries == null) {
      throw new InvalidClinicalInputException(
          "model id", "\"" + model + "\"", "one of " + String.join(", ", BY_MODEL.keySet()));
    }
    return entries;
  }
}
