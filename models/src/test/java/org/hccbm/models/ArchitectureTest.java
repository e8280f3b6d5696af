package org.hccbm.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: architecture rules checked over the source files (plain JUnit, no library). Runs with
 * the module directory as working directory (Surefire's default), so the sibling modules are {@code
 * ../NAME}.
 */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/org/hccbm/models");

  /** The packages {@code module-info.java} exports: their public types are the API. */
  private static final List<String> EXPORTED =
      List.of("", "liver", "bone", "reference", "treatment");

  /**
   * Public types that neither an API signature nor an example or the command line mentions, each
   * with the reason it is public anyway. Keep this short: anything else should not be public.
   */
  private static final Map<String, String> PUBLIC_ALLOWED =
      Map.ofEntries(
          Map.entry("Biomarkers", "reference data, published for display (docs/models.md)"),
          Map.entry("BoneMetastasisRiskFactors", "reference data, published for display"),
          Map.entry("PrognosisStudies", "reference data, published for display"),
          Map.entry("SreOutlook", "reference data, published for display"),
          Map.entry("PatientFacts", "derivations the bone package's inputs share with liver"),
          Map.entry("GateCheck", "returned by the public Precondition interface's check method"),
          Map.entry("PlanContext", "read by the public TreatmentRule interface's apply method"),
          Map.entry("SurvivalPolicies", "the ready-made policies a caller passes to the planner"),
          Map.entry(
              "PlanRenderer", "renders a plan's wording in another language (issue 13, ADR 0020)"));

  /** A type implementing one of these is API by itself: a model, or a result category. */
  private static final Pattern API_ROOT =
      Pattern.compile(
          "^public [^{]*\\bimplements [^{]*\\b(?:Score|LesionScore|Category|PrognosticCategory)\\b",
          Pattern.MULTILINE);

  private static final Pattern MODEL_CLASS =
      Pattern.compile("public final class (\\w+) implements (?:Score|LesionScore)<");
  private static final Pattern MEMBER =
      Pattern.compile(
          "^  (?!public |private |protected |/|\\*|@|return |if |for |case )"
              + "(?:static )?(?:final )?[\\w<>\\[\\], ?.]+ (\\w+)\\(",
          Pattern.MULTILINE);
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile(
          "^public (?:final |abstract |sealed |non-sealed )*(?:class|interface|enum|record) (\\w+)",
          Pattern.MULTILINE);

  /**
   * A model must not call another model's package-private helper: shared logic goes to a helper.
   */
  @Test
  void noModelCallsAnotherModelsPackagePrivateHelper() {
    Map<String, Path> models = new LinkedHashMap<>();
    for (Path file : javaFiles(MAIN)) {
      Matcher m = MODEL_CLASS.matcher(read(file));
      if (m.find()) {
        models.put(m.group(1), file);
      }
    }
    assertThat(models).containsKeys("ChildPugh", "Meld", "MeldNa", "Tokuhashi", "Tomita");

    List<String> violations = new ArrayList<>();
    for (Map.Entry<String, Path> owner : models.entrySet()) {
      Set<String> helpers = packagePrivateMembers(read(owner.getValue()));
      for (Map.Entry<String, Path> caller : models.entrySet()) {
        if (caller.getKey().equals(owner.getKey())) {
          continue;
        }
        Matcher call =
            Pattern.compile("\\b" + owner.getKey() + "\\.(?:INSTANCE\\.)?(\\w+)\\(")
                .matcher(read(caller.getValue()));
        while (call.find()) {
          if (helpers.contains(call.group(1))) {
            violations.add(caller.getKey() + " calls " + owner.getKey() + "." + call.group(1));
          }
        }
      }
    }
    assertThat(violations).as("models calling another model's package-private helper").isEmpty();
  }

  /** The rule above finds what it is meant to find (a test that cannot fail is a defect). */
  @Test
  void helperRule_detectsAPlantedCall() {
    Set<String> helpers =
        packagePrivateMembers(
            """
        public final class Meld implements Score<MeldInput> {
          static double raw(double x) {
            return x;
          }

          public int score() {
            return 1;
          }
        }
        """);
    assertThat(helpers).containsExactly("raw");
  }

  /** Every public type in an exported package is needed by the API, an example or the CLI. */
  @Test
  void everyPublicTypeIsNeeded() {
    Map<String, Path> publicTypes = new LinkedHashMap<>();
    for (String pkg : EXPORTED) {
      Path dir = pkg.isEmpty() ? MAIN : MAIN.resolve(pkg);
      for (Path file : filesIn(dir)) {
        Matcher m = PUBLIC_TYPE.matcher(read(file));
        if (m.find()) {
          publicTypes.put(m.group(1), file);
        }
      }
    }
    String users =
        Stream.of(
                "../examples/src/main",
                "../cli/src/main",
                "../jackson/src/main",
                "../testkit/src/main")
            .map(Path::of)
            .filter(Files::isDirectory)
            .flatMap(d -> javaFiles(d).stream())
            .map(ArchitectureTest::read)
            .collect(Collectors.joining("\n"));

    Set<String> unneeded = new TreeSet<>();
    for (Map.Entry<String, Path> type : publicTypes.entrySet()) {
      Pattern name = Pattern.compile("\\b" + type.getKey() + "\\b");
      boolean inApi =
          publicTypes.entrySet().stream()
              .filter(other -> !other.getKey().equals(type.getKey()))
              .anyMatch(
                  other ->
                      publicSignatures(read(other.getValue())).stream()
                          .anyMatch(line -> name.matcher(line).find()));
      boolean root = API_ROOT.matcher(read(type.getValue())).find();
      if (!root
          && !inApi
          && !name.matcher(users).find()
          && !PUBLIC_ALLOWED.containsKey(type.getKey())) {
        unneeded.add(type.getKey());
      }
    }
    assertThat(unneeded).as("public types no API type, example or the CLI needs").isEmpty();
    assertThat(publicTypes).containsKeys(PUBLIC_ALLOWED.keySet().toArray(String[]::new));
  }

  /**
   * Treatment rules compare scores only with named, sourced constants (or ask the model for its
   * category): no bare numeric literal beside a score in {@code treatment/}.
   */
  @Test
  void noNumericScoreThresholdLiteralInTreatment() {
    List<String> violations = new ArrayList<>();
    for (Path file : javaFiles(MAIN.resolve("treatment"))) {
      String[] lines = read(file).split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (scoreThresholdLiteral(lines[i])) {
          violations.add(file.getFileName() + ":" + (i + 1) + ": " + lines[i].strip());
        }
      }
    }
    assertThat(violations).as("numeric score thresholds in treatment/").isEmpty();
  }

  @Test
  void thresholdRule_detectsPlantedLiterals_andAllowsConstants() {
    assertThat(scoreThresholdLiteral("    boolean b8 = c.childPughTotal().map(t -> t >= 8)"))
        .isTrue();
    assertThat(scoreThresholdLiteral("      return total.get() == 7")).isTrue();
    assertThat(scoreThresholdLiteral("    if (sinsScore > 6.5) {")).isTrue();
    assertThat(scoreThresholdLiteral("    return total.get() == CHILD_PUGH_B7_POINTS")).isFalse();
    assertThat(scoreThresholdLiteral("    if (crcl < 30) {")).isFalse();
    assertThat(scoreThresholdLiteral("    } else if (sins.size() != 1) {")).isFalse();
    assertThat(scoreThresholdLiteral("   * Child–Pugh total >= 8 in a comment")).isFalse();
    assertThat(scoreThresholdLiteral("    String s = \"total >= 8\";")).isFalse();
  }

  private static final Pattern SCORE_WORD =
      Pattern.compile(
          "(?i)total|score|points|childpugh|meld|albi|sins|mirels|tokuhashi|tomita|katagiri|gpa|bclc");
  private static final Pattern NUMERIC_COMPARISON =
      Pattern.compile(
          "(?:(?<!-)[<>]=?|[=!]=)\\s*-?\\d+(?:\\.\\d+)?\\b|\\b\\d+(?:\\.\\d+)?\\s*(?:[<>]=?|[=!]=)");

  /** Whether a code line compares something score-like with a bare number. */
  static boolean scoreThresholdLiteral(String line) {
    String t = line.strip();
    if (t.startsWith("*") || t.startsWith("/*") || t.startsWith("//")) {
      return false;
    }
    String code =
        t.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
            .replaceAll("//.*", "")
            .replaceAll(
                "\\.size\\(\\)\\s*(?:[<>]=?|[=!]=)\\s*\\d+", ".size()"); // counts, not scores
    return NUMERIC_COMPARISON.matcher(code).find() && SCORE_WORD.matcher(code).find();
  }

  private static Set<String> packagePrivateMembers(String source) {
    Set<String> names = new TreeSet<>();
    Matcher m = MEMBER.matcher(source);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The lines of a source that declare public members, record components included. */
  private static List<String> publicSignatures(String source) {
    List<String> lines = new ArrayList<>();
    boolean continued = false;
    for (String line : source.split("\n")) {
      String t = line.strip();
      boolean starts =
          t.startsWith("public ")
              || t.startsWith("permits ")
              || t.startsWith("implements ")
              || t.startsWith("extends ");
      if (starts || continued) {
        lines.add(t);
        // A declaration wrapped over several lines (a record header, a long method signature)
        // continues until its body or its end.
        continued = !t.contains("{") && !t.endsWith(";");
      }
    }
    return lines;
  }

  private static List<Path> filesIn(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.getFileName().toString().equals("package-info.java"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> javaFiles(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
