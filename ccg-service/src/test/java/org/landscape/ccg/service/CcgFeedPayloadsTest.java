package org.landscape.ccg.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.landscape.ccg.api.CcgAreaSource;
import org.landscape.ccg.domain.AreaSource;

/** The register's area sources as ccg-api states them, in its feed and its CCG detail. */
class CcgFeedPayloadsTest {

  @ParameterizedTest
  @EnumSource(AreaSource.class)
  void everySourceOfTheRegisterIsTheApiSourceOfTheSameName(AreaSource source) {
    assertThat(CcgChanges.toApi(source).name()).isEqualTo(source.name());
  }

  @Test
  void theApiStatesNoSourceTheRegisterDoesNotHave() {
    assertThat(Arrays.stream(CcgAreaSource.values()).map(Enum::name))
        .containsExactlyElementsOf(Arrays.stream(AreaSource.values()).map(Enum::name).toList());
    assertThat(CcgChanges.toApi(null)).isNull();
  }
}
