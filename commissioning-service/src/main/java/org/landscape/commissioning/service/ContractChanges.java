package org.landscape.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.landscape.commissioning.domain.Contract;
import org.landscape.commissioning.mapping.ContractMapper;
import org.landscape.commissioning.repository.ContractRepository;
import org.landscape.common.changefeed.ChangeFeed;
import org.landscape.common.changefeed.ChangeType;

/** Writes a contract and its change event together; the events are also its history. */
@ApplicationScoped
public class ContractChanges {

  public static final String RESOURCE_TYPE = "contract";

  @Inject ContractRepository contracts;
  @Inject ChangeFeed changeFeed;

  public void created(Contract contract) {
    contracts.persist(contract);
    contracts.flush();
    changeFeed.record(
        RESOURCE_TYPE, contract.reference, ChangeType.CREATED, ContractMapper.toRecord(contract));
  }

  public void updated(Contract contract) {
    contracts.flush();
    changeFeed.record(
        RESOURCE_TYPE, contract.reference, ChangeType.UPDATED, ContractMapper.toRecord(contract));
  }

  public void deleted(Contract contract) {
    changeFeed.record(
        RESOURCE_TYPE, contract.reference, ChangeType.DELETED, ContractMapper.toRecord(contract));
    contracts.delete(contract);
    contracts.flush();
  }
}
