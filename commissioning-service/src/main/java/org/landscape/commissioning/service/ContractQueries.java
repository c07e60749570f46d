package org.landscape.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.landscape.commissioning.domain.Contract;
import org.landscape.commissioning.mapping.ContractMapper;
import org.landscape.commissioning.repository.ContractFilter;
import org.landscape.commissioning.repository.ContractRepository;
import org.landscape.commissioning.rest.ContractViews;
import org.landscape.common.changefeed.ChangeEventRepository;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.ProblemException;

/** Reads contracts as of a date, and their history from the change feed. */
@ApplicationScoped
public class ContractQueries {

  @Inject ContractRepository contracts;
  @Inject ChangeEventRepository events;

  public Contract require(String reference) {
    return contracts
        .findByIdOptional(reference)
        .orElseThrow(() -> ProblemException.notFound("Contract", reference));
  }

  public Page<ContractViews.ContractView> search(
      ContractFilter filter, LocalDate asOf, PageRequest page) {
    return contracts.search(filter, page).map(contract -> ContractMapper.toView(contract, asOf));
  }

  /** Every change to the contract, oldest first. */
  public List<ContractViews.HistoryEntry> history(String reference) {
    require(reference);
    return events
        .list(
            "resourceType = ?1 and resourceId = ?2 order by sequence",
            ContractChanges.RESOURCE_TYPE,
            reference)
        .stream()
        .map(
            event ->
                new ContractViews.HistoryEntry(
                    event.sequence, event.occurredAt, event.changeType, event.payload))
        .toList();
  }
}
