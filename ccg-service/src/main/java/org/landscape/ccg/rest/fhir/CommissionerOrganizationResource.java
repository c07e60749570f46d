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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.landscape.ccg.api.CcgFeedPayloads;
import org.landscape.ccg.domain.Ccg;
import org.landscape.ccg.domain.Icb;
import org.landscape.ccg.domain.Region;
import org.landscape.ccg.service.CcgChanges;
import org.landscape.ccg.service.IcbChanges;
import org.landscape.ccg.service.OrganisationRegister;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.time.AsOf;
import org.landscape.fhir.FhirMediaTypes;
import org.landscape.fhir.codes.NhsSystems;
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
 * The register's commissioners and their overseers as FHIR Organizations, by ODS code: CCGs and
 * sub-ICB locations (one Organization per code), ICBs and NHS England regions. Read, search and
 * history, on any date. The register is small (a few hundred organisations), so a search filters
 * and pages it in memory.
 */
@Path("/fhir/Organization")
@Produces({
  FhirMediaTypes.FHIR_JSON,
  MediaType.APPLICATION_JSON,
  FhirMediaTypes.FHIR_XML,
  MediaType.APPLICATION_XML
})
@Tag(name = FhirResponses.TAG)
public class CommissionerOrganizationResource {

  @Inject OrganisationRegister register;
  @Inject RecordChanges changes;
  @Inject UriInfo uri;

  @GET
  @Path("/{id}")
  @Operation(
      summary = "Read a CCG, sub-ICB location, ICB or NHS England region as a FHIR Organization",
      description =
          "By ODS code (00K, QHM, Y56). A CCG code is RO98 CLINICAL COMMISSIONING GROUP until it"
              + " became a sub-ICB location, RO319 SUB ICB LOCATION from then (2022-07-01); active"
              + " tells whether it was operational on date.")
  @APIResponse(
      responseCode = "200",
      description = FhirResponses.ORGANIZATION,
      content =
          @Content(
              mediaType = FhirMediaTypes.FHIR_JSON,
              schema = @Schema(type = SchemaType.OBJECT, description = FhirResponses.ORGANIZATION)))
  public Response read(
      @PathParam("id") @Parameter(example = "16C") String id,
      @QueryParam("date") @Parameter(description = FhirResponses.DATE, example = "2022-07-01")
          String date) {
    LocalDate asOf = AsOf.orToday(DateParameter.parse("date", date));
    return all(register.contents(), asOf).stream()
        .filter(organization -> organization.getIdPart().equals(id))
        .findFirst()
        .map(organization -> Response.ok(organization).build())
        .orElseThrow(() -> ProblemException.notFound("Organization", id));
  }

  @GET
  @Operation(
      summary = "Search CCGs, sub-ICB locations, ICBs and regions as FHIR Organizations",
      description =
          "identifier (system|code: ODS, or ONS E38/E54/E40), name (contains), active (on date),"
              + " type (ODS role RO98, RO319, RO318 or RO209, on date), _lastUpdated (eq, gt, ge,"
              + " lt, le), _count, _offset, _summary=count, date. A searchset Bundle with the total"
              + " and next links; sorted by ODS code.")
  @APIResponse(
      responseCode = "200",
      description = FhirResponses.BUNDLE,
      content =
          @Content(
              mediaType = FhirMediaTypes.FHIR_JSON,
              schema = @Schema(type = SchemaType.OBJECT, description = FhirResponses.BUNDLE)))
  public Response search(
      @QueryParam("identifier") @Parameter(example = NhsSystems.ODS_ORGANISATION_CODE + "|16C")
          String identifier,
      @QueryParam("name") @Parameter(example = "cumbria") String name,
      @QueryParam("active") @Parameter(example = "true") String active,
      @QueryParam("type") @Parameter(example = "RO319") String type,
      @QueryParam("_lastUpdated") @Parameter(example = "ge2024-01-01") List<String> lastUpdated,
      @QueryParam("_count") @Parameter(example = "50") String count,
      @QueryParam("_offset") @Parameter(example = "0") String offset,
      @QueryParam("_summary") @Parameter(example = "count") String summary,
      @QueryParam("date") @Parameter(description = FhirResponses.DATE, example = "2022-07-01")
          String date) {
    FhirPaging paging = FhirPaging.of(count, offset, summary);
    LocalDate asOf = AsOf.orToday(DateParameter.parse("date", date));
    InstantRange updated = InstantRange.parse("_lastUpdated", lastUpdated);
    Boolean activeOnDate = BooleanParameter.parse("active", active);
    TokenParameter code =
        identifier == null ? null : TokenParameter.parse("identifier", identifier);
    TokenParameter role = type == null ? null : TokenParameter.parse("type", type);
    String contains = name == null || name.isBlank() ? null : name.strip().toLowerCase(Locale.ROOT);
    List<Organization> matches =
        all(register.contents(), asOf).stream()
            .filter(o -> code == null || hasIdentifier(o, code))
            .filter(o -> role == null || hasType(o, role))
            .filter(
                o -> contains == null || o.getName().toLowerCase(Locale.ROOT).contains(contains))
            .filter(o -> activeOnDate == null || activeOnDate == o.getActive())
            .filter(o -> updated.isAny() || isUpdatedIn(o, updated))
            .toList();
    return Response.ok(SearchBundles.searchset(uri, paging, matches.size(), paging.page(matches)))
        .build();
  }

  @GET
  @Path("/{id}/_history")
  @Operation(
      summary = "A CCG code's or an ICB's versions, newest first",
      description =
          "Each version is one change event (the change feed): for a CCG code its ccg and"
              + " sub-icb-location events, for an ICB its icb events; a history Bundle with the"
              + " Organization as recorded then, as of that day. Regions are not in the change"
              + " feed: their history is empty.")
  @APIResponse(
      responseCode = "200",
      description = FhirResponses.BUNDLE,
      content =
          @Content(
              mediaType = FhirMediaTypes.FHIR_JSON,
              schema = @Schema(type = SchemaType.OBJECT, description = FhirResponses.BUNDLE)))
  public Response history(@PathParam("id") @Parameter(example = "16C") String id) {
    OrganisationRegister.Contents contents = register.contents();
    HistoryBundle history = HistoryBundle.of(uri);
    if (contents.ccgs().stream().anyMatch(c -> c.code.equals(id))) {
      for (OrganisationRegister.CodeVersion version : register.codeVersions(id)) {
        Instant recordedAt = version.event().occurredAt.toInstant();
        history.version(
            CommissionerOrganizations.ofCode(
                version.ccg(),
                version.locations(),
                recordedAt.atZone(AsOf.ENGLAND).toLocalDate(),
                new LatestChange(version.event().sequence, recordedAt)),
            version.change(),
            recordedAt);
      }
    } else if (contents.icbs().stream().anyMatch(i -> i.code.equals(id))) {
      Map<String, String> regionOdsCodes = contents.regionOdsCodes();
      for (OrganisationRegister.IcbVersion version : register.icbVersions(id)) {
        Instant recordedAt = version.event().occurredAt.toInstant();
        history.version(
            CommissionerOrganizations.ofIcb(
                version.icb(),
                regionOdsCodes,
                recordedAt.atZone(AsOf.ENGLAND).toLocalDate(),
                new LatestChange(version.event().sequence, recordedAt)),
            version.event().changeType,
            recordedAt);
      }
    } else if (contents.regions().stream().noneMatch(r -> id.equals(r.odsCode))) {
      throw ProblemException.notFound("Organization", id);
    }
    return Response.ok(history.build()).build();
  }

  /** Every organisation the view serves, as of the day, by ODS code, with its latest version. */
  private List<Organization> all(OrganisationRegister.Contents contents, LocalDate asOf) {
    Map<String, LatestChange> codeVersions = latestOfCodes(contents.ccgs());
    Map<String, LatestChange> icbVersions =
        changes.latest(CcgFeedPayloads.ICB, contents.icbs().stream().map(i -> i.code).toList());
    Map<String, String> regionOdsCodes = contents.regionOdsCodes();
    List<Organization> all = new ArrayList<>();
    for (Ccg ccg : contents.ccgs()) {
      all.add(
          CommissionerOrganizations.ofCode(
              CcgChanges.record(ccg),
              contents.locationsOf(ccg.code).stream().map(IcbChanges::record).toList(),
              asOf,
              codeVersions.get(ccg.code)));
    }
    for (Icb icb : contents.icbs()) {
      all.add(
          CommissionerOrganizations.ofIcb(
              IcbChanges.record(icb), regionOdsCodes, asOf, icbVersions.get(icb.code)));
    }
    for (Region region : contents.regions()) {
      if (region.odsCode != null) {
        all.add(CommissionerOrganizations.ofRegion(region, asOf));
      }
    }
    all.sort(Comparator.comparing(Organization::getIdPart));
    return all;
  }

  /** A CCG code's latest version: its latest ccg or sub-icb-location change event. */
  private Map<String, LatestChange> latestOfCodes(List<Ccg> ccgs) {
    List<String> codes = ccgs.stream().map(c -> c.code).toList();
    Map<String, LatestChange> latest =
        new HashMap<>(changes.latest(CcgChanges.RESOURCE_TYPE, codes));
    changes
        .latest(CcgFeedPayloads.SUB_ICB_LOCATION, codes)
        .forEach(
            (code, change) ->
                latest.merge(code, change, (a, b) -> a.sequence() >= b.sequence() ? a : b));
    return latest;
  }

  private static boolean hasIdentifier(Organization organization, TokenParameter token) {
    if (token.code() == null && token.anySystem()) {
      return false;
    }
    for (Identifier identifier : organization.getIdentifier()) {
      if (token.matches(identifier.getSystem(), identifier.getValue())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasType(Organization organization, TokenParameter token) {
    return organization.getType().stream()
        .flatMap(type -> type.getCoding().stream())
        .anyMatch((Coding coding) -> token.matches(coding.getSystem(), coding.getCode()));
  }

  private static boolean isUpdatedIn(Organization organization, InstantRange range) {
    if (!organization.getMeta().hasLastUpdated()) {
      return false;
    }
    Instant lastUpdated = organization.getMeta().getLastUpdated().toInstant();
    return (range.from() == null || !lastUpdated.isBefore(range.from()))
        && (range.before() == null || lastUpdated.isBefore(range.before()));
  }
}
