package org.landscape.ccg.rest.fhir;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.landscape.fhir.FhirBase;
import org.landscape.fhir.FhirMediaTypes;
import org.landscape.fhir.capability.CapabilityStatementBuilder;

/** What ccg-service's FHIR view serves: its CapabilityStatement. */
@Path("/fhir/metadata")
@Produces({
  FhirMediaTypes.FHIR_JSON,
  MediaType.APPLICATION_JSON,
  FhirMediaTypes.FHIR_XML,
  MediaType.APPLICATION_XML
})
@Tag(name = FhirResponses.TAG)
public class CommissionerMetadataResource {

  @Inject UriInfo uri;

  @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown")
  String version;

  @GET
  @Operation(summary = "The FHIR CapabilityStatement of ccg-service")
  @APIResponse(
      responseCode = "200",
      description = "A FHIR R4 CapabilityStatement",
      content =
          @Content(
              mediaType = FhirMediaTypes.FHIR_JSON,
              schema = @Schema(type = SchemaType.OBJECT, description = "CapabilityStatement")))
  public Response capabilities() {
    return Response.ok(
            CapabilityStatementBuilder.of(
                    "ccg-service",
                    version,
                    "CCGs and sub-ICB locations (ODS roles RO98 and RO319), ICBs (RO318) and NHS"
                        + " England regions (RO209), and where each lies (RE5), on any date")
                .at(FhirBase.of(uri).url())
                .resource(
                    "Organization",
                    "CCG codes (RO98 until 2022-07-01, RO319 from then), ICBs and regions, by ODS"
                        + " code; date= answers as of a day")
                .read()
                .historyInstance()
                .searchType()
                .param("identifier", SearchParamType.TOKEN, "ODS or ONS code: system|code or code")
                .param("name", SearchParamType.STRING, "Contains, any case")
                .param("active", SearchParamType.TOKEN, "Active on date")
                .param("type", SearchParamType.TOKEN, "ODS role on date: RO98, RO319, RO318, RO209")
                .param("_lastUpdated", SearchParamType.DATE, "The latest change; eq gt ge lt le")
                .param("date", SearchParamType.DATE, "As of this day (default today)")
                .and()
                .resource(
                    "OrganizationAffiliation",
                    "RE5 is located in the geography of: a sub-ICB location in its ICB, an ICB in"
                        + " its region, with the period")
                .read()
                .searchType()
                .param(
                    "participating-organization",
                    SearchParamType.REFERENCE,
                    "The sub-ICB location's or ICB's ODS code")
                .param(
                    "primary-organization",
                    SearchParamType.REFERENCE,
                    "The ICB's or region's ODS code")
                .param("active", SearchParamType.TOKEN, "Holds on date (default today)")
                .param("date", SearchParamType.DATE, "Holds on this day")
                .and()
                .build())
        .build();
  }
}
