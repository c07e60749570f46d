package org.landscape.common.problem;

import java.net.URI;

/** The kinds of problem the services report, each with its HTTP status and a stable type URI. */
public enum ProblemType {
  BAD_REQUEST(400, "bad-request", "The request is malformed"),
  VALIDATION_FAILED(400, "validation-failed", "The request is not valid"),
  UNAUTHENTICATED(401, "unauthenticated", "Authentication is required"),
  FORBIDDEN(403, "forbidden", "You are not allowed to do this"),
  NOT_FOUND(404, "not-found", "Not found"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
  NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
  CONFLICT(409, "conflict", "The request conflicts with the current state"),
  PRECONDITION_FAILED(412, "precondition-failed", "The resource has changed"),
  PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
  URI_TOO_LONG(414, "uri-too-long", "The request line is too long"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
  UNPROCESSABLE(422, "unprocessable", "The request cannot be processed"),
  RULE_VIOLATED(422, "rule-violated", "A business rule forbids this"),
  IMPORT_REJECTED(422, "import-rejected", "The file has bad rows; nothing was imported"),
  PRECONDITION_REQUIRED(428, "precondition-required", "If-Match is required"),
  HEADER_FIELDS_TOO_LARGE(431, "header-fields-too-large", "The request headers are too large"),
  INTERNAL_ERROR(500, "internal-error", "Internal error"),
  PEER_UNAVAILABLE(503, "peer-unavailable", "A service this request depends on is unavailable"),
  DATABASE_UNAVAILABLE(503, "database-unavailable", "The service's database is unavailable");

  private final int status;
  private final URI type;
  private final String title;

  ProblemType(int status, String slug, String title) {
    this.status = status;
    this.type = URI.create("urn:landscape:problem:" + slug);
    this.title = title;
  }

  public int status() {
    return status;
  }

  public URI type() {
    return type;
  }

  public String title() {
    return title;
  }

  private boolean isGeneric() {
    return this != VALIDATION_FAILED
        && this != RULE_VIOLATED
        && this != IMPORT_REJECTED
        && this != PRECONDITION_REQUIRED
        && this != DATABASE_UNAVAILABLE;
  }

  /** The type that a bare HTTP status maps to, for errors raised by the HTTP layer. */
  public static ProblemType forStatus(int status) {
    for (ProblemType candidate : values()) {
      if (candidate.status == status && candidate.isGeneric()) {
        return candidate;
      }
    }
    return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
  }
}
