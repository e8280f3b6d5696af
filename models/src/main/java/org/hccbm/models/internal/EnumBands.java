package org.hccbm.models.internal;

import java.util.List;
import org.hccbm.core.result.Band;

/**
 * The band of each enum constant (a band of that one value) and each enum's simple name, built once
 * per enum: {@link Class#getSimpleName} reads reflection data on every call, and bands are built
 * for every completion of every bounded result. Bands are immutable, so one serves every result.
 */
final class EnumBands {
  private static final ClassValue<Band.Values[]> BANDS =
      new ClassValue<>() {
        @Override
        protected Band.Values[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          Band.Values[] bands = new Band.Values[constants.length];
          for (int i = 0; i < constants.length; i++) {
            bands[i] =
                new Band.Values(type.getSimpleName(), List.of(((Enum<?>) constants[i]).name()));
          }
          return bands;
        }
      };

  private static final ClassValue<String> NAMES =
      new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
          return type.getSimpleName();
        }
      };

  private static final Band.Answer YES = new Band.Answer(true);
  private static final Band.Answer NO = new Band.Answer(false);

  private EnumBands() {}

  /** The band of one constant: its enum's simple name and its name. */
  @SuppressWarnings("EnumOrdinal") // the index of the constant in its enum's own table
  static Band.Values band(Enum<?> value) {
    return BANDS.get(value.getDeclaringClass())[value.ordinal()];
  }

  /** The yes/no band of an answer. */
  static Band.Answer answer(boolean yes) {
    return yes ? YES : NO;
  }

  /** The simple name of a class, e.g. "BclcStage". */
  static String simpleName(Class<?> type) {
    return NAMES.get(type);
  }
}
