package org.landscape.testsupport;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Announces a body larger than the service accepts and reads the answer, which the service sends
 * before the body arrives (HTTP clients tend to fail writing the body once it has answered).
 */
public final class OversizedRequest {

  /** The raw response: status line, headers and body. */
  public record Answer(int status, String head, String body) {}

  private OversizedRequest() {}

  public static Answer post(String path, long contentLength, String bearerToken)
      throws IOException {
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      String request =
          "POST "
              + path
              + " HTTP/1.1\r\n"
              + "Host: localhost\r\n"
              + "Content-Type: application/json\r\n"
              + "Authorization: Bearer "
              + bearerToken
              + "\r\n"
              + "Content-Length: "
              + contentLength
              + "\r\n"
              + "Connection: close\r\n\r\n";
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int split = response.indexOf("\r\n\r\n");
      String head = split < 0 ? response : response.substring(0, split);
      String body = split < 0 ? "" : response.substring(split + 4);
      int status = Integer.parseInt(head.substring(9, 12));
      return new Answer(status, head, body);
    }
  }
}
