package org.landscape.commissioning;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.LocalDate;
import java.util.List;
import org.landscape.common.paging.Page;
import org.landscape.hwb.api.CcgRepresentativeView;
import org.landscape.hwb.api.LocalAuthorityKind;
import org.landscape.hwb.api.LocalAuthorityView;
import org.landscape.testsupport.PeerJson;

/**
 * hwb-service's local-authority register as a WireMock stub: Kent, its district Ashford and a few
 * unitary councils; any other code is a 404, as the real service answers. Its answers are hwb-api's
 * records.
 */
final class HwbStub {

  private HwbStub() {}

  static void serveCouncils(WireMock wiremock) {
    council(wiremock, "E10000016", "Kent", LocalAuthorityKind.COUNTY, null);
    council(wiremock, "E07000105", "Ashford", LocalAuthorityKind.DISTRICT, "E10000016");
    council(wiremock, "E06000005", "Darlington", LocalAuthorityKind.UNITARY, null);
    council(
        wiremock,
        "E08000021",
        "Newcastle upon Tyne",
        LocalAuthorityKind.METROPOLITAN_BOROUGH,
        null);
  }

  /** A council valid on every date; only districts do not host a board. */
  static void council(
      WireMock wiremock, String code, String name, LocalAuthorityKind kind, String upperTierCode) {
    LocalAuthorityView council =
        new LocalAuthorityView(
            code, name, kind, upperTierCode, kind != LocalAuthorityKind.DISTRICT, null, null);
    wiremock.register(
        get(urlPathEqualTo("/local-authorities/" + code))
            .willReturn(okJson(PeerJson.write(council))));
  }

  /** Every board's CCG representatives on any date asked, in one page. */
  static void ccgRepresentatives(WireMock wiremock, List<CcgRepresentativeView> seats) {
    wiremock.register(
        get(urlPathEqualTo("/ccg-representatives"))
            .willReturn(okJson(PeerJson.write(new Page<>(seats, seats.size(), 500, 0)))));
  }

  /** A seat held for a CCG since the CCGs began. */
  static CcgRepresentativeView seat(String boardCode, String ccgCode, String personName) {
    return new CcgRepresentativeView(boardCode, ccgCode, personName, LocalDate.of(2013, 4, 1));
  }

  static void beUnreachable(WireMock wiremock) {
    wiremock.register(
        get(urlPathMatching("/local-authorities/.*"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
  }
}
