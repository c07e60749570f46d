package org.landscape.ccg.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.landscape.ccg.api.CcgFeedPayloads;
import org.landscape.ccg.api.CcgFeedPayloads.CcgRecord;
import org.landscape.ccg.api.CcgFeedPayloads.IcbRecord;
import org.landscape.ccg.api.CcgFeedPayloads.SubIcbLocationRecord;
import org.landscape.ccg.domain.Ccg;
import org.landscape.ccg.domain.Icb;
import org.landscape.ccg.domain.Region;
import org.landscape.ccg.domain.SubIcbLocation;
import org.landscape.ccg.repository.CcgRepository;
import org.landscape.ccg.repository.IcbRepository;
import org.landscape.ccg.repository.RegionRepository;
import org.landscape.ccg.repository.SubIcbLocationRepository;
import org.landscape.common.changefeed.ChangeEvent;
import org.landscape.common.changefeed.ChangeEventRepository;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.common.problem.ProblemException;

/**
 * The register's organisations as a whole, for views that answer for any of them on any date (the
 * FHIR view): every CCG code with its sub-ICB location periods, every ICB and every region. The
 * national register is a few hundred rows, read in one go.
 */
@ApplicationScoped
public class OrganisationRegister {

  /** Everything the register holds of its organisations, each list by code. */
  public record Contents(
      List<Ccg> ccgs,
      Map<String, List<SubIcbLocation>> locationsByCode,
      List<Icb> icbs,
      List<Region> regions) {

    /** The code's periods as a sub-ICB location, oldest first (none for a CCG that closed). */
    public List<SubIcbLocation> locationsOf(String code) {
      return locationsByCode.getOrDefault(code, List.of());
    }

    /** The ODS code of each region that has one, by the region's ONS code. */
    public Map<String, String> regionOdsCodes() {
      return regions.stream()
          .filter(r -> r.odsCode != null)
          .collect(Collectors.toMap(r -> r.code, r -> r.odsCode));
    }
  }

  /**
   * One recorded version of a CCG code: its change event ({@code ccg}, or {@code sub-icb-location}
   * when its life as a sub-ICB location changed), the CCG's fields and its location periods then.
   */
  public record CodeVersion(
      ChangeEvent event, ChangeType change, CcgRecord ccg, List<SubIcbLocationRecord> locations) {}

  /** One recorded version of an ICB: its {@code icb} change event and its fields then. */
  public record IcbVersion(ChangeEvent event, IcbRecord icb) {}

  @Inject CcgRepository ccgs;
  @Inject SubIcbLocationRepository locations;
  @Inject IcbRepository icbs;
  @Inject RegionRepository regions;
  @Inject ChangeEventRepository events;
  @Inject ObjectMapper json;

  public Contents contents() {
    Map<String, List<SubIcbLocation>> byCode =
        locations.listAll().stream()
            .sorted(Comparator.comparing((SubIcbLocation l) -> l.validFrom))
            .collect(Collectors.groupingBy(l -> l.ccgCode));
    return new Contents(
        sorted(ccgs.listAll(), c -> c.code),
        byCode,
        sorted(icbs.listAll(), i -> i.code),
        sorted(regions.listAll(), r -> r.code));
  }

  /**
   * A CCG code's versions, newest first: each of its {@code ccg} and {@code sub-icb-location}
   * change events, with the code as recorded by then. A location event changes (updates) the code.
   */
  public List<CodeVersion> codeVersions(String code) {
    if (ccgs.findById(code) == null) {
      throw ProblemException.notFound("CCG", code);
    }
    List<ChangeEvent> recorded =
        events.list(
            "resourceType in ?1 and resourceId = ?2 order by sequence",
            List.of(CcgFeedPayloads.CCG, CcgFeedPayloads.SUB_ICB_LOCATION),
            code);
    List<CodeVersion> versions = new ArrayList<>();
    CcgRecord ccg = null;
    List<SubIcbLocationRecord> periods = List.of();
    for (ChangeEvent event : recorded) {
      ChangeType change = event.changeType;
      if (CcgFeedPayloads.CCG.equals(event.resourceType)) {
        ccg = read(event, new TypeReference<CcgRecord>() {});
      } else {
        periods = read(event, new TypeReference<List<SubIcbLocationRecord>>() {});
        change = ChangeType.UPDATED;
      }
      if (ccg != null) {
        versions.add(new CodeVersion(event, change, ccg, periods));
      }
    }
    return versions.reversed();
  }

  /** An ICB's versions, newest first. */
  public List<IcbVersion> icbVersions(String code) {
    if (icbs.findById(code) == null) {
      throw ProblemException.notFound("ICB", code);
    }
    return events
        .list(
            "resourceType = ?1 and resourceId = ?2 order by sequence desc",
            CcgFeedPayloads.ICB,
            code)
        .stream()
        .map(event -> new IcbVersion(event, read(event, new TypeReference<IcbRecord>() {})))
        .toList();
  }

  private <T> T read(ChangeEvent event, TypeReference<T> type) {
    try {
      return json.readValue(event.payload, type);
    } catch (JsonProcessingException unreadable) {
      throw new IllegalStateException(
          "Change event " + event.sequence + " has an unreadable payload", unreadable);
    }
  }

  private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> code) {
    return items.stream().sorted(Comparator.comparing(code)).toList();
  }
}
