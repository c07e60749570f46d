package org.landscape.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Where a fact written through the API came from: the request and its caller. */
@RequestScoped
public class Provenance {

  @Inject SecurityIdentity identity;

  /** The request (for example {@code POST /practices/A81005/transfers}) and who sent it. */
  public String of(String request) {
    String caller =
        identity.isAnonymous() ? "an anonymous caller" : identity.getPrincipal().getName();
    return request + " by " + caller;
  }
}
