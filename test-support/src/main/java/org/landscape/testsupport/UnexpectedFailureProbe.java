package org.landscape.testsupport;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * A resource that exists only in tests and fails the way a bug would, with internals in its
 * message, so that the contract can check none of them reaches the client.
 */
@Path("/test-support/unexpected-failure")
public class UnexpectedFailureProbe {

  @GET
  public String fail() {
    throw new IllegalStateException(
        "select password from pg_shadow where usename = 'landscape' -- org.landscape.Secret");
  }
}
