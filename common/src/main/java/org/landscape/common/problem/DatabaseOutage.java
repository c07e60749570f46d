package org.landscape.common.problem;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

/**
 * A failure that says the database cannot be reached or is going away (connection refused or
 * broken, the server shutting down or not yet accepting connections, no connection free in time),
 * as opposed to one that says the request was wrong. The request may be retried once the database
 * is back; the service itself recovers without a restart, since the pool discards the broken
 * connections.
 */
final class DatabaseOutage {

  static final int RETRY_AFTER_SECONDS = 2;

  /** SQLSTATEs of PostgreSQL's "connection exception" class (08) are matched by prefix. */
  private static final Set<String> OUTAGE_STATES =
      Set.of(
          "57P01", // admin_shutdown
          "57P02", // crash_shutdown
          "57P03", // cannot_connect_now (starting up, or in recovery)
          "53300"); // too_many_connections

  private DatabaseOutage() {}

  static boolean isOutage(SQLException error) {
    String state = error.getSQLState();
    if (state != null && (state.startsWith("08") || OUTAGE_STATES.contains(state))) {
      return true;
    }
    // Agroal's pool timing out while no connection can be made or freed
    String message = error.getMessage();
    return message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
  }
}
