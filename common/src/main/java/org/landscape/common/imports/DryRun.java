package org.landscape.common.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

/**
 * A dry run does the whole import, so that its report is exact, then rolls the transaction back so
 * that nothing (records or change events) is kept.
 */
@ApplicationScoped
public class DryRun {

  @Inject TransactionManager transactions;

  public void rollBackIf(boolean dryRun) {
    if (!dryRun) {
      return;
    }
    try {
      transactions.setRollbackOnly();
    } catch (SystemException | IllegalStateException noTransaction) {
      throw new IllegalStateException("A dry run must run inside a transaction", noTransaction);
    }
  }
}
