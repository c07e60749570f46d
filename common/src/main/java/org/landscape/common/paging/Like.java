package org.landscape.common.paging;

/** Escapes LIKE wildcards so that a search text matches literally (with {@code escape '\'}). */
public final class Like {

  private Like() {}

  public static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
