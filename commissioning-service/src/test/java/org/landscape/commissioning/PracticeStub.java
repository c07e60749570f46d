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
import org.landscape.practice.api.MembershipOrigin;
import org.landscape.practice.api.MembershipView;
import org.landscape.practice.api.OpenPracticeMembership;
import org.landscape.practice.api.PracticeStatus;
import org.landscape.practice.api.PracticeView;
import org.landscape.testsupport.PeerJson;

/**
 * practice-service as a WireMock stub: the practices it is told of, with their CCG; any other code
 * is a 404, as the real service answers. Its answers are practice-api's records.
 */
final class PracticeStub {

  private static final LocalDate CCGS_BEGAN = LocalDate.of(2013, 4, 1);

  private PracticeStub() {}

  /** A practice and the CCG it belongs to on any date asked (none when {@code ccgCode} is null). */
  static void practice(WireMock wiremock, String code, String ccgCode) {
    PracticeView practice =
        new PracticeView(
            code,
            "SURGERY " + code,
            List.of(),
            null,
            null,
            PracticeStatus.ACTIVE,
            null,
            null,
            null,
            null,
            null,
            ccgCode == null
                ? null
                : new MembershipView(ccgCode, CCGS_BEGAN, null, MembershipOrigin.IMPORT, "stub"),
            0);
    wiremock.register(
        get(urlPathEqualTo("/practices/" + code)).willReturn(okJson(PeerJson.write(practice))));
  }

  /** The practices open on any date asked, in one page: each code with its CCG then. */
  static void openPractices(WireMock wiremock, List<OpenPracticeMembership> open) {
    wiremock.register(
        get(urlPathEqualTo("/memberships"))
            .willReturn(okJson(PeerJson.write(new Page<>(open, open.size(), 500, 0)))));
  }

  /** An active practice and the CCG it has belonged to since the CCGs began. */
  static OpenPracticeMembership open(String practiceCode, String ccgCode) {
    return new OpenPracticeMembership(practiceCode, PracticeStatus.ACTIVE, ccgCode, CCGS_BEGAN);
  }

  static void beUnreachable(WireMock wiremock) {
    wiremock.register(
        get(urlPathMatching("/practices/.*"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
  }
}
