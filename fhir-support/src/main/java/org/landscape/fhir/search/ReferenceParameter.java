package org.landscape.fhir.search;

import java.util.Locale;
import org.landscape.fhir.codes.NhsSystems;

/**
 * A reference search parameter that names an organisation by ODS code ({@code
 * participating-organization}, {@code primary-organization}): {@code A81001}, {@code
 * Organization/A81001} or {@code <ODS system>|A81001}.
 */
public final class ReferenceParameter {

  private ReferenceParameter() {}

  /**
   * The ODS code (upper case) the parameter names, or null when it is absent or names an
   * organisation by another system (which then matches nothing: see {@link #namesNone}).
   */
  public static String odsCode(String name, String value) {
    if (value == null) {
      return null;
    }
    String reference = value.strip();
    if (reference.startsWith("Organization/")) {
      reference = reference.substring("Organization/".length());
    }
    TokenParameter token = TokenParameter.parse(name, reference);
    if (token.code() == null
        || !(token.anySystem() || NhsSystems.ODS_ORGANISATION_CODE.equals(token.system()))) {
      return null;
    }
    return token.code().toUpperCase(Locale.ROOT);
  }

  /** Whether a parameter was given but names no organisation by ODS code: no match is possible. */
  public static boolean namesNone(String value, String odsCode) {
    return value != null && odsCode == null;
  }
}
