/** Optional Jackson 2 module that reads patients and writes hccbm results. */
module org.hccbm.jackson {
  requires transitive org.hccbm.core;
  requires transitive org.hccbm.models;
  requires transitive org.hccbm.imaging;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.hccbm.jackson;

  provides com.fasterxml.jackson.databind.Module with
      org.hccbm.jackson.HccbmJacksonModule;
}
