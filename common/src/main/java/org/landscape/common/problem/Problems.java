package org.landscape.common.problem;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.landscape.common.imports.BadRow;

/** Builds problem responses; the single place that decides how a problem goes on the wire. */
public final class Problems {

  private Problems() {}

  public static Response response(
      ProblemType type, String detail, String path, List<FieldViolation> errors) {
    return response(problem(type, detail, path, errors, List.of()));
  }

  public static Response response(Problem body) {
    ProblemType type = ProblemType.forStatus(body.status());
    Response.ResponseBuilder builder =
        Response.status(body.status()).type(Problem.MEDIA_TYPE).entity(body);
    if (body.status() == ProblemType.UNAUTHENTICATED.status()) {
      builder.header("WWW-Authenticate", "Bearer");
    }
    return builder.build();
  }

  public static Response response(ProblemType type, String detail, String path) {
    return response(type, detail, path, List.of());
  }

  public static Problem problem(
      ProblemType type,
      String detail,
      String path,
      List<FieldViolation> errors,
      List<BadRow> badRows) {
    return new Problem(
        type.type(),
        type.title(),
        type.status(),
        detail,
        instance(path),
        List.copyOf(errors),
        List.copyOf(badRows),
        CurrentTrace.id().orElse(null));
  }

  private static URI instance(String path) {
    if (path == null || path.isEmpty()) {
      return null;
    }
    try {
      return URI.create(path);
    } catch (IllegalArgumentException notAUri) {
      return null;
    }
  }
}
