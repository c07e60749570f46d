package org.landscape.common.http;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.landscape.common.problem.Problem;

/**
 * Documents the problem responses every operation can give, so that no endpoint leaves them out and
 * no resource repeats them: 400 and 500 everywhere, 404 where the path names a record, 401 and 403
 * where a role is needed, 412 and 428 where If-Match is taken. An operation's own description of a
 * status wins.
 */
public class ProblemResponsesFilter implements OASFilter {

  private static final String PROBLEM = "#/components/schemas/Problem";

  @Override
  public PathItem filterPathItem(PathItem pathItem) {
    return pathItem;
  }

  @Override
  public Operation filterOperation(Operation operation) {
    return operation;
  }

  @Override
  public void filterOpenAPI(org.eclipse.microprofile.openapi.models.OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (path.startsWith("/q/")) {
                return;
              }
              for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                  item.getOperations().entrySet()) {
                document(path, entry.getValue());
              }
            });
  }

  private static void document(String path, Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    add(responses, "400", "Malformed or invalid request (the failing fields are listed)");
    add(responses, "500", "Unexpected failure (with a reference to quote; no internals)");
    if (path.contains("{")) {
      add(responses, "404", "No such record");
    }
    if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
      add(responses, "401", "No valid bearer token");
      add(responses, "403", "The token lacks the role needed");
    }
    if (takesIfMatch(operation)) {
      add(responses, "412", "Changed since read (If-Match does not match)");
      add(responses, "428", "If-Match is required");
    }
  }

  private static boolean takesIfMatch(Operation operation) {
    if (operation.getParameters() == null) {
      return false;
    }
    for (Parameter parameter : operation.getParameters()) {
      if (parameter.getIn() == Parameter.In.HEADER
          && "If-Match".equalsIgnoreCase(parameter.getName())) {
        return true;
      }
    }
    return false;
  }

  private static void add(APIResponses responses, String status, String description) {
    if (responses.hasAPIResponse(status)) {
      return;
    }
    APIResponse response =
        OASFactory.createAPIResponse()
            .description(description)
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(PROBLEM))));
    responses.addAPIResponse(status, response);
  }
}
