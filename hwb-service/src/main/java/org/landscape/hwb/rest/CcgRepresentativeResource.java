package org.landscape.hwb.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.time.AsOf;
import org.landscape.hwb.domain.BoardMember;
import org.landscape.hwb.repository.BoardMemberRepository;

@Path("/ccg-representatives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Board membership")
public class CcgRepresentativeResource {

  @Schema(name = "CcgRepresentative", description = "A board seat held for a CCG on the date")
  public record CcgRepresentativeView(
      @Schema(description = "The board's hosting council", example = "E08000021") String boardCode,
      @Schema(example = "13T") String ccgCode,
      @Schema(example = "Dr A Example") String personName,
      @Schema(example = "2015-04-01") LocalDate since) {}

  @Inject BoardMemberRepository members;

  @GET
  @Operation(
      summary = "Every board's CCG representatives on a date",
      description =
          "For checks across services (the consistency report): one list for all boards, sorted by"
              + " board and CCG. Does not call ccg-service.")
  public Page<CcgRepresentativeView> onDate(
      @QueryParam("asOf") @Parameter(example = "2015-06-01") LocalDate asOf,
      @BeanParam @Valid PageRequest page) {
    return members
        .ccgRepresentativesOn(AsOf.orToday(asOf), page)
        .map(
            row -> {
              BoardMember seat = (BoardMember) row[1];
              return new CcgRepresentativeView(
                  (String) row[0], seat.ccgCode, seat.personName, seat.validFrom);
            });
  }
}
