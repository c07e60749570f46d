package org.landscape.common.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

/**
 * A dry run does the whole import, so that its report is exact and it fails where the real one
 * would: every change is written and every constraint checked, deferred ones included. Then the
 * transaction is rolled back, so that nothing (records or change events) is kept.
 */
@ApplicationScoped
public class DryRun {

  @Inject TransactionManager transactions;
  @Inject EntityManager entityManager;

  public void rollBackIf(boolean dryRun) {
    if (!dryRun) {
      return;
    }
    entityManager.flush();
    entityManager.createNativeQuery("set constraints all immediate").executeUpdate();
    try {
      transactions.setRollbackOnly();
    } catch (SystemException | IllegalStateException noTransaction) {
      throw new IllegalStateException("A dry run must run inside a transaction", noTransaction);
    }
  }
}
