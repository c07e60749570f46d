package org.landscape.practice.rest;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.time.AsOf;
import org.landscape.practice.api.OpenPracticeMembership;
import org.landscape.practice.mapping.PracticeMapper;
import org.landscape.practice.service.PracticeService;

@Path("/memberships")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Practices")
public class MembershipResource {

  @Inject PracticeService practices;

  @GET
  @Operation(
      summary = "Every practice open on a date, with its CCG then",
      description =
          "For checks across services (the consistency report). Sorted by practice code; a practice"
              + " without a CCG on the date has no ccgCode.")
  public Page<OpenPracticeMembership> openPractices(
      @QueryParam("asOf") @Parameter(example = "2015-06-01") LocalDate asOf,
      @BeanParam @Valid PageRequest page) {
    return practices
        .openPracticesWithMembership(AsOf.orToday(asOf), page)
        .map(PracticeMapper::toOpenPracticeMembership);
  }
}
