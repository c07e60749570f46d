package org.landscape.commissioning.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.landscape.commissioning.domain.Provider;
import org.landscape.commissioning.domain.ProviderKind;
import org.landscape.commissioning.repository.ProviderRepository;
import org.landscape.commissioning.service.ProviderChanges;
import org.landscape.common.imports.BadRow;
import org.landscape.common.imports.CsvTable;
import org.landscape.common.imports.DryRun;
import org.landscape.common.imports.ImportReport;
import org.landscape.common.problem.ProblemException;

/**
 * Imports ODS etr, all or nothing: each trust becomes a provider of kind NHS_TRUST, or takes the
 * file's name and dates if known. Re-importing a file changes nothing; trusts the file omits stay.
 */
@ApplicationScoped
public class EtrImport {

  @Inject ProviderRepository providers;
  @Inject ProviderChanges changes;
  @Inject DryRun dryRun;

  @Transactional
  public ImportReport run(CsvTable file, boolean dryRunOnly) {
    EtrFile.Contents contents = EtrFile.read(file);
    Map<String, Provider> existing =
        providers.listAll().stream()
            .collect(Collectors.toMap(provider -> provider.code, Function.identity()));
    List<BadRow> bad = new ArrayList<>(contents.badRows());
    for (EtrRow row : contents.trusts()) {
      Provider known = existing.get(row.code());
      if (known != null && known.kind != ProviderKind.NHS_TRUST) {
        bad.add(
            new BadRow(
                file.name(),
                row.line(),
                row.code() + " is registered as a provider of kind " + known.kind));
      }
    }
    if (!bad.isEmpty()) {
      throw ProblemException.importRejected(bad);
    }
    ImportReport.Tally tally = new ImportReport.Tally();
    for (EtrRow row : contents.trusts()) {
      Provider provider = existing.get(row.code());
      if (provider == null) {
        provider = new Provider();
        provider.code = row.code();
        provider.kind = ProviderKind.NHS_TRUST;
        describe(provider, row);
        changes.created(provider);
        tally.created();
      } else if (!sameAs(provider, row)) {
        describe(provider, row);
        changes.updated(provider);
        tally.updated();
      } else {
        tally.unchanged();
      }
    }
    dryRun.rollBackIf(dryRunOnly);
    return tally.report(file.name(), dryRunOnly, file.rows().size());
  }

  private static void describe(Provider provider, EtrRow row) {
    provider.name = row.name();
    provider.openDate = row.openDate();
    provider.closeDate = row.closeDate();
  }

  private static boolean sameAs(Provider provider, EtrRow row) {
    return Objects.equals(provider.name, row.name())
        && Objects.equals(provider.openDate, row.openDate())
        && Objects.equals(provider.closeDate, row.closeDate());
  }
}
