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
    assertThat(SpecialFunctions.logGamma(0.5))
        .isCloseTo(Math.log(Math.sqrt(Math.PI)), within(1e-14));
  }

  @Test
  void regularizedBeta_knownValues() {
    // I_x(1, 1) = x; I_x(a, 1) = x^a; I_0.5(a, a) = 0.5
    assertThat(SpecialFunctions.regularizedBeta(0.3, 1, 1)).isCloseTo(0.3, within(1e-15));
    assertThat(SpecialFunctions.regularizedBeta(0.7, 3, 1)).isCloseTo(0.343, within(1e-14));
    assertThat(SpecialFunctions.regularizedBeta(0.5, 7.5, 7.5)).isCloseTo(0.5, within(1e-14));
    assertThat(SpecialFunctions.betaQuantile(0.025, 8, 1))
        .isCloseTo(Math.pow(0.025, 1.0 / 8), within(1e-13));
  }

  // Reference values from SciPy 1.17 (scipy.special.erf/erfc/gammaln/betainc/betaincinv,
  // scipy.stats.norm.ppf), computed independently of this implementation.
  @Test
  void erf_erfc_bothSidesOfTheSeriesToContinuedFractionSwitchAt3() {
    assertThat(SpecialFunctions.erf(3.0)).isCloseTo(0.9999779095030014, within(1e-15));
    assertThat(SpecialFunctions.erf(-4.0)).isCloseTo(-0.9999999845827421, within(1e-15));
    // Below 3, erfc is 1 − erf: absolute error ~1e-16, relative error ~5e-10 at 2.9.
    assertThat(SpecialFunctions.erfc(2.9)).isCloseTo(4.109787809945884e-05, within(1e-13));
    assertThat(SpecialFunctions.erfc(6.0)).isCloseTo(2.1519736712498913e-17, within(1e-29));
    assertThat(SpecialFunctions.erfc(-3.5)).isCloseTo(1.9999992569016276, within(1e-15));
  }

  @Test
  void logGamma_reflectionBelowHalf_andLargeArguments() {
    assertThat(SpecialFunctions.logGamma(0.25)).isCloseTo(1.2880225246980774, within(1e-13));
    assertThat(SpecialFunctions.logGamma(0.1)).isCloseTo(2.252712651734206, within(1e-13));
    assertThat(SpecialFunctions.logGamma(150.5)).isCloseTo(602.5139548705853, within(1e-10));
  }

  @Test
  void normalQuantile_farTailsAndBelowHalf() {
    assertThat(SpecialFunctions.normalQuantile(1e-10)).isCloseTo(-6.361340902404056, within(1e-9));
    assertThat(SpecialFunctions.normalQuantile(0.999)).isCloseTo(3.090232306167813, within(1e-12));
    assertThat(SpecialFunctions.normalQuantile(0.3)).isCloseTo(-0.5244005127080409, within(1e-13));
  }

  @Test
  void betaQuantile_andRegularizedBeta_againstReferenceValues() {
    assertThat(SpecialFunctions.betaQuantile(0.025, 45, 6))
        .isCloseTo(0.7818646335657977, within(1e-10));
    assertThat(SpecialFunctions.betaQuantile(0.975, 3, 40))
        .isCloseTo(0.16164195969165393, within(1e-10));
    assertThat(SpecialFunctions.betaQuantile(0.1, 0.5, 0.5))
        .isCloseTo(0.024471741852423214, within(1e-10));
    assertThat(SpecialFunctions.regularizedBeta(0.81, 12.5, 3.2))
        .isCloseTo(0.5042372620381754, within(1e-12));
  }
}
