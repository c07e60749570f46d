package org.landscape.practice.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.landscape.ccg.api.CcgLookup;
import org.landscape.ccg.api.CcgRegister;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.common.imports.CsvTable;
import org.landscape.common.imports.DryRun;
import org.landscape.common.problem.ProblemException;
import org.landscape.practice.client.CcgPeriods;
import org.landscape.practice.domain.EpraccurMembershipRule;
import org.landscape.practice.domain.Membership;
import org.landscape.practice.domain.MembershipOrigin;
import org.landscape.practice.domain.Orphan;
import org.landscape.practice.domain.Practice;
import org.landscape.practice.repository.MembershipRepository;
import org.landscape.practice.repository.PracticeRepository;
import org.landscape.practice.service.PracticeChanges;

/**
 * Imports ODS epraccur, all or nothing. Each practice's commissioner and join date become its first
 * membership; commissioners are checked with ccg-service in one call. Practices whose commissioner
 * is unknown, or not operational from the join date, are imported without a membership and reported
 * as orphans. A later file over an earlier one turns a change of commissioner into a dated transfer
 * and a closure into the end of the membership; history is never overwritten. Re-importing a file
 * changes nothing.
 */
@ApplicationScoped
public class EpraccurImport {

  /** What an import did, or in a dry run would do. */
  public record Report(
      String file,
      boolean dryRun,
      int rows,
      int gpPractices,
      int skippedNotGp,
      int created,
      int updated,
      int unchanged,
      int transfers,
      int closures,
      List<Orphan> orphans) {}

  private static final Logger LOG = Logger.getLogger(EpraccurImport.class);
  private static final int PROGRESS_EVERY = 1000;

  @Inject PracticeRepository practices;
  @Inject MembershipRepository memberships;
  @Inject PracticeChanges changes;
  @Inject CcgRegister ccgs;
  @Inject DryRun dryRun;

  private static final class Tally {
    int created;
    int updated;
    int unchanged;
    int transfers;
    int closures;
    final List<Orphan> orphans = new ArrayList<>();
  }

  @Transactional
  public Report run(CsvTable file, boolean dryRunOnly) {
    EpraccurFile.Contents contents = EpraccurFile.read(file);
    if (!contents.badRows().isEmpty()) {
      throw ProblemException.importRejected(contents.badRows());
    }
    List<String> commissioners =
        contents.practices().stream().map(EpraccurRow::commissioner).distinct().toList();
    Map<String, CcgLookup.Result> statuses =
        ccgs.lookup(LocalDate.now(), commissioners, "check the practices' commissioners");
    Map<String, Practice> existing =
        practices.listAll().stream().collect(Collectors.toMap(p -> p.code, p -> p));
    Map<String, Membership> latest = memberships.latestOfAll();

    Tally tally = new Tally();
    int done = 0;
    for (EpraccurRow row : contents.practices()) {
      Practice practice = existing.get(row.code());
      if (practice == null) {
        practice = new Practice();
        practice.code = row.code();
        describe(practice, row);
        practices.persist(practice);
        changes.practice(practice, ChangeType.CREATED);
        tally.created++;
      } else if (!sameAs(practice, row)) {
        describe(practice, row);
        changes.practice(practice, ChangeType.UPDATED);
        tally.updated++;
      } else {
        tally.unchanged++;
      }
      membership(row, latest.get(row.code()), statuses.get(row.commissioner()), tally);
      if (++done % PROGRESS_EVERY == 0) {
        LOG.infof("epraccur: %d of %d practices", done, contents.practices().size());
      }
    }
    dryRun.rollBackIf(dryRunOnly);
    LOG.infof(
        "epraccur: %d practices, %d created, %d orphans%s",
        done, tally.created, tally.orphans.size(), dryRunOnly ? " (dry run)" : "");
    return new Report(
        file.name(),
        dryRunOnly,
        file.rows().size(),
        contents.practices().size(),
        contents.skippedNotGp(),
        tally.created,
        tally.updated,
        tally.unchanged,
        tally.transfers,
        tally.closures,
        List.copyOf(tally.orphans));
  }

  private void membership(EpraccurRow row, Membership latest, CcgLookup.Result ccg, Tally tally) {
    EpraccurMembershipRule.Decision decision =
        EpraccurMembershipRule.interpret(
            row.commissioner(), row.joinDate(), row.memberUntil(), latest, CcgPeriods.of(ccg));
    switch (decision.action()) {
      case KEEP -> {}
      case CLOSE -> {
        latest.validTo = row.memberUntil();
        changes.membership(latest, ChangeType.UPDATED);
        tally.closures++;
      }
      case ORPHAN ->
          tally.orphans.add(new Orphan(row.code(), row.commissioner(), decision.reason()));
      case TRANSFER -> {
        latest.validTo = row.joinDate();
        changes.membership(latest, ChangeType.UPDATED);
        tally.transfers++;
        begin(row);
      }
      case JOIN -> begin(row);
    }
  }

  /** The membership the row asserts: its commissioner from the join date. */
  private void begin(EpraccurRow row) {
    Membership next = new Membership();
    next.practiceCode = row.code();
    next.ccgCode = row.commissioner();
    next.validFrom = row.joinDate();
    next.validTo = row.memberUntil();
    next.origin = MembershipOrigin.IMPORT;
    memberships.persist(next);
    changes.membership(next, ChangeType.CREATED);
  }

  private static void describe(Practice practice, EpraccurRow row) {
    practice.name = row.name();
    practice.addressLines = row.addressLines().toArray(String[]::new);
    practice.postcode = row.postcode();
    practice.telephone = row.telephone();
    practice.status = row.status();
    practice.openDate = row.openDate();
    practice.closeDate = row.closeDate();
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
