package org.landscape.endtoend;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Registers practices, each checked with ccg-service, while ccg-service is stopped and started
 * again, several times; every answer is kept.
 */
final class PeerOutagesUnderLoad {

  /** One write's answer. */
  record Answer(String practice, int status, String contentType, String body) {}

  private final RunningSuite suite;
  private final String editor;
  private final String ccgCode;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicInteger nextCode = new AtomicInteger();
  final List<Answer> writes = Collections.synchronizedList(new ArrayList<>());
  final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());

  PeerOutagesUnderLoad(RunningSuite suite, String editor, String ccgCode) {
    this.suite = suite;
    this.editor = editor;
    this.ccgCode = ccgCode;
  }

  /**
   * Writes throughout; ccg-service is stopped for {@code down} and started again, {@code outages}
   * times, with {@code up} between; the writes go on for {@code after} once it is last back.
   */
  void run(int outages, Duration up, Duration down, Duration after) throws Exception {
    ExecutorService load = Executors.newFixedThreadPool(2);
    List<Future<?>> workers = List.of(load.submit(this::write), load.submit(this::write));
    try {
      for (int outage = 0; outage < outages; outage++) {
        Thread.sleep(up.toMillis());
        suite.stop(RunningSuite.Service.CCG);
        Thread.sleep(down.toMillis());
        suite.restart(RunningSuite.Service.CCG);
      }
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
    String today = LocalDate.now().toString();
    while (running.get()) {
      String code = String.format("Z8%04d", nextCode.incrementAndGet());
      String body =
          "{\"code\":\""
              + code
              + "\",\"details\":{\"name\":\"PEER OUTAGE TEST "
              + code
              + "\",\"postcode\":\"NE1 1AA\",\"status\":\"ACTIVE\",\"openDate\":\""
              + today
              + "\"},\"ccgCode\":\""
              + ccgCode
              + "\",\"memberFrom\":\""
              + today
              + "\"}";
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(suite.url(RunningSuite.Service.PRACTICE) + "/practices"))
              .timeout(Duration.ofSeconds(30))
              .header("Authorization", "Bearer " + editor)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      Answer answer;
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        answer =
            new Answer(
                code,
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
      } catch (java.io.IOException failed) {
        answer = new Answer(code, 0, "", failed.toString());
      }
      writes.add(answer);
      if (answer.status() == 201) {
        acknowledged.add(code);
      }
      Thread.sleep(20);
    }
    return null;
  }
}
