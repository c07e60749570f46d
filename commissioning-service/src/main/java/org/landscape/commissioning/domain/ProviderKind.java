package org.landscape.commissioning.domain;

import java.util.regex.Pattern;

/** The kinds of provider that hold contracts, each with the form of its ODS code. */
public enum ProviderKind {
  NHS_TRUST("R[A-Z0-9]{2}|[A-Z0-9]{5}", "an NHS trust's ODS code: R and two characters (RX1)"),
  INDEPENDENT_SECTOR("[A-Z0-9]{3,5}", "an ODS code of 3 to 5 letters and digits (NT4)"),
  VOLUNTARY_SECTOR("[A-Z0-9]{3,5}", "an ODS code of 3 to 5 letters and digits (NL3)"),
  GP_PRACTICE("[A-Z][0-9]{5}", "a GP practice's ODS code: a letter and five digits (A81001)");

  /** Any provider's code, whatever its kind. */
  public static final String ANY_CODE = "[A-Z0-9]{3,6}";

  public static final String ANY_CODE_MESSAGE = "must be a provider's ODS code (RX1, A81001)";

  private final Pattern code;
  private final String codeDescription;

  ProviderKind(String code, String codeDescription) {
    this.code = Pattern.compile(code);
    this.codeDescription = codeDescription;
  }

  public boolean isValidCode(String candidate) {
    return candidate != null && code.matcher(candidate).matches();
  }

  public String codeMessage() {
    return "must be " + codeDescription + " for a provider of kind " + name();
  }
}
