package org.landscape.common.http;

/**
 * Text the suite takes from a request: no control characters other than tab, line feed and carriage
 * return. PostgreSQL cannot store NUL in text at all, and the others have no place in a code, a
 * name or a search.
 */
public final class PlainText {

  private PlainText() {}

  public static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
        return false;
      }
    }
    return true;
  }

  public static final String RULE = "must not contain control characters";
}
