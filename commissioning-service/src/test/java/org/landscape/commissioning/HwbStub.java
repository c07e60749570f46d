package org.landscape.commissioning;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * hwb-service's local-authority register as a WireMock stub: Kent, its district Ashford and a few
 * unitary councils; any other code is a 404, as the real service answers.
 */
final class HwbStub {

  private static final ObjectMapper JSON = new ObjectMapper();

  private HwbStub() {}

  static void serveCouncils(WireMock wiremock) throws JsonProcessingException {
    council(wiremock, "E10000016", "Kent", "COUNTY", null);
    council(wiremock, "E07000105", "Ashford", "DISTRICT", "E10000016");
    council(wiremock, "E06000005", "Darlington", "UNITARY", null);
    council(wiremock, "E08000021", "Newcastle upon Tyne", "METROPOLITAN_BOROUGH", null);
  }

  static void council(
      WireMock wiremock, String code, String name, String kind, String upperTierCode)
      throws JsonProcessingException {
    Map<String, Object> council = new LinkedHashMap<>();
    council.put("code", code);
    council.put("name", name);
    council.put("kind", kind);
    council.put("upperTierCode", upperTierCode);
    council.put("hostsHealthAndWellbeingBoard", !"DISTRICT".equals(kind));
    council.put("validFrom", null);
    council.put("validTo", null);
    wiremock.register(
        get(urlPathEqualTo("/local-authorities/" + code))
            .willReturn(okJson(JSON.writeValueAsString(council))));
  }

  static void beUnreachable(WireMock wiremock) {
    wiremock.register(
        get(urlPathMatching("/local-authorities/.*"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
  }
}
