package org.landscape.common.problem;

import jakarta.ws.rs.core.UriInfo;

/** Plain-English details for errors that the HTTP layer raises before application code runs. */
public final class HttpStatusDetails {

  private HttpStatusDetails() {}

  static String describe(int status, UriInfo uri) {
    return describe(status, uri == null ? null : uri.getRequestUri().getRawPath());
  }

  /** The detail of a problem with this status, for a request to {@code path} (null if unknown). */
  public static String describe(int status, String path) {
    String where = path == null ? "this path" : path;
    return switch (status) {
      case 400 -> "The request is malformed";
      case 401 -> "A valid bearer token is required";
      case 403 -> "Your token does not carry a role allowed to do this";
      case 404 -> "There is no resource at " + where;
      case 405 -> "This method is not allowed on " + where;
      case 406 -> "None of the media types in Accept can be produced; ask for application/json";
      case 413 -> "The request body is larger than this service accepts";
      case 414 -> "The request line is longer than this service accepts";
      case 415 -> "This content type is not supported here; send application/json";
      case 431 -> "The request headers are larger than this service accepts";
      default -> "The request could not be served";
    };
  }
}
