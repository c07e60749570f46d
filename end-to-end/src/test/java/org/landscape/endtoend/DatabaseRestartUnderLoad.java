package org.landscape.endtoend;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes, reads and readiness probes run against the suite while its PostgreSQL is restarted, and
 * every answer is kept: what it was, and when, relative to the outage.
 */
final class DatabaseRestartUnderLoad {

  /** One answer of the load: a write of a provider, a read, or a readiness probe. */
  record Answer(String what, String target, int status, String contentType, String body) {}

  private final RunningSuite suite;
  private final String editor;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicInteger nextCode = new AtomicInteger();
  final List<Answer> writes = Collections.synchronizedList(new ArrayList<>());
  final List<Answer> reads = Collections.synchronizedList(new ArrayList<>());
  final Map<RunningSuite.Service, List<Integer>> readiness = new ConcurrentHashMap<>();
  final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());

  DatabaseRestartUnderLoad(RunningSuite suite, String editor) {
    this.suite = suite;
    this.editor = editor;
  }

  /** Runs the load, restarts the database in the middle, and runs on until the suite recovers. */
  void run(Duration before, Duration down, Duration after) throws Exception {
    ExecutorService load = Executors.newFixedThreadPool(4);
    List<Future<?>> workers = new ArrayList<>();
    workers.add(load.submit(this::write));
    workers.add(load.submit(this::write));
    workers.add(load.submit(this::read));
    workers.add(load.submit(this::probeReadiness));
    try {
      Thread.sleep(before.toMillis());
      suite.restartDatabase(down);
      Thread.sleep(after.toMillis());
    } finally {
      running.set(false);
      for (Future<?> worker : workers) {
        worker.get(60, TimeUnit.SECONDS);
      }
      load.shutdown();
    }
  }

  private Void write() throws InterruptedException {
    while (running.get()) {
      String serial = Integer.toString(nextCode.incrementAndGet(), 36).toUpperCase(Locale.ROOT);
      String code = "ZZ" + "0".repeat(3 - serial.length()) + serial;
      String body =
          "{\"code\":\""
              + code
              + "\",\"name\":\"RESTART TEST "
              + code
              + "\",\"kind\":\"INDEPENDENT_SECTOR\",\"openDate\":\"2020-04-01\"}";
      Answer answer =
          send(
              "write",
              HttpRequest.newBuilder(
                      URI.create(suite.url(RunningSuite.Service.COMMISSIONING) + "/providers"))
                  .header("Authorization", "Bearer " + editor)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body)));
      writes.add(answer);
      if (answer.status() == 201) {
        acknowledged.add(code);
      }
      Thread.sleep(10);
    }
    return null;
  }

  private Void read() throws InterruptedException {
    String[] targets = {
      suite.url(RunningSuite.Service.CCG) + "/ccgs/00C?asOf=2014-01-01",
      suite.url(RunningSuite.Service.PRACTICE) + "/practices/A81001?asOf=2014-01-01",
      suite.url(RunningSuite.Service.COMMISSIONING) + "/providers?limit=5",
      suite.url(RunningSuite.Service.HWB) + "/local-authorities/E06000001"
    };
    for (int i = 0; running.get(); i++) {
      reads.add(send("read", HttpRequest.newBuilder(URI.create(targets[i % targets.length]))));
    }
    return null;
  }

  private Void probeReadiness() throws InterruptedException {
    while (running.get()) {
      for (RunningSuite.Service service : RunningSuite.Service.values()) {
        Answer answer =
            send(
                "ready",
                HttpRequest.newBuilder(URI.create(suite.url(service) + "/q/health/ready")));
        readiness
            .computeIfAbsent(service, s -> Collections.synchronizedList(new ArrayList<>()))
            .add(answer.status());
      }
      Thread.sleep(200);
    }
    return null;
  }

  private Answer send(String what, HttpRequest.Builder request) throws InterruptedException {
    HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
    try {
      HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
      return new Answer(
          what,
          built.uri().getPath(),
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (java.io.IOException failed) {
      return new Answer(what, built.uri().getPath(), 0, "", failed.toString());
    }
  }
}
