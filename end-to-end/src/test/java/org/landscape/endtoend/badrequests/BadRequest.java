package org.landscape.endtoend.badrequests;

import java.util.Map;

/**
 * One bad request for one operation: what it spoils, and the request itself. The target is the path
 * and query as sent, already percent-encoded.
 */
record BadRequest(
    String operation,
    String spoils,
    String method,
    boolean write,
    String target,
    Map<String, String> headers,
    byte[] body) {

  static final byte[] NO_BODY = new byte[0];

  BadRequest withHeader(String name, String value) {
    Map<String, String> more = new java.util.LinkedHashMap<>(headers);
    more.put(name, value);
    return new BadRequest(operation, spoils, method, write, target, Map.copyOf(more), body);
  }

  @Override
  public String toString() {
    return method + " " + abbreviated(target) + " (" + spoils + ")";
  }

  private static String abbreviated(String text) {
    return text.length() <= 160 ? text : text.substring(0, 160) + "…(" + text.length() + ")";
  }
}
