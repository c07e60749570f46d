package org.landscape.fhir;

import ca.uhn.fhir.parser.IParser;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Writes HAPI resources as FHIR JSON ({@code application/fhir+json}, also served for {@code
 * application/json}) or FHIR XML, with HAPI's parser: no hand-written FHIR.
 */
@Provider
@Produces({
  FhirMediaTypes.FHIR_JSON,
  MediaType.APPLICATION_JSON,
  FhirMediaTypes.FHIR_XML,
  MediaType.APPLICATION_XML
})
public class FhirResourceWriter implements MessageBodyWriter<IBaseResource> {

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return IBaseResource.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      IBaseResource resource,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream body)
      throws java.io.IOException {
    boolean xml = FhirMediaTypes.isXml(mediaType);
    headers.putSingle(
        "Content-Type",
        (xml ? FhirMediaTypes.FHIR_XML : FhirMediaTypes.FHIR_JSON) + ";charset=UTF-8");
    IParser parser =
        xml ? FhirContextProducer.r4().newXmlParser() : FhirContextProducer.r4().newJsonParser();
    Writer writer = new OutputStreamWriter(body, StandardCharsets.UTF_8);
    parser.encodeResourceToWriter(resource, writer);
    writer.flush();
  }
}
