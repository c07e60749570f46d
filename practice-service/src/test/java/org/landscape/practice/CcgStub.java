package org.landscape.practice;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.landscape.ccg.api.CcgLookup;
import org.landscape.ccg.api.CcgStatus;
import org.landscape.testsupport.OfficialData;
import org.landscape.testsupport.PeerJson;

/**
 * ccg-service's bulk look-up as a WireMock stub: it answers with every CCG it knows whatever the
 * codes asked (callers pick theirs out). The real service is exercised end to end.
 */
final class CcgStub {

  private CcgStub() {}

  static CcgLookup.Result ccg(String code, String openDate, String closeDate) {
    LocalDate open = LocalDate.parse(openDate);
    LocalDate close = closeDate == null ? null : LocalDate.parse(closeDate);
    LocalDate today = LocalDate.now();
    boolean operational = !today.isBefore(open) && (close == null || today.isBefore(close));
    return new CcgLookup.Result(
        code,
        true,
        "NHS " + code,
        operational
            ? CcgStatus.OPERATIONAL
            : today.isBefore(open) ? CcgStatus.PROPOSED : CcgStatus.CLOSED,
        operational,
        open,
        close,
        List.of());
  }

  static void serve(WireMock wiremock, List<CcgLookup.Result> ccgs) {
    String body = PeerJson.write(new CcgLookup.Response(LocalDate.now(), ccgs));
    wiremock.register(post(urlPathEqualTo("/ccgs/lookup")).willReturn(okJson(body)));
  }

  /** A few CCGs: 00C and 00D open from 2013, 00F and 00G closed on 2015-04-01, 13T from then. */
  static void serveSample(WireMock wiremock) throws IOException {
    serve(
        wiremock,
        List.of(
            ccg("00C", "2013-04-01", "2020-04-01"),
            ccg("00D", "2013-04-01", null),
            ccg("00F", "2013-04-01", "2015-04-01"),
            ccg("00G", "2013-04-01", "2015-04-01"),
            ccg("13T", "2015-04-01", null)));
  }

  /** Every CCG of the ODS eccg file, with its operational period. */
  static void serveOfficial(WireMock wiremock) throws IOException {
    DateTimeFormatter ods = DateTimeFormatter.BASIC_ISO_DATE;
    List<CcgLookup.Result> ccgs = new ArrayList<>();
    try (Reader reader =
        Files.newBufferedReader(OfficialData.file("ods-2025/eccg.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.RFC4180.parse(reader)) {
        String name = row.get(1).toUpperCase();
        if (name.endsWith("HUB")
            || name.endsWith("ENTITY")
            || row.get(0).equals("13Q")
            || row.get(0).equals("15L")) {
          continue;
        }
        String open = LocalDate.parse(row.get(10), ods).toString();
        String close =
            row.get(11).isEmpty() ? null : LocalDate.parse(row.get(11), ods).plusDays(1).toString();
        ccgs.add(ccg(row.get(0), open, close));
      }
    }
    serve(wiremock, ccgs);
  }

  static void beUnreachable(WireMock wiremock) {
    wiremock.register(
        post(urlPathEqualTo("/ccgs/lookup"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
  }
}
