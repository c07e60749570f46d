package org.landscape.commissioning.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.landscape.common.reconfiguration.CcgHandover;

/**
 * The writes a CCG reconfiguration's saga asks of the peers, on the suite's own behalf. They answer
 * {@link Response}s: the saga tells a peer that is down (retry) from a refusal (stop).
 */
public final class ReconfigurationClients {

  private ReconfigurationClients() {}

  @RegisterRestClient(configKey = "ccg")
  @RegisterClientHeaders(ServiceBearer.class)
  @Path("/ccgs")
  @Produces(MediaType.APPLICATION_JSON)
  @Consumes(MediaType.APPLICATION_JSON)
  public interface Ccgs {
    @GET
    @Path("/{code}")
    Response get(@PathParam("code") String code, @QueryParam("asOf") String asOf);

    @POST
    Response create(NewCcg ccg);

    @PUT
    @Path("/{code}")
    Response update(
        @PathParam("code") String code, @HeaderParam("If-Match") String etag, CcgUpdate update);

    @PUT
    @Path("/{code}/area")
    Response setArea(@PathParam("code") String code, AreaRequest area);

    @POST
    @Path("/{code}/successors")
    Response link(@PathParam("code") String code, SuccessorLink link);
  }

  @RegisterRestClient(configKey = "practice")
  @RegisterClientHeaders(ServiceBearer.class)
  @Path("/ccg-transfers")
  @Produces(MediaType.APPLICATION_JSON)
  @Consumes(MediaType.APPLICATION_JSON)
  public interface PracticeTransfers {
    @POST
    Response transfer(CcgHandover handover);

    @POST
    @Path("/reversal")
    Response reverse(CcgHandover handover);
  }

  @RegisterRestClient(configKey = "hwb")
  @RegisterClientHeaders(ServiceBearer.class)
  @Path("/ccg-seat-handovers")
  @Produces(MediaType.APPLICATION_JSON)
  @Consumes(MediaType.APPLICATION_JSON)
  public interface SeatHandovers {
    @POST
    Response handOver(CcgHandover handover);

    @POST
    @Path("/reversal")
    Response reverse(CcgHandover handover);
  }

  public record NewCcg(String code, String name, LocalDate openDate) {}

  public record CcgUpdate(String onsCode, String name, LocalDate openDate, LocalDate closeDate) {}

  public record AreaAuthority(String localAuthorityCode) {}

  public record AreaRequest(LocalDate validFrom, List<AreaAuthority> authorities) {}

  public record SuccessorLink(String successorCode, LocalDate effectiveDate) {}

  /** The fields of ccg-service's CCG detail the saga reads. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CcgDetail(
      String code,
      String onsCode,
      String name,
      String status,
      LocalDate openDate,
      LocalDate closeDate) {}

  /** The counts of practice-service's answer to a transfer. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record TransferAnswer(
      List<Object> transferred, List<Object> alreadyTransferred, List<Object> reverted) {}

  /** The counts of hwb-service's answer to a seat handover. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record SeatAnswer(
      List<Object> handedOver, List<Object> handedOverBefore, List<Object> reverted) {}
}
