package org.landscape.loader;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The loader's HTTP calls to the suite: uploads with progress, JSON posts and reads. */
public final class SuiteHttp {

  private static final Duration ANSWER_WITHIN = Duration.ofMinutes(10);
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final Suite suite;
  private final PrintStream progress;

  /** {@code progress}: where upload progress bars are drawn, or null for none. */
  public SuiteHttp(Suite suite, PrintStream progress) {
    this.suite = suite;
    this.progress = progress;
  }

  public int portOf(Service service) {
    return service.port(suite.portBase());
  }

  public Answer get(Service service, String path) {
    return send(HttpRequest.newBuilder(suite.uri(service, path)).GET());
  }

  /** A POST of files as multipart/form-data (none: an empty POST), with a progress bar. */
  public Answer upload(
      Service service,
      String path,
      String label,
      Map<String, java.nio.file.Path> files,
      String bearer) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(suite.uri(service, path))
            .header("Authorization", "Bearer " + bearer);
    if (files.isEmpty()) {
      return send(request.POST(BodyPublishers.noBody()));
    }
    Upload upload = new Upload(files);
    try {
      long length = upload.length();
      ProgressBar bar = new ProgressBar(progress, label, length);
      request.header("Content-Type", upload.contentType());
      Answer answer =
          send(
              request.POST(
                  BodyPublishers.fromPublisher(
                      BodyPublishers.ofInputStream(
                          () -> {
                            try {
                              return upload.open(bar::advancedTo);
                            } catch (IOException unreadable) {
                              throw new UncheckedIOException(unreadable);
                            }
                          }),
                      length)));
      bar.finish();
      return answer;
    } catch (IOException unreadable) {
      throw new LoadingFailed("cannot read " + files.values() + ": " + unreadable.getMessage());
    }
  }

  /** A request with an optional JSON body and extra headers. */
  public Answer send(
      Service service,
      String method,
      String path,
      Optional<String> json,
      Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(suite.uri(service, path));
    headers.forEach(request::header);
    if (json.isPresent()) {
      request.header("Content-Type", "application/json");
      request.method(method, BodyPublishers.ofString(json.get()));
    } else {
      request.method(method, BodyPublishers.noBody());
    }
    return send(request);
  }

  private Answer send(HttpRequest.Builder request) {
    URI uri = null;
    try {
      HttpRequest built = request.timeout(ANSWER_WITHIN).build();
      uri = built.uri();
      var response = http.send(built, BodyHandlers.ofString());
      return new Answer(
          response.statusCode(), response.body(), response.headers().firstValue("ETag"));
    } catch (ConnectException refused) {
      throw new LoadingFailed("no service answers at " + uri);
    } catch (IOException failed) {
      throw new LoadingFailed("the call to " + uri + " failed: " + failed.getMessage());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new LoadingFailed("interrupted while calling " + uri);
    }
  }
}
