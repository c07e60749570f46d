package org.landscape.commissioning.rest.fhir;

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

/** What commissioning-service's FHIR view serves: its CapabilityStatement. */
@Path("/fhir/metadata")
@Produces({
  FhirMediaTypes.FHIR_JSON,
  MediaType.APPLICATION_JSON,
  FhirMediaTypes.FHIR_XML,
  MediaType.APPLICATION_XML
})
@Tag(name = FhirResponses.TAG)
public class TrustMetadataResource {

  @Inject UriInfo uri;

  @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown")
  String version;

  @GET
  @Operation(summary = "The FHIR CapabilityStatement of commissioning-service")
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
                    "commissioning-service", version, "NHS trusts (ODS role RO197) on any date")
                .at(FhirBase.of(uri).url())
                .resource("Organization", "NHS trusts, by ODS code; date= answers as of a day")
                .read()
                .historyInstance()
                .searchType()
                .param("identifier", SearchParamType.TOKEN, "ODS code: system|code or code")
                .param("name", SearchParamType.STRING, "Contains, any case")
                .param("active", SearchParamType.TOKEN, "Open on date")
                .param("type", SearchParamType.TOKEN, "ODS role: RO197")
                .param("_lastUpdated", SearchParamType.DATE, "The latest change; eq gt ge lt le")
                .param("date", SearchParamType.DATE, "As of this day (default today)")
                .and()
                .build())
        .build();
  }
}
