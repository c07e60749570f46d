package org.landscape.commissioning.saga;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * Calls a peer for a saga step and sorts its answer: 2xx is success; 5xx, 408, 429 and no answer at
 * all are worth retrying; any other refusal will never succeed, and its problem detail says why.
 */
final class PeerAnswers {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PeerAnswers() {}

  static Response call(String service, String purpose, Supplier<Response> call) {
    Response response;
    try {
      response = call.get();
    } catch (WebApplicationException refused) {
      response = refused.getResponse();
    } catch (ProcessingException | IllegalStateException unreachable) {
      throw StepFailure.retryLater(service + " cannot be reached to " + purpose);
    } catch (RuntimeException other) {
      if (other.getCause() instanceof java.io.IOException) {
        throw StepFailure.retryLater(service + " cannot be reached to " + purpose);
      }
      throw StepFailure.retryLater(service + " failed to " + purpose + ": " + other.getMessage());
    }
    int status = response.getStatus();
    if (status >= 200 && status < 300) {
      return response;
    }
    String detail = detail(response);
    if (status >= 500 || status == 408 || status == 429) {
      throw StepFailure.retryLater(
          service
              + " could not "
              + purpose
              + " ("
              + status
              + (detail == null ? ")" : ": " + detail + ")"));
    }
    return response;
  }

  /** The answer's problem detail, with its field errors. */
  static String detail(Response response) {
    try {
      String body = response.readEntity(String.class);
      JsonNode problem = JSON.readTree(body);
      StringBuilder text = new StringBuilder(problem.path("detail").asText(body));
      JsonNode errors = problem.path("errors");
      for (int i = 0; i < errors.size() && i < 5; i++) {
        text.append("; ")
            .append(errors.get(i).path("field").asText())
            .append(": ")
            .append(errors.get(i).path("message").asText());
      }
      if (errors.size() > 5) {
        text.append("; and ").append(errors.size() - 5).append(" more");
      }
      return text.toString();
    } catch (RuntimeException | java.io.IOException unreadable) {
      return null;
    }
  }

  /** Success, or a refusal that will never succeed. */
  static Response require(String service, String purpose, Supplier<Response> call) {
    Response response = call(service, purpose, call);
    if (response.getStatus() >= 300) {
      throw StepFailure.never(
          service
              + " refused to "
              + purpose
              + " ("
              + response.getStatus()
              + "): "
              + detail(response));
    }
    return response;
  }
}
