package org.landscape.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's PostgreSQL holds a user's data: killed with SIGKILL in the middle of writes, it
 * keeps every write it acknowledged, and nothing half-written. {@link DevPostgres} runs in a JVM of
 * its own, as {@code ./landscape up} runs it; the JVM and every PostgreSQL process are killed at
 * once, then it is started again on the same data.
 */
class DevPostgresDurabilityTest {

  private static final String DATABASE = "durability";
  private static final int WRITERS = 4;

  @TempDir Path folder;

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void everyAcknowledgedWriteSurvivesASigkillMidWrite() throws Exception {
    Path data = folder.resolve("postgres");
    int port = freePort();

    Process first = startDevPostgres(data, port);
    try (Connection connection = connect(port);
        Statement ddl = connection.createStatement()) {
      assertThat(setting(connection, "fsync")).isEqualTo("on");
      assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
      ddl.execute("create table parent (id bigint primary key)");
      ddl.execute(
          "create table child (parent_id bigint not null references parent, n int not null,"
              + " primary key (parent_id, n))");
    }

    Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger ids = new AtomicInteger();
    CountDownLatch enough = new CountDownLatch(300);
    ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
    for (int w = 0; w < WRITERS; w++) {
      writers.submit(() -> write(port, ids, acknowledged, enough, stop));
    }
    assertThat(enough.await(60, TimeUnit.SECONDS)).as("writes are flowing").isTrue();

    // the crash: the launcher's JVM and every PostgreSQL process at once, while writes run
    List<ProcessHandle> victims = new ArrayList<>();
    victims.add(first.toHandle());
    ProcessHandle postmaster = ProcessHandle.of(postmasterPid(data)).orElseThrow();
    victims.add(postmaster);
    victims.addAll(postmaster.descendants().toList());
    victims.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle victim : victims) {
      victim.onExit().get(30, TimeUnit.SECONDS);
    }
    stop.set(true);
    writers.shutdown();
    assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    int sent = ids.get();
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(300);

    Process second = startDevPostgres(data, port);
    try (Connection connection = connect(port);
        Statement query = connection.createStatement()) {
      Set<Long> stored = ConcurrentHashMap.newKeySet();
      try (ResultSet rows = query.executeQuery("select id from parent")) {
        while (rows.next()) {
          stored.add(rows.getLong(1));
        }
      }
      Set<Long> lost = new TreeSet<>(acknowledged);
      lost.removeAll(stored);
      assertThat(lost)
          .as("of %d acknowledged writes, lost in the crash", acknowledged.size())
          .isEmpty();
      assertThat(stored.size()).isLessThanOrEqualTo(sent);
      try (ResultSet halves =
          query.executeQuery(
              "select count(*) from parent p where (select count(*) from child c"
                  + " where c.parent_id = p.id) <> 2")) {
        halves.next();
        assertThat(halves.getLong(1)).as("half-written records").isZero();
      }
    } finally {
      second.destroy();
      assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("clean stop").isTrue();
    }
  }

  /** One transaction per record (a parent and its two children), acknowledged by its commit. */
  private static void write(
      int port,
      AtomicInteger ids,
      Set<Long> acknowledged,
      CountDownLatch enough,
      AtomicBoolean stop) {
    try (Connection connection = connect(port);
        PreparedStatement parent = connection.prepareStatement("insert into parent values (?)");
        PreparedStatement child = connection.prepareStatement("insert into child values (?, ?)")) {
      connection.setAutoCommit(false);
      while (!stop.get()) {
        long id = ids.incrementAndGet();
        parent.setLong(1, id);
        parent.executeUpdate();
        for (int n = 1; n <= 2; n++) {
          child.setLong(1, id);
          child.setInt(2, n);
          child.executeUpdate();
        }
        connection.commit();
        acknowledged.add(id);
        enough.countDown();
      }
    } catch (SQLException killed) {
      // the server went away mid-write: what it acknowledged is what must survive
    }
  }

  private static Process startDevPostgres(Path data, int port) throws Exception {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                DevPostgres.class.getName(),
                data.toString(),
                Integer.toString(port),
                DATABASE)
            .redirectErrorStream(true)
            .start();
    BufferedReader output =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    StringBuilder seen = new StringBuilder();
    String line;
    while ((line = output.readLine()) != null) {
      seen.append(line).append('\n');
      if (line.contains("PostgreSQL ready")) {
        Thread drain = new Thread(() -> drain(output));
        drain.setDaemon(true);
        drain.start();
        return process;
      }
      if (Instant.now().isAfter(deadline)) {
        break;
      }
    }
    process.destroyForcibly();
    throw new IllegalStateException("DevPostgres did not start:\n" + seen);
  }

  private static void drain(BufferedReader output) {
    try {
      while (output.readLine() != null) {
        // keep the pipe from filling
      }
    } catch (IOException closed) {
      // the process ended
    }
  }

  private static long postmasterPid(Path data) throws IOException {
    return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().strip());
  }

  private static Connection connect(int port) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port + "/" + DATABASE, "landscape", "landscape");
  }

  private static String setting(Connection connection, String name) throws SQLException {
    try (PreparedStatement show = connection.prepareStatement("select current_setting(?)")) {
      show.setString(1, name);
      try (ResultSet rows = show.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
