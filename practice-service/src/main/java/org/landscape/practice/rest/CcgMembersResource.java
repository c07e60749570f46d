package org.landscape.practice.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.time.AsOf;
import org.landscape.practice.mapping.PracticeMapper;
import org.landscape.practice.service.PracticeService;

@Path("/ccgs/{ccgCode}/practices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Practices")
public class CcgMembersResource {

  @Inject PracticeService practices;

  @GET
  @Operation(
      summary = "The member practices of a CCG on a date",
      description =
          "With the date each joined. Default date: today. With knownAt, the members as the suite"
              + " had recorded them by that instant.")
  public Page<PracticeViews.MemberPracticeView> members(
      @PathParam("ccgCode")
          @Pattern(regexp = PracticeRequests.CCG_CODE, message = PracticeRequests.CCG_MESSAGE)
          @Parameter(example = "00C")
          String ccgCode,
      @QueryParam("asOf") @Parameter(example = "2014-01-01") LocalDate asOf,
      @QueryParam("knownAt")
          @Parameter(
              description = "What had been recorded by this instant; now when absent",
              example = "2026-01-01T00:00:00Z")
          Instant knownAt,
      @BeanParam @Valid PageRequest page) {
    LocalDate date = AsOf.orToday(asOf);
    return (knownAt == null
            ? practices.membersOf(ccgCode, date, page)
            : practices.membersOf(ccgCode, date, knownAt, page))
        .map(PracticeMapper::toMemberView);
  }
}
