package org.landscape.ccg.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bodies of ccg-service's writes that its peers send ({@link CcgWriteClient}), validated by
 * ccg-service as they stand here.
 */
public final class CcgWrites {

  private CcgWrites() {}

  /** A CCG's ODS code, as ccg-service checks it. */
  public static final String CODE = "[0-9]{2}[A-Z]|[A-Z0-9]{5}";

  public static final String CODE_MESSAGE =
      "must be a CCG's ODS code: two digits and a letter (00C) or five characters (M1J4Y)";

  static final String ONS_CCG = "E38\\d{6}";
  static final String ONS_CCG_MESSAGE = "must be a CCG's ONS code (E38 and six digits)";

  @Schema(name = "NewCcg", description = "A CCG to add to the register")
  public record NewCcg(
      @NotNull(message = "is required")
          @Pattern(regexp = CODE, message = CODE_MESSAGE)
          @Schema(example = "99Z", required = true)
          String code,
      @Pattern(regexp = ONS_CCG, message = ONS_CCG_MESSAGE) @Schema(example = "E38000999")
          String onsCode,
      @NotBlank(message = "is required")
          @Size(max = 200, message = "must be at most 200 characters")
          @Schema(example = "NHS Example", required = true)
          String name,
      @NotNull(message = "is required")
          @Schema(description = "First operational day", example = "2013-04-01", required = true)
          LocalDate openDate,
      @Schema(description = "First day no longer operational", example = "2020-04-01")
          LocalDate closeDate) {}

  @Schema(
      name = "CcgChanges",
      description = "The new state of a CCG's own fields (a full replacement)")
  public record CcgUpdate(
      @Pattern(regexp = ONS_CCG, message = ONS_CCG_MESSAGE) @Schema(example = "E38000999")
          String onsCode,
      @NotBlank(message = "is required")
          @Size(max = 200, message = "must be at most 200 characters")
          @Schema(example = "NHS Example", required = true)
          String name,
      @NotNull(message = "is required") @Schema(example = "2013-04-01", required = true)
          LocalDate openDate,
      @Schema(example = "2020-04-01") LocalDate closeDate) {}

  @Schema(name = "SuccessorRequest", description = "A successor of this CCG")
  public record SuccessorRequest(
      @NotNull(message = "is required")
          @Pattern(regexp = CODE, message = CODE_MESSAGE)
          @Schema(example = "13T", required = true)
          String successorCode,
      @NotNull(message = "is required")
          @Schema(
              description = "The successor's first day",
              example = "2015-04-01",
              required = true)
          LocalDate effectiveDate) {}

  @Schema(name = "AreaAuthority", description = "A council the CCG covers, with shares where known")
  public record AreaAuthority(
      @NotNull(message = "is required")
          @Pattern(
              regexp = "E(06|08|09|10)\\d{6}",
              message =
                  "must be the ONS code of an upper-tier council (E06, E08, E09, E10), where boards sit")
          @Schema(example = "E08000021", required = true)
          String localAuthorityCode,
      @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
          @DecimalMax(value = "1", message = "must be at most 1")
          @Schema(example = "0.5")
          BigDecimal shareOfCcg,
      @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
          @DecimalMax(value = "1", message = "must be at most 1")
          @Schema(example = "0.45")
          BigDecimal shareOfAuthority) {}

  @Schema(
      name = "AreaRequest",
      description = "The CCG's area over a period; replaces what it covered then")
  public record AreaRequest(
      @NotNull(message = "is required") @Schema(example = "2016-04-01", required = true)
          LocalDate validFrom,
      @Schema(example = "2018-04-01") LocalDate validTo,
      @NotEmpty(message = "must name at least one council")
          @Size(max = 50, message = "must name at most 50 councils")
          List<@Valid @NotNull(message = "must not be null") AreaAuthority> authorities) {}
}
