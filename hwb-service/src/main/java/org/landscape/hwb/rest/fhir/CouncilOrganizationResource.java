package org.landscape.hwb.rest.fhir;

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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
import org.landscape.hwb.domain.LocalAuthority;
import org.landscape.hwb.domain.LocalAuthorityFilter;
import org.landscape.hwb.domain.LocalAuthorityKind;
import org.landscape.hwb.service.LocalAuthorityChanges;
import org.landscape.hwb.service.LocalAuthorityService;

/** Councils as FHIR Organizations, by ONS code: read, search and history, on any date. */
@Path("/fhir/Organization")
@Produces({
  FhirMediaTypes.FHIR_JSON,
  MediaType.APPLICATION_JSON,
  FhirMediaTypes.FHIR_XML,
  MediaType.APPLICATION_XML
})
@Tag(name = FhirResponses.TAG)
public class CouncilOrganizationResource {

  @Inject LocalAuthorityService councils;
  @Inject RecordChanges changes;
  @Inject UriInfo uri;

  @GET
  @Path("/{id}")
  @Operation(
      summary = "Read a council as a FHIR Organization",
      description = "By ONS code. active tells whether the council was valid on date.")
  @APIResponse(
      responseCode = "200",
      description = FhirResponses.ORGANIZATION,
      content =
          @Content(
              mediaType = FhirMediaTypes.FHIR_JSON,
              schema = @Schema(type = SchemaType.OBJECT, description = FhirResponses.ORGANIZATION)))
  public Response read(
      @PathParam("id") @Parameter(example = "E06000001") String id,
      @QueryParam("date") @Parameter(description = FhirResponses.DATE, example = "2014-10-01")
          String date) {
    LocalDate asOf = AsOf.orToday(DateParameter.parse("date", date));
    LocalAuthority council = councils.get(id, null);
    return Response.ok(
            CouncilOrganizations.of(council, asOf, latest(List.of(council)).get(council.code)))
        .build();
  }

  @GET
  @Operation(
      summary = "Search councils as FHIR Organizations",
      description =
          "identifier (system|code, ONS), name (contains), active (valid on date), type (RO141 or"
              + " a kind such as UNITARY), _lastUpdated (eq, gt, ge, lt, le), _count, _offset,"
              + " _summary=count, date. A searchset Bundle with the total and next links; sorted"
              + " by ONS code.")
  @APIResponse(
      responseCode = "200",
      description = FhirResponses.BUNDLE,
      content =
          @Content(
              mediaType = FhirMediaTypes.FHIR_JSON,
              schema = @Schema(type = SchemaType.OBJECT, description = FhirResponses.BUNDLE)))
  public Response search(
      @QueryParam("identifier") @Parameter(example = NhsSystems.ONS_GSS_CODE + "|E06000001")
          String identifier,
      @QueryParam("name") @Parameter(example = "hartlepool") String name,
      @QueryParam("active") @Parameter(example = "true") String active,
      @QueryParam("type") @Parameter(example = "RO141") String type,
      @QueryParam("_lastUpdated") @Parameter(example = "ge2024-01-01") List<String> lastUpdated,
      @QueryParam("_count") @Parameter(example = "50") String count,
      @QueryParam("_offset") @Parameter(example = "0") String offset,
      @QueryParam("_summary") @Parameter(example = "count") String summary,
      @QueryParam("date") @Parameter(description = FhirResponses.DATE, example = "2014-10-01")
          String date) {
    FhirPaging paging = FhirPaging.of(count, offset, summary);
    LocalDate asOf = AsOf.orToday(DateParameter.parse("date", date));
    InstantRange updated = InstantRange.parse("_lastUpdated", lastUpdated);
    Boolean valid = BooleanParameter.parse("active", active);
    TokenParameter code =
        identifier == null ? null : TokenParameter.parse("identifier", identifier);
    TokenParameter role = type == null ? null : TokenParameter.parse("type", type);
    LocalAuthorityKind kind = role == null ? null : kind(role);
    if (!canMatch(code) || (role != null && !isCouncilRole(role) && kind == null)) {
      return Response.ok(SearchBundles.searchset(uri, paging, 0, List.of())).build();
    }
    LocalAuthorityFilter filter =
        new LocalAuthorityFilter(
            name,
            kind,
            null,
            null,
            code == null ? null : code.code().toUpperCase(Locale.ROOT),
            valid,
            updated.from(),
            updated.before());
    Page<LocalAuthority> found = councils.search(filter, asOf, paging.pageRequest());
    Map<String, LatestChange> versions = latest(found.items());
    List<Organization> matches =
        found.items().stream()
            .map(council -> CouncilOrganizations.of(council, asOf, versions.get(council.code)))
            .toList();
    return Response.ok(SearchBundles.searchset(uri, paging, found.total(), matches)).build();
  }

  @GET
  @Path("/{id}/_history")
  @Operation(
      summary = "A council's versions, newest first",
      description =
          "Each version is one change event of the council (its change feed): a history Bundle"
              + " with the Organization as recorded then, as of that day.")
  @APIResponse(
      responseCode = "200",
      description = FhirResponses.BUNDLE,
      content =
          @Content(
              mediaType = FhirMediaTypes.FHIR_JSON,
              schema = @Schema(type = SchemaType.OBJECT, description = FhirResponses.BUNDLE)))
  public Response history(@PathParam("id") @Parameter(example = "E06000001") String id) {
    HistoryBundle history = HistoryBundle.of(uri);
    for (LocalAuthorityService.LocalAuthorityVersion version : councils.versions(id)) {
      Instant recordedAt = version.event().occurredAt.toInstant();
      history.version(
          CouncilOrganizations.of(
              version.authority(),
              recordedAt.atZone(AsOf.ENGLAND).toLocalDate(),
              new LatestChange(version.event().sequence, recordedAt)),
          version.event().changeType,
          recordedAt);
    }
    return Response.ok(history.build()).build();
  }

  private Map<String, LatestChange> latest(List<LocalAuthority> page) {
    return changes.latest(
        LocalAuthorityChanges.RESOURCE_TYPE, page.stream().map(c -> c.code).toList());
  }

  /** An identifier search can match a council only by its ONS code. */
  private static boolean canMatch(TokenParameter identifier) {
    return identifier == null
        || (identifier.code() != null
            && (identifier.anySystem() || NhsSystems.ONS_GSS_CODE.equals(identifier.system())));
  }

  private static boolean isCouncilRole(TokenParameter type) {
    return type.matches(NhsSystems.ODS_ORGANISATION_ROLE, OdsRole.LOCAL_AUTHORITY.code());
  }

  /** The kind a type token names ({@code UNITARY}, {@code <kind system>|COUNTY}), if any. */
  private static LocalAuthorityKind kind(TokenParameter type) {
    return Arrays.stream(LocalAuthorityKind.values())
        .filter(kind -> type.matches(CouncilOrganizations.KIND_SYSTEM, kind.name()))
        .findFirst()
        .orElse(null);
  }
}
