package org.landscape.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The launcher's local database: an embedded PostgreSQL 17 whose data lives in a folder of the
 * project, with one database per service, durable (fsync and synchronous commit on: see {@link
 * EmbeddedPostgresServer#startPersistent}). Runs until the process is told to stop, then shuts
 * PostgreSQL down cleanly.
 *
 * <p>Arguments: data directory, port, then the databases to create.
 */
public final class DevPostgres {

  private DevPostgres() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: DevPostgres <data-directory> <port> <database>...");
      System.exit(2);
    }
    Path dataDirectory = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    List<String> databases = List.of(args).subList(2, args.length);
    Files.createDirectories(dataDirectory);

    EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(dataDirectory, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.close();
                    System.out.println("PostgreSQL stopped cleanly");
                  } catch (Exception failed) {
                    System.err.println("PostgreSQL did not stop cleanly: " + failed.getMessage());
                  } finally {
                    stopped.countDown();
                  }
                }));
    server.ensureRole("landscape", "landscape");
    for (String database : databases) {
      server.ensureDatabase(database, "landscape");
    }
    System.out.println(
        "PostgreSQL ready on port "
            + server.port()
            + " (data in "
            + dataDirectory
            + "; fsync "
            + server.setting("fsync")
            + ", synchronous_commit "
            + server.setting("synchronous_commit")
            + ")");
    stopped.await();
  }
}
