package org.landscape.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.landscape.commissioning.domain.Contract;
import org.landscape.commissioning.domain.ContractFilter;
import org.landscape.commissioning.repository.ContractRepository;
import org.landscape.common.changefeed.ChangeEvent;
import org.landscape.common.changefeed.ChangeEventRepository;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.ProblemException;

/** Reads contracts, and their history from the change feed. */
@ApplicationScoped
public class ContractQueries {

  @Inject ContractRepository contracts;
  @Inject ChangeEventRepository events;

  public Contract require(String reference) {
    return contracts
        .findByIdOptional(reference)
        .orElseThrow(() -> ProblemException.notFound("Contract", reference));
  }

  public Page<Contract> search(ContractFilter filter, PageRequest page) {
    return contracts.search(filter, page);
  }

  /** Every change to the contract, oldest first. */
  public List<ChangeEvent> history(String reference) {
    require(reference);
    return events.list(
        "resourceType = ?1 and resourceId = ?2 order by sequence",
        ContractChanges.RESOURCE_TYPE,
        reference);
  }
}
