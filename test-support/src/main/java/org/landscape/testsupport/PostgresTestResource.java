package org.landscape.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL of every service's tests, with no set-up: the server named by {@code
 * LANDSCAPE_TEST_DB_URL} (a JDBC URL of a database whose user may create databases) when set;
 * otherwise Testcontainers' PostgreSQL when a Docker engine answers; otherwise an embedded
 * PostgreSQL 17. Every start gets a fresh, empty database.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

  private static final String USER = "landscape";
  private static final String PASSWORD = "landscape";

  private static EmbeddedPostgresServer embedded;
  private PostgreSQLContainer container;

  @Override
  public Map<String, String> start() {
    String externalUrl = System.getenv("LANDSCAPE_TEST_DB_URL");
    try {
      if (externalUrl != null && !externalUrl.isBlank()) {
        return freshDatabaseOnExternalServer(externalUrl);
      }
      if (dockerAvailable()) {
        return freshContainer();
      }
      return freshDatabaseOnEmbeddedServer();
    } catch (Exception failed) {
      throw new IllegalStateException("Cannot provide a PostgreSQL for the tests", failed);
    }
  }

  @Override
  public void stop() {
    if (container != null) {
      container.stop();
    }
  }

  private Map<String, String> freshDatabaseOnExternalServer(String url) throws SQLException {
    String user = System.getenv().getOrDefault("LANDSCAPE_TEST_DB_USER", "postgres");
    String password = System.getenv().getOrDefault("LANDSCAPE_TEST_DB_PASSWORD", "");
    String database = freshName();
    try (Connection admin = DriverManager.getConnection(url, user, password);
        Statement create = admin.createStatement()) {
      create.execute("create database " + EmbeddedPostgresServer.quoteIdentifier(database));
    }
    int lastSlash = url.lastIndexOf('/');
    return datasource(url.substring(0, lastSlash + 1) + database, user, password);
  }

  private Map<String, String> freshContainer() {
    container =
        new PostgreSQLContainer("postgres:17-alpine")
            .withDatabaseName(freshName())
            .withUsername(USER)
            .withPassword(PASSWORD);
    container.start();
    return datasource(container.getJdbcUrl(), USER, PASSWORD);
  }

  private Map<String, String> freshDatabaseOnEmbeddedServer() throws Exception {
    EmbeddedPostgresServer server = sharedEmbeddedServer();
    String database = freshName();
    server.ensureDatabase(database, USER);
    return datasource(server.jdbcUrl(database), USER, PASSWORD);
  }

  private static synchronized EmbeddedPostgresServer sharedEmbeddedServer() throws Exception {
    if (embedded == null) {
      embedded = EmbeddedPostgresServer.startTemporary();
      embedded.ensureRole(USER, PASSWORD);
      EmbeddedPostgresServer started = embedded;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (Exception ignored) {
                      // the JVM is exiting; the temporary folder goes with it
                    }
                  }));
    }
    return embedded;
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (Throwable noDocker) {
      return false;
    }
  }

  private static String freshName() {
    return "test_" + UUID.randomUUID().toString().replace("-", "");
  }

  private static Map<String, String> datasource(String url, String user, String password) {
    return Map.of(
        "quarkus.datasource.jdbc.url", url,
        "quarkus.datasource.username", user,
        "quarkus.datasource.password", password);
  }
}
