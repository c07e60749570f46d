package org.landscape.practice.domain;

/** A GP practice's ODS code: a letter and five digits ({@code A81001}). */
public final class PracticeCode {

  public static final String REGEX = "[A-Z][0-9]{5}";
  public static final String MESSAGE =
      "must be a GP practice's ODS code: a letter and five digits (A81001)";

  private PracticeCode() {}

  public static boolean isValid(String code) {
    return code != null && code.matches(REGEX);
  }
}
