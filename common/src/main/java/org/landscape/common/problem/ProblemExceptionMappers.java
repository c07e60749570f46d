package org.landscape.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps every failure a request can meet to one problem+json response. */
public class ProblemExceptionMappers {

  private static final int AHEAD_OF_BUILT_IN = Priorities.USER - 100;
  private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
  private static final String FORM_READING = "org.jboss.resteasy.reactive.server.core.multipart.";
  private static final String UNIQUE_VIOLATION = "23505";
  private static final String EXCLUSION_VIOLATION = "23P01";
  private static final String FOREIGN_KEY_VIOLATION = "23503";
  private static final String CHECK_VIOLATION = "23514";

  /** How RESTEasy's request stream fails once a body sent without a length passes the limit. */
  private static final String BODY_TOO_LARGE = "Request too large";

  @ServerExceptionMapper
  public Response problem(ProblemException error, UriInfo uri) {
    return Problems.response(
        Problems.problem(
            error.type(), error.getMessage(), path(uri), error.errors(), error.badRows()));
  }

  @ServerExceptionMapper
  public Response constraintViolations(ConstraintViolationException error, UriInfo uri) {
    List<FieldViolation> violations =
        error.getConstraintViolations().stream()
            .map(v -> new FieldViolation(fieldName(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldViolation::field))
            .toList();
    return problem(ProblemException.validation(violations), uri);
  }

  /**
   * Jackson's errors, registered by exact type and ahead of the JSON extension's own mappers, which
   * would answer without a problem body.
   */
  @ServerExceptionMapper(
      priority = AHEAD_OF_BUILT_IN,
      value = {
        JsonProcessingException.class,
        JsonParseException.class,
        JsonMappingException.class,
        MismatchedInputException.class,
        InvalidFormatException.class,
        UnrecognizedPropertyException.class,
        ValueInstantiationException.class
      })
  public Response json(JsonProcessingException error, UriInfo uri) {
    return problem(JsonErrorDescriptions.describe(error), uri);
  }

  @ServerExceptionMapper
  public Response unauthenticated(UnauthorizedException error, UriInfo uri) {
    return Problems.response(
        ProblemType.UNAUTHENTICATED, "A valid bearer token is required", path(uri));
  }

  @ServerExceptionMapper
  public Response authenticationFailed(AuthenticationFailedException error, UriInfo uri) {
    return Problems.response(
        ProblemType.UNAUTHENTICATED,
        "The bearer token is missing, expired or not signed by a trusted issuer",
        path(uri));
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException error, UriInfo uri) {
    return Problems.response(
        ProblemType.FORBIDDEN, "Your token does not carry a role allowed to do this", path(uri));
  }

  @ServerExceptionMapper
  public Response http(WebApplicationException error, UriInfo uri) {
    if (error.getCause() instanceof JsonProcessingException json) {
      return json(json, uri);
    }
    if (error.getCause() instanceof ProblemException problem) {
      return problem(problem, uri);
    }
    int status = error.getResponse().getStatus();
    ProblemType type = ProblemType.forStatus(status);
    Response response = Problems.response(type, HttpStatusDetails.describe(status, uri), path(uri));
    Object allow = error.getResponse().getHeaders().getFirst(HttpHeaders.ALLOW);
    if (allow != null) {
      return Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
    }
    return response;
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable error, UriInfo uri) {
    Response known = known(error, uri, 0);
    if (known != null) {
      return known;
    }
    String reference = UUID.randomUUID().toString();
    LOG.errorf(error, "Unexpected failure serving %s (reference %s)", path(uri), reference);
    return Problems.response(
        ProblemType.INTERNAL_ERROR,
        "An unexpected error occurred; quote reference " + reference + " when reporting it",
        path(uri));
  }

  /**
   * The problem a wrapped failure stands for: its causes and, for failures at commit (deferred
   * constraints), the exceptions suppressed beside them.
   */
  private Response known(Throwable error, UriInfo uri, int depth) {
    if (error == null || depth > 12) {
      return null;
    }
    if (error instanceof ProblemException problem) {
      return problem(problem, uri);
    }
    if (error instanceof OptimisticLockException || error instanceof StaleStateException) {
      return Problems.response(
          ProblemType.PRECONDITION_FAILED,
          "The resource was changed by another request; read it again and retry",
          path(uri));
    }
    if (error instanceof IOException && isUnreadableForm(error)) {
      return Problems.response(
          ProblemType.BAD_REQUEST,
          "The multipart or form body is malformed or ends early: " + error.getMessage(),
          path(uri));
    }
    if (error instanceof IOException && BODY_TOO_LARGE.equals(error.getMessage())) {
      // RESTEasy has already answered 413 itself (bare), while reading a body sent without a length
      return Problems.response(
          ProblemType.PAYLOAD_TOO_LARGE,
          HttpStatusDetails.describe(ProblemType.PAYLOAD_TOO_LARGE.status(), uri),
          path(uri));
    }
    if (error instanceof SQLException sql && sql.getSQLState() != null) {
      Response constraint = constraintViolation(sql.getSQLState(), uri);
      if (constraint != null) {
        return constraint;
      }
    }
    if (error instanceof SQLException sql && DatabaseOutage.isOutage(sql)) {
      LOG.warnf("Database unavailable serving %s: %s", path(uri), sql.getMessage());
      return Response.fromResponse(
              Problems.response(
                  ProblemType.DATABASE_UNAVAILABLE,
                  "The service cannot reach its database at the moment; try again shortly",
                  path(uri)))
          .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
          .build();
    }
    for (Throwable suppressed : error.getSuppressed()) {
      Response found = known(suppressed, uri, depth + 1);
      if (found != null) {
        return found;
      }
    }
    return error.getCause() == error ? null : known(error.getCause(), uri, depth + 1);
  }

  private static Response constraintViolation(String sqlState, UriInfo uri) {
    return switch (sqlState) {
      case UNIQUE_VIOLATION, EXCLUSION_VIOLATION ->
          Problems.response(
              ProblemType.CONFLICT, "The change conflicts with an existing record", path(uri));
      case FOREIGN_KEY_VIOLATION, CHECK_VIOLATION ->
          Problems.response(
              ProblemType.UNPROCESSABLE,
              "The change would break the integrity of the register",
              path(uri));
      default -> null;
    };
  }

  private static String fieldName(ConstraintViolation<?> violation) {
    String parameter = null;
    StringBuilder property = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
      } else if (node.getKind() == ElementKind.PROPERTY
          || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        if (node.isInIterable()) { // the index belongs to the node before
          Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
          property.append('[').append(at == null ? "" : at).append(']');
        }
        if (node.getKind() == ElementKind.PROPERTY) { // not "<list element>"
          if (!property.isEmpty()) {
            property.append('.');
          }
          property.append(node.getName());
        }
      }
    }
    if (!property.isEmpty()) {
      return property.toString();
    }
    return parameter != null ? parameter : "request";
  }

  private static String path(UriInfo uri) {
    return uri == null ? null : uri.getRequestUri().getRawPath();
  }

  /** A multipart or form body that RESTEasy could not parse, as its form reader reports it. */
  private static boolean isUnreadableForm(Throwable error) {
    for (StackTraceElement frame : error.getStackTrace()) {
      if (frame.getClassName().startsWith(FORM_READING)) {
        return true;
      }
    }
    return false;
  }
}
