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
      description = "With the date each joined. Default date: today.")
  public Page<PracticeViews.MemberPracticeView> members(
      @PathParam("ccgCode")
          @Pattern(regexp = PracticeRequests.CCG_CODE, message = PracticeRequests.CCG_MESSAGE)
          @Parameter(example = "00C")
          String ccgCode,
      @QueryParam("asOf") @Parameter(example = "2014-01-01") LocalDate asOf,
      @BeanParam @Valid PageRequest page) {
    return practices.membersOf(ccgCode, AsOf.orToday(asOf), page).map(PracticeMapper::toMemberView);
  }
}
