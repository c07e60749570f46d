package org.landscape.hwb.domain;

import java.util.regex.Pattern;

/** The ONS code of an English council: {@code E06}-{@code E10} and six digits. */
public final class LocalAuthorityCode {

  public static final String REGEX = "E(06|07|08|09|10)\\d{6}";
  public static final String MESSAGE =
      "must be an English local authority ONS code: E06, E07, E08, E09 or E10 and six digits";
  private static final Pattern PATTERN = Pattern.compile(REGEX);

  private LocalAuthorityCode() {}

  public static boolean isValid(String code) {
    return code != null && PATTERN.matcher(code).matches();
  }
}
