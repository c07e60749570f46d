package org.landscape.endtoend;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.landscape.testsupport.EmbeddedPostgresServer;

/**
 * The suite as the launcher runs it: a real PostgreSQL with a database per service, and the four
 * services as separate processes from their built jars, calling each other over HTTP. A service can
 * be stopped and started again while the others run.
 */
final class RunningSuite implements AutoCloseable {

  enum Service {
    CCG,
    PRACTICE,
    COMMISSIONING,
    HWB;

    String module() {
      return name().toLowerCase() + "-service";
    }

    String database() {
      return name().toLowerCase();
    }
  }

  private final Path root =
      Path.of(System.getProperty("landscape.root", "..")).toAbsolutePath().normalize();
  private final Path logs = Path.of("target", "end-to-end-logs").toAbsolutePath();
  private final EmbeddedPostgresServer postgres;
  private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
  private final Map<Service, Process> processes = new EnumMap<>(Service.class);
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private int portBase;

  private RunningSuite(EmbeddedPostgresServer postgres) {
    this.postgres = postgres;
  }

  static RunningSuite start() throws Exception {
    EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startTemporary();
    postgres.ensureRole("landscape", "landscape");
    RunningSuite suite = new RunningSuite(postgres);
    suite.portBase = freePortBase();
    for (Service service : Service.values()) {
      postgres.ensureDatabase(service.database(), "landscape");
      suite.ports.put(service, suite.portBase + service.ordinal() + 1);
    }
    Files.createDirectories(suite.logs);
    for (Service service : Service.values()) {
      suite.launch(service);
    }
    for (Service service : Service.values()) {
      suite.awaitReady(service);
    }
    return suite;
  }

  String url(Service service) {
    return "http://localhost:" + ports.get(service);
  }

  int port(Service service) {
    return ports.get(service);
  }

  void stop(Service service) throws InterruptedException {
    Process process = processes.remove(service);
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  /** Restarts PostgreSQL under the running services, down for {@code down}. */
  void restartDatabase(Duration down) throws IOException, InterruptedException {
    postgres.restart(down);
  }

  /** A connection to the service's own database, as the service's user. */
  java.sql.Connection database(Service service) throws java.sql.SQLException {
    return java.sql.DriverManager.getConnection(
        postgres.jdbcUrl(service.database()), "landscape", "landscape");
  }

  /** Kills the service at once (SIGKILL), as a crash would: nothing of it runs to an end. */
  void kill(Service service) throws InterruptedException {
    processes.remove(service).destroyForcibly().waitFor();
  }

  void restart(Service service) throws Exception {
    launch(service);
    awaitReady(service);
  }

  /**
   * Runs the launcher's loader ({@code ./landscape import}) against the suite: the official files
   * of {@code dataDir}, the given parts only. Fails unless every import of those parts succeeded.
   */
  void importWithTheLoader(Path dataDir, String parts) throws Exception {
    List<String> command =
        List.of(
            java(),
            "-cp",
            root.resolve("loader/target/classes")
                + java.io.File.pathSeparator
                + root.resolve("loader/target/lib/*"),
            "org.landscape.loader.LoaderCommand",
            "--port-base",
            Integer.toString(portBase),
            "--signing-key",
            root.resolve("config/dev-jwt/private-key.pem").toString(),
            "--no-color",
            "import",
            "--parts",
            parts,
            dataDir.toString());
    Process loader =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("loader.log").toFile()))
            .start();
    if (!loader.waitFor(10, TimeUnit.MINUTES) || loader.exitValue() != 0) {
      throw new IllegalStateException("the loader failed; see " + logs.resolve("loader.log"));
    }
  }

  /** A development token for the roles, printed by the same tool the README gives users. */
  String token(String... roles) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                java(),
                "-Ddev.jwt.key=" + root.resolve("config/dev-jwt/private-key.pem"),
                root.resolve("config/dev-jwt/DevToken.java").toString()));
    command.addAll(List.of(roles));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output =
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("DevToken failed: " + output);
    }
    return output;
  }

  @Override
  public void close() throws Exception {
    for (Service service : List.copyOf(processes.keySet())) {
      stop(service);
    }
    postgres.close();
  }

  private void launch(Service service) throws IOException {
    Path jar = root.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(
          jar + " is missing: build the services first (./mvnw package)");
    }
    ProcessBuilder builder =
        new ProcessBuilder(
            java(), "-XX:MaxRAMPercentage=8", "-XX:+UseSerialGC", "-jar", jar.toString());
    Map<String, String> env = builder.environment();
    env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.get(service)));
    env.put("LANDSCAPE_DB_URL", postgres.jdbcUrl(service.database()));
    env.put("LANDSCAPE_JWT_KEY_LOCATION", root.resolve("config/dev-jwt/public-key.pem").toString());
    env.put("LANDSCAPE_JWT_ISSUER", "urn:landscape:dev");
    env.put("LANDSCAPE_CCG_URL", url(Service.CCG));
    env.put("LANDSCAPE_PRACTICE_URL", url(Service.PRACTICE));
    env.put("LANDSCAPE_HWB_URL", url(Service.HWB));
    env.put("LANDSCAPE_FEED_INTERVAL", "1s");
    env.put(
        "LANDSCAPE_SERVICE_SIGNING_KEY", root.resolve("config/dev-jwt/private-key.pem").toString());
    env.put("LANDSCAPE_SAGA_INTERVAL", "1s");
    env.put("LANDSCAPE_SAGA_LEASE", "5s");
    builder.redirectErrorStream(true);
    builder.redirectOutput(
        ProcessBuilder.Redirect.appendTo(logs.resolve(service.module() + ".log").toFile()));
    processes.put(service, builder.start());
  }

  private void awaitReady(Service service) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(url(service) + "/q/health/ready"))
            .timeout(Duration.ofSeconds(2))
            .build();
    while (Instant.now().isBefore(deadline)) {
      if (!processes.get(service).isAlive()) {
        throw new IllegalStateException(
            service.module() + " exited; see " + logs.resolve(service.module() + ".log"));
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(service.module() + " was not ready within 3 minutes");
  }

  private static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  /** A base whose next four ports are free, as the launcher lays the services out (base+1..4). */
  private static int freePortBase() throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int base;
      try (ServerSocket socket = new ServerSocket(0)) {
        base = socket.getLocalPort() - 1;
      }
      if (base + 4 <= 65_535 && allFree(base + 1, base + 4)) {
        return base;
      }
    }
    throw new IllegalStateException("found no four consecutive free ports");
  }

  private static boolean allFree(int first, int last) {
    for (int port = first; port <= last; port++) {
      try (ServerSocket socket = new ServerSocket(port)) {
        socket.setReuseAddress(true);
      } catch (IOException taken) {
        return false;
      }
    }
    return true;
  }
}
