package org.landscape.ccg.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /ccgs/lookup}: which of these codes are operational on a date, and where. */
public final class CcgLookup {

  /** The most codes one look-up may name. */
  public static final int MAX_CODES = 1000;

  private CcgLookup() {}

  /** What a caller asks (the provider validates its own request body of the same shape). */
  public record Request(LocalDate date, List<String> codes) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @Schema(name = "LookupResponse")
  public record Response(LocalDate date, List<Result> results) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @Schema(name = "LookupIcb")
  public record CodeAndName(
      @Schema(example = "QHM") String code,
      @Schema(example = "NHS North East and North Cumbria ICB") String name) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @Schema(name = "LookupAuthority")
  public record Authority(
      @Schema(example = "E08000037") String code,
      BigDecimal shareOfCcg,
      BigDecimal shareOfAuthority) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @Schema(name = "LookupResult", description = "One asked-for code")
  public record Result(
      @Schema(example = "00F") String code,
      @Schema(description = "Whether the register knows the code") boolean known,
      @Schema(example = "NHS Gateshead") String name,
      @Schema(example = "OPERATIONAL") CcgStatus status,
      boolean operational,
      LocalDate openDate,
      LocalDate closeDate,
      @Schema(description = "The councils it covers on the date") List<Authority> localAuthorities,
      @Schema(
              description =
                  "The most advanced stage before becoming operational it was in on the date;"
                      + " absent when none",
              example = "PATHFINDER")
          CcgStage stage,
      @Schema(
              description = "A CCG, or from 2022-07-01 a sub-ICB location, on the date",
              example = "CCG")
          CommissionerKind kind,
      @Schema(description = "As a sub-ICB location: its ICB on the date") CodeAndName icb) {

    /** A CCG before the ICB era, perhaps in a stage. */
    public Result(
        String code,
        boolean known,
        String name,
        CcgStatus status,
        boolean operational,
        LocalDate openDate,
        LocalDate closeDate,
        List<Authority> localAuthorities,
        CcgStage stage) {
      this(
          code,
          known,
          name,
          status,
          operational,
          openDate,
          closeDate,
          localAuthorities,
          stage,
          CommissionerKind.CCG,
          null);
    }

    /** A code in no stage before becoming operational on the date. */
    public Result(
        String code,
        boolean known,
        String name,
        CcgStatus status,
        boolean operational,
        LocalDate openDate,
        LocalDate closeDate,
        List<Authority> localAuthorities) {
      this(code, known, name, status, operational, openDate, closeDate, localAuthorities, null);
    }

    /** What the register answers for a code it does not know. */
    public static Result unknown(String code) {
      return new Result(code, false, null, null, false, null, null, List.of());
    }

    /** Whether it is operational on every day of {@code [from, to)}. */
    public boolean operationalThroughout(LocalDate from, LocalDate to) {
      return known
          && (openDate == null || !from.isBefore(openDate))
          && (closeDate == null || !to.isAfter(closeDate));
    }

    /** The codes of the councils it covers on the date. */
    @JsonIgnore
    public List<String> authorityCodes() {
      return localAuthorities == null
          ? List.of()
          : localAuthorities.stream().map(Authority::code).toList();
    }

    /** The share of the council's area this CCG covers, when the register knows it. */
    public Optional<BigDecimal> shareOf(String authorityCode) {
      return localAuthorities == null
          ? Optional.empty()
          : localAuthorities.stream()
              .filter(area -> authorityCode.equals(area.code()))
              .map(Authority::shareOfAuthority)
              .filter(Objects::nonNull)
              .findFirst();
    }
  }
}
