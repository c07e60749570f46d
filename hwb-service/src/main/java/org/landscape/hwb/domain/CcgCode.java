package org.landscape.hwb.domain;

/** An ODS code of a CCG: two digits and a letter ({@code 00G}), or five characters of a merger. */
public final class CcgCode {

  public static final String REGEX = "[0-9]{2}[A-Z]|[A-Z0-9]{5}";
  public static final String MESSAGE =
      "must be a CCG's ODS code: two digits and a letter (00G) or five characters (M1J4Y)";

  private CcgCode() {}
}
