package org.landscape.commissioning.rest.fhir;

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
import org.landscape.commissioning.domain.Provider;
import org.landscape.commissioning.service.ProviderChanges;
import org.landscape.commissioning.service.TrustRegister;
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

/**
 * NHS trusts as FHIR Organizations (ODS role RO197): read, search and history, on any date. Other
 * providers (independent and voluntary sector, GP practices) are not served here: practices are
 * practice-service's. There are a few hundred trusts, so a search filters and pages them in memory.
 */
@Path("/fhir/Organization")
@Produces({
  FhirMediaTypes.FHIR_JSON,
  MediaType.APPLICATION_JSON,
  FhirMediaTypes.FHIR_XML,
  MediaType.APPLICATION_XML
})
@Tag(name = FhirResponses.TAG)
public class TrustOrganizationResource {

  @Inject TrustRegister trusts;
  @Inject RecordChanges changes;
  @Inject UriInfo uri;

  @GET
  @Path("/{id}")
  @Operation(
      summary = "Read an NHS trust as a FHIR Organization",
      description = "By ODS code. active tells whether the trust was open on date.")
  @APIResponse(
      responseCode = "200",
      description = FhirResponses.ORGANIZATION,
      content =
          @Content(
              mediaType = FhirMediaTypes.FHIR_JSON,
              schema = @Schema(type = SchemaType.OBJECT, description = FhirResponses.ORGANIZATION)))
  public Response read(
      @PathParam("id") @Parameter(example = "RX1") String id,
      @QueryParam("date") @Parameter(description = FhirResponses.DATE, example = "2014-10-01")
          String date) {
    LocalDate asOf = AsOf.orToday(DateParameter.parse("date", date));
    Provider trust = trusts.requireTrust(id);
    return Response.ok(
            TrustOrganizations.of(
                TrustOrganizations.record(trust), asOf, latest(List.of(trust)).get(trust.code)))
        .build();
  }

  @GET
  @Operation(
      summary = "Search NHS trusts as FHIR Organizations",
      description =
          "identifier (system|code, ODS), name (contains), active (open on date), type (ODS role"
              + " RO197), _lastUpdated (eq, gt, ge, lt, le), _count, _offset, _summary=count,"
              + " date. A searchset Bundle with the total and next links; sorted by ODS code.")
  @APIResponse(
      responseCode = "200",
      description = FhirResponses.BUNDLE,
      content =
          @Content(
              mediaType = FhirMediaTypes.FHIR_JSON,
              schema = @Schema(type = SchemaType.OBJECT, description = FhirResponses.BUNDLE)))
  public Response search(
      @QueryParam("identifier") @Parameter(example = NhsSystems.ODS_ORGANISATION_CODE + "|RX1")
          String identifier,
      @QueryParam("name") @Parameter(example = "nottingham") String name,
      @QueryParam("active") @Parameter(example = "true") String active,
      @QueryParam("type") @Parameter(example = "RO197") String type,
      @QueryParam("_lastUpdated") @Parameter(example = "ge2024-01-01") List<String> lastUpdated,
      @QueryParam("_count") @Parameter(example = "50") String count,
      @QueryParam("_offset") @Parameter(example = "0") String offset,
      @QueryParam("_summary") @Parameter(example = "count") String summary,
      @QueryParam("date") @Parameter(description = FhirResponses.DATE, example = "2014-10-01")
          String date) {
    FhirPaging paging = FhirPaging.of(count, offset, summary);
    LocalDate asOf = AsOf.orToday(DateParameter.parse("date", date));
    InstantRange updated = InstantRange.parse("_lastUpdated", lastUpdated);
    Boolean openOnDate = BooleanParameter.parse("active", active);
    TokenParameter code =
        identifier == null ? null : TokenParameter.parse("identifier", identifier);
    TokenParameter role = type == null ? null : TokenParameter.parse("type", type);
    if (!canMatch(code) || !isTrustRole(role)) {
      return Response.ok(SearchBundles.searchset(uri, paging, 0, List.of())).build();
    }
    String contains = name == null || name.isBlank() ? null : name.strip().toLowerCase(Locale.ROOT);
    List<Provider> all = trusts.trusts();
    Map<String, LatestChange> versions = latest(all);
    List<Organization> matches =
        all.stream()
            .filter(t -> code == null || t.code.equalsIgnoreCase(code.code()))
            .filter(t -> contains == null || t.name.toLowerCase(Locale.ROOT).contains(contains))
            .filter(t -> openOnDate == null || openOnDate == t.isOpenOn(asOf))
            .filter(t -> updated.isAny() || isUpdatedIn(versions.get(t.code), updated))
            .map(
                t ->
                    TrustOrganizations.of(TrustOrganizations.record(t), asOf, versions.get(t.code)))
            .toList();
    return Response.ok(SearchBundles.searchset(uri, paging, matches.size(), paging.page(matches)))
        .build();
  }

  @GET
  @Path("/{id}/_history")
  @Operation(
      summary = "An NHS trust's versions, newest first",
      description =
          "Each version is one change event of the trust (its change feed): a history Bundle with"
              + " the Organization as recorded then, as of that day.")
  @APIResponse(
      responseCode = "200",
      description = FhirResponses.BUNDLE,
      content =
          @Content(
              mediaType = FhirMediaTypes.FHIR_JSON,
              schema = @Schema(type = SchemaType.OBJECT, description = FhirResponses.BUNDLE)))
  public Response history(@PathParam("id") @Parameter(example = "RX1") String id) {
    HistoryBundle history = HistoryBundle.of(uri);
    for (TrustRegister.TrustVersion version : trusts.versions(id)) {
      Instant recordedAt = version.event().occurredAt.toInstant();
      history.version(
          TrustOrganizations.of(
              version.trust(),
              recordedAt.atZone(AsOf.ENGLAND).toLocalDate(),
              new LatestChange(version.event().sequence, recordedAt)),
          version.event().changeType,
          recordedAt);
    }
    return Response.ok(history.build()).build();
  }

  private Map<String, LatestChange> latest(List<Provider> page) {
    return changes.latest(ProviderChanges.RESOURCE_TYPE, page.stream().map(t -> t.code).toList());
  }

  private static boolean isUpdatedIn(LatestChange version, InstantRange range) {
    return version != null
        && (range.from() == null || !version.recordedAt().isBefore(range.from()))
        && (range.before() == null || version.recordedAt().isBefore(range.before()));
  }

  /** An identifier search can match a trust only by its ODS code. */
  private static boolean canMatch(TokenParameter identifier) {
    return identifier == null
        || (identifier.code() != null
            && (identifier.anySystem()
                || NhsSystems.ODS_ORGANISATION_CODE.equals(identifier.system())));
  }

  private static boolean isTrustRole(TokenParameter type) {
    return type == null || type.matches(NhsSystems.ODS_ORGANISATION_ROLE, OdsRole.NHS_TRUST.code());
  }
}
