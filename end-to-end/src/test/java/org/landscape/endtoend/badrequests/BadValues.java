package org.landscape.endtoend.badrequests;

import java.util.List;

/**
 * Values that no parameter of the suite accepts, percent-encoded as sent: blanks, wrong types,
 * out-of-range and malformed numbers and dates, control and invalid UTF-8 bytes, huge values and
 * injection attempts. The classes that once answered 500 (blank numbers, booleans and path
 * segments) come first.
 */
final class BadValues {

  static final List<String> QUERY =
      List.of(
          "+",
          "%20%20",
          "%09",
          "+%0A",
          "abc",
          "-1",
          "0",
          "99999999999999999999",
          "1.5",
          "NaN",
          "1e309",
          "2013-02-30",
          "20130401",
          "9999-12-31T25:00",
          "%2B999999999-01-01",
          "0000-12-31",
          "-0001-01-01",
          "%2B10000-01-01T00:00:00Z",
          "%00",
          "%FF%FE",
          "%C3%A9%E2%82%AC",
          "%E2%80%8B",
          "x".repeat(3_000),
          "%27%20OR%201%3D1--",
          "%2E%2E%2F%2E%2E%2Fetc",
          "%5B%5D",
          "true%00",
          "%0D%0ASet-Cookie:%20x");

  static final List<String> PATH =
      List.of(
          "%20",
          "+",
          "%09",
          "abc",
          "-1",
          "0",
          "99999999999999999999",
          "1.5",
          "NaN",
          "x".repeat(1_200),
          "%00",
          "%FF",
          "%2E%2E",
          "%25",
          "%C3%A9",
          "%E2%80%8B",
          "a%2Fb",
          "%27%22%3C%3E",
          "A81001%0D%0AX-Injected:%201");

  static final List<String> HEADER =
      List.of("abc", "\"", "W/\"", "\"-1\"", "\"99999999999999999999\"", "x".repeat(2_000), " ");

  /** Whole bodies that are not JSON, or not the JSON any operation takes. */
  static final List<String> JSON_BODY =
      List.of(
          "",
          " ",
          "{",
          "}",
          "null",
          "[]",
          "\"x\"",
          "42",
          "{\"a\":}",
          "{'a':1}",
          "{\"a\":1,}",
          "{\"a\":1}{\"b\":2}",
          "[".repeat(5_000),
          "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000),
          "\"" + "x".repeat(200_000) + "\"",
          "{\"a\":1e99999999}");

  /** Media types that no JSON operation takes, each with a body of that type. */
  static final List<String[]> FOREIGN_MEDIA =
      List.of(
          new String[] {"text/plain", "{}"},
          new String[] {"application/xml", "<a/>"},
          new String[] {"application/x-www-form-urlencoded", "a=1"},
          new String[] {"multipart/form-data", "{}"},
          new String[] {"application/json; charset=x-no-such-charset", "{}"},
          new String[] {"not a media type", "{}"},
          new String[] {"application/json;;;", "{"});

  /** Accept headers that name nothing the suite writes, or are malformed. */
  static final List<String> ACCEPT =
      List.of("application/xml", "image/png", "text/html;q=abc", "*/*;q=2", "%%%");

  private BadValues() {}
}
