package org.landscape.hwb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A district names its county; every other council is its own upper tier; dates are ordered. */
class CouncilUpperTierTest {

  /** The register's only county: Kent. */
  private static final Set<String> COUNTIES = Set.of("E10000016");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      nullValues = "-",
      quoteCharacter = '"',
      textBlock =
          """
          # scenario; kind; upperTierCode; validFrom; validTo; violations (field=message|...)
          a district naming its county is fine; DISTRICT; E10000016; -; -; -
          a district naming no county is refused; DISTRICT; -; -; -; upperTierCode=is required for a district: its county
          a district naming a county not in the register is refused; DISTRICT; E10000099; -; -; upperTierCode=must name a county in the register: E10000099 is not one
          a unitary council naming no upper tier is fine; UNITARY; -; -; -; -
          a county naming an upper tier is refused; COUNTY; E10000016; -; -; upperTierCode=must be absent: only a district has an upper-tier council
          a London borough naming an upper tier is refused; LONDON_BOROUGH; E10000016; -; -; upperTierCode=must be absent: only a district has an upper-tier council
          a council ending the day after it starts is fine; METROPOLITAN_BOROUGH; -; 2013-04-01; 2013-04-02; -
          a council ending on the day it starts is refused; METROPOLITAN_BOROUGH; -; 2013-04-01; 2013-04-01; validTo=must be after validFrom
          a council ending with no known start is fine; UNITARY; -; -; 2019-04-01; -
          a district without county and with disordered dates gets both; DISTRICT; -; 2013-04-01; 2012-04-01; upperTierCode=is required for a district: its county|validTo=must be after validFrom
          """)
  void a_councils_record_keeps_its_tier(
      String scenario,
      LocalAuthorityKind kind,
      String upperTierCode,
      LocalDate validFrom,
      LocalDate validTo,
      String violations) {
    assertThat(CouncilUpperTier.check(kind, upperTierCode, validFrom, validTo, COUNTIES::contains))
        .containsExactlyElementsOf(BoardSeatRulesTest.expected(violations));
  }
}
