package org.landscape.ccg;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.landscape.common.paging.Page;
import org.landscape.hwb.api.LocalAuthorityKind;
import org.landscape.hwb.api.LocalAuthorityView;
import org.landscape.testsupport.OfficialData;
import org.landscape.testsupport.PeerJson;

/**
 * hwb-service's local-authority register as a WireMock stub, answering what the real service
 * answers after importing the ONS files (the real service is exercised in end-to-end tests). Its
 * answers are hwb-api's records.
 */
final class HwbStub {

  private HwbStub() {}

  static void serveOfficialCouncils(WireMock wiremock) throws IOException {
    List<LocalAuthorityView> items = new ArrayList<>();
    Map<String, String> counties = new LinkedHashMap<>();
    try (Reader reader =
        Files.newBufferedReader(
            OfficialData.file("ons/LTLA17_UTLA17_EW_LU.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord row :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        String code = row.get(0).replace("\uFEFF", "");
        if (!code.startsWith("E")) {
          continue;
        }
        String upper = row.get(2);
        boolean district = code.startsWith("E07");
        if (district) {
          counties.put(upper, row.get(3));
        }
        items.add(council(code, row.get(1), kindOf(code), district ? upper : null));
      }
    }
    counties.forEach(
        (code, name) -> items.add(council(code, name, LocalAuthorityKind.COUNTY, null)));
    serve(wiremock, items);
  }

  static void serve(WireMock wiremock, List<LocalAuthorityView> items) {
    wiremock.register(
        get(urlPathEqualTo("/local-authorities"))
            .willReturn(okJson(PeerJson.write(new Page<>(items, items.size(), 500, 0)))));
  }

  /** A council valid on every date; only districts do not host a board. */
  static LocalAuthorityView council(
      String code, String name, LocalAuthorityKind kind, String upperTier) {
    return new LocalAuthorityView(
        code, name, kind, upperTier, kind != LocalAuthorityKind.DISTRICT, null, null);
  }

  /** The kind of council an ONS code's prefix names. */
  private static LocalAuthorityKind kindOf(String code) {
    return switch (code.substring(0, 3)) {
      case "E06" -> LocalAuthorityKind.UNITARY;
      case "E07" -> LocalAuthorityKind.DISTRICT;
      case "E08" -> LocalAuthorityKind.METROPOLITAN_BOROUGH;
      case "E09" -> LocalAuthorityKind.LONDON_BOROUGH;
      default -> LocalAuthorityKind.COUNTY;
    };
  }

  static void beUnreachable(WireMock wiremock) {
    wiremock.register(
        get(urlPathEqualTo("/local-authorities"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
  }
}
