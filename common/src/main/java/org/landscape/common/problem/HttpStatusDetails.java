package org.landscape.common.problem;

import jakarta.ws.rs.core.UriInfo;

/** Plain-English details for errors that the HTTP layer raises before application code runs. */
final class HttpStatusDetails {

  private HttpStatusDetails() {}

  static String describe(int status, UriInfo uri) {
    String path = uri == null ? "this path" : uri.getRequestUri().getRawPath();
    return switch (status) {
      case 400 -> "The request is malformed";
      case 401 -> "A valid bearer token is required";
      case 403 -> "Your token does not carry a role allowed to do this";
      case 404 -> "There is no resource at " + path;
      case 405 -> "This method is not allowed on " + path;
      case 406 -> "None of the media types in Accept can be produced; ask for application/json";
      case 413 -> "The request body is larger than this service accepts";
      case 415 -> "This content type is not supported here; send application/json";
      default -> "The request could not be served";
    };
  }
}
