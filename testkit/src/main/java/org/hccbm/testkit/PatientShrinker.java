package org.hccbm.testkit;

import static java.util.Objects.requireNonNull;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.Observed;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Analyte;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Creatinine;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.LabPanel;
import org.hccbm.core.lab.LabValue;
import org.hccbm.core.lab.Sodium;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.liver.LiverBedside;
import org.hccbm.core.patient.Patient;
import org.jspecify.annotations.Nullable;

/**
 * Shrinks a failing patient towards a fixture: it tries simpler patients — a part taken from the
 * fixture (which also makes unknowns known), one bone lesion fewer, a laboratory value moved to a
 * clinical cut-point — and keeps each one that still fails, until none does. The result is the
 * failing patient nearest to one of the {@link Fixtures}, with the differences named.
 *
 * <p>Parts are read and replaced through {@link Patient}'s record components, so a part added to
 * {@code Patient} later is shrunk without a change here. Laboratory values and bedside liver items
 * count as one difference each; every other component counts as one.
 *
 * @since 0.2.0
 */
public final class PatientShrinker {
  private static final RecordComponent[] COMPONENTS = Patient.class.getRecordComponents();
  private static final Constructor<Patient> CANONICAL = canonical();
  private static final int MAX_EVALUATIONS = 5_000;

  private PatientShrinker() {}

  /**
   * The outcome of shrinking.
   *
   * @param patient the smallest failing patient found
   * @param fixtureId the id of the fixture it is nearest to
   * @param differences the parts in which it differs from that fixture, e.g. "onDialysis",
   *     "labs.total bilirubin", "liver.ascites"
   * @param steps how many simplifications were kept
   */
  public record Shrunk(Patient patient, String fixtureId, List<String> differences, int steps) {
    /** Copies the differences. */
    public Shrunk {
      requireNonNull(patient, "patient");
      requireNonNull(fixtureId, "fixtureId");
      differences = List.copyOf(differences);
    }
  }

  private static Constructor<Patient> canonical() {
    Class<?>[] types =
        Arrays.stream(COMPONENTS).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      return Patient.class.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("Patient has no canonical constructor", e);
    }
  }

  private static Object get(Patient p, int i) {
    try {
      return COMPONENTS[i].getAccessor().invoke(p);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read Patient." + COMPONENTS[i].getName(), e);
    }
  }

  /** Returns p with component i replaced, or null when that patient would be invalid. */
  private static @Nullable Patient with(Patient p, int i, Object value) {
    Object[] args = new Object[COMPONENTS.length];
    for (int k = 0; k < args.length; k++) {
      args[k] = k == i ? value : get(p, k);
    }
    try {
      return CANONICAL.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof InvalidClinicalInputException) {
        return null;
      }
      throw new IllegalStateException("cannot build Patient", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build Patient", e);
    }
  }

  /**
   * Names the parts in which two patients differ (the id is not compared).
   *
   * @param a one patient
   * @param b the other
   * @return the differing parts, in component order
   */
  public static List<String> differences(Patient a, Patient b) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < COMPONENTS.length; i++) {
      String name = COMPONENTS[i].getName();
      Object x = get(a, i);
      Object y = get(b, i);
      if (name.equals("id") || Objects.equals(x, y)) {
        continue;
      }
      if (x instanceof LabPanel lx && y instanceof LabPanel ly) {
        for (Analyte an : Analyte.values()) {
          if (!lx.get(an).equals(ly.get(an))) {
            out.add("labs." + an.displayName());
          }
        }
      } else if (x instanceof LiverBedside bx && y instanceof LiverBedside by) {
        for (RecordComponent c : LiverBedside.class.getRecordComponents()) {
          try {
            if (!Objects.equals(c.getAccessor().invoke(bx), c.getAccessor().invoke(by))) {
              out.add("liver." + c.getName());
            }
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
        }
      } else {
        out.add(name);
      }
    }
    return out;
  }

  /**
   * Shrinks a failing patient towards the nearest of {@link Fixtures#all()}.
   *
   * @param failing a patient for which {@code fails} holds
   * @param fails whether a patient still fails (an exception counts as failing)
   * @return the smallest failing patient found
   */
  public static Shrunk shrink(Patient failing, Predicate<Patient> fails) {
    return shrink(failing, fails, Fixtures.all());
  }

  /**
   * Shrinks a failing patient towards the nearest of some target patients.
   *
   * @param failing a patient for which {@code fails} holds
   * @param fails whether a patient still fails (an exception counts as failing)
   * @param targets the patients to shrink towards, at least one
   * @return the smallest failing patient found
   */
  public static Shrunk shrink(Patient failing, Predicate<Patient> fails, List<Patient> targets) {
    requireNonNull(failing, "failing");
    requireNonNull(fails, "fails");
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("targets must not be empty");
    }
    Predicate<Patient> safe =
        p -> {
          try {
            return fails.test(p);
          } catch (RuntimeException | AssertionError e) {
            return true;
          }
        };
    Shrunk best = towards(failing, safe, targets.get(0));
    for (Patient target : targets.subList(1, targets.size())) {
      Shrunk s = towards(failing, safe, target);
      if (measure(s.patient(), target)
              .compareTo(measure(best.patient(), byId(targets, best.fixtureId())))
          < 0) {
        best = s;
      }
    }
    return best;
  }

  private static Patient byId(List<Patient> targets, String id) {
    return targets.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  /** (differences, lesions, labs off a cut-point): smaller is simpler. */
  private record Measure(int differences, int lesions, int offCut) implements Comparable<Measure> {
    @Override
    public int compareTo(Measure o) {
      int c = Integer.compare(differences, o.differences);
      if (c == 0) {
        c = Integer.compare(lesions, o.lesions);
      }
      return c != 0 ? c : Integer.compare(offCut, o.offCut);
    }
  }

  private static Measure measure(Patient p, Patient target) {
    int lesions = p.boneLesions().known().map(List::size).orElse(0);
    int offCut = (int) p.labs().values().stream().filter(v -> !cutPoints(v).contains(v)).count();
    return new Measure(differences(p, target).size(), lesions, offCut);
  }

  private static Shrunk towards(Patient failing, Predicate<Patient> fails, Patient target) {
    Patient current = failing;
    Measure m = measure(current, target);
    int steps = 0;
    int evaluations = 0;
    boolean improved = true;
    while (improved && evaluations < MAX_EVALUATIONS) {
      improved = false;
      for (Patient candidate : candidates(current, target)) {
        Measure cm = measure(candidate, target);
        if (cm.compareTo(m) >= 0) {
          continue;
        }
        evaluations++;
        if (fails.test(candidate)) {
          current = candidate;
          m = cm;
          steps++;
          improved = true;
          break;
        }
      }
    }
    return new Shrunk(current, target.id(), differences(current, target), steps);
  }

  private static List<Patient> candidates(Patient p, Patient target) {
    List<Patient> out = new ArrayList<>();
    for (int i = 0; i < COMPONENTS.length; i++) {
      String name = COMPONENTS[i].getName();
      Object mine = get(p, i);
      Object theirs = get(target, i);
      if (name.equals("id") || Objects.equals(mine, theirs)) {
        continue;
      }
      if (mine instanceof LabPanel lp && theirs instanceof LabPanel lt) {
        for (Analyte an : Analyte.values()) {
          Observed<LabValue> t = lt.get(an);
          if (!lp.get(an).equals(t)) {
            add(out, with(p, i, t.known().map(lp::with).orElseGet(() -> lp.without(an))));
          }
        }
        for (LabValue v : lp.values()) {
          for (LabValue cut : cutPoints(v)) {
            if (!cut.equals(v)) {
              add(out, with(p, i, lp.with(cut)));
            }
          }
        }
      } else if (mine instanceof LiverBedside lb && theirs instanceof LiverBedside tb) {
        add(
            out,
            with(
                p,
                i,
                new LiverBedside(tb.ascites(), lb.encephalopathy(), lb.cholestaticDisease())));
        add(
            out,
            with(
                p,
                i,
                new LiverBedside(lb.ascites(), tb.encephalopathy(), lb.cholestaticDisease())));
        add(
            out,
            with(
                p,
                i,
                new LiverBedside(lb.ascites(), lb.encephalopathy(), tb.cholestaticDisease())));
      } else {
        add(out, with(p, i, theirs));
      }
    }
    p.boneLesions()
        .known()
        .filter(l -> l.size() > 1)
        .ifPresent(
            lesions -> {
              int index = indexOf("boneLesions");
              for (int k = 0; k < lesions.size(); k++) {
                List<BoneLesion> fewer = new ArrayList<>(lesions);
                fewer.remove(k);
                add(out, with(p, index, Observed.of(fewer)));
              }
            });
    return out;
  }

  private static int indexOf(String component) {
    for (int i = 0; i < COMPONENTS.length; i++) {
      if (COMPONENTS[i].getName().equals(component)) {
        return i;
      }
    }
    throw new IllegalStateException("Patient has no component " + component);
  }

  private static void add(List<Patient> out, @Nullable Patient p) {
    if (p != null) {
      out.add(p);
    }
  }

  /** Clinical cut-points of the liver scores, in conventional units, for an analyte. */
  private static List<LabValue> cutPoints(LabValue v) {
    return switch (v.analyte()) {
      case TOTAL_BILIRUBIN -> List.of(Bilirubin.mgPerDl(2.0), Bilirubin.mgPerDl(3.0));
      case ALBUMIN -> List.of(Albumin.gPerDl(2.8), Albumin.gPerDl(3.5));
      case INR -> List.of(Inr.ratio(1.7), Inr.ratio(2.3));
      case CREATININE -> List.of(Creatinine.mgPerDl(1.0), Creatinine.mgPerDl(4.0));
      case SODIUM -> List.of(Sodium.mmolPerL(125), Sodium.mmolPerL(137));
      default -> List.of();
    };
  }
}
