package org.landscape.ccg.domain;

import java.util.regex.Pattern;

/** An ODS code of an Integrated Care Board: Q and two characters ({@code QHM}). */
public final class IcbCode {

  public static final String REGEX = "Q[A-Z0-9]{2}";
  public static final String MESSAGE = "must be an ICB's ODS code: Q and two characters (QHM)";
  private static final Pattern PATTERN = Pattern.compile(REGEX);

  private IcbCode() {}

  public static boolean isValid(String code) {
    return code != null && PATTERN.matcher(code).matches();
  }
}
