package org.landscape.commissioning.client;

import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import java.util.function.Supplier;

/** A peer's 404 means "does not exist": an empty answer, not a failure. */
final class NotFound {

  private static final int NOT_FOUND = 404;

  private NotFound() {}

  static <T> Optional<T> asEmpty(Supplier<T> call) {
    try {
      return Optional.ofNullable(call.get());
    } catch (WebApplicationException answered) {
      if (answered.getResponse() != null && answered.getResponse().getStatus() == NOT_FOUND) {
        return Optional.empty();
      }
      throw answered;
    }
  }
}
