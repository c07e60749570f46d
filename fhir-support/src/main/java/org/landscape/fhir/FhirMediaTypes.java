package org.landscape.fhir;

import jakarta.ws.rs.core.MediaType;

/** The media types of the FHIR view, and how {@code _format} names them. */
public final class FhirMediaTypes {

  public static final String FHIR_JSON = "application/fhir+json";
  public static final String FHIR_XML = "application/fhir+xml";
  public static final MediaType FHIR_JSON_TYPE = MediaType.valueOf(FHIR_JSON);
  public static final MediaType FHIR_XML_TYPE = MediaType.valueOf(FHIR_XML);

  private FhirMediaTypes() {}

  /** Whether a resource in this media type is written as XML (otherwise as JSON). */
  public static boolean isXml(MediaType mediaType) {
    return mediaType != null && mediaType.getSubtype().toLowerCase().endsWith("xml");
  }
}
