package org.landscape.endtoend;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** An upload to a service that is killed (SIGKILL) a given time after the upload has started. */
record ImportKill(boolean answered) {

  private static final String BOUNDARY = "landscape-import-kill";

  static ImportKill midway(
      RunningSuite suite,
      RunningSuite.Service service,
      String target,
      File file,
      String token,
      Duration after)
      throws Exception {
    byte[] head =
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getName()
                + "\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] content = Files.readAllBytes(file.toPath());
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(suite.url(service) + target))
            .timeout(Duration.ofMinutes(2))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    CompletableFuture<HttpResponse<String>> upload =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .sendAsync(request, HttpResponse.BodyHandlers.ofString());
    Thread.sleep(after.toMillis());
    boolean answered = upload.isDone() && !upload.isCompletedExceptionally();
    suite.kill(service);
    try {
      upload.get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException cutOff) {
      // the connection died with the service, as expected mid-import
    }
    return new ImportKill(answered);
  }
}
