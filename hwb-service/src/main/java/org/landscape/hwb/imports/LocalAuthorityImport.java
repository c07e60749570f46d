package org.landscape.hwb.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import org.landscape.common.imports.CsvTable;
import org.landscape.common.problem.ProblemException;
import org.landscape.hwb.domain.LocalAuthority;
import org.landscape.hwb.domain.LocalAuthorityKind;
import org.landscape.hwb.repository.LocalAuthorityRepository;
import org.landscape.hwb.service.LocalAuthorityChanges;

/**
 * Loads the ONS files into the register, all or nothing: any bad row stops the import before
 * anything is written. Re-importing the same files changes nothing; a changed name or county
 * becomes an update. Validity dates are the register's own and are never overwritten.
 */
@ApplicationScoped
public class LocalAuthorityImport {

  /** What an import did, or would do in a dry run. */
  public record Result(
      boolean dryRun,
      int authorities,
      int hostingBoards,
      int districtList,
      int skippedOutsideEngland,
      int created,
      int updated,
      int unchanged) {}

  @Inject LocalAuthorityRepository authorities;
  @Inject LocalAuthorityChanges changes;

  @Transactional
  public Result importFiles(CsvTable districts, CsvTable upperTiers, boolean dryRun) {
    OnsLocalAuthorityFiles.Contents contents = OnsLocalAuthorityFiles.read(districts, upperTiers);
    if (!contents.badRows().isEmpty()) {
      throw ProblemException.importRejected(contents.badRows());
    }
    // counties first: districts refer to them
    List<OnsAuthorityRecord> ordered =
        contents.authorities().stream()
            .sorted(
                Comparator.comparing(
                        (OnsAuthorityRecord r) -> r.kind() != LocalAuthorityKind.COUNTY)
                    .thenComparing(OnsAuthorityRecord::code))
            .toList();
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (OnsAuthorityRecord record : ordered) {
      LocalAuthority existing = authorities.findById(record.code());
      if (existing == null) {
        created++;
        if (!dryRun) {
          create(record);
        }
      } else if (existing.sameAs(
          record.name(), record.upperTierCode(), existing.validFrom, existing.validTo)) {
        unchanged++;
      } else {
        updated++;
        if (!dryRun) {
          update(existing, record);
        }
      }
    }
    int hostingBoards =
        (int) contents.authorities().stream().filter(r -> r.kind().isUpperTier()).count();
    int districtList =
        (int)
            contents.authorities().stream()
                .filter(r -> r.kind() != LocalAuthorityKind.COUNTY)
                .count();
    return new Result(
        dryRun,
        contents.authorities().size(),
        hostingBoards,
        districtList,
        contents.skippedOutsideEngland(),
        created,
        updated,
        unchanged);
  }

  private void create(OnsAuthorityRecord record) {
    LocalAuthority authority = new LocalAuthority();
    authority.code = record.code();
    authority.name = record.name();
    authority.kind = record.kind();
    authority.upperTierCode = record.upperTierCode();
    authorities.persist(authority);
    changes.created(authority);
  }

  private void update(LocalAuthority authority, OnsAuthorityRecord record) {
    authority.name = record.name();
    authority.upperTierCode = record.upperTierCode();
    changes.updated(authority);
  }
}
