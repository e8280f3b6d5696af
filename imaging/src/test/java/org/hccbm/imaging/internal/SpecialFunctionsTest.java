package org.hccbm.imaging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpecialFunctionsTest {
  @Test
  void normalQuantile_975_is1point959964() {
    assertThat(SpecialFunctions.normalQuantile(0.975)).isCloseTo(1.959963984540054, within(1e-12));
    assertThat(SpecialFunctions.normalQuantile(0.025)).isCloseTo(-1.959963984540054, within(1e-12));
    assertThat(SpecialFunctions.normalQuantile(0.5)).isCloseTo(0.0, within(1e-15));
    assertThat(SpecialFunctions.normalQuantile(0.995)).isCloseTo(2.5758293035489, within(1e-11));
  }

  @Test
  void erf_knownValues() {
    assertThat(SpecialFunctions.erf(1.0)).isCloseTo(0.8427007929497149, within(1e-15));
    assertThat(SpecialFunctions.erf(-0.5)).isCloseTo(-0.5204998778130465, within(1e-15));
    assertThat(SpecialFunctions.erfc(3.5)).isCloseTo(7.430983723414128e-07, within(1e-19));
    assertThat(SpecialFunctions.normalCdf(1.959963984540054)).isCloseTo(0.975, within(1e-15));
  }

  @Test
  void logGamma_knownValues() {
    assertThat(SpecialFunctions.logGamma(1)).isCloseTo(0, within(1e-14));
    assertThat(SpecialFunctions.logGamma(10)).isCloseTo(Math.log(362880), within(1e-12));
    assertThat(SpecialFunctions.logGamma(0.5)).isCloseTo(Math.log(Math.sqrt(Math.PI)), within(1e-14));
  }

  @Test
  void regularizedBeta_knownValues() {
    // I_x(1, 1) = x; I_x(a, 1) = x^a; I_0.5(a, a) = 0.5
    assertThat(SpecialFunctions.regularizedBeta(0.3, 1, 1)).isCloseTo(0.3, within(1e-15));
    assertThat(SpecialFunctions.regularizedBeta(0.7, 3, 1)).isCloseTo(0.343, within(1e-14));
    assertThat(SpecialFunctions.regularizedBeta(0.5, 7.5, 7.5)).isCloseTo(0.5, within(1e-14));
    assertThat(SpecialFunctions.betaQuantile(0.025, 8, 1)).isCloseTo(Math.pow(0.025, 1.0 / 8), within(1e-13));
  }
}
