package org.hccbm.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The library version, read from a resource the build writes (never hand-edited code).
 *
 * @since 0.1.0
 */
public final class HccbmVersion {
  private static final String RESOURCE = "/org/hccbm/core/hccbm-version.properties";
  private static final String VERSION = load();

  private HccbmVersion() {}

  /**
   * Returns the version of this build, e.g. "0.1.0".
   *
   * @return the version
   */
  public static String current() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = HccbmVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing build resource " + RESOURCE);
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version");
      if (version == null || version.isBlank() || version.startsWith("${")) {
        throw new IllegalStateException("build resource " + RESOURCE + " holds no version");
      }
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
