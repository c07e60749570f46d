package org.landscape.commissioning;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ccg-service as a WireMock stub: the bulk look-up answers with every CCG it knows whatever the
 * codes asked (callers pick theirs out); the search by council answers per council. The real
 * service is exercised end to end.
 */
final class CcgStub {

  static final String KENT = "E10000016";
  static final String ASHFORD = "E07000105";

  /** The CCGs covering Kent in the ONS lookup of July 2015, with the share of LSOAs each has. */
  static final List<List<String>> KENT_CCGS =
      List.of(
          List.of("09C", "NHS Ashford CCG", "0.0865"),
          List.of("09E", "NHS Canterbury and Coastal CCG", "0.1319"),
          List.of("09J", "NHS Dartford, Gravesham and Swanley CCG", "0.1696"),
          List.of("10A", "NHS South Kent Coast CCG", "0.1375"),
          List.of("10D", "NHS Swale CCG", "0.0732"),
          List.of("10E", "NHS Thanet CCG", "0.0931"),
          List.of("99J", "NHS West Kent CCG", "0.3082"));

  /** Fictional CCGs, each used by one test only, so that their spend is theirs alone. */
  static final List<String> FICTIONAL =
      List.of(
          "SP001", "SP002", "SP003", "SP004", "SP005", "SP006", "SP007", "SR001", "SR002", "SR003",
          "SR004", "SR005");

  private static final ObjectMapper JSON = new ObjectMapper();

  private CcgStub() {}

  static void serveRegister(WireMock wiremock) throws JsonProcessingException {
    List<Map<String, Object>> ccgs = new ArrayList<>();
    ccgs.add(ccg("00C", "NHS Darlington CCG", "2013-04-01", "2020-04-01", List.of()));
    ccgs.add(
        ccg(
            "00K",
            "NHS Hartlepool and Stockton-on-Tees CCG",
            "2013-04-01",
            "2020-04-01",
            List.of()));
    ccgs.add(ccg("00F", "NHS Gateshead CCG", "2013-04-01", "2015-04-01", List.of()));
    ccgs.add(ccg("13T", "NHS Newcastle Gateshead CCG", "2015-04-01", null, List.of()));
    for (List<String> kent : KENT_CCGS) {
      ccgs.add(
          ccg(
              kent.get(0),
              kent.get(1),
              "2013-04-01",
              "2020-04-01",
              List.of(Map.of("code", KENT, "shareOfAuthority", Double.valueOf(kent.get(2))))));
    }
    for (String code : FICTIONAL) {
      ccgs.add(ccg(code, "NHS Test CCG " + code, "2013-04-01", null, List.of()));
    }
    wiremock.register(
        post(urlPathEqualTo("/ccgs/lookup"))
            .willReturn(okJson(JSON.writeValueAsString(Map.of("results", ccgs)))));
  }

  /** ccg-service's answer to "which CCGs cover this council?" on any date. */
  static void covering(WireMock wiremock, String authority, List<List<String>> ccgs)
      throws JsonProcessingException {
    List<Map<String, Object>> items =
        ccgs.stream()
            .map(
                ccg ->
                    Map.<String, Object>of(
                        "code", ccg.get(0), "name", ccg.get(1), "status", "OPERATIONAL"))
            .toList();
    wiremock.register(
        get(urlPathEqualTo("/ccgs"))
            .withQueryParam("localAuthority", equalTo(authority))
            .willReturn(
                okJson(
                    JSON.writeValueAsString(
                        Map.of(
                            "items", items, "total", items.size(), "limit", 500, "offset", 0)))));
  }

  static void beUnreachable(WireMock wiremock) {
    wiremock.register(
        post(urlPathEqualTo("/ccgs/lookup"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    wiremock.register(
        get(urlPathEqualTo("/ccgs"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
  }

  private static Map<String, Object> ccg(
      String code,
      String name,
      String openDate,
      String closeDate,
      List<Map<String, Object>> localAuthorities) {
    Map<String, Object> ccg = new LinkedHashMap<>();
    ccg.put("code", code);
    ccg.put("known", true);
    ccg.put("name", name);
    ccg.put("status", "OPERATIONAL");
    ccg.put("operational", true);
    ccg.put("openDate", openDate);
    ccg.put("closeDate", closeDate);
    ccg.put("localAuthorities", localAuthorities);
    return ccg;
  }
}
