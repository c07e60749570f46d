import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Concurrent GETs of one resource path for a while; prints throughput and latency percentiles.
 * java benchmarks/LoadGet.java <base-url> <path-template with {code}> <codes-url> <concurrency> <seconds>
 * e.g. java benchmarks/LoadGet.java http://localhost:8082 '/practices/{code}?asOf=2014-01-01' \
 *        'http://localhost:8082/practices?limit=500' 32 30
 */
public class LoadGet {

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String template = args[1];
    int concurrency = Integer.parseInt(args[3]);
    int seconds = Integer.parseInt(args[4]);
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    List<String> codes = codes(client, args[2]);
    System.out.printf("%d codes, %d concurrent clients, %d s%n", codes.size(), concurrency, seconds);

    // warm-up, not measured
    run(client, base, template, codes, concurrency, 5);
    Result result = run(client, base, template, codes, concurrency, seconds);
    List<Long> latencies = new ArrayList<>(result.latenciesMicros);
    Collections.sort(latencies);
    System.out.printf("requests: %d, errors: %d, throughput: %.0f req/s%n", latencies.size(), result.errors.get(), latencies.size() / (double) seconds);
    System.out.printf("latency ms: p50 %.2f, p95 %.2f, p99 %.2f, max %.2f%n",
        pct(latencies, 50), pct(latencies, 95), pct(latencies, 99), latencies.getLast() / 1000.0);
  }

  record Result(ConcurrentLinkedQueue<Long> latenciesMicros, AtomicInteger errors) {}

  static Result run(HttpClient client, String base, String template, List<String> codes, int concurrency, int seconds) throws Exception {
    Result result = new Result(new ConcurrentLinkedQueue<>(), new AtomicInteger());
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
      for (int worker = 0; worker < concurrency; worker++) {
        int offset = worker;
        pool.submit(() -> {
          int i = offset;
          while (System.nanoTime() < end) {
            String code = codes.get(i++ % codes.size());
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + template.replace("{code}", code))).GET().build();
            long start = System.nanoTime();
            try {
              HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
              if (response.statusCode() != 200) {
                result.errors.incrementAndGet();
              }
            } catch (Exception failed) {
              result.errors.incrementAndGet();
            }
            result.latenciesMicros.add((System.nanoTime() - start) / 1000);
          }
          return null;
        });
      }
    }
    return result;
  }

  static List<String> codes(HttpClient client, String url) throws Exception {
    String body = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    Matcher matcher = Pattern.compile("\"code\":\"([A-Z0-9]+)\"").matcher(body);
    List<String> codes = new ArrayList<>();
    while (matcher.find()) {
      codes.add(matcher.group(1));
    }
    return codes;
  }

  static double pct(List<Long> sorted, int percentile) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1)) / 1000.0;
  }
}
