package org.landscape.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** A real PostgreSQL 17 server run from the zonky binaries, with no installation. */
public final class EmbeddedPostgresServer implements AutoCloseable {

  private final EmbeddedPostgres.Builder builder;
  private final Path disposableData;
  private EmbeddedPostgres postgres;

  private EmbeddedPostgresServer(EmbeddedPostgres.Builder builder, Path disposableData)
      throws IOException {
    this.builder = builder;
    this.disposableData = disposableData;
    this.postgres = builder.start();
  }

  /**
   * A throw-away server on a free port, its data in a temporary folder that {@link #close()}
   * deletes. It trades durability for speed, as zonky's defaults do (fsync off, synchronous_commit
   * off): a test's data need not survive a crash of the machine, only a {@link #restart}.
   */
  public static EmbeddedPostgresServer startTemporary() throws IOException {
    Path data = Files.createTempDirectory("landscape-postgres");
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    return new EmbeddedPostgresServer(
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setPort(port)
            .setPGStartupWait(Duration.ofSeconds(60)),
        data);
  }

  /**
   * Stops the server as an operator's restart would (its connections are ended), keeps it down for
   * {@code down}, and starts it again on the same data and port.
   */
  public void restart(Duration down) throws IOException, InterruptedException {
    postgres.close();
    Thread.sleep(down.toMillis());
    postgres = builder.start();
  }

  /**
   * A server that keeps its data in {@code dataDirectory} across restarts, durably: a user's data
   * lives there (the launcher's {@link DevPostgres}). zonky starts PostgreSQL with {@code -F}
   * (fsync off) and {@code synchronous_commit=off}; the settings given here come after those on the
   * command line, and so win: every acknowledged commit is flushed to disk before the answer, and
   * survives a crash of PostgreSQL or of the machine.
   */
  public static EmbeddedPostgresServer startPersistent(Path dataDirectory, int port)
      throws IOException {
    return new EmbeddedPostgresServer(
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .setPort(port)
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .setPGStartupWait(Duration.ofSeconds(60)),
        null);
  }

  public int port() {
    return postgres.getPort();
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port() + "/" + database;
  }

  /** The value of a server setting, as {@code SHOW} reports it. */
  public String setting(String name) throws SQLException {
    try (Connection admin = postgres.getPostgresDatabase().getConnection();
        PreparedStatement show = admin.prepareStatement("select current_setting(?)")) {
      show.setString(1, name);
      try (ResultSet rows = show.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }

  /** Creates the login role if missing, with the given password. */
  public void ensureRole(String role, String password) throws SQLException {
    try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
      if (!exists(admin, "select 1 from pg_roles where rolname = ?", role)) {
        try (Statement create = admin.createStatement()) {
          create.execute(
              "create role " + quoteIdentifier(role) + " login password " + quoteLiteral(password));
        }
      }
    }
  }

  /** Creates the database if missing, owned by {@code owner}. */
  public void ensureDatabase(String database, String owner) throws SQLException {
    try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
      if (!exists(admin, "select 1 from pg_database where datname = ?", database)) {
        try (Statement create = admin.createStatement()) {
          create.execute(
              "create database " + quoteIdentifier(database) + " owner " + quoteIdentifier(owner));
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    postgres.close();
    if (disposableData != null) {
      try (java.util.stream.Stream<Path> files = Files.walk(disposableData)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private static boolean exists(Connection connection, String query, String name)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setString(1, name);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next();
      }
    }
  }

  static String quoteIdentifier(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  private static String quoteLiteral(String literal) {
    return "'" + literal.replace("'", "''") + "'";
  }
}
