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

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.landscape.ccg.api.CcgLookup;
import org.landscape.ccg.api.CcgStatus;
import org.landscape.ccg.api.CcgSummary;
import org.landscape.ccg.api.CommissionerKind;
import org.landscape.common.paging.Page;
import org.landscape.testsupport.PeerJson;

/**
 * ccg-service as a WireMock stub, answering as the real service does (the real service is exercised
 * in end-to-end tests): which CCGs cover a council on a date, and bulk look-ups.
 */
final class CcgStub {

  private CcgStub() {}

  /** A CCG as ccg-service answers a look-up: its dates and the councils it covers then. */
  record Ccg(
      String code,
      String name,
      boolean known,
      boolean operational,
      String openDate,
      String closeDate,
      List<String> authorities,
      String icbCode) {

    static Ccg operational(String code, String... authorities) {
      return new Ccg(
          code, "NHS " + code + " CCG", true, true, "2013-04-01", null, List.of(authorities), null);
    }

    /** From 2022-07-01: a sub-ICB location of the ICB, covering the councils. */
    static Ccg location(String code, String icbCode, String... authorities) {
      return new Ccg(
          code,
          "NHS " + icbCode + " ICB - " + code,
          true,
          true,
          "2013-04-01",
          null,
          List.of(authorities),
          icbCode);
    }

    static Ccg closed(String code, String closeDate) {
      return new Ccg(
          code, "NHS " + code + " CCG", true, false, "2013-04-01", closeDate, List.of(), null);
    }

    static Ccg unknown(String code) {
      return new Ccg(code, null, false, false, null, null, List.of(), null);
    }

    CcgSummary summary() {
      return new CcgSummary(
          code,
          null,
          name,
          CcgStatus.OPERATIONAL,
          date(openDate),
          date(closeDate),
          null,
          null,
          null,
          icbCode == null ? CommissionerKind.CCG : CommissionerKind.SUB_ICB_LOCATION,
          icbCode);
    }

    CcgLookup.Result lookupResult() {
      return new CcgLookup.Result(
          code,
          known,
          name,
          known ? (operational ? CcgStatus.OPERATIONAL : CcgStatus.CLOSED) : null,
          operational,
          date(openDate),
          date(closeDate),
          authorities.stream()
              .map(authority -> new CcgLookup.Authority(authority, null, null))
              .toList(),
          null,
          icbCode == null ? CommissionerKind.CCG : CommissionerKind.SUB_ICB_LOCATION,
          icbCode == null ? null : new CcgLookup.CodeAndName(icbCode, "NHS " + icbCode + " ICB"));
    }

    private static LocalDate date(String text) {
      return text == null ? null : LocalDate.parse(text);
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
    List<CcgLookup.Result> results = new ArrayList<>();
    for (Ccg ccg : ccgs) {
      results.add(ccg.lookupResult());
    }
    var request =
        post(urlPathEqualTo("/ccgs/lookup"))
            .withRequestBody(matchingJsonPath("$.date", equalTo(date)));
    for (Ccg ccg : ccgs) {
      request = request.withRequestBody(containing("\"" + ccg.code() + "\""));
    }
    wiremock.register(
        request.willReturn(
            okJson(PeerJson.write(new CcgLookup.Response(LocalDate.parse(date), results)))));
  }

  static void beUnreachable(WireMock wiremock) {
    wiremock.register(
        any(urlPathMatching("/ccgs.*"))
            .atPriority(1)
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
  }

  private static String page(Ccg... ccgs) {
    List<CcgSummary> items = new ArrayList<>();
    for (Ccg ccg : ccgs) {
      items.add(ccg.summary());
    }
    return PeerJson.write(new Page<>(items, items.size(), 500, 0));
  }
}
