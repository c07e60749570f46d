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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.Organization;
import org.landscape.common.paging.Page;
import org.landscape.common.time.AsOf;
import org.landscape.fhir.FhirMediaTypes;
import org.landscape.fhir.codes.NhsSystems;
import org.landscape.fhir.codes.OdsRole;
import org.landscape.fhir.history.HistoryBundle;
import org.landscape.fhir.history.RecordChanges;
import org.landscape.fhir.history.RecordChanges.LatestChange;
import org.landscape.fhir.search.BooleanParameter;
import org.landscape.fhir.search.DateParameter;
import org.landscape.fhir.search.FhirPaging;
import org.landscape.fhir.search.InstantRange;
import org.landscape.fhir.search.SearchBundles;
import org.landscape.fhir.search.TokenParameter;
import org.landscape.practice.domain.Practice;
import org.landscape.practice.domain.PracticeFilter;
import org.landscape.practice.domain.PracticeMembership;
import org.landscape.practice.service.PracticeChanges;
import org.landscape.practice.service.PracticeService;

/** GP practices as FHIR Organizations: read, search and history, on any date. */
@Path("/fhir/Organization")
@Produces({
  FhirMediaTypes.FHIR_JSON,
  MediaType.APPLICATION_JSON,
  FhirMediaTypes.FHIR_XML,
  MediaType.APPLICATION_XML
})
@Tag(name = FhirResponses.TAG)
public class PracticeOrganizationResource {

  @Inject PracticeService practices;
  @Inject RecordChanges changes;
  @Inject UriInfo uri;

  @GET
  @Path("/{id}")
  @Operation(
      summary = "Read a GP practice as a FHIR Organization",
      description =
          "By ODS code. active tells whether the practice was active on date; with knownAt, the"
              + " practice as the suite had recorded it by that instant.")
  @APIResponse(
      responseCode = "200",
      description = FhirResponses.ORGANIZATION,
      content =
          @Content(
              mediaType = FhirMediaTypes.FHIR_JSON,
              schema = @Schema(type = SchemaType.OBJECT, description = FhirResponses.ORGANIZATION)))
  public Response read(
      @PathParam("id") @Parameter(example = "A81001") String id,
      @QueryParam("date") @Parameter(description = FhirResponses.DATE, example = "2014-10-01")
          String date,
      @QueryParam("knownAt")
          @Parameter(
              description = "What had been recorded by this instant; now when absent",
              example = "2026-01-01T00:00:00Z")
          Instant knownAt) {
    LocalDate asOf = AsOf.orToday(DateParameter.parse("date", date));
    if (knownAt == null) {
      Practice practice = practices.require(id);
      return Response.ok(organization(practice, asOf, latest(List.of(practice)))).build();
    }
    PracticeMembership then = practices.on(id, asOf, knownAt);
    LatestChange version = changes.latestAt(PracticeChanges.PRACTICE, id, knownAt).orElse(null);
    return Response.ok(PracticeOrganizations.of(then.practice(), asOf, version)).build();
  }

  @GET
  @Operation(
      summary = "Search GP practices as FHIR Organizations",
      description =
          "identifier (system|code, ODS), name (contains), active (on date), type (ODS role RO76 or"
              + " RO177), _lastUpdated (eq, gt, ge, lt, le), _count, _offset, _summary=count, date."
              + " A searchset Bundle with the total and next links; sorted by ODS code.")
  @APIResponse(
      responseCode = "200",
      description = FhirResponses.BUNDLE,
      content =
          @Content(
              mediaType = FhirMediaTypes.FHIR_JSON,
              schema = @Schema(type = SchemaType.OBJECT, description = FhirResponses.BUNDLE)))
  public Response search(
      @QueryParam("identifier") @Parameter(example = NhsSystems.ODS_ORGANISATION_CODE + "|A81001")
          String identifier,
      @QueryParam("name") @Parameter(example = "surgery") String name,
      @QueryParam("active") @Parameter(example = "true") String active,
      @QueryParam("type") @Parameter(example = "RO76") String type,
      @QueryParam("_lastUpdated") @Parameter(example = "ge2024-01-01") List<String> lastUpdated,
      @QueryParam("_count") @Parameter(example = "50") String count,
      @QueryParam("_offset") @Parameter(example = "0") String offset,
      @QueryParam("_summary") @Parameter(example = "count") String summary,
      @QueryParam("date") @Parameter(description = FhirResponses.DATE, example = "2014-10-01")
          String date) {
    FhirPaging paging = FhirPaging.of(count, offset, summary);
    LocalDate asOf = AsOf.orToday(DateParameter.parse("date", date));
    InstantRange updated = InstantRange.parse("_lastUpdated", lastUpdated);
    Boolean activeOnDate = BooleanParameter.parse("active", active);
    TokenParameter code =
        identifier == null ? null : TokenParameter.parse("identifier", identifier);
    TokenParameter role = type == null ? null : TokenParameter.parse("type", type);
    if (!canMatch(code) || !isPracticeRole(role)) {
      return Response.ok(SearchBundles.searchset(uri, paging, 0, List.of())).build();
    }
    PracticeFilter filter =
        new PracticeFilter(
            name,
            null,
            null,
            null,
            code == null ? null : code.code().toUpperCase(),
            activeOnDate,
            updated.from(),
            updated.before());
    Page<PracticeMembership> found = practices.search(filter, asOf, paging.pageRequest());
    List<Practice> page = found.items().stream().map(PracticeMembership::practice).toList();
    Map<String, LatestChange> versions = latest(page);
    List<Organization> matches =
        page.stream().map(p -> PracticeOrganizations.of(p, asOf, versions.get(p.code))).toList();
    return Response.ok(SearchBundles.searchset(uri, paging, found.total(), matches)).build();
  }

  @GET
  @Path("/{id}/_history")
  @Operation(
      summary = "A GP practice's versions, newest first",
      description =
          "Each version is one change event of the practice (its change feed): a history Bundle"
              + " with the Organization as recorded then, as of that day.")
  @APIResponse(
      responseCode = "200",
      description = FhirResponses.BUNDLE,
      content =
          @Content(
              mediaType = FhirMediaTypes.FHIR_JSON,
              schema = @Schema(type = SchemaType.OBJECT, description = FhirResponses.BUNDLE)))
  public Response history(@PathParam("id") @Parameter(example = "A81001") String id) {
    HistoryBundle history = HistoryBundle.of(uri);
    for (PracticeService.PracticeVersion version : practices.versions(id)) {
      Instant recordedAt = version.event().occurredAt.toInstant();
      history.version(
          PracticeOrganizations.of(
              version.practice(),
              recordedAt.atZone(AsOf.ENGLAND).toLocalDate(),
              new LatestChange(version.sequence(), recordedAt)),
          version.event().changeType,
          recordedAt);
    }
    return Response.ok(history.build()).build();
  }

  private Organization organization(
      Practice practice, LocalDate asOf, Map<String, LatestChange> versions) {
    return PracticeOrganizations.of(practice, asOf, versions.get(practice.code));
  }

  private Map<String, LatestChange> latest(List<Practice> page) {
    return changes.latest(PracticeChanges.PRACTICE, page.stream().map(p -> p.code).toList());
  }

  /** An identifier search can match a practice only by its ODS code. */
  private static boolean canMatch(TokenParameter identifier) {
    return identifier == null
        || (identifier.code() != null
            && (identifier.anySystem()
                || NhsSystems.ODS_ORGANISATION_CODE.equals(identifier.system())));
  }

  private static boolean isPracticeRole(TokenParameter type) {
    return type == null
        || type.matches(NhsSystems.ODS_ORGANISATION_ROLE, OdsRole.GP_PRACTICE.code())
        || type.matches(NhsSystems.ODS_ORGANISATION_ROLE, OdsRole.PRESCRIBING_COST_CENTRE.code());
  }
}
