package org.landscape.fhir;

/** Where the FHIR view lives in every service: {@code /fhir} and below. */
public final class FhirPaths {

  public static final String BASE = "/fhir";

  private FhirPaths() {}

  /** Whether the request path (raw, absolute) is the FHIR view's. */
  public static boolean isFhir(String path) {
    return path != null && (path.equals(BASE) || path.startsWith(BASE + "/"));
  }
}
