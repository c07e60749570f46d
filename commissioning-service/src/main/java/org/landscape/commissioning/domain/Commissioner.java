package org.landscape.commissioning.domain;

/** A commissioning body: its kind and its ODS or ONS code. */
public record Commissioner(CommissionerKind kind, String code) {

  public static final String NHS_ENGLAND_CODE = "X24";
  public static final String NHS_ENGLAND_NAME = "NHS England";

  public static final Commissioner NHS_ENGLAND =
      new Commissioner(CommissionerKind.NHS_ENGLAND, NHS_ENGLAND_CODE);
}
