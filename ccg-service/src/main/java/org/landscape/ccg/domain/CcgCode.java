package org.landscape.ccg.domain;

import java.util.regex.Pattern;

/** An ODS code of a CCG: two digits and a letter ({@code 00C}), or five characters of a merger. */
public final class CcgCode {

  public static final String REGEX = "[0-9]{2}[A-Z]|[A-Z0-9]{5}";
  public static final String MESSAGE =
      "must be a CCG's ODS code: two digits and a letter (00C) or five characters (M1J4Y)";
  private static final Pattern PATTERN = Pattern.compile(REGEX);

  private CcgCode() {}

  public static boolean isValid(String code) {
    return code != null && PATTERN.matcher(code).matches();
  }
}
