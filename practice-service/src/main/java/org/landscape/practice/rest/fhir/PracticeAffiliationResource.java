package org.landscape.practice.rest.fhir;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.OrganizationAffiliation;
import org.landscape.common.paging.Page;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.time.AsOf;
import org.landscape.fhir.FhirMediaTypes;
import org.landscape.fhir.codes.NhsSystems;
import org.landscape.fhir.search.BooleanParameter;
import org.landscape.fhir.search.DateParameter;
import org.landscape.fhir.search.FhirPaging;
import org.landscape.fhir.search.SearchBundles;
import org.landscape.fhir.search.TokenParameter;
import org.landscape.practice.domain.Membership;
import org.landscape.practice.domain.MembershipFilter;
import org.landscape.practice.service.PracticeService;

/**
 * Practices' commissioner memberships as FHIR OrganizationAffiliations (RE4 "is commissioned by"):
 * read, and search by practice, commissioner, active and date.
 */
@Path("/fhir/OrganizationAffiliation")
@Produces({
  FhirMediaTypes.FHIR_JSON,
  MediaType.APPLICATION_JSON,
  FhirMediaTypes.FHIR_XML,
  MediaType.APPLICATION_XML
})
@Tag(name = FhirResponses.TAG)
public class PracticeAffiliationResource {

  @Inject PracticeService practices;
  @Inject UriInfo uri;

  @GET
  @Path("/{id}")
  @Operation(
      summary = "Read a practice's membership of a commissioner",
      description =
          "The id names the practice, the CCG and the first day: A81001-00K-2013-04-01. active"
              + " tells whether the membership holds on date.")
  @APIResponse(
      responseCode = "200",
      description = FhirResponses.AFFILIATION,
      content =
          @Content(
              mediaType = FhirMediaTypes.FHIR_JSON,
              schema = @Schema(type = SchemaType.OBJECT, description = FhirResponses.AFFILIATION)))
  public Response read(
      @PathParam("id") @Parameter(example = "A81001-00K-2013-04-01") String id,
      @QueryParam("date") @Parameter(description = FhirResponses.DATE, example = "2014-10-01")
          String date) {
    LocalDate asOf = AsOf.orToday(DateParameter.parse("date", date));
    CommissionerAffiliations.Key key =
        CommissionerAffiliations.key(id)
            .orElseThrow(() -> ProblemException.notFound("OrganizationAffiliation", id));
    Membership membership = practices.membership(key.practiceCode(), key.ccgCode(), key.from());
    return Response.ok(CommissionerAffiliations.of(membership, asOf)).build();
  }

  @GET
  @Operation(
      summary = "Search practices' memberships of commissioners",
      description =
          "participating-organization (the practice) and primary-organization (the CCG), each an"
              + " ODS code or system|code; date: memberships that hold on that day; active: those"
              + " that hold (or not) on date, default today. Sorted by practice, oldest first.")
  @APIResponse(
      responseCode = "200",
      description = FhirResponses.BUNDLE,
      content =
          @Content(
              mediaType = FhirMediaTypes.FHIR_JSON,
              schema = @Schema(type = SchemaType.OBJECT, description = FhirResponses.BUNDLE)))
  public Response search(
      @QueryParam("participating-organization") @Parameter(example = "A81001") String participating,
      @QueryParam("primary-organization") @Parameter(example = "00K") String primary,
      @QueryParam("active") @Parameter(example = "true") String active,
      @QueryParam("date")
          @Parameter(description = "Memberships holding on this day", example = "2014-10-01")
          String date,
      @QueryParam("_count") @Parameter(example = "50") String count,
      @QueryParam("_offset") @Parameter(example = "0") String offset,
      @QueryParam("_summary") @Parameter(example = "count") String summary) {
    FhirPaging paging = FhirPaging.of(count, offset, summary);
    LocalDate day = DateParameter.parse("date", date);
    LocalDate asOf = AsOf.orToday(day);
    Boolean holds = BooleanParameter.parse("active", active);
    String practice = odsCode("participating-organization", participating);
    String ccg = odsCode("primary-organization", primary);
    if ((participating != null && practice == null) || (primary != null && ccg == null)) {
      return Response.ok(SearchBundles.searchset(uri, paging, 0, List.of())).build();
    }
    MembershipFilter filter =
        new MembershipFilter(
            practice,
            ccg,
            day != null ? day : Boolean.TRUE.equals(holds) ? asOf : null,
            Boolean.FALSE.equals(holds) ? asOf : null);
    Page<Membership> found = practices.memberships(filter, paging.pageRequest());
    List<OrganizationAffiliation> matches =
        found.items().stream().map(m -> CommissionerAffiliations.of(m, asOf)).toList();
    return Response.ok(SearchBundles.searchset(uri, paging, found.total(), matches)).build();
  }

  /**
   * The ODS code a reference parameter names: {@code A81001}, {@code Organization/A81001} or {@code
   * <ODS system>|A81001}; null when it names an organisation by another system.
   */
  private static String odsCode(String name, String value) {
    if (value == null) {
      return null;
    }
    String reference = value.strip();
    if (reference.startsWith("Organization/")) {
      reference = reference.substring("Organization/".length());
    }
    TokenParameter token = TokenParameter.parse(name, reference);
    if (token.code() == null
        || !(token.anySystem() || NhsSystems.ODS_ORGANISATION_CODE.equals(token.system()))) {
      return null;
    }
    return token.code().toUpperCase(Locale.ROOT);
  }
}
