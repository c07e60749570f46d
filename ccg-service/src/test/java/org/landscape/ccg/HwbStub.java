package org.landscape.ccg;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.landscape.testsupport.OfficialData;

/**
 * hwb-service's local-authority register as a WireMock stub, answering what the real service
 * answers after importing the ONS files (the real service is exercised in end-to-end tests).
 */
final class HwbStub {

  private HwbStub() {}

  static void serveOfficialCouncils(WireMock wiremock) throws IOException {
    List<Map<String, Object>> items = new ArrayList<>();
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
        items.add(
            council(
                code, row.get(1), district ? "DISTRICT" : "SINGLE_TIER", district ? upper : null));
      }
    }
    counties.forEach((code, name) -> items.add(council(code, name, "COUNTY", null)));
    serve(wiremock, items);
  }

  static void serve(WireMock wiremock, List<Map<String, Object>> items) throws IOException {
    Map<String, Object> page =
        Map.of("items", items, "total", items.size(), "limit", 500, "offset", 0);
    wiremock.register(
        get(urlPathEqualTo("/local-authorities"))
            .willReturn(okJson(new ObjectMapper().writeValueAsString(page))));
  }

  static Map<String, Object> council(String code, String name, String kind, String upperTier) {
    Map<String, Object> council = new LinkedHashMap<>();
    council.put("code", code);
    council.put("name", name);
    council.put("kind", kind);
    council.put("upperTierCode", upperTier);
    council.put("hostsHealthAndWellbeingBoard", !"DISTRICT".equals(kind));
    return council;
  }

  static void beUnreachable(WireMock wiremock) {
    wiremock.register(
        get(urlPathEqualTo("/local-authorities"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
  }
}
