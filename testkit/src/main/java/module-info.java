/**
 * Fixtures, edge cases, the specs' worked examples as data, profiled generators and a shrinking
 * property check, for test authors.
 */
module org.hccbm.testkit {
  requires transitive org.hccbm.core;
  requires transitive org.hccbm.models;
  requires transitive org.hccbm.imaging;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.hccbm.testkit;
}
