package org.hccbm.report.svg;

import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs Debian's headless Chromium on a local file, as a person's browser would show and print it: a
 * PNG screenshot and a PDF print. Each run has a new empty profile, no network chatter (the flags
 * the machine notes list for running as root here) and a time limit.
 *
 * <p>When Chromium is absent the browser tests fail in CI ({@code CI} or {@code
 * HCCBM_REQUIRE_CHROMIUM} set in the environment, or the system property {@code
 * hccbm.requireChromium=true}; {@code .ci/run} sets the variable) and are skipped elsewhere.
 *
 * <p>Shared with the cli's browser test through this module's test jar ({@code hccbm-report}, type
 * {@code test-jar}).
 */
public final class Chromium {
  /** Where Debian's chromium package puts the browser. */
  public static final Path BINARY = Path.of("/usr/bin/chromium");

  private static final long TIMEOUT_SECONDS = 90;
  private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");

  private Chromium() {}

  /** Skips the calling test when Chromium is absent, or fails it where the browser is required. */
  public static void require() {
    if (Files.isExecutable(BINARY)) {
      return;
    }
    if (required()) {
      fail(
          BINARY
              + " is missing: the browser checks must run in CI (.ci/run installs Debian's"
              + " chromium package)");
    }
    Assumptions.assumeTrue(false, BINARY + " is missing; browser checks skipped outside CI");
  }

  public static boolean required() {
    return isSet(System.getenv("CI"))
        || isSet(System.getenv("HCCBM_REQUIRE_CHROMIUM"))
        || Boolean.getBoolean("hccbm.requireChromium");
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank() && !value.equalsIgnoreCase("false");
  }

  /**
   * Takes a screenshot of a page.
   *
   * @param page the local HTML or SVG file
   * @param png where to write the screenshot
   * @param width the window width in CSS pixels
   * @param height the window height in CSS pixels
   * @return the screenshot
   */
  public static BufferedImage screenshot(Path page, Path png, int width, int height) {
    run(page, "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath());
    try {
      BufferedImage image = ImageIO.read(png.toFile());
      if (image == null) {
        throw new AssertionError("Chromium wrote no readable PNG at " + png);
      }
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Prints a page to PDF with the page's own print styles, without header and footer.
   *
   * @param page the local HTML file
   * @param pdf where to write the PDF
   * @return the number of pages printed
   */
  public static int printPages(Path page, Path pdf) {
    run(page, "--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath());
    try {
      return pageCount(Files.readAllBytes(pdf));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Counts the page objects of a PDF (dictionaries of type /Page, not /Pages). */
  public static int pageCount(byte[] pdf) {
    Matcher m = PAGE.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    int pages = 0;
    while (m.find()) {
      pages++;
    }
    return pages;
  }

  /**
   * Returns the variance of the pixels' luminance (0–255 scale): 0 for a blank, one-colour image.
   *
   * @param image the image
   * @return the variance
   */
  public static double luminanceVariance(BufferedImage image) {
    double sum = 0;
    double sumSquares = 0;
    long n = (long) image.getWidth() * image.getHeight();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        double l =
            0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff);
        sum += l;
        sumSquares += l * l;
      }
    }
    double mean = sum / n;
    return sumSquares / n - mean * mean;
  }

  /**
   * Counts the pixels within a distance of a colour.
   *
   * @param image the image
   * @param hex the colour, #rrggbb
   * @param tolerance the largest difference per channel
   * @return the count
   */
  public static int pixelsNear(BufferedImage image, String hex, int tolerance) {
    int target = Integer.parseInt(hex.substring(1), 16);
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        if (Math.abs(((rgb >> 16) & 0xff) - ((target >> 16) & 0xff)) <= tolerance
            && Math.abs(((rgb >> 8) & 0xff) - ((target >> 8) & 0xff)) <= tolerance
            && Math.abs((rgb & 0xff) - (target & 0xff)) <= tolerance) {
          count++;
        }
      }
    }
    return count;
  }

  /** Wraps markup in a minimal self-contained page that prints on one A4 page. */
  public static String page(String title, String body) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + com.google.common.html.HtmlEscapers.htmlEscaper().escape(title)
        + "</title><style>@page{size:A4;margin:12mm}html,body{margin:0;background:#fff}"
        + "svg{max-width:100%;height:auto}</style></head><body>"
        + body
        + "</body></html>";
  }

  private static void run(Path page, String... action) {
    Path profile = null;
    try {
      profile = Files.createTempDirectory("hccbm-chromium-");
      Path log = profile.resolveSibling(profile.getFileName() + ".log");
      List<String> command = new ArrayList<>();
      command.add(BINARY.toString());
      command.addAll(
          List.of(
              "--headless",
              "--no-sandbox",
              "--disable-gpu",
              "--disable-quic",
              "--no-first-run",
              "--disable-background-networking",
              "--disable-component-update",
              "--disable-sync",
              "--disable-extensions",
              "--hide-scrollbars",
              "--user-data-dir=" + profile));
      command.addAll(List.of(action));
      command.add(page.toAbsolutePath().toUri().toString());
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new AssertionError("Chromium took over " + TIMEOUT_SECONDS + " s on " + page);
      }
      if (process.exitValue() != 0) {
        throw new AssertionError(
            "Chromium exited with "
                + process.exitValue()
                + " on "
                + page
                + ": "
                + Files.readString(log, StandardCharsets.UTF_8));
      }
      Files.deleteIfExists(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while Chromium ran on " + page, e);
    } finally {
      if (profile != null) {
        deleteTree(profile);
      }
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  // a file Chromium still holds open stays in the temporary directory
                }
              });
    } catch (IOException e) {
      // the profile is in the temporary directory; leaving it behind is harmless
    }
  }
}
