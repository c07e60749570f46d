package org.landscape.fhir.errors;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.landscape.fhir.FhirMediaTypes;
import org.landscape.fhir.FhirPaths;

/**
 * Documents what the FHIR view answers when it fails: an OperationOutcome (application/fhir+json)
 * for 400, 404 and 500 on every {@code /fhir} operation, and in place of any problem+json response
 * documented there. It overwrites rather than adds, so it holds whichever of it and common's
 * problem filter runs first.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class FhirOpenApiResponses implements OASFilter {

  static final String OPERATION_OUTCOME = "OperationOutcome";
  private static final String PROBLEM_JSON = "application/problem+json";

  private static final Map<String, String> ALWAYS =
      Map.of(
          "400", "Invalid search or read parameter (OperationOutcome)",
          "404", "No such resource, or a path the FHIR view does not serve (OperationOutcome)",
          "500", "Unexpected failure, with a trace id to quote (OperationOutcome)");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    boolean anyFhirPath = false;
    for (var path : openAPI.getPaths().getPathItems().entrySet()) {
      if (!FhirPaths.isFhir(path.getKey())) {
        continue;
      }
      anyFhirPath = true;
      for (Operation operation : path.getValue().getOperations().values()) {
        document(operation);
      }
    }
    if (anyFhirPath) {
      if (openAPI.getComponents() == null) {
        openAPI.setComponents(OASFactory.createComponents());
      }
      openAPI.getComponents().addSchema(OPERATION_OUTCOME, operationOutcomeSchema());
    }
  }

  private static void document(Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    ALWAYS.forEach((status, description) -> responses.addAPIResponse(status, outcome(description)));
    if (responses.getAPIResponses() != null) {
      responses.getAPIResponses().entrySet().stream()
          .filter(
              entry ->
                  entry.getValue().getContent() != null
                      && entry.getValue().getContent().hasMediaType(PROBLEM_JSON))
          .map(Map.Entry::getKey)
          .toList()
          .forEach(
              status ->
                  responses.addAPIResponse(
                      status, outcome(responses.getAPIResponse(status).getDescription())));
    }
  }

  private static APIResponse outcome(String description) {
    return OASFactory.createAPIResponse()
        .description(description)
        .content(
            OASFactory.createContent()
                .addMediaType(
                    FhirMediaTypes.FHIR_JSON,
                    OASFactory.createMediaType()
                        .schema(
                            OASFactory.createSchema()
                                .ref("#/components/schemas/" + OPERATION_OUTCOME))));
  }

  private static Schema operationOutcomeSchema() {
    Schema issue =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .addProperty("severity", text("fatal, error, warning or information", "error"))
            .addProperty("code", text("FHIR issue type", "invalid"))
            .addProperty("diagnostics", text("What went wrong", "_count must be from 0 to 500"))
            .addProperty(
                "expression",
                OASFactory.createSchema()
                    .addType(Schema.SchemaType.ARRAY)
                    .items(text("The failing parameter", "_count")));
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("A FHIR R4 OperationOutcome: the FHIR view's one error shape")
        .required(List.of("resourceType", "issue"))
        .addProperty("resourceType", text("Always OperationOutcome", OPERATION_OUTCOME))
        .addProperty(
            "issue", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(issue));
  }

  private static Schema text(String description, String example) {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.STRING)
        .description(description)
        .example(example);
  }
}
