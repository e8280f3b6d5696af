package org.hccbm.core.result;

/**
 * The coded value of each enum constant, built once per enum: {@link Class#getSimpleName} reads
 * reflection data on every call (and rebuilds it after a collection clears it), and coded values
 * are built on every evaluation. A coded value is immutable, so one instance serves every result.
 */
final class EnumNames {
  private static final ClassValue<Value.Coded[]> CODED =
      new ClassValue<>() {
        @Override
        protected Value.Coded[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          Value.Coded[] coded = new Value.Coded[constants.length];
          for (int i = 0; i < constants.length; i++) {
            coded[i] = new Value.Coded(type.getSimpleName(), ((Enum<?>) constants[i]).name());
          }
          return coded;
        }
      };

  private EnumNames() {}

  /** The coded value of a constant: its enum's simple name and its name, e.g. Sex FEMALE. */
  @SuppressWarnings("EnumOrdinal") // the index of the constant in its enum's own table
  static Value.Coded coded(Enum<?> value) {
    return CODED.get(value.getDeclaringClass())[value.ordinal()];
  }
}
