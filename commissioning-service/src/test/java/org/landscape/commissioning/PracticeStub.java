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
 * practice-service as a WireMock stub: the practices it is told of, with their CCG; any other code
 * is a 404, as the real service answers.
 */
final class PracticeStub {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PracticeStub() {}

  /** A practice and the CCG it belongs to on any date asked (none when {@code ccgCode} is null). */
  static void practice(WireMock wiremock, String code, String ccgCode)
      throws JsonProcessingException {
    Map<String, Object> practice = new LinkedHashMap<>();
    practice.put("code", code);
    practice.put("name", "SURGERY " + code);
    practice.put("status", "ACTIVE");
    practice.put(
        "ccg",
        ccgCode == null
            ? null
            : Map.of("ccgCode", ccgCode, "validFrom", "2013-04-01", "origin", "IMPORT"));
    practice.put("version", 0);
    wiremock.register(
        get(urlPathEqualTo("/practices/" + code))
            .willReturn(okJson(JSON.writeValueAsString(practice))));
  }

  static void beUnreachable(WireMock wiremock) {
    wiremock.register(
        get(urlPathMatching("/practices/.*"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
  }
}
