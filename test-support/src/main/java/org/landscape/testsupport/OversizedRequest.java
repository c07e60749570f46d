package org.landscape.testsupport;

import java.io.IOException;

/**
 * Announces a body larger than the service accepts and reads the answer, which the service sends
 * before the body arrives (HTTP clients tend to fail writing the body once it has answered).
 */
public final class OversizedRequest {

  private OversizedRequest() {}

  public static RawRequest.Answer post(String path, long contentLength, String bearerToken)
      throws IOException {
    return RawRequest.send(
        "POST "
            + path
            + " HTTP/1.1\r\n"
            + "Host: localhost\r\n"
            + "Content-Type: application/json\r\n"
            + "Authorization: Bearer "
            + bearerToken
            + "\r\n"
            + "Content-Length: "
            + contentLength,
        new byte[0]);
  }
}
