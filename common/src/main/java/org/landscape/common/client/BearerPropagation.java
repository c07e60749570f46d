package org.landscape.common.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Calls to peer services carry the bearer token of the request being served, so that a peer applies
 * the same identity and roles.
 */
@ApplicationScoped
public class BearerPropagation implements ClientHeadersFactory {

  @Override
  public MultivaluedMap<String, String> update(
      MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
    MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
    String authorization = incoming == null ? null : incoming.getFirst(HttpHeaders.AUTHORIZATION);
    if (authorization != null) {
      headers.putSingle(HttpHeaders.AUTHORIZATION, authorization);
    }
    return headers;
  }
}
