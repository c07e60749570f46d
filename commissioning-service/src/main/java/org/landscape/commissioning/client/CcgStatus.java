package org.landscape.commissioning.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What ccg-service says of one CCG code on a date: its period and the councils it covers. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CcgStatus(
    String code,
    boolean known,
    String name,
    LocalDate openDate,
    LocalDate closeDate,
    List<AreaShare> localAuthorities) {

  /** A council the CCG covers, with the share of the council's area it covers (when known). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record AreaShare(String code, BigDecimal shareOfCcg, BigDecimal shareOfAuthority) {}

  public static CcgStatus unknown(String code) {
    return new CcgStatus(code, false, null, null, null, List.of());
  }

  /** Whether it is operational on every day of {@code [from, to)}. */
  public boolean operationalThroughout(LocalDate from, LocalDate to) {
    return known
        && (openDate == null || !from.isBefore(openDate))
        && (closeDate == null || !to.isAfter(closeDate));
  }

  /** The share of the council's area this CCG covers, when ccg-service knows it. */
  public Optional<BigDecimal> shareOf(String authorityCode) {
    return localAuthorities == null
        ? Optional.empty()
        : localAuthorities.stream()
            .filter(area -> authorityCode.equals(area.code()))
            .map(AreaShare::shareOfAuthority)
            .filter(Objects::nonNull)
            .findFirst();
  }
}
