package org.hccbm.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A diameter keeps the unit it was given (the JSON writer writes it back in that unit). */
class DiameterUnitTest {
  @Test
  void unit_isTheOneGiven() {
    assertThat(Diameter.cm(2.5).unit()).isEqualTo("cm");
    assertThat(Diameter.mm(25).unit()).isEqualTo("mm");
    assertThat(Diameter.cm(2.5).toString()).endsWith(Diameter.cm(2.5).unit());
    assertThat(Diameter.mm(25).toString()).endsWith(Diameter.mm(25).unit());
  }
}
