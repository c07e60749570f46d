package org.landscape.ccg.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.landscape.ccg.domain.AreaSource;
import org.landscape.ccg.domain.Ccg;
import org.landscape.ccg.domain.CcgArea;
import org.landscape.ccg.domain.CcgSuccession;
import org.landscape.ccg.repository.AreaRepository;
import org.landscape.ccg.repository.CcgRepository;
import org.landscape.ccg.repository.SuccessionRepository;
import org.landscape.common.changefeed.ChangeFeed;
import org.landscape.common.changefeed.ChangeType;

/**
 * Keeps CCG areas: replaces a CCG's entries from one source, overlays entries over a period, and
 * infers the area of CCGs the official lookup does not know from their succession links.
 */
@ApplicationScoped
public class AreaService {

  /** Sources that state an area; inferred sources only fill where none of these exist. */
  private static final Set<AreaSource> STATED =
      EnumSet.of(AreaSource.LSOA_LOOKUP, AreaSource.CORRECTION, AreaSource.MANUAL);

  private static final Set<AreaSource> INFERRED =
      EnumSet.of(AreaSource.SUCCESSOR, AreaSource.PREDECESSORS);

  /** One desired entry: an authority and its shares (null when unknown). */
  public record Entry(
      String localAuthorityCode, BigDecimal shareOfCcg, BigDecimal shareOfAuthority) {}

  @Inject AreaRepository areas;
  @Inject CcgRepository ccgs;
  @Inject SuccessionRepository successions;
  @Inject ChangeFeed changeFeed;

  /**
   * Makes the CCG's entries from {@code sources} exactly {@code desired} over [from, to), and
   * removes its inferred entries; true when anything changed.
   */
  public boolean replace(
      String ccgCode,
      Set<AreaSource> sources,
      AreaSource source,
      List<Entry> desired,
      LocalDate from,
      LocalDate to) {
    List<CcgArea> existing = areas.history(ccgCode);
    List<CcgArea> sameSource = existing.stream().filter(a -> sources.contains(a.source)).toList();
    boolean inferredPresent =
        existing.stream().anyMatch(a -> INFERRED.contains(a.source)) && !INFERRED.contains(source);
    if (!inferredPresent && sameAs(sameSource, desired, source, from, to)) {
      return false;
    }
    existing.stream()
        .filter(
            a ->
                sources.contains(a.source)
                    || (INFERRED.contains(a.source) && !INFERRED.contains(source)))
        .forEach(areas::delete);
    areas.flush();
    insert(ccgCode, source, desired, from, to);
    recordChange(ccgCode);
    return true;
  }

  /**
   * Sets the CCG's area over [from, to) to {@code desired} (entered through the API): entries
   * overlapping the period are cut back around it, entries inside it are removed.
   */
  public void overlay(String ccgCode, List<Entry> desired, LocalDate from, LocalDate to) {
    for (CcgArea row : areas.history(ccgCode)) {
      boolean startsBefore =
          row.validFrom == null || (from != null && row.validFrom.isBefore(from));
      boolean endsAfter = to != null && (row.validTo == null || row.validTo.isAfter(to));
      boolean overlaps =
          (row.validTo == null || from == null || row.validTo.isAfter(from))
              && (to == null || row.validFrom == null || row.validFrom.isBefore(to));
      if (!overlaps) {
        continue;
      }
      if (startsBefore && endsAfter) {
        CcgArea remainder = copy(row);
        remainder.validFrom = to;
        row.validTo = from;
        areas.flush();
        areas.persist(remainder);
      } else if (startsBefore) {
        row.validTo = from;
      } else if (endsAfter) {
        row.validFrom = to;
      } else {
        areas.delete(row);
      }
    }
    areas.flush();
    insert(ccgCode, AreaSource.MANUAL, desired, from, to);
    recordChange(ccgCode);
  }

  /**
   * Infers the area of CCGs with no stated area: a predecessor covered its successor's authorities
   * (before a merger the predecessors together covered the successor's area); a CCG formed by a
   * merger covers its predecessors' authorities. Shares of the CCG are unknown; a merged CCG's
   * share of an authority is the sum of its predecessors' where all are known. Repeats until
   * nothing more can be inferred (chains of mergers). Returns the CCGs changed.
   */
  public int inferFromSuccession() {
    Map<String, List<CcgArea>> byCcg =
        areas.listAll().stream().collect(Collectors.groupingBy(a -> a.ccgCode));
    Map<String, Ccg> register =
        ccgs.listAll().stream().collect(Collectors.toMap(c -> c.code, c -> c));
    List<CcgSuccession> links = successions.listAll();
    Map<String, List<Entry>> inferred = new LinkedHashMap<>();
    Map<String, AreaSource> inferredSource = new HashMap<>();
    boolean progress = true;
    while (progress) {
      progress = false;
      for (Ccg ccg : register.values()) {
        if (hasStated(byCcg.get(ccg.code)) || inferred.containsKey(ccg.code)) {
          continue;
        }
        List<String> successorsWithArea =
            links.stream()
                .filter(l -> l.predecessorCode.equals(ccg.code))
                .map(l -> l.successorCode)
                .filter(s -> hasStated(byCcg.get(s)) || inferred.containsKey(s))
                .toList();
        List<String> predecessors =
            links.stream()
                .filter(l -> l.successorCode.equals(ccg.code))
                .map(l -> l.predecessorCode)
                .toList();
        if (!successorsWithArea.isEmpty()) {
          Map<String, Entry> entries = new LinkedHashMap<>();
          for (String successor : successorsWithArea) {
            for (Entry e : entriesOf(successor, byCcg, inferred)) {
              entries.putIfAbsent(
                  e.localAuthorityCode(), new Entry(e.localAuthorityCode(), null, null));
            }
          }
          inferred.put(ccg.code, List.copyOf(entries.values()));
          inferredSource.put(ccg.code, AreaSource.SUCCESSOR);
          progress = true;
        } else if (!predecessors.isEmpty()
            && predecessors.stream()
                .allMatch(p -> hasStated(byCcg.get(p)) || inferred.containsKey(p))) {
          inferred.put(ccg.code, union(predecessors, byCcg, inferred));
          inferredSource.put(ccg.code, AreaSource.PREDECESSORS);
          progress = true;
        }
      }
    }
    int changed = 0;
    for (Map.Entry<String, List<Entry>> entry : inferred.entrySet()) {
      Ccg ccg = register.get(entry.getKey());
      if (replace(
          ccg.code,
          INFERRED,
          inferredSource.get(ccg.code),
          entry.getValue(),
          ccg.openDate,
          ccg.closeDate)) {
        changed++;
      }
    }
    return changed;
  }

  private static boolean hasStated(List<CcgArea> rows) {
    return rows != null && rows.stream().anyMatch(a -> STATED.contains(a.source));
  }

  private static List<Entry> entriesOf(
      String code, Map<String, List<CcgArea>> byCcg, Map<String, List<Entry>> inferred) {
    if (inferred.containsKey(code)) {
      return inferred.get(code);
    }
    return byCcg.get(code).stream()
        .filter(a -> STATED.contains(a.source))
        .map(a -> new Entry(a.localAuthorityCode, a.shareOfCcg, a.shareOfAuthority))
        .toList();
  }

  private static List<Entry> union(
      List<String> predecessors,
      Map<String, List<CcgArea>> byCcg,
      Map<String, List<Entry>> inferred) {
    Map<String, BigDecimal> shareOfAuthority = new LinkedHashMap<>();
    Map<String, Boolean> allKnown = new HashMap<>();
    for (String predecessor : predecessors) {
      for (Entry e : entriesOf(predecessor, byCcg, inferred)) {
        shareOfAuthority.merge(
            e.localAuthorityCode(),
            e.shareOfAuthority() == null ? BigDecimal.ZERO : e.shareOfAuthority(),
            BigDecimal::add);
        allKnown.merge(e.localAuthorityCode(), e.shareOfAuthority() != null, Boolean::logicalAnd);
      }
    }
    List<Entry> entries = new ArrayList<>();
    shareOfAuthority.forEach(
        (authority, share) ->
            entries.add(
                new Entry(
                    authority, null, allKnown.get(authority) ? share.min(BigDecimal.ONE) : null)));
    return entries;
  }

  private void insert(
      String ccgCode, AreaSource source, List<Entry> desired, LocalDate from, LocalDate to) {
    for (Entry entry : desired) {
      CcgArea row = new CcgArea();
      row.ccgCode = ccgCode;
      row.localAuthorityCode = entry.localAuthorityCode();
      row.shareOfCcg = entry.shareOfCcg();
      row.shareOfAuthority = entry.shareOfAuthority();
      row.source = source;
      row.validFrom = from;
      row.validTo = to;
      areas.persist(row);
    }
  }

  private static boolean sameAs(
      Collection<CcgArea> existing,
      List<Entry> desired,
      AreaSource source,
      LocalDate from,
      LocalDate to) {
    if (existing.size() != desired.size()) {
      return false;
    }
    Map<String, CcgArea> byAuthority =
        existing.stream().collect(Collectors.toMap(a -> a.localAuthorityCode, a -> a, (a, b) -> a));
    return desired.stream()
        .allMatch(
            e -> {
              CcgArea row = byAuthority.get(e.localAuthorityCode());
              return row != null
                  && row.source == source
                  && Objects.equals(row.validFrom, from)
                  && Objects.equals(row.validTo, to)
                  && equalShares(row.shareOfCcg, e.shareOfCcg())
                  && equalShares(row.shareOfAuthority, e.shareOfAuthority());
            });
  }

  private static boolean equalShares(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static CcgArea copy(CcgArea row) {
    CcgArea copy = new CcgArea();
    copy.ccgCode = row.ccgCode;
    copy.localAuthorityCode = row.localAuthorityCode;
    copy.shareOfCcg = row.shareOfCcg;
    copy.shareOfAuthority = row.shareOfAuthority;
    copy.source = row.source;
    copy.validFrom = row.validFrom;
    copy.validTo = row.validTo;
    return copy;
  }

  private void recordChange(String ccgCode) {
    areas.flush();
    changeFeed.record(
        CcgChanges.AREA_RESOURCE_TYPE,
        ccgCode,
        ChangeType.UPDATED,
        areas.history(ccgCode).stream().map(CcgChanges::record).toList());
  }
}
