package org.landscape.commissioning.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.commissioning.domain.CommissionerKind;
import org.landscape.commissioning.domain.ContractState;
import org.landscape.commissioning.domain.ContractStatus;
import org.landscape.common.changefeed.ChangeType;

/** The representations of contracts. */
public final class ContractViews {

  private ContractViews() {}

  @Schema(name = "Commissioner", description = "A commissioner, with its name where known")
  public record CommissionerView(
      @Schema(example = "CCG") CommissionerKind kind,
      @Schema(example = "00C") String code,
      @Schema(example = "NHS Darlington CCG") String name) {}

  @Schema(name = "Contract", description = "A commissioning contract over [startDate, endDate)")
  public record ContractView(
      @Schema(example = "00C-RX1-2013-ELECTIVE") String reference,
      CommissionerView commissioner,
      @Schema(example = "RX1") String providerCode,
      @Schema(example = "ELECTIVE_HOSPITAL_CARE") String category,
      @Schema(description = "In pounds, exact to the penny", example = "365000.00")
          BigDecimal value,
      @Schema(example = "2013-10-01") LocalDate startDate,
      @Schema(description = "First day no longer in force", example = "2014-10-01")
          LocalDate endDate,
      @Schema(description = "Lifecycle: DRAFT, ACTIVE, TERMINATED or NOVATED", example = "ACTIVE")
          ContractStatus status,
      @Schema(description = "The date `state` is given for", example = "2015-01-01") LocalDate asOf,
      @Schema(
              description =
                  "Standing on asOf: EXPIRED once asOf reaches the end date; TERMINATED or NOVATED once it reaches that date",
              example = "EXPIRED")
          ContractState state,
      @Schema(
              description = "First day no longer in force after termination",
              example = "2015-01-01")
          LocalDate terminatedOn,
      @Schema(example = "Service decommissioned after review") String terminationReason,
      @Schema(description = "First day of the successor contract", example = "2015-04-01")
          LocalDate novatedOn,
      @Schema(
              description = "The contract that continued this one after novation",
              example = "13T-RX1-2015-ELECTIVE")
          String successorReference,
      @Schema(
              description = "The contract this one continues after novation",
              example = "00F-RX1-2014-ELECTIVE")
          String predecessorReference,
      @Schema(description = "Send as If-Match (quoted) to change it", example = "0")
          long version) {}

  @Schema(
      name = "NovationResult",
      description = "The original contract, now ended, and the successor that continues it")
  public record NovationResult(ContractView original, ContractView successor) {}

  @Schema(name = "ContractChange", description = "One change to a contract, from the change feed")
  public record HistoryEntry(
      @Schema(example = "42") long sequence,
      OffsetDateTime occurredAt,
      @Schema(example = "UPDATED") ChangeType changeType,
      @JsonRawValue @Schema(description = "The contract after the change", type = SchemaType.OBJECT)
          String contract) {}
}
