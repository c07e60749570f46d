package org.landscape.commissioning.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.commissioning.domain.Arrangement;
import org.landscape.commissioning.domain.CcgResponsibility;
import org.landscape.commissioning.domain.CommissionerKind;

/** Service categories and the rules of who may commission them. */
public final class RuleViews {

  private RuleViews() {}

  @Schema(name = "ServiceCategory", description = "A category of health service")
  public record CategoryView(
      @Schema(example = "URGENT_AND_EMERGENCY_CARE") String code,
      @Schema(example = "urgent and emergency care") String name,
      @Schema(example = "A&E, ambulances, urgent care and out-of-hours services")
          String description,
      @Schema(
              description =
                  "When a CCG commissions it: the patient's registration (else residence) or where they are present decides which CCG",
              example = "PRESENCE")
          CcgResponsibility ccgResponsibility) {}

  @Schema(
      name = "CommissioningRule",
      description = "A kind of commissioner may commission a category over [validFrom, validTo)")
  public record RuleView(
      @Schema(example = "14") long id,
      @Schema(example = "GENERAL_PRACTICE") String category,
      @Schema(example = "CCG") CommissionerKind commissionerKind,
      @Schema(example = "DELEGATED") Arrangement arrangement,
      @Schema(example = "2015-04-01") LocalDate validFrom,
      @Schema(description = "First day no longer valid; absent while open") LocalDate validTo,
      @Schema(example = "Co-commissioning: delegated responsibility for primary medical care")
          String note) {}
}
