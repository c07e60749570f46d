package org.landscape.testsupport;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request byte for byte over a socket to the service under test and reads the whole answer:
 * for what HTTP clients refuse to send or to wait for (over-long request lines and headers, bodies
 * larger than announced or accepted).
 */
public final class RawRequest {

  /** The raw response: status line, headers and body. */
  public record Answer(int status, String head, String body) {

    /** The value of a response header, or null. */
    public String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).strip();
        }
      }
      return null;
    }
  }

  private RawRequest() {}

  /**
   * Writes {@code head} (request line and headers, without the blank line that ends them, which is
   * added), then {@code body}, and reads the answer until the service closes the connection.
   */
  public static Answer send(String head, byte[] body) throws IOException {
    return send(RestAssured.port, head, body);
  }

  /** As {@link #send(String, byte[])}, to a service on another local port. */
  public static Answer send(int port, String head, byte[] body) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      try {
        out.write(body);
        out.flush();
      } catch (IOException answeredEarly) {
        // the service may answer and close before it has read the whole body
      }
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int split = response.indexOf("\r\n\r\n");
      String answerHead = split < 0 ? response : response.substring(0, split);
      String answerBody = split < 0 ? "" : response.substring(split + 4);
      int status = Integer.parseInt(answerHead.substring(9, 12));
      return new Answer(status, answerHead, answerBody);
    }
  }

  /** A GET of {@code target} (path and query, sent as given) with extra header lines. */
  public static Answer get(String target, String... headerLines) throws IOException {
    StringBuilder head = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost");
    for (String line : headerLines) {
      head.append("\r\n").append(line);
    }
    return send(head.toString(), new byte[0]);
  }
}
