package org.hccbm.models.bone;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.hccbm.core.evidence.Citation;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.Value;
import org.hccbm.core.tumour.PortalVeinInvasion;
import org.hccbm.models.Score;
import org.hccbm.models.internal.Choice;
import org.hccbm.models.internal.Completions;
import org.hccbm.models.internal.Completions.Verdict;
import org.hccbm.models.liver.ChildPughClass;

/**
 * Checks the Uka 2007 criteria for treating extrahepatic metastases (liver §10).
 *
 * <pre>
 * Eligible when all hold: (1) good hepatic reserve (Child–Pugh A);
 * (2) intrahepatic stage LCSGJ T0–T2; (3) no portal venous invasion (Vp ≤ threshold; default Vp0).
 * </pre>
 *
 * <p>"No portal venous invasion" could mean Vp0 or "not Vp3–4" (the paper's own cut-off was Vp0–2
 * vs Vp3–4; U-15): the threshold is a parameter, Vp0 by default (the stricter reading), Vp2 as
 * {@link #VP_0_TO_2}. Status DRAFT: the recommendation sentence was not retrieved ([S/M]).
 *
 * @since 0.1.0
 */
public final class Uka implements Score<UkaInput> {
  /** Default: only Vp0 counts as no portal venous invasion. */
  public static final Uka INSTANCE = new Uka(PortalVeinInvasion.VP0);

  /** Variant: Vp0–Vp2 count as no portal venous invasion. */
  public static final Uka VP_0_TO_2 = new Uka(PortalVeinInvasion.VP2);

  private static final ItemCode CHILD_PUGH = ItemCode.of("childPughClass");
  private static final ItemCode STAGE = ItemCode.of("intrahepaticStageLcsgj");
  private static final ItemCode VP = ItemCode.of("portalVeinInvasion");
  private static final List<String> STAGE_FIELDS =
      List.of("primary.nodules", "primary.macrovascularInvasion");
  private static final List<String> VP_FIELDS = List.of("primary.portalVeinInvasion");
  private static final List<LcsgjT> ALL_T = List.of(LcsgjT.values());
  private static final List<PortalVeinInvasion> ALL_VP = List.of(PortalVeinInvasion.values());
  // The inputs, declared once: a known or unknown input's choice is shared by every evaluation.
  private static final Choice.Input<ChildPughClass> CHILD_PUGH_INPUT =
      Choice.Input.derived(CHILD_PUGH, ChildPughClass.class);
  private static final Choice.Input<LcsgjT> STAGE_INPUT =
      new Choice.Input<>(STAGE, STAGE_FIELDS, ALL_T);
  private static final Choice.Input<PortalVeinInvasion> VP_INPUT =
      new Choice.Input<>(VP, VP_FIELDS, ALL_VP);
  private static final Caveat READINGS = Caveat.coded(CaveatKind.ASSUMPTION, "uka.readings");

  /** Not eligible for a hepatic reserve other than Child–Pugh A, per class. */
  private static final Map<ChildPughClass, Verdict> HEPATIC_RESERVE =
      verdicts(
          ChildPughClass.class,
          c -> new Verdict(UkaEligibility.NOT_ELIGIBLE, "uka.hepaticReserve", Value.of(c)));

  /** Not eligible for an intrahepatic stage beyond T2, per stage. */
  private static final Map<LcsgjT, Verdict> INTRAHEPATIC_STAGE =
      verdicts(
          LcsgjT.class,
          t -> new Verdict(UkaEligibility.NOT_ELIGIBLE, "uka.intrahepaticStage", Value.of(t)));

  private final PortalVeinInvasion maxVp;
  private final ModelInfo info;
  // The verdicts the rule returns, built once per model rather than once per completion.
  private final Map<PortalVeinInvasion, Verdict> portalVein;
  private final Map<LcsgjT, Map<PortalVeinInvasion, Verdict>> eligible;

  private Uka(PortalVeinInvasion maxVp) {
    this.maxVp = maxVp;
    this.info =
        new ModelInfo(
            "uka-eligibility",
            "Uka criteria",
            "no portal venous invasion = "
                + (maxVp == PortalVeinInvasion.VP0 ? "Vp0 (default, stricter)" : "Vp0–" + maxVp),
            2,
            ModelStatus.DRAFT,
            "criteria stated by the seed review and secondary citations; the "
                + "paper's recommendation sentence was not retrieved (U-15)",
            new Citation(
                "Uka K, Aikata H, Takaki S, et al.",
                "Clinical features and prognosis of patients with extrahepatic metastases from "
                    + "hepatocellular carcinoma",
                "World J Gastroenterol 13(3):414–420",
                2007,
                "doi:10.3748/wjg.v13.i3.414"),
            UkaEligibility.class);
    this.portalVein =
        verdicts(
            PortalVeinInvasion.class,
            vp ->
                new Verdict(
                    UkaEligibility.NOT_ELIGIBLE, "uka.portalVein", Value.of(vp), Value.of(maxVp)));
    this.eligible =
        verdicts(
            LcsgjT.class,
            t ->
                verdicts(
                    PortalVeinInvasion.class,
                    vp ->
                        new Verdict(
                            UkaEligibility.ELIGIBLE, "uka.eligible", Value.of(t), Value.of(vp))));
  }

  /** The value of a constant in a map {@link #verdicts} built: every constant has one. */
  private static <E extends Enum<E>, V> V of(Map<E, V> map, E key) {
    return Objects.requireNonNull(map.get(key), "verdict");
  }

  /** One value per enum constant, in an unmodifiable map. */
  private static <E extends Enum<E>, V> Map<E, V> verdicts(Class<E> type, Function<E, V> of) {
    EnumMap<E, V> map = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      map.put(e, of.apply(e));
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the criteria with another Vp threshold.
   *
   * @param maxVp the highest Vp grade that counts as no portal venous invasion
   * @return the model
   */
  public static Uka withMaximumVp(PortalVeinInvasion maxVp) {
    return maxVp == PortalVeinInvasion.VP0
        ? INSTANCE
        : maxVp == PortalVeinInvasion.VP2 ? VP_0_TO_2 : new Uka(maxVp);
  }

  @Override
  public ModelInfo info() {
    return info;
  }

  @Override
  public UkaInput inputFrom(Patient patient) {
    return UkaInput.from(patient);
  }

  @Override
  public ModelResult evaluate(UkaInput in) {
    List<Caveat> caveats = List.of(READINGS);
    // The input's classes are sorted and distinct.
    Choice<ChildPughClass> liver = CHILD_PUGH_INPUT.derived(in.childPughClasses());
    Choice<LcsgjT> t = STAGE_INPUT.of(in.intrahepaticT());
    Choice<PortalVeinInvasion> vp = VP_INPUT.of(in.portalVeinInvasion());
    return Completions.evaluate(
        info,
        List.of(liver, t, vp),
        a -> {
          ChildPughClass reserve = a.get(liver);
          if (reserve != ChildPughClass.A) {
            return of(HEPATIC_RESERVE, reserve);
          }
          LcsgjT stage = a.get(t);
          if (stage.compareTo(LcsgjT.T2) > 0) {
            return of(INTRAHEPATIC_STAGE, stage);
          }
          PortalVeinInvasion invasion = a.get(vp);
          if (invasion.compareTo(maxVp) > 0) {
            return of(portalVein, invasion);
          }
          return of(of(eligible, stage), invasion);
        },
        caveats);
  }
}
