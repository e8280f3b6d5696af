/** Fixtures, published cases and seeded generators for test authors. */
module org.hccbm.testkit {
  requires transitive org.hccbm.core;
  requires transitive org.hccbm.models;
  requires transitive org.hccbm.imaging;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.hccbm.testkit;
}
