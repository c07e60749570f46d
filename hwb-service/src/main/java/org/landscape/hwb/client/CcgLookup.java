package org.landscape.hwb.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** ccg-service's bulk look-up: many codes on one date, in one call. */
public final class CcgLookup {

  private CcgLookup() {}

  public record Request(LocalDate date, Collection<String> codes) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Response(LocalDate date, List<Result> results) {}

  /** One asked-for code: whether it is known, operational on the date, and where it is. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Result(
      String code,
      boolean known,
      String name,
      boolean operational,
      LocalDate openDate,
      LocalDate closeDate,
      List<Authority> localAuthorities) {

    public List<String> authorityCodes() {
      return localAuthorities == null
          ? List.of()
          : localAuthorities.stream().map(Authority::code).toList();
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Authority(String code) {}
}
