package org.landscape.hwb;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ccg-service as a WireMock stub, answering as the real service does (the real service is exercised
 * in end-to-end tests): which CCGs cover a council on a date, and bulk look-ups.
 */
final class CcgStub {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CcgStub() {}

  /** A CCG as ccg-service answers a look-up: its dates and the councils it covers then. */
  record Ccg(
      String code,
      String name,
      boolean known,
      boolean operational,
      String openDate,
      String closeDate,
      List<String> authorities) {

    static Ccg operational(String code, String... authorities) {
      return new Ccg(
          code, "NHS " + code + " CCG", true, true, "2013-04-01", null, List.of(authorities));
    }

    static Ccg closed(String code, String closeDate) {
      return new Ccg(code, "NHS " + code + " CCG", true, false, "2013-04-01", closeDate, List.of());
    }

    static Ccg unknown(String code) {
      return new Ccg(code, null, false, false, null, null, List.of());
    }

    Map<String, Object> summary() {
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("code", code);
      summary.put("onsCode", null);
      summary.put("name", name);
      summary.put("status", "OPERATIONAL");
      summary.put("openDate", openDate);
      summary.put("closeDate", closeDate);
      summary.put("areaTeamCode", null);
      summary.put("regionCode", null);
      return summary;
    }

    Map<String, Object> lookupResult() {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("code", code);
      result.put("known", known);
      result.put("name", name);
      result.put("status", known ? (operational ? "OPERATIONAL" : "CLOSED") : null);
      result.put("operational", operational);
      result.put("openDate", openDate);
      result.put("closeDate", closeDate);
      List<Map<String, Object>> areas = new ArrayList<>();
      for (String authority : authorities) {
        Map<String, Object> area = new LinkedHashMap<>();
        area.put("code", authority);
        area.put("shareOfCcg", null);
        area.put("shareOfAuthority", null);
        areas.add(area);
      }
      result.put("localAuthorities", areas);
      return result;
    }
  }

  /** GET /ccgs?localAuthority=...&asOf=...: the CCGs covering the council on the date. */
  static void covering(WireMock wiremock, String authority, String asOf, Ccg... ccgs) {
    wiremock.register(
        get(urlPathEqualTo("/ccgs"))
            .withQueryParam("localAuthority", equalTo(authority))
            .withQueryParam("asOf", equalTo(asOf))
            .willReturn(okJson(page(ccgs))));
  }

  /** GET /ccgs?asOf=... without a council: every CCG operational on the date. */
  static void operational(WireMock wiremock, String asOf, Ccg... ccgs) {
    wiremock.register(
        get(urlPathEqualTo("/ccgs"))
            .withQueryParam("localAuthority", absent())
            .withQueryParam("asOf", equalTo(asOf))
            .willReturn(okJson(page(ccgs))));
  }

  /** POST /ccgs/lookup on the date, answering for each CCG when its code is asked for. */
  static void lookup(WireMock wiremock, String date, Ccg... ccgs) {
    List<Map<String, Object>> results = new ArrayList<>();
    for (Ccg ccg : ccgs) {
      results.add(ccg.lookupResult());
    }
    var request =
        post(urlPathEqualTo("/ccgs/lookup"))
            .withRequestBody(matchingJsonPath("$.date", equalTo(date)));
    for (Ccg ccg : ccgs) {
      request = request.withRequestBody(containing("\"" + ccg.code() + "\""));
    }
    wiremock.register(request.willReturn(okJson(json(Map.of("date", date, "results", results)))));
  }

  static void beUnreachable(WireMock wiremock) {
    wiremock.register(
        any(urlPathMatching("/ccgs.*"))
            .atPriority(1)
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
  }

  private static String page(Ccg... ccgs) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Ccg ccg : ccgs) {
      items.add(ccg.summary());
    }
    return json(Map.of("items", items, "total", items.size(), "limit", 500, "offset", 0));
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException notSerialisable) {
      throw new IllegalStateException(notSerialisable);
    }
  }
}
