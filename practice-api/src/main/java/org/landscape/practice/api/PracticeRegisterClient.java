package org.landscape.practice.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.landscape.common.client.BearerPropagation;
import org.landscape.common.paging.Page;

/**
 * practice-service's register of GP practices and their CCG membership, as its peers read it. Its
 * base URL is {@code quarkus.rest-client.practice.url}. Call it through {@link PracticeRegister},
 * which guards every call.
 */
@RegisterRestClient(configKey = "practice")
@RegisterClientHeaders(BearerPropagation.class)
@Produces(MediaType.APPLICATION_JSON)
public interface PracticeRegisterClient {

  /** The practice, with the CCG it belonged to on {@code asOf} (404 when unknown). */
  @GET
  @Path("/practices/{code}")
  PracticeView practice(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf);

  /** A page of the practices open on {@code asOf}, each with its CCG then. */
  @GET
  @Path("/memberships")
  Page<OpenPracticeMembership> openPractices(
      @QueryParam("asOf") LocalDate asOf,
      @QueryParam("limit") int limit,
      @QueryParam("offset") int offset);
}
