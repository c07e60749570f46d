package org.landscape.ccg.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.ccg.domain.CcgStatus;

public final class LookupViews {

  private LookupViews() {}

  @Schema(name = "LookupAuthority")
  public record Authority(
      @Schema(example = "E08000037") String code,
      BigDecimal shareOfCcg,
      BigDecimal shareOfAuthority) {}

  @Schema(name = "LookupResult", description = "One asked-for code")
  public record Result(
      @Schema(example = "00F") String code,
      @Schema(description = "Whether the register knows the code") boolean known,
      @Schema(example = "NHS Gateshead") String name,
      @Schema(example = "OPERATIONAL") CcgStatus status,
      boolean operational,
      LocalDate openDate,
      LocalDate closeDate,
      @Schema(description = "The councils it covers on the date")
          List<Authority> localAuthorities) {}

  @Schema(name = "LookupResponse")
  public record Response(LocalDate date, List<Result> results) {}
}
