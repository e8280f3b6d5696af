package org.hccbm.report.svg;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hccbm.core.history.RadiotherapyCourse;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.EsccGrade;
import org.hccbm.core.lesion.LongBone;
import org.hccbm.core.lesion.LongBoneRegion;
import org.hccbm.core.lesion.LongBoneSite;
import org.hccbm.core.lesion.OtherBone;
import org.hccbm.core.lesion.SkeletalSite;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.Complete;
import org.hccbm.models.Models;
import org.hccbm.models.bone.MirelsRecommendation;
import org.hccbm.models.bone.SinsCategory;

/**
 * The skeletal map: a front and a side drawing of the skeleton with one mark per bone lesion at its
 * site, coloured by the lesion's SINS category (spine) or Mirels recommendation (long bones), grey
 * when the score is bounded by missing inputs or the site has no score; the ESCC grade and prior
 * radiotherapy to the site are marked with a symbol and a text label. Each lesion is one {@code <g
 * class="lesion" data-lesion="ID">}, holding its mark on the front view, its mark on the side view
 * for axial sites (spine, skull, mandible, sternum, ribs, clavicle, scapula, pelvis, acetabulum,
 * sacrum), and its label. Long bones, ribs and the other paired bones carry no side in the data, so
 * their marks sit on the drawing's left-hand limb whichever side is affected, as the key says.
 */
public final class SkeletalMap {
  /** A point in the picture. */
  record Point(double x, double y) {}

  private static final double WIDTH = 660;
  private static final double MIN_HEIGHT = 430;
  private static final double FRONT_X = 120;
  private static final double KEY_X = 372;
  private static final double LINE = 11;
  private static final double MARK = 4.5;
  private static final int LIST_CHARS = 54;
  private static final int COLUMN_CHARS = 44;
  private static final double[] COLUMNS = {8, 226, 444};

  /** The width of the drawing alone: front and side views, without key and list. */
  static final double DRAWING_WIDTH = 350;

  /** The text size of the drawing alone, in user units (legible at a third of an A4 width). */
  static final double DRAWING_TEXT = 12.5;

  /** Spine control points for the side view: level index and x (anterior to the right). */
  private static final double[][] SIDE_CURVE = {
    {0, 296}, {4, 302}, {8, 298}, {14, 288}, {19, 294}, {22, 302}, {25, 298}, {28, 288}, {30, 294}
  };

  private SkeletalMap() {}

  /**
   * Draws the skeletal map of a patient.
   *
   * @param patient the patient; their lesions and radiotherapy courses are read
   * @param evaluations the patient's evaluations ({@link Models#evaluate(Patient)}); the SINS and
   *     Mirels results whose subject is a lesion id colour that lesion
   * @return the SVG markup
   */
  public static String svg(Patient patient, List<Models.Evaluation> evaluations) {
    requireNonNull(patient, "patient");
    requireNonNull(evaluations, "evaluations");
    Optional<List<BoneLesion>> known = patient.boneLesions().known();
    List<BoneLesion> lesions = known.orElse(List.of());
    Optional<List<RadiotherapyCourse>> courses = patient.history().radiotherapy().known();
    List<Entry> key = key(known.isPresent(), courses.isPresent());
    List<String[]> lesionText = new ArrayList<>();
    List<Status> statuses = new ArrayList<>();
    for (BoneLesion lesion : lesions) {
      Status status = status(lesion, evaluations);
      statuses.add(status);
      boolean rt = courses.isPresent() && irradiated(lesion.site(), courses.get());
      lesionText.add(describe(lesion, status, rt));
    }
    double keyBottom = 24 + key.stream().mapToDouble(e -> e.lines().size() * LINE + 4).sum();
    // Few lesions: listed under the key. Many: in three columns under the drawing, so that even a
    // lesion at every site keeps the map on one printed page.
    List<List<String>> beside = lines(lesionText, LIST_CHARS, true);
    double besideBottom = keyBottom + 22 + height(beside);
    boolean underKey = besideBottom <= MIN_HEIGHT - 4;
    List<List<String>> lesionLines = underKey ? beside : lines(lesionText, COLUMN_CHARS, false);
    List<List<List<String>>> columns =
        underKey ? List.of(lesionLines) : columns(lesionLines, COLUMNS.length);
    double height =
        underKey
            ? MIN_HEIGHT
            : Math.ceil(
                MIN_HEIGHT
                    + 30
                    + columns.stream().mapToDouble(SkeletalMap::height).max().orElse(0)
                    + 4);

    Svg svg = skeleton(patient, WIDTH, height, ", as the key lists", statuses, false);

    drawKey(svg, key);
    if (known.isPresent()) {
      if (underKey) {
        drawList(svg, KEY_X, keyBottom + 10, columns, true);
      } else {
        drawList(svg, COLUMNS[0], MIN_HEIGHT + 12, columns, false);
      }
    }
    return svg.end();
  }

  /**
   * Draws the front and side views with the lesion marks and their short labels only, without the
   * key and the lesion list, in larger text: for a page that states the key and the lesions in
   * words next to it ({@link #lesionList(Patient, List)}), so the picture can be printed narrow.
   *
   * @param patient the patient; their lesions and radiotherapy courses are read
   * @param evaluations the patient's evaluations ({@link Models#evaluate(Patient)})
   * @return the SVG markup
   */
  public static String drawing(Patient patient, List<Models.Evaluation> evaluations) {
    requireNonNull(patient, "patient");
    requireNonNull(evaluations, "evaluations");
    Optional<List<BoneLesion>> known = patient.boneLesions().known();
    List<BoneLesion> lesions = known.orElse(List.of());
    List<Status> statuses = new ArrayList<>();
    for (BoneLesion lesion : lesions) {
      statuses.add(status(lesion, evaluations));
    }
    return skeleton(patient, DRAWING_WIDTH, MIN_HEIGHT, "", statuses, true).end();
  }

  /**
   * Starts a map: its title and description, the front and side drawings and every lesion's mark.
   *
   * @param descEnd what the description ends with before its full stop
   * @param statuses each lesion's status, in the patient's order
   * @param large the larger text of {@link #drawing(Patient, List)}
   */
  private static Svg skeleton(
      Patient patient,
      double width,
      double height,
      String descEnd,
      List<Status> statuses,
      boolean large) {
    Optional<List<BoneLesion>> known = patient.boneLesions().known();
    List<BoneLesion> lesions = known.orElse(List.of());
    Optional<List<RadiotherapyCourse>> courses = patient.history().radiotherapy().known();
    String title =
        known.isPresent()
            ? "Skeletal map of patient "
                + patient.id()
                + ": "
                + lesions.size()
                + (lesions.size() == 1 ? " bone lesion" : " bone lesions")
            : "Skeletal map of patient " + patient.id() + ": bone lesions not recorded";
    Svg svg = Svg.start(width, height, title);
    svg.open("desc")
        .text(
            "Front and side drawings of the skeleton; each lesion is marked at its site and coloured"
                + " by its SINS category or Mirels recommendation"
                + descEnd
                + ".")
        .close("desc");
    drawFront(svg, large);
    drawSide(svg, large);
    svg.open("g", "class", "lesions");
    Map<SkeletalSite, Integer> seen = new HashMap<>();
    for (int i = 0; i < lesions.size(); i++) {
      BoneLesion lesion = lesions.get(i);
      int repeat = seen.merge(lesion.site(), 1, Integer::sum) - 1;
      long atSite = lesions.stream().filter(l -> l.site().equals(lesion.site())).count();
      boolean rt = courses.isPresent() && irradiated(lesion.site(), courses.get());
      drawLesion(svg, lesion, statuses.get(i), rt, repeat, (int) atSite, large);
    }
    svg.close("g");
    return svg;
  }

  /**
   * Returns each lesion in words, in the patient's order, as the full map's list gives it: "T9 —
   * T9: SINS unstable (13–18); ESCC 3"; empty when no lesion is recorded.
   *
   * @param patient the patient
   * @param evaluations the patient's evaluations
   * @return one text per lesion
   */
  public static List<String> lesionList(Patient patient, List<Models.Evaluation> evaluations) {
    requireNonNull(patient, "patient");
    requireNonNull(evaluations, "evaluations");
    Optional<List<RadiotherapyCourse>> courses = patient.history().radiotherapy().known();
    List<String> out = new ArrayList<>();
    for (BoneLesion lesion : patient.boneLesions().known().orElse(List.of())) {
      boolean rt = courses.isPresent() && irradiated(lesion.site(), courses.get());
      String[] text = describe(lesion, status(lesion, evaluations), rt);
      out.add(text[0] + ": " + text[1]);
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Where each site is

  /**
   * Returns where a site is marked on the front view. Every site has a place; paired bones sit on
   * the drawing's left-hand side.
   */
  static Point front(SkeletalSite site) {
    if (site instanceof SpinalLevel level) {
      return new Point(FRONT_X, spineY(level));
    }
    if (site instanceof LongBoneSite longBone) {
      return front(longBone.bone(), longBone.region());
    }
    if (site instanceof OtherBone other) {
      return switch (other) {
        case SKULL -> new Point(FRONT_X, 30);
        case MANDIBLE -> new Point(108, 61);
        case STERNUM -> new Point(FRONT_X, 144);
        case RIB -> new Point(87, 150);
        case CLAVICLE -> new Point(96, 112);
        case SCAPULA -> new Point(91, 128);
        case PELVIS -> new Point(92, 214);
        case ACETABULUM -> new Point(106, 231);
        case SACRUM -> new Point(FRONT_X, 229);
        case HAND_OR_FOOT -> new Point(64, 286);
      };
    }
    throw new IllegalArgumentException(
        "skeletal site must be spinal, long bone or other, was " + site);
  }

  /** Returns where a site is marked on the side view: axial sites only. */
  static Optional<Point> side(SkeletalSite site) {
    if (site instanceof SpinalLevel level) {
      return Optional.of(new Point(sideSpineX(index(level)), spineY(level)));
    }
    if (site instanceof OtherBone other) {
      return switch (other) {
        case SKULL -> Optional.of(new Point(290, 28));
        case MANDIBLE -> Optional.of(new Point(318, 64));
        case STERNUM -> Optional.of(new Point(333, 143));
        case RIB -> Optional.of(new Point(315, 152));
        case CLAVICLE -> Optional.of(new Point(322, 112));
        case SCAPULA -> Optional.of(new Point(275, 132));
        case PELVIS -> Optional.of(new Point(310, 212));
        case ACETABULUM -> Optional.of(new Point(308, 236));
        case SACRUM -> Optional.of(new Point(sideSpineX(27), 232));
        case HAND_OR_FOOT -> Optional.empty();
      };
    }
    return Optional.empty();
  }

  /** Where a hand-or-foot lesion is also marked (the foot; the front mark is on the hand). */
  static final Point FOOT = new Point(98, 408);

  private static Point front(LongBone bone, LongBoneRegion region) {
    if (bone == LongBone.FEMUR) {
      if (region == LongBoneRegion.FEMORAL_HEAD) {
        return new Point(99, 240);
      }
      if (region == LongBoneRegion.FEMORAL_NECK) {
        return new Point(94, 245);
      }
      if (region == LongBoneRegion.PERITROCHANTERIC) {
        return new Point(88, 253);
      }
    }
    Point[] line = boneLine(bone);
    double t =
        switch (region) {
          case PROXIMAL -> 0.15;
          case DIAPHYSIS -> 0.5;
          case DISTAL -> 0.85;
          // the hip regions exist on the femur only (LongBoneSite refuses them elsewhere)
          case PERITROCHANTERIC, FEMORAL_NECK, FEMORAL_HEAD -> 0.05;
        };
    return new Point(
        line[0].x() + t * (line[1].x() - line[0].x()),
        line[0].y() + t * (line[1].y() - line[0].y()));
  }

  /** The drawing's left-hand long bones, proximal end first. */
  private static Point[] boneLine(LongBone bone) {
    return switch (bone) {
      case HUMERUS -> new Point[] {new Point(84, 120), new Point(74, 200)};
      case RADIUS -> new Point[] {new Point(71, 205), new Point(60, 272)};
      case ULNA -> new Point[] {new Point(78, 205), new Point(69, 272)};
      case FEMUR -> new Point[] {new Point(90, 252), new Point(98, 330)};
      case TIBIA -> new Point[] {new Point(101, 337), new Point(101, 398)};
      case FIBULA -> new Point[] {new Point(91, 339), new Point(92, 396)};
    };
  }

  /** Each level's row, from the occiput (0) down to the coccyx (30). */
  private static final Map<SpinalLevel, Integer> ROW = rows();

  private static Map<SpinalLevel, Integer> rows() {
    Map<SpinalLevel, Integer> rows = new EnumMap<>(SpinalLevel.class);
    int row = 0;
    for (SpinalLevel level : SpinalLevel.values()) {
      rows.put(level, row++);
    }
    return rows;
  }

  private static int index(SpinalLevel level) {
    return requireNonNull(ROW.get(level), "row");
  }

  private static double spineY(SpinalLevel level) {
    return spineY(index(level));
  }

  private static double spineY(int index) {
    return 70 + 6 * index;
  }

  private static double sideSpineX(double index) {
    for (int i = 1; i < SIDE_CURVE.length; i++) {
      if (index <= SIDE_CURVE[i][0]) {
        double[] a = SIDE_CURVE[i - 1];
        double[] b = SIDE_CURVE[i];
        return a[1] + (index - a[0]) / (b[0] - a[0]) * (b[1] - a[1]);
      }
    }
    return SIDE_CURVE[SIDE_CURVE.length - 1][1];
  }

  // ---------------------------------------------------------------------------------------------
  // What each lesion's mark says

  /** A lesion's colour tier and its words. */
  record Status(String colour, boolean filled, String words, String code) {
    /** The words in short, for the many-lesion list: the category, "bounded" or "not scored". */
    String brief() {
      return code.equals(BOUNDED) || code.equals(NOT_SCORED)
          ? code
          : words.replace(" (inputs missing; category settled)", "");
    }
  }

  private static final String NOT_SCORED = "not scored";
  private static final String BOUNDED = "bounded";

  static Status status(BoneLesion lesion, List<Models.Evaluation> evaluations) {
    Optional<Models.Evaluation> found =
        evaluations.stream()
            .filter(e -> e.subject().equals(lesion.id()))
            .filter(e -> e.model().id().equals("sins") || e.model().id().equals("mirels"))
            .findFirst();
    if (found.isEmpty()) {
      return new Status(
          Palette.GREY, false, "not scored (no SINS or Mirels for this site)", NOT_SCORED);
    }
    return found
        .get()
        .result()
        .fold(
            SkeletalMap::completeStatus,
            SkeletalMap::boundedStatus,
            n -> new Status(Palette.GREY, false, "not scored: " + n.model().name(), NOT_SCORED));
  }

  private static Status completeStatus(Complete complete) {
    return complete
        .category()
        .map(c -> new Status(tier(c), true, c.label(), c.code()))
        .orElse(
            new Status(
                Palette.GREY, true, complete.model().name() + " without a category", BOUNDED));
  }

  private static Status boundedStatus(Bounded bounded) {
    Optional<Category> settled = bounded.determinedCategory();
    if (settled.isPresent()) {
      Category c = settled.get();
      return new Status(tier(c), true, c.label() + " (inputs missing; category settled)", c.code());
    }
    String reachable =
        bounded.reachableCategories().stream()
            .map(Category::label)
            .collect(Collectors.joining(" or "));
    return new Status(
        Palette.GREY,
        true,
        "bounded: " + (reachable.isEmpty() ? bounded.model().name() : reachable),
        BOUNDED);
  }

  /** The colour of a SINS or Mirels category; grey for any other. */
  static String tier(Category category) {
    if (category instanceof SinsCategory sins) {
      return switch (sins) {
        case STABLE -> Palette.LOW;
        case POTENTIALLY_UNSTABLE -> Palette.MIDDLE;
        case UNSTABLE -> Palette.HIGH;
      };
    }
    if (category instanceof MirelsRecommendation mirels) {
      return switch (mirels) {
        case RADIOTHERAPY_AND_OBSERVATION -> Palette.LOW;
        case CLINICAL_JUDGEMENT -> Palette.MIDDLE;
        case PROPHYLACTIC_FIXATION -> Palette.HIGH;
      };
    }
    return Palette.GREY;
  }

  private static boolean irradiated(SkeletalSite site, List<RadiotherapyCourse> courses) {
    return courses.stream().anyMatch(c -> c.site().equals(site));
  }

  /**
   * A lesion's heading, its description and its short form ("T9: SINS unstable (13–18); ESCC 3"),
   * before wrapping.
   */
  private static String[] describe(BoneLesion lesion, Status status, boolean rt) {
    StringBuilder extra = new StringBuilder();
    lesion.escc().known().ifPresent(g -> extra.append("; ").append(escc(g)));
    if (rt) {
      extra.append("; prior RT to this site");
    }
    return new String[] {
      lesion.id() + " — " + lesion.site().label() + where(lesion.site()),
      status.words() + extra,
      lesion.id() + ": " + status.brief() + extra
    };
  }

  /** Two or more lines per lesion (heading, description), or one short entry per lesion. */
  private static List<List<String>> lines(List<String[]> text, int width, boolean full) {
    List<List<String>> out = new ArrayList<>();
    for (String[] t : text) {
      List<String> lines = new ArrayList<>(Svg.wrap(full ? t[0] : t[2], width));
      if (full) {
        lines.addAll(Svg.wrap(t[1], width - 2));
      }
      out.add(lines);
    }
    return out;
  }

  private static double height(List<List<String>> entries) {
    return entries.stream().mapToDouble(l -> l.size() * LINE + 3).sum();
  }

  /** Splits the entries, in order, into at most {@code n} columns of about equal height. */
  private static List<List<List<String>>> columns(List<List<String>> entries, int n) {
    double target = height(entries) / n;
    List<List<List<String>>> columns = new ArrayList<>();
    List<List<String>> current = new ArrayList<>();
    double h = 0;
    for (List<String> entry : entries) {
      double eh = entry.size() * LINE + 3;
      if (!current.isEmpty() && h + eh > target + LINE && columns.size() < n - 1) {
        columns.add(current);
        current = new ArrayList<>();
        h = 0;
      }
      current.add(entry);
      h += eh;
    }
    columns.add(current);
    return columns;
  }

  private static String where(SkeletalSite site) {
    if (site == OtherBone.HAND_OR_FOOT) {
      return " (marked at hand and foot)";
    }
    return site instanceof LongBoneSite || paired(site) ? " (side not recorded)" : "";
  }

  private static boolean paired(SkeletalSite site) {
    return site == OtherBone.RIB
        || site == OtherBone.CLAVICLE
        || site == OtherBone.SCAPULA
        || site == OtherBone.PELVIS
        || site == OtherBone.ACETABULUM;
  }

  private static String escc(EsccGrade grade) {
    return "ESCC " + grade.code() + (grade.cordCompressed() ? " (cord compressed)" : "");
  }

  // ---------------------------------------------------------------------------------------------
  // Drawing

  private static void drawLesion(
      Svg svg,
      BoneLesion lesion,
      Status status,
      boolean rt,
      int repeat,
      int atSite,
      boolean large) {
    SkeletalSite site = lesion.site();
    Optional<EsccGrade> escc = lesion.escc().known();
    svg.open(
        "g",
        "class",
        "lesion",
        "data-lesion",
        lesion.id(),
        "data-site",
        site.label(),
        "data-category",
        status.code());
    svg.open("title")
        .text(lesion.id() + ": " + site.label() + ", " + status.words())
        .close("title");
    double shift = repeat * 9.0;
    Point f = front(site);
    Point frontAt = new Point(f.x() + shift, f.y());
    mark(svg, frontAt, site, status, escc, rt);
    if (site == OtherBone.HAND_OR_FOOT) {
      mark(svg, new Point(FOOT.x() + shift, FOOT.y()), site, status, escc, rt);
    }
    Optional<Point> s = side(site);
    if (s.isPresent()) {
      mark(svg, new Point(s.get().x() + shift, s.get().y()), site, status, escc, rt);
    }
    StringBuilder label = new StringBuilder(lesion.id());
    escc.ifPresent(g -> label.append(" · ESCC ").append(g.code()));
    if (rt) {
      label.append(" · RT");
    }
    svg.open(
            "text",
            "x",
            f.x() + (atSite - 1) * 9.0 + MARK + 4 + (escc.isPresent() ? 4 : 0),
            "y",
            f.y() + (large ? 4 : 3) + repeat * (large ? DRAWING_TEXT : 9.0),
            "font-size",
            large ? DRAWING_TEXT : 8,
            "fill",
            Palette.INK)
        .text(label.toString())
        .close("text");
    svg.close("g");
  }

  private static void mark(
      Svg svg, Point p, SkeletalSite site, Status status, Optional<EsccGrade> escc, boolean rt) {
    String fill = status.filled() ? status.colour() : "none";
    String stroke = status.filled() ? Palette.INK : status.colour();
    double strokeWidth = status.filled() ? 0.75 : 1.6;
    if (site instanceof SpinalLevel) {
      svg.empty(
          "circle",
          "class",
          "mark",
          "cx",
          p.x(),
          "cy",
          p.y(),
          "r",
          MARK,
          "fill",
          fill,
          "stroke",
          stroke,
          "stroke-width",
          strokeWidth);
    } else if (site instanceof LongBoneSite) {
      svg.empty(
          "rect",
          "class",
          "mark",
          "x",
          p.x() - MARK,
          "y",
          p.y() - MARK,
          "width",
          2 * MARK,
          "height",
          2 * MARK,
          "fill",
          fill,
          "stroke",
          stroke,
          "stroke-width",
          strokeWidth);
    } else {
      svg.empty(
          "path",
          "class",
          "mark",
          "d",
          diamond(p, MARK + 1),
          "fill",
          fill,
          "stroke",
          stroke,
          "stroke-width",
          strokeWidth);
    }
    if (escc.isPresent()) {
      ring(svg, p, MARK + 3);
      if (escc.get().cordCompressed()) {
        ring(svg, p, MARK + 5.5);
      }
    }
    if (rt) {
      double x = p.x() - MARK - 5;
      double y = p.y() - MARK - 2;
      svg.empty(
          "path",
          "class",
          "rt",
          "d",
          "M"
              + Svg.number(x - 3)
              + " "
              + Svg.number(y - 3)
              + "L"
              + Svg.number(x + 3)
              + " "
              + Svg.number(y + 3)
              + "M"
              + Svg.number(x - 3)
              + " "
              + Svg.number(y + 3)
              + "L"
              + Svg.number(x + 3)
              + " "
              + Svg.number(y - 3),
          "stroke",
          Palette.EMPHASIS,
          "stroke-width",
          1.6);
    }
  }

  private static void ring(Svg svg, Point p, double r) {
    svg.empty(
        "circle",
        "class",
        "escc",
        "cx",
        p.x(),
        "cy",
        p.y(),
        "r",
        r,
        "fill",
        "none",
        "stroke",
        Palette.EMPHASIS,
        "stroke-width",
        1);
  }

  private static String diamond(Point p, double r) {
    return "M"
        + Svg.number(p.x())
        + " "
        + Svg.number(p.y() - r)
        + "L"
        + Svg.number(p.x() + r)
        + " "
        + Svg.number(p.y())
        + "L"
        + Svg.number(p.x())
        + " "
        + Svg.number(p.y() + r)
        + "L"
        + Svg.number(p.x() - r)
        + " "
        + Svg.number(p.y())
        + "Z";
  }

  private static void drawFront(Svg svg, boolean large) {
    svg.open(
        "g",
        "class",
        "skeleton front",
        "fill",
        Palette.BONE_FILL,
        "stroke",
        Palette.BONE_LINE,
        "stroke-width",
        1.2,
        "stroke-linecap",
        "round");
    svg.empty("ellipse", "cx", FRONT_X, "cy", 40, "rx", 20, "ry", 24);
    svg.empty("path", "d", "M104 56 Q120 76 136 56", "fill", "none");
    for (int side = -1; side <= 1; side += 2) {
      // clavicle, scapula, ribs, pelvis and limbs, mirrored about the midline
      svg.empty("path", "d", line(mirror(114, side), 115, mirror(80, side), 110), "fill", "none");
      svg.empty(
          "path",
          "d",
          "M"
              + n(mirror(84, side))
              + " 118L"
              + n(mirror(102, side))
              + " 122L"
              + n(mirror(93, side))
              + " 162Z");
      for (int k = 0; k < 10; k++) {
        double y = 120 + k * 6.5;
        double reach = 30 + Math.min(k, 5) * 1.5;
        svg.empty(
            "path",
            "d",
            "M"
                + n(mirror(115, side))
                + " "
                + n(y)
                + "Q"
                + n(mirror(FRONT_X - reach - 6, side))
                + " "
                + n(y - 4)
                + " "
                + n(mirror(FRONT_X - reach, side))
                + " "
                + n(y + 14),
            "fill",
            "none");
      }
      svg.empty(
          "path",
          "d",
          "M"
              + n(mirror(113, side))
              + " 204Q"
              + n(mirror(82, side))
              + " 194 "
              + n(mirror(84, side))
              + " 222Q"
              + n(mirror(92, side))
              + " 238 "
              + n(mirror(108, side))
              + " 244L"
              + n(mirror(116, side))
              + " 246L"
              + n(mirror(113, side))
              + " 230Z");
      for (LongBone bone : LongBone.values()) {
        Point[] l = boneLine(bone);
        double width =
            switch (bone) {
              case FEMUR -> 6;
              case HUMERUS, TIBIA -> 5;
              case RADIUS, ULNA -> 3;
              case FIBULA -> 2.5;
            };
        svg.empty(
            "path",
            "d",
            line(mirror(l[0].x(), side), l[0].y(), mirror(l[1].x(), side), l[1].y()),
            "stroke-width",
            width);
      }
      svg.empty("path", "d", line(mirror(99, side), 240, mirror(90, side), 252), "stroke-width", 4);
      svg.empty("circle", "cx", mirror(99, side), "cy", 240, "r", 5);
      svg.empty("ellipse", "cx", mirror(64, side), "cy", 286, "rx", 6, "ry", 11);
      svg.empty("ellipse", "cx", mirror(FOOT.x(), side), "cy", FOOT.y(), "rx", 11, "ry", 5);
    }
    svg.empty("rect", "x", 115, "y", 118, "width", 10, "height", 52, "rx", 3, "fill", "none");
    for (SpinalLevel level : SpinalLevel.values()) {
      if (level == SpinalLevel.OCCIPUT) {
        continue;
      }
      double w = vertebraWidth(level);
      svg.empty(
          "rect", "x", FRONT_X - w / 2, "y", spineY(level) - 2.5, "width", w, "height", 5, "rx", 1);
    }
    svg.close("g");
    caption(svg, FRONT_X, 424, "Front", large);
  }

  private static double vertebraWidth(SpinalLevel level) {
    return switch (level.region()) {
      case CERVICAL -> 10;
      case THORACIC -> 12;
      case LUMBAR -> 16;
      case SACRAL -> 20 - 2.5 * (index(level) - index(SpinalLevel.S1));
      case COCCYGEAL -> 6;
    };
  }

  private static void drawSide(Svg svg, boolean large) {
    svg.open(
        "g",
        "class",
        "skeleton side",
        "fill",
        Palette.BONE_FILL,
        "stroke",
        Palette.BONE_LINE,
        "stroke-width",
        1.2,
        "stroke-linecap",
        "round");
    svg.empty("ellipse", "cx", 298, "cy", 40, "rx", 25, "ry", 22);
    svg.empty("path", "d", "M306 58 Q318 72 324 60", "fill", "none");
    svg.empty("path", "d", "M278 118L288 124L280 160Z");
    for (int k = 0; k < 10; k++) {
      double y = spineY(index(SpinalLevel.T1) + k);
      double x = sideSpineX(index(SpinalLevel.T1) + k);
      svg.empty(
          "path",
          "d",
          "M"
              + n(x)
              + " "
              + n(y)
              + "Q"
              + n(314)
              + " "
              + n(y + 2 + k)
              + " "
              + n(331 + k * 0.4)
              + " "
              + n(Math.min(122 + k * 5, 166)),
          "fill",
          "none");
    }
    svg.empty("path", "d", line(331, 120, 336, 168), "stroke-width", 4);
    svg.empty("path", "d", line(320, 111, 306, 117), "stroke-width", 2.5);
    svg.empty("path", "d", "M290 206Q318 196 318 220Q314 240 300 244L290 236Z");
    svg.empty("path", "d", line(304, 116, 300, 200), "stroke-width", 5);
    svg.empty("path", "d", line(300, 204, 316, 266), "stroke-width", 4);
    svg.empty("path", "d", line(306, 244, 304, 330), "stroke-width", 6);
    svg.empty("path", "d", line(304, 336, 302, 398), "stroke-width", 5);
    svg.empty("ellipse", "cx", 312, "cy", 406, "rx", 13, "ry", 4);
    for (SpinalLevel level : SpinalLevel.values()) {
      if (level == SpinalLevel.OCCIPUT) {
        continue;
      }
      double w = Math.min(vertebraWidth(level), 12);
      svg.empty(
          "rect",
          "x",
          sideSpineX(index(level)) - w / 2,
          "y",
          spineY(level) - 2.5,
          "width",
          w,
          "height",
          5,
          "rx",
          1);
    }
    svg.close("g");
    SpinalLevel[] ticks = {
      SpinalLevel.C1, SpinalLevel.T1, SpinalLevel.L1, SpinalLevel.S1, SpinalLevel.COCCYX
    };
    for (SpinalLevel t : ticks) {
      svg.open(
              "text",
              "x",
              large ? 272 : 252,
              "y",
              spineY(t) + (large ? 4 : 3),
              "font-size",
              large ? DRAWING_TEXT : 7,
              "text-anchor",
              large ? "end" : "start",
              "fill",
              Palette.INK)
          .text(t.label())
          .close("text");
    }
    caption(svg, 300, 424, large ? "Side" : "Side (front of body to the right)", large);
  }

  private static void caption(Svg svg, double x, double y, String text, boolean large) {
    Axis.centred(svg, x, y, large ? DRAWING_TEXT : 9, text);
  }

  private static double mirror(double x, int side) {
    return side < 0 ? x : 2 * FRONT_X - x;
  }

  private static String line(double x1, double y1, double x2, double y2) {
    return "M" + n(x1) + " " + n(y1) + "L" + n(x2) + " " + n(y2);
  }

  private static String n(double v) {
    return Svg.number(v);
  }

  // ---------------------------------------------------------------------------------------------
  // Key

  /** One key entry: its swatch kind, its colour and its text lines. */
  record Entry(String swatch, String colour, List<String> lines) {}

  private static List<Entry> key(boolean lesionsKnown, boolean rtKnown) {
    List<Entry> key = new ArrayList<>();
    key.add(
        new Entry(
            "tier",
            Palette.LOW,
            List.of(
                SinsCategory.STABLE.label(),
                MirelsRecommendation.RADIOTHERAPY_AND_OBSERVATION.label())));
    key.add(
        new Entry(
            "tier",
            Palette.MIDDLE,
            List.of(
                SinsCategory.POTENTIALLY_UNSTABLE.label(),
                MirelsRecommendation.CLINICAL_JUDGEMENT.label())));
    key.add(
        new Entry(
            "tier",
            Palette.HIGH,
            List.of(
                SinsCategory.UNSTABLE.label(),
                MirelsRecommendation.PROPHYLACTIC_FIXATION.label())));
    key.add(new Entry("tier", Palette.GREY, List.of("bounded: inputs missing, category open")));
    key.add(
        new Entry("hollow", Palette.GREY, List.of("not scored (no SINS or Mirels at the site)")));
    key.add(
        new Entry(
            "shapes",
            Palette.INK,
            List.of("circle: spine · square: long bone", "diamond: other bone")));
    key.add(
        new Entry(
            "escc",
            Palette.EMPHASIS,
            List.of(
                "ring: ESCC grade recorded (label gives it)",
                "double ring: cord compressed (2, 3)")));
    key.add(
        new Entry(
            "rt",
            Palette.EMPHASIS,
            List.of(
                rtKnown
                    ? "cross: prior radiotherapy to the site"
                    : "cross: prior radiotherapy (history not recorded)")));
    key.add(
        new Entry(
            "bone",
            Palette.BONE_LINE + " " + Palette.BONE_FILL,
            List.of(
                "skeleton drawing; paired bones have no side",
                "in the data: marked on the left limb")));
    if (!lesionsKnown) {
      key.add(new Entry("none", Palette.INK, List.of("bone lesions not recorded")));
    }
    return key;
  }

  private static void drawKey(Svg svg, List<Entry> key) {
    svg.open("g", "class", "legend");
    heading(svg, KEY_X, 14, "Key");
    double y = 30;
    for (Entry e : key) {
      svg.open("g", "class", "legend-entry", "data-colour", e.colour());
      swatch(svg, e, y);
      for (int i = 0; i < e.lines().size(); i++) {
        svg.open("text", "x", KEY_X + 20, "y", y + i * LINE, "font-size", 9, "fill", Palette.INK)
            .text(e.lines().get(i))
            .close("text");
      }
      svg.close("g");
      y += e.lines().size() * LINE + 4;
    }
    svg.close("g");
  }

  private static void drawList(
      Svg svg, double x0, double top, List<List<List<String>>> columns, boolean full) {
    heading(svg, x0, top, "Lesions");
    svg.open("g", "class", "lesion-list");
    for (int c = 0; c < columns.size(); c++) {
      double x = full ? x0 : COLUMNS[c];
      double ly = top + 14;
      for (List<String> lines : columns.get(c)) {
        for (int i = 0; i < lines.size(); i++) {
          svg.open(
                  "text",
                  "x",
                  x + (i == 0 ? 0 : 8),
                  "y",
                  ly,
                  "font-size",
                  9,
                  "font-weight",
                  full && i == 0 ? "bold" : "normal",
                  "fill",
                  Palette.INK)
              .text(lines.get(i))
              .close("text");
          ly += LINE;
        }
        ly += 3;
      }
    }
    svg.close("g");
  }

  private static void heading(Svg svg, double x, double y, String text) {
    svg.open("text", "x", x, "y", y, "font-size", 10, "font-weight", "bold", "fill", Palette.INK)
        .text(text)
        .close("text");
  }

  private static void swatch(Svg svg, Entry e, double y) {
    double cx = KEY_X + 8;
    double cy = y - 3;
    switch (e.swatch()) {
      case "tier" ->
          svg.empty(
                  "circle",
                  "cx",
                  e.lines().size() > 1 ? cx - 3 : cx - 7,
                  "cy",
                  cy,
                  "r",
                  MARK,
                  "fill",
                  e.colour(),
                  "stroke",
                  Palette.INK,
                  "stroke-width",
                  0.75)
              .empty(
                  "rect",
                  "x",
                  e.lines().size() > 1 ? cx + 3 - MARK : cx + 1,
                  "y",
                  e.lines().size() > 1 ? cy + LINE - MARK : cy - MARK,
                  "width",
                  2 * MARK,
                  "height",
                  2 * MARK,
                  "fill",
                  e.colour(),
                  "stroke",
                  Palette.INK,
                  "stroke-width",
                  0.75);
      case "hollow" ->
          svg.empty(
              "path",
              "d",
              diamond(new Point(cx, cy), MARK + 1),
              "fill",
              "none",
              "stroke",
              e.colour(),
              "stroke-width",
              1.6);
      case "shapes" ->
          svg.empty("circle", "cx", cx - 5, "cy", cy, "r", 3, "fill", "none", "stroke", e.colour())
              .empty(
                  "rect",
                  "x",
                  cx - 1,
                  "y",
                  cy - 3,
                  "width",
                  6,
                  "height",
                  6,
                  "fill",
                  "none",
                  "stroke",
                  e.colour())
              .empty(
                  "path",
                  "d",
                  diamond(new Point(cx, cy + LINE), 4),
                  "fill",
                  "none",
                  "stroke",
                  e.colour());
      case "escc" ->
          svg.empty(
                  "circle", "cx", cx, "cy", cy, "r", MARK + 1, "fill", "none", "stroke", e.colour())
              .empty(
                  "circle",
                  "cx",
                  cx,
                  "cy",
                  cy + LINE,
                  "r",
                  MARK - 1,
                  "fill",
                  "none",
                  "stroke",
                  e.colour())
              .empty(
                  "circle",
                  "cx",
                  cx,
                  "cy",
                  cy + LINE,
                  "r",
                  MARK + 1.5,
                  "fill",
                  "none",
                  "stroke",
                  e.colour());
      case "rt" ->
          svg.empty(
              "path",
              "d",
              "M" + n(cx - 3) + " " + n(cy - 3) + "L" + n(cx + 3) + " " + n(cy + 3) + "M"
                  + n(cx - 3) + " " + n(cy + 3) + "L" + n(cx + 3) + " " + n(cy - 3),
              "stroke",
              e.colour(),
              "stroke-width",
              1.6);
      case "bone" ->
          svg.empty(
              "rect",
              "x",
              cx - 6,
              "y",
              cy - 3,
              "width",
              12,
              "height",
              6,
              "rx",
              2,
              "fill",
              Palette.BONE_FILL,
              "stroke",
              Palette.BONE_LINE);
      default -> {
        // "none": a line of text without a swatch
      }
    }
  }
}
