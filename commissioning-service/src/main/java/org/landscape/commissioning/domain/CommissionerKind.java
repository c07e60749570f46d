package org.landscape.commissioning.domain;

import java.util.regex.Pattern;

/** The kinds of body that commission NHS services, each with the form of its code. */
public enum CommissionerKind {
  CCG(
      "a CCG",
      "[0-9]{2}[A-Z]|[A-Z0-9]{5}",
      "must be a CCG's ODS code: two digits and a letter (00C) or five characters (M1J4Y)"),
  ICB("an ICB", "Q[A-Z0-9]{2}", "must be an ICB's ODS code: Q and two characters (QHM)"),
  NHS_ENGLAND("NHS England", Commissioner.NHS_ENGLAND_CODE, "must be X24, NHS England's ODS code"),
  LOCAL_AUTHORITY(
      "a local authority",
      "E(06|07|08|09|10)[0-9]{6}",
      "must be an upper-tier council's ONS code (E06, E08, E09 or E10 and six digits)");

  /** Any commissioner's code, whatever its kind. */
  public static final String ANY_CODE =
      "[0-9]{2}[A-Z]|[A-Z0-9]{5}|Q[A-Z0-9]{2}|X24|E(06|07|08|09|10)[0-9]{6}";

  public static final String ANY_CODE_MESSAGE =
      "must be a commissioner's code: a CCG's ODS code (00C), an ICB's (QHM), X24, or a council's"
          + " ONS code";

  private final String description;
  private final Pattern code;
  private final String codeMessage;

  CommissionerKind(String description, String code, String codeMessage) {
    this.description = description;
    this.code = Pattern.compile(code);
    this.codeMessage = codeMessage;
  }

  /** How a sentence names this kind: "a CCG", "NHS England", "a local authority". */
  public String description() {
    return description;
  }

  public boolean isValidCode(String candidate) {
    return candidate != null && code.matcher(candidate).matches();
  }

  public String codeMessage() {
    return codeMessage;
  }
}
