package org.landscape.commissioning;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.landscape.ccg.api.CcgLookup;
import org.landscape.ccg.api.CcgStatus;
import org.landscape.ccg.api.CcgSummary;
import org.landscape.common.paging.Page;
import org.landscape.testsupport.PeerJson;

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

  private CcgStub() {}

  static void serveRegister(WireMock wiremock) {
    List<CcgLookup.Result> ccgs = new ArrayList<>();
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
              List.of(new CcgLookup.Authority(KENT, null, new BigDecimal(kent.get(2))))));
    }
    for (String code : FICTIONAL) {
      ccgs.add(ccg(code, "NHS Test CCG " + code, "2013-04-01", null, List.of()));
    }
    wiremock.register(
        post(urlPathEqualTo("/ccgs/lookup"))
            .willReturn(okJson(PeerJson.write(new CcgLookup.Response(null, ccgs)))));
  }

  /** ccg-service's answer to "which CCGs cover this council?" on any date. */
  static void covering(WireMock wiremock, String authority, List<List<String>> ccgs) {
    List<CcgSummary> items =
        ccgs.stream()
            .map(
                ccg ->
                    new CcgSummary(
                        ccg.get(0),
                        null,
                        ccg.get(1),
                        CcgStatus.OPERATIONAL,
                        null,
                        null,
                        null,
                        null))
            .toList();
    wiremock.register(
        get(urlPathEqualTo("/ccgs"))
            .withQueryParam("localAuthority", equalTo(authority))
            .willReturn(okJson(PeerJson.write(new Page<>(items, items.size(), 500, 0)))));
  }

  static void beUnreachable(WireMock wiremock) {
    wiremock.register(
        post(urlPathEqualTo("/ccgs/lookup"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    wiremock.register(
        get(urlPathEqualTo("/ccgs"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
  }

  private static CcgLookup.Result ccg(
      String code,
      String name,
      String openDate,
      String closeDate,
      List<CcgLookup.Authority> localAuthorities) {
    return new CcgLookup.Result(
        code,
        true,
        name,
        CcgStatus.OPERATIONAL,
        true,
        LocalDate.parse(openDate),
        closeDate == null ? null : LocalDate.parse(closeDate),
        localAuthorities);
  }
}
