package org.landscape.practice.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.landscape.ccg.api.CcgLookup;
import org.landscape.ccg.api.CcgRegister;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.common.imports.CsvTable;
import org.landscape.common.imports.DryRun;
import org.landscape.common.problem.ProblemException;
import org.landscape.practice.client.CcgPeriods;
import org.landscape.practice.domain.EpraccurVintageRule;
import org.landscape.practice.domain.Handover;
import org.landscape.practice.domain.Membership;
import org.landscape.practice.domain.MembershipFact;
import org.landscape.practice.domain.MembershipHistory;
import org.landscape.practice.domain.MembershipOrigin;
import org.landscape.practice.domain.Orphan;
import org.landscape.practice.domain.Practice;
import org.landscape.practice.domain.PracticeStatus;
import org.landscape.practice.repository.MembershipFactRepository;
import org.landscape.practice.repository.MembershipRepository;
import org.landscape.practice.repository.PracticeRepository;
import org.landscape.practice.repository.SuccessionRepository;
import org.landscape.practice.service.MembershipRecomputation;
import org.landscape.practice.service.PracticeChanges;

/**
 * Imports an ODS epraccur file of a given extract date, all or nothing, over whatever the register
 * holds, in any order of vintages. Every difference becomes a dated fact: each row's commissioner
 * an asserted membership (see {@link EpraccurVintageRule}), a close date a closure, a change of
 * status a status change, a practice new in the file a new practice. A practice missing from the
 * file stays, reported as absent. Details are replaced only by a file extracted no earlier than the
 * one that set them. The histories are then derived again from the facts and the successions.
 * Re-importing a file changes nothing; a dry run reports exactly what the import would do.
 */
@ApplicationScoped
public class EpraccurImport {

  /** A membership the file asserted, as a fact: a first one, a transfer or a conflict. */
  public record AssertedMembership(
      String practiceCode,
      String fromCcgCode,
      String ccgCode,
      LocalDate validFrom,
      long line,
      String reason) {}

  /** A practice whose close date or status the file changed. */
  public record DetailChange(String practiceCode, String was, String now, long line) {}

  /** What an import did, or in a dry run would do. */
  public record Report(
      String file,
      LocalDate extractDate,
      boolean dryRun,
      int rows,
      int gpPractices,
      int skippedNotGp,
      int created,
      int updated,
      int unchanged,
      List<AssertedMembership> newPractices,
      List<AssertedMembership> transfers,
      List<DetailChange> closures,
      List<DetailChange> statusChanges,
      List<String> absent,
      List<AssertedMembership> conflicts,
      List<Orphan> orphans,
      int practicesRederived) {}

  private static final Logger LOG = Logger.getLogger(EpraccurImport.class);
  private static final int PROGRESS_EVERY = 1000;

  @Inject PracticeRepository practices;
  @Inject MembershipRepository memberships;
  @Inject MembershipFactRepository facts;
  @Inject SuccessionRepository successions;
  @Inject MembershipRecomputation recomputation;
  @Inject PracticeChanges changes;
  @Inject CcgRegister ccgs;
  @Inject DryRun dryRun;
  @Inject EntityManager entityManager;

  private static final class Tally {
    int created;
    int updated;
    int unchanged;
    final List<AssertedMembership> newPractices = new ArrayList<>();
    final List<AssertedMembership> transfers = new ArrayList<>();
    final List<DetailChange> closures = new ArrayList<>();
    final List<DetailChange> statusChanges = new ArrayList<>();
    final List<AssertedMembership> conflicts = new ArrayList<>();
    final List<Orphan> orphans = new ArrayList<>();
    final Map<String, Practice> touched = new LinkedHashMap<>();
  }

  @Transactional
  public Report run(CsvTable file, LocalDate extractDate, boolean dryRunOnly) {
    EpraccurFile.Contents contents = EpraccurFile.read(file);
    if (!contents.badRows().isEmpty()) {
      throw ProblemException.importRejected(contents.badRows());
    }
    List<String> commissioners =
        contents.practices().stream().map(EpraccurRow::commissioner).distinct().toList();
    Map<String, CcgLookup.Result> statuses =
        ccgs.lookup(LocalDate.now(), commissioners, "check the practices' commissioners");
    // one import at a time, and no transfer or correction while it runs: it derives histories from
    // the facts it read
    entityManager.createNativeQuery("lock table practice in exclusive mode").executeUpdate();
    Map<String, Practice> existing =
        practices.listAll().stream().collect(Collectors.toMap(p -> p.code, p -> p));
    Map<String, List<MembershipFact>> factsByPractice = new LinkedHashMap<>(facts.ofAll());
    Map<String, List<Membership>> stored = memberships.ofAll();
    List<Handover> handovers = successions.handovers();

    Tally tally = new Tally();
    Set<String> inFile = new HashSet<>();
    int done = 0;
    for (EpraccurRow row : contents.practices()) {
      inFile.add(row.code());
      Practice practice = details(existing.get(row.code()), row, extractDate, tally);
      List<MembershipFact> known =
          factsByPractice.computeIfAbsent(row.code(), code -> new ArrayList<>());
      MembershipHistory history =
          MembershipHistory.derive(
              practice.closeDate,
              known.stream().map(MembershipFact::assertion).toList(),
              handovers,
              null);
      membership(
          file.name(),
          row,
          extractDate,
          practice,
          history,
          statuses.get(row.commissioner()),
          known,
          tally);
      if (++done % PROGRESS_EVERY == 0) {
        LOG.infof("epraccur: %d of %d practices", done, contents.practices().size());
      }
    }
    List<String> absent =
        existing.values().stream()
            .filter(p -> !inFile.contains(p.code))
            .filter(p -> p.closeDate == null || p.closeDate.isAfter(extractDate))
            .map(p -> p.code)
            .sorted()
            .toList();
    facts.flush();
    int rederived = recomputation.recompute(tally.touched.values(), factsByPractice, stored);
    dryRun.rollBackIf(dryRunOnly);
    LOG.infof(
        "epraccur (extract of %s): %d practices, %d created, %d transfers, %d orphans%s",
        extractDate,
        done,
        tally.created,
        tally.transfers.size(),
        tally.orphans.size(),
        dryRunOnly ? " (dry run)" : "");
    return new Report(
        file.name(),
        extractDate,
        dryRunOnly,
        file.rows().size(),
        contents.practices().size(),
        contents.skippedNotGp(),
        tally.created,
        tally.updated,
        tally.unchanged,
        List.copyOf(tally.newPractices),
        List.copyOf(tally.transfers),
        List.copyOf(tally.closures),
        List.copyOf(tally.statusChanges),
        absent,
        List.copyOf(tally.conflicts),
        List.copyOf(tally.orphans),
        rederived);
  }

  /** The practice with the row's details, created or replaced where the file is no older. */
  private Practice details(Practice practice, EpraccurRow row, LocalDate extractDate, Tally tally) {
    if (practice == null) {
      practice = new Practice();
      practice.code = row.code();
      describe(practice, row, extractDate);
      practices.persist(practice);
      changes.practice(practice, ChangeType.CREATED);
      tally.created++;
      tally.touched.put(practice.code, practice);
      return practice;
    }
    boolean newer =
        practice.detailsExtractDate == null || !extractDate.isBefore(practice.detailsExtractDate);
    if (!newer || sameAs(practice, row)) {
      if (newer) {
        practice.detailsExtractDate = extractDate;
      }
      tally.unchanged++;
      return practice;
    }
    if (!Objects.equals(practice.closeDate, row.closeDate())) {
      tally.closures.add(
          new DetailChange(
              practice.code,
              String.valueOf(practice.closeDate),
              String.valueOf(row.closeDate()),
              row.line()));
      tally.touched.put(practice.code, practice);
    }
    if (practice.status != row.status() && isLifeStatus(practice.status, row.status())) {
      tally.statusChanges.add(
          new DetailChange(practice.code, practice.status.name(), row.status().name(), row.line()));
    }
    describe(practice, row, extractDate);
    changes.practice(practice, ChangeType.UPDATED);
    tally.updated++;
    return practice;
  }

  private void membership(
      String fileName,
      EpraccurRow row,
      LocalDate extractDate,
      Practice practice,
      MembershipHistory history,
      CcgLookup.Result ccg,
      List<MembershipFact> known,
      Tally tally) {
    EpraccurVintageRule.Decision decision =
        EpraccurVintageRule.interpret(
            row.commissioner(),
            row.joinDate(),
            extractDate,
            practice.closeDate,
            history,
            CcgPeriods.of(ccg));
    switch (decision.action()) {
      case KEEP -> {}
      case ORPHAN ->
          tally.orphans.add(new Orphan(row.code(), row.commissioner(), decision.reason()));
      case ASSERT, CONFLICT -> {
        MembershipFact fact =
            MembershipFact.asserted(
                row.code(),
                row.commissioner(),
                decision.validFrom(),
                MembershipOrigin.IMPORT,
                fileName + " line " + row.line() + " (extract of " + extractDate + ")",
                extractDate);
        facts.persist(fact);
        known.add(fact);
        tally.touched.put(practice.code, practice);
        String from =
            history.on(decision.validFrom()).map(MembershipHistory.Period::ccgCode).orElse(null);
        AssertedMembership asserted =
            new AssertedMembership(
                row.code(),
                from,
                row.commissioner(),
                decision.validFrom(),
                row.line(),
                decision.reason());
        if (decision.action() == EpraccurVintageRule.Action.CONFLICT) {
          tally.conflicts.add(asserted);
        } else if (from == null) {
          tally.newPractices.add(asserted);
        } else {
          tally.transfers.add(asserted);
        }
      }
    }
  }

  /** Changes among active, dormant and proposed; a closure is counted as one. */
  private static boolean isLifeStatus(PracticeStatus was, PracticeStatus now) {
    return was != PracticeStatus.CLOSED && now != PracticeStatus.CLOSED;
  }

  private static void describe(Practice practice, EpraccurRow row, LocalDate extractDate) {
    practice.name = row.name();
    practice.addressLines = row.addressLines().toArray(String[]::new);
    practice.postcode = row.postcode();
    practice.telephone = row.telephone();
    practice.status = row.status();
    practice.openDate = row.openDate();
    practice.closeDate = row.closeDate();
    practice.detailsExtractDate = extractDate;
  }

  private static boolean sameAs(Practice practice, EpraccurRow row) {
    return Objects.equals(practice.name, row.name())
        && Arrays.asList(practice.addressLines).equals(row.addressLines())
        && Objects.equals(practice.postcode, row.postcode())
        && Objects.equals(practice.telephone, row.telephone())
        && practice.status == row.status()
        && Objects.equals(practice.openDate, row.openDate())
        && Objects.equals(practice.closeDate, row.closeDate());
  }
}
