package org.landscape.hwb.api;

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
 * hwb-service's registers (councils, boards, their CCG representatives) as its peers read them. Its
 * base URL is {@code quarkus.rest-client.hwb.url}. Call it through {@link HwbRegister}, which
 * guards every call.
 */
@RegisterRestClient(configKey = "hwb")
@RegisterClientHeaders(BearerPropagation.class)
@Produces(MediaType.APPLICATION_JSON)
public interface HwbRegisterClient {

  /** A page of the councils valid on {@code asOf}, sorted by code. */
  @GET
  @Path("/local-authorities")
  Page<LocalAuthorityView> localAuthorities(
      @QueryParam("asOf") LocalDate asOf,
      @QueryParam("limit") int limit,
      @QueryParam("offset") int offset);

  /** The council, if it is valid on {@code asOf} (404 otherwise). */
  @GET
  @Path("/local-authorities/{code}")
  LocalAuthorityView localAuthority(
      @PathParam("code") String code, @QueryParam("asOf") LocalDate asOf);

  /** A page of the boards valid on {@code asOf}, sorted by code. */
  @GET
  @Path("/boards")
  Page<BoardView> boards(
      @QueryParam("asOf") LocalDate asOf,
      @QueryParam("limit") int limit,
      @QueryParam("offset") int offset);

  /** A page of every board's CCG representatives on {@code asOf}, by board and CCG. */
  @GET
  @Path("/ccg-representatives")
  Page<CcgRepresentativeView> ccgRepresentatives(
      @QueryParam("asOf") LocalDate asOf,
      @QueryParam("limit") int limit,
      @QueryParam("offset") int offset);

  /** A page of every board's ICB nominees on {@code asOf}, by board and ICB. */
  @GET
  @Path("/icb-representatives")
  Page<IcbRepresentativeView> icbRepresentatives(
      @QueryParam("asOf") LocalDate asOf,
      @QueryParam("limit") int limit,
      @QueryParam("offset") int offset);
}
