package org.landscape.ccg.rest.fhir;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.OrganizationAffiliation;
import org.landscape.ccg.domain.Icb;
import org.landscape.ccg.service.OrganisationRegister;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.time.AsOf;
import org.landscape.fhir.FhirMediaTypes;
import org.landscape.fhir.search.BooleanParameter;
import org.landscape.fhir.search.DateParameter;
import org.landscape.fhir.search.FhirPaging;
import org.landscape.fhir.search.ReferenceParameter;
import org.landscape.fhir.search.SearchBundles;

/**
 * Where sub-ICB locations and ICBs lie, as FHIR OrganizationAffiliations (RE5 "is located in the
 * geography of"): a sub-ICB location in its ICB, an ICB in its NHS England region. Read, and search
 * by participating and primary organisation, active and date. CCGs' area teams are not served: the
 * register holds them by ONS code (E39) only, and an Organization here is named by its ODS code.
 */
@Path("/fhir/OrganizationAffiliation")
@Produces({
  FhirMediaTypes.FHIR_JSON,
  MediaType.APPLICATION_JSON,
  FhirMediaTypes.FHIR_XML,
  MediaType.APPLICATION_XML
})
@Tag(name = FhirResponses.TAG)
public class CommissionerAffiliationResource {

  @Inject OrganisationRegister register;
  @Inject UriInfo uri;

  @GET
  @Path("/{id}")
  @Operation(
      summary = "Read where a sub-ICB location or an ICB lies",
      description =
          "The id names the participating organisation, the primary one and the first day:"
              + " 16C-QHM-2022-07-01 (a sub-ICB location in its ICB), QHM-Y63-2022-07-01 (an ICB"
              + " in its region). active tells whether it holds on date.")
  @APIResponse(
      responseCode = "200",
      description = FhirResponses.AFFILIATION,
      content =
          @Content(
              mediaType = FhirMediaTypes.FHIR_JSON,
              schema = @Schema(type = SchemaType.OBJECT, description = FhirResponses.AFFILIATION)))
  public Response read(
      @PathParam("id") @Parameter(example = "16C-QHM-2022-07-01") String id,
      @QueryParam("date") @Parameter(description = FhirResponses.DATE, example = "2023-01-01")
          String date) {
    LocalDate asOf = AsOf.orToday(DateParameter.parse("date", date));
    return links().stream()
        .filter(link -> link.id().equals(id))
        .findFirst()
        .map(link -> Response.ok(CommissionerAffiliations.of(link, asOf)).build())
        .orElseThrow(() -> ProblemException.notFound("OrganizationAffiliation", id));
  }

  @GET
  @Operation(
      summary = "Search where sub-ICB locations and ICBs lie",
      description =
          "participating-organization (the sub-ICB location or ICB) and primary-organization (the"
              + " ICB or region), each an ODS code or system|code; date: those that hold on that"
              + " day; active: those that hold (or not) on date, default today. Sorted by"
              + " participating organisation, oldest first.")
  @APIResponse(
      responseCode = "200",
      description = FhirResponses.BUNDLE,
      content =
          @Content(
              mediaType = FhirMediaTypes.FHIR_JSON,
              schema = @Schema(type = SchemaType.OBJECT, description = FhirResponses.BUNDLE)))
  public Response search(
      @QueryParam("participating-organization") @Parameter(example = "16C") String participating,
      @QueryParam("primary-organization") @Parameter(example = "QHM") String primary,
      @QueryParam("active") @Parameter(example = "true") String active,
      @QueryParam("date")
          @Parameter(description = "Affiliations holding on this day", example = "2023-01-01")
          String date,
      @QueryParam("_count") @Parameter(example = "50") String count,
      @QueryParam("_offset") @Parameter(example = "0") String offset,
      @QueryParam("_summary") @Parameter(example = "count") String summary) {
    FhirPaging paging = FhirPaging.of(count, offset, summary);
    LocalDate day = DateParameter.parse("date", date);
    LocalDate asOf = AsOf.orToday(day);
    Boolean holds = BooleanParameter.parse("active", active);
    String member = ReferenceParameter.odsCode("participating-organization", participating);
    String parent = ReferenceParameter.odsCode("primary-organization", primary);
    if (ReferenceParameter.namesNone(participating, member)
        || ReferenceParameter.namesNone(primary, parent)) {
      return Response.ok(SearchBundles.searchset(uri, paging, 0, List.of())).build();
    }
    List<CommissionerAffiliations.Link> found =
        links().stream()
            .filter(link -> member == null || link.participating().equals(member))
            .filter(link -> parent == null || link.primary().equals(parent))
            .filter(link -> day == null || link.holdsOn(day))
            .filter(link -> holds == null || holds == link.holdsOn(asOf))
            .toList();
    List<OrganizationAffiliation> page =
        paging.page(found).stream().map(link -> CommissionerAffiliations.of(link, asOf)).toList();
    return Response.ok(SearchBundles.searchset(uri, paging, found.size(), page)).build();
  }

  /** Every affiliation the register holds, by participating organisation, oldest first. */
  private List<CommissionerAffiliations.Link> links() {
    OrganisationRegister.Contents contents = register.contents();
    Map<String, String> regionOdsCodes = contents.regionOdsCodes();
    List<CommissionerAffiliations.Link> links = new ArrayList<>();
    contents.locationsByCode().values().stream()
        .flatMap(List::stream)
        .map(CommissionerAffiliations::of)
        .forEach(links::add);
    for (Icb icb : contents.icbs()) {
      String region = regionOdsCodes.get(icb.regionCode);
      if (region != null) {
        links.add(CommissionerAffiliations.of(icb, region));
      }
    }
    links.sort(
        Comparator.comparing(CommissionerAffiliations.Link::participating)
            .thenComparing(CommissionerAffiliations.Link::from));
    return links;
  }
}
