package org.landscape.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.landscape.common.http.InvalidParameterException;
import org.landscape.common.problem.ProblemException;

/**
 * Reads a FHIR JSON or XML body into the HAPI resource type a method takes; a body that is not that
 * resource is a 400.
 */
@Provider
@Consumes({
  FhirMediaTypes.FHIR_JSON,
  MediaType.APPLICATION_JSON,
  FhirMediaTypes.FHIR_XML,
  MediaType.APPLICATION_XML
})
public class FhirResourceReader implements MessageBodyReader<IBaseResource> {

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return IBaseResource.class.isAssignableFrom(type);
  }

  @Override
  public IBaseResource readFrom(
      Class<IBaseResource> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream body) {
    IParser parser =
        FhirMediaTypes.isXml(mediaType)
            ? FhirContextProducer.r4().newXmlParser()
            : FhirContextProducer.r4().newJsonParser();
    try {
      return parser.parseResource(type, new InputStreamReader(body, StandardCharsets.UTF_8));
    } catch (DataFormatException notThatResource) {
      throw new InvalidParameterException(
          ProblemException.invalid("body", "is not a FHIR " + type.getSimpleName()));
    }
  }
}
